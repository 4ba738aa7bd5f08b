// test/postgres.test.ts — the PostgreSQL store and the distributed ingest queue, against a real
// server (PARALLAX_TEST_PG; skipped with a reason when unset). Each test gets its own database.
// Parity: the same inputs through SQLite (`ingestToStore`) and through the queue (enqueue + one
// worker) give the same article ids, near-duplicate links, failures, collections and stories.
// Crash: two worker processes, one killed with SIGKILL mid-run; the other finishes every job and
// every article is stored exactly once. Pure helpers are tested without a server.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../bench/ingest-corpus.js';
import { jobId } from '../src/queue/boss.js';
import { enqueuePaths } from '../src/queue/enqueue.js';
import { statusText, queueStatus, type QueueStatus } from '../src/queue/status.js';
import { runWorker } from '../src/queue/worker.js';
import { openStore, type Store } from '../src/store/index.js';
import { PG_MIGRATIONS } from '../src/store/postgres/migrations.js';
import { webQuery } from '../src/store/postgres/search.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { isPostgres, redact } from '../src/store/postgres/target.js';
import { assignStories } from '../src/story/persist.js';
import { ingestToStore } from '../src/worker/ingest.js';
import { createPool } from '../src/worker/pool.js';
import { reanalyzeStore } from '../src/worker/reanalyze.js';
import { freshDatabase, PG_SKIP_REASON, PG_URL } from './helpers/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-pg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('postgres helpers (no server)', () => {
  it.each([
    ['postgres://u:p@h/db', true],
    ['postgresql://h/db', true],
    ['POSTGRES://h/db', true],
    ['news.db', false],
    ['./postgres://x', false],
    ['', false],
  ])('isPostgres(%j) = %s', (t, want) => expect(isPostgres(t)).toBe(want));

  it('redacts passwords, keeps the rest', () => {
    expect(redact('postgres://user:secret@db:5432/news')).toBe('postgres://user:***@db:5432/news');
    expect(redact('postgres://db/news')).toBe('postgres://db/news');
  });

  it('derives one UUID per raw hash', () => {
    expect(jobId('0123456789abcdef0123456789abcdef')).toBe('01234567-89ab-cdef-0123-456789abcdef');
    expect(jobId('ab')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it.each([
    ['macron kremlin', 'macron kremlin'],
    ['"first round" OR kremlin', '"first round" OR kremlin'],
    ['title:macron elect*', 'macron elect'],
    ['-putin macron', '-putin macron'],
  ])('webQuery(%j) = %j (FTS5-only syntax dropped)', (q, want) => expect(webQuery(q).replace(/\s+/g, ' ')).toBe(want));

  it('migrations are numbered 1..n', () => expect(PG_MIGRATIONS.map((m) => m.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1)));

  it('status text reads as a summary', () => {
    const s: QueueStatus = {
      jobs: { created: 3, retry: 1, active: 2, completed: 10, failed: 0, cancelled: 0, archived: 4 },
      items: { queued: 6, stored: 13, failed: 1 }, articles: 13, unassigned: 2, stories: 5, rate: 1.5, oldestQueued: 12, connections: 2,
    };
    const t = statusText(s);
    expect(t).toContain('14/20 done (70%)');
    expect(t).toContain('3 waiting, 1 to retry, 2 running, 14 done, 0 failed');
    expect(t).toContain('2 awaiting story assignment');
  });
});

/** Seeds, a synthetic corpus, near-duplicate and exact copies, an unreadable line and an empty article. */
function writeInputs(n: number): string[] {
  const corpus = syntheticCorpus(n, 11, [3, 6]);
  const lines = corpus.map((a) => JSON.stringify(a));
  for (const i of [3, 10, 17]) {
    const a = corpus[i]!;
    lines.push(JSON.stringify({ ...a, url: `${a.url}-copy`, text: `${a.text}\n\nThis report was updated with a short closing sentence.` })); // near-duplicate
  }
  lines.push(JSON.stringify({ ...corpus[5]!, url: 'https://mirror.example/5' })); // same title + text: same id
  lines.push('{this is not json');
  lines.push(JSON.stringify({ title: '', text: '   ', outlet: 'Nobody', url: 'https://empty.example/1' }));
  const file = join(dir, `corpus-${n}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return ['examples/seeds', file];
}

async function snapshot(store: Store, links: [string, string | null][]) {
  const articles = await store.articles();
  const assigned = await store.assignments({ articles: articles.map((a) => a.id) });
  // `terms` (a story's top-64 term weights, kept for thread "adds") is merged incrementally by
  // src/story/persist.ts, so it depends on how many articles each assignment step took (batch
  // size in SQLite, job timing here); every other field is the same whatever the steps.
  const stories = (await store.stories()).map((x) => ({ ...x, terms: undefined })).sort((x, y) => x.id.localeCompare(y.id));
  const threads = (await store.threads()).map((t) => ({ id: t.id, title: t.title, stories: [...t.stories].sort() })) // order of same-day stories: step-dependent too.sort((x, y) => x.id.localeCompare(y.id));
  return {
    ids: articles.map((a) => a.id),
    json: articles.map((a) => JSON.stringify(a)),
    links,
    failures: (await store.failures()).map((f) => [f.input, f.code, f.format]),
    collections: (await store.collections()).map((c) => [c.name, c.articles]),
    assigned: assigned.map((a) => [a.article, a.story, a.thread, a.via, a.duplicateOf]),
    stories,
    threads,
    stats: await store.stats(),
  };
}

describe.skipIf(!PG_URL)('postgres store and queue', () => {
  if (!PG_URL) console.warn(PG_SKIP_REASON);

  it('migrates once when two processes open a fresh database together; reopen is a no-op', async () => {
    const db = await freshDatabase();
    try {
      const [a, b] = await Promise.all([PostgresStore.open(db.url), PostgresStore.open(db.url)]);
      expect(await a.schemaVersion()).toBe(PG_MIGRATIONS.length);
      expect(await b.schemaVersion()).toBe(PG_MIGRATIONS.length);
      await Promise.all([a.close(), b.close()]);
      const c = await openStore(db.url);
      expect(await c.schemaVersion()).toBe(PG_MIGRATIONS.length);
      await c.close();
    } finally {
      await db.drop();
    }
  });

  it('reanalyze replaces stale analyses and filter rows, pages in storage order', async () => {
    const db = await freshDatabase();
    const store = await openStore(db.url);
    try {
      await ingestToStore(['examples/seeds'], store, () => createPool(0));
      const ids = (await store.articles()).map((a) => a.id);
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      await c.query(`UPDATE articles SET json = (json::jsonb || '{"entities": [], "quotes": []}'::jsonb)::text`);
      await c.query('DELETE FROM article_entities');
      await c.query('DELETE FROM article_speakers');
      await c.end();
      const r = await reanalyzeStore(store, () => createPool(0));
      expect(r).toMatchObject({ articles: 2, updated: 2 });
      expect((await store.articles({ limit: 1, offset: 1 })).map((a) => a.id)).toEqual([ids[1]]);
      expect((await store.search({ query: 'Kremlin', speaker: 'Dmitry Peskov' })).length).toBe(1);
      expect(await reanalyzeStore(store, () => createPool(0))).toMatchObject({ articles: 2, updated: 0 });
    } finally {
      await store.close();
      await db.drop();
    }
  });

  it('matches SQLite: ids, duplicates, near-duplicate links, failures, collections, stories; search works', async () => {
    const paths = writeInputs(120);
    const sqlitePath = join(dir, 'parity.db');
    const lite = await openStore(sqlitePath);
    await ingestToStore(paths, lite, () => createPool(0), { collection: 'c' });
    await assignStories(lite);
    const raw = new Database(sqlitePath, { readonly: true });
    const liteLinks = raw.prepare('SELECT id, near_dup_of FROM articles ORDER BY seq').all().map((r) => { const x = r as { id: string; near_dup_of: string | null }; return [x.id, x.near_dup_of] as [string, string | null]; });
    raw.close();
    const want = await snapshot(lite, liteLinks);
    await lite.close();

    const db = await freshDatabase();
    try {
      const store = await PostgresStore.open(db.url);
      const q = await enqueuePaths(paths, store, { collection: 'c' });
      expect(q.failed).toBe(1); // the unreadable line
      const w = await runWorker(db.url, { concurrency: 1, exitWhenIdle: true, pollMs: 100 });
      expect(w.jobs).toBe(q.queued);
      const { rows } = await store.pool.query<{ id: string; near_dup_of: string | null }>('SELECT id, near_dup_of FROM articles ORDER BY ingest_seq');
      const got = await snapshot(store, rows.map((r) => [r.id, r.near_dup_of]));
      expect(got.ids).toEqual(want.ids);
      expect(got.json.filter((j, i) => j !== want.json[i]).map((j) => j.slice(0, 200))).toEqual([]); // byte-for-byte, short report
      expect(got.links).toEqual(want.links);
      expect(got.links.filter((l) => l[1] !== null).length).toBeGreaterThanOrEqual(3);
      expect(got.failures.sort()).toEqual(want.failures.sort());
      expect(got.collections).toEqual(want.collections);
      expect(got.assigned).toEqual(want.assigned);
      expect(got.stories).toEqual(want.stories);
      expect(got.threads).toEqual(want.threads);
      expect(got.stats).toEqual(want.stats);

      const again = await enqueuePaths(paths, store, { collection: 'c' }); // idempotent: nothing queued twice
      expect(again.queued).toBe(0);
      expect(again.stored).toBe(q.queued - 1); // all but the empty article (a failure) are known by raw hash

      const hits = await store.search({ query: 'Kremlin spokesman', limit: 5 });
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) for (const [s, e] of h.highlights) expect(h.snippet.slice(s, e).toLowerCase()).toMatch(/^(kremlin|spokesm)/);
      expect(await store.search({ query: 'Kremlin', outlet: 'tass', limit: 50 })).toSatisfy((xs: { outlet: string | null }[]) => xs.every((x) => x.outlet === 'TASS'));
      expect(await store.search({ query: 'zzzqqq' })).toEqual([]);
      const st = await queueStatus(store.pool);
      expect(st.items.queued).toBe(0);
      expect(st.unassigned).toBe(0);
      expect(st.jobs.created + st.jobs.active + st.jobs.retry).toBe(0);
      await store.close();
    } finally {
      await db.drop();
    }
  }, 60_000);

  it('a worker killed with SIGKILL mid-run loses nothing; every article is stored once', async () => {
    const corpus = join(dir, 'crash.jsonl');
    writeFileSync(corpus, syntheticCorpus(90, 5, [3, 6]).map((a) => JSON.stringify(a)).join('\n') + '\n');
    const db = await freshDatabase();
    const kids: ChildProcess[] = [];
    try {
      const store = await PostgresStore.open(db.url);
      // Short expiry so the killed worker's jobs come back quickly (the queue takes it when created).
      const env = { ...process.env, PARALLAX_JOB_EXPIRE_SECONDS: '3', PARALLAX_QUEUE_MAINTENANCE_SECONDS: '1' };
      const saved = process.env.PARALLAX_JOB_EXPIRE_SECONDS;
      process.env.PARALLAX_JOB_EXPIRE_SECONDS = '3';
      const q = await enqueuePaths([corpus], store, {}).finally(() => {
        if (saved === undefined) delete process.env.PARALLAX_JOB_EXPIRE_SECONDS;
        else process.env.PARALLAX_JOB_EXPIRE_SECONDS = saved;
      });
      expect(q.queued).toBe(90);
      const start = () => {
        const k = spawn(process.execPath, ['bin/parallax.js', 'worker', '--db', db.url, '--exit-when-idle'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
        kids.push(k);
        return k;
      };
      const victim = start();
      const survivor = start();
      const exited = new Promise<number | null>((resolve) => survivor.on('exit', (code) => resolve(code)));
      // Kill the victim once work is under way (some items stored, some still queued).
      for (let t = 0; t < 300; t++) {
        const { rows } = await store.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM ingest_items WHERE state = 'stored'");
        if ((rows[0]?.n ?? 0) >= 10) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      victim.kill('SIGKILL');
      expect(await exited).toBe(0);
      const { rows } = await store.pool.query<{ n: number; d: number }>('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM articles');
      expect(rows[0]).toEqual({ n: 90, d: 90 });
      const st = await queueStatus(store.pool);
      expect(st.items).toEqual({ queued: 0, stored: 90, failed: 0 });
      expect(st.jobs.created + st.jobs.retry + st.jobs.active + st.jobs.failed).toBe(0);
      expect(st.jobs.completed + st.jobs.archived).toBe(90);
      expect(st.unassigned).toBe(0);
      const a = await store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM story_assignments');
      expect(a.rows[0]!.n).toBe(90);
      await store.close();
    } finally {
      for (const k of kids) if (k.exitCode === null && k.signalCode === null) k.kill('SIGKILL');
      await db.drop();
    }
  }, 60_000);
});
