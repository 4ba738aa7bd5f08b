// bench/workers.bench.ts — distributed ingest throughput: a synthetic corpus enqueued into a fresh
// PostgreSQL database, then processed by 1, 2 and 4 `parallax worker` processes (each with one
// analysis thread) until the queue is empty; rate = articles / wall time from the first worker's
// start to the last one's exit (includes ~1-2 s of worker start-up and the final story assignment).
// Needs a server: PARALLAX_BENCH_PG=postgres://user:pass@host/db (a maintenance database: the bench
// creates and drops its own). Size: WORKERS_BENCH_N (default 400). `npm run bench -- workers`.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { enqueuePaths } from '../src/queue/enqueue.js';
import { queueStatus } from '../src/queue/status.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { writeCorpus } from './ingest-corpus.js';

export const title = 'workers: distributed ingest through PostgreSQL with 1, 2, 4 worker processes';

const N = Number(process.env.WORKERS_BENCH_N ?? 400);

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function dbUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function run(): Promise<string> {
  const base = process.env.PARALLAX_BENCH_PG;
  if (!base) return 'skipped: set PARALLAX_BENCH_PG=postgres://user:pass@host/postgres to run this bench';
  try {
    await admin(base, 'SELECT 1');
  } catch (e) {
    return `skipped: no PostgreSQL reachable at PARALLAX_BENCH_PG (${e instanceof Error ? e.message : String(e)})`;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parallax-wbench-'));
  const rows: string[] = [];
  try {
    const corpus = writeCorpus(join(dir, 'corpus.jsonl'), N);
    for (const workers of [1, 2, 4]) {
      const name = `parallax_bench_${randomBytes(4).toString('hex')}`;
      await admin(base, `CREATE DATABASE ${name}`);
      const url = dbUrl(base, name);
      try {
        const store = await PostgresStore.open(url, { max: 2 });
        let t = performance.now();
        const q = await enqueuePaths([corpus], store, {});
        const enqueueMs = performance.now() - t;
        t = performance.now();
        const exits = Array.from({ length: workers }, () => {
          const k = spawn(process.execPath, ['bin/parallax.js', 'worker', '--db', url, '--exit-when-idle'], { stdio: ['ignore', 'ignore', 'inherit'] });
          return new Promise<number | null>((resolve) => k.on('exit', resolve));
        });
        const codes = await Promise.all(exits);
        const ms = performance.now() - t;
        const st = await queueStatus(store.pool);
        await store.close();
        rows.push(
          `${String(workers).padStart(2)} worker${workers > 1 ? 's' : ' '}  ${String(Math.round((q.queued / ms) * 1000)).padStart(5)} articles/s  (${(ms / 1000).toFixed(1)} s; ` +
            `enqueue ${Math.round((q.queued / enqueueMs) * 1000)}/s; stored ${st.items.stored}, unassigned ${st.unassigned}, exit ${codes.join(',')})`,
        );
      } finally {
        await admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [`corpus: ${N} synthetic articles (~350-700 words), one analysis thread per worker process`, '', ...rows].join('\n');
}
