// test/helpers/postgres.ts — a fresh PostgreSQL database per test (CREATE DATABASE
// parallax_test_<random>, dropped afterwards) on the server named by PARALLAX_TEST_PG.
// Tests that need it skip, with the reason printed once, when the variable is unset.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_URL = process.env.PARALLAX_TEST_PG;
export const PG_SKIP_REASON = 'PARALLAX_TEST_PG is unset: PostgreSQL tests skipped (.ci/run starts a server and sets it)';

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

/** Create a fresh database; returns its URL and a function that drops it. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!PG_URL) throw new Error(PG_SKIP_REASON);
  const name = `parallax_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDb(PG_URL, name),
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
