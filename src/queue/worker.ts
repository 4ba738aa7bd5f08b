// src/queue/worker.ts — `parallax worker`: fetch ingest jobs, analyse them with process()
// (stateless, on `concurrency` threads), and store each job in ONE transaction that also marks
// the job complete — an article is never stored twice and a job is never done without its rows.
// A killed worker loses nothing: its active jobs expire and pg-boss hands them to another worker;
// a retried job whose item is already stored only completes.
// Then the serialised step: one worker at a time (session advisory lock) links near-duplicates
// and assigns stories (src/story/persist.ts) over the ready prefix of the ingest order, so the
// results do not depend on how many workers run or which finished first.
import type PgBoss from 'pg-boss';
import { isInputError } from '../errors.js';
import type { PreparedArticle } from '../store/prepare.js';
import { LOCK } from '../store/postgres/migrations.js';
import { addMembers, addRaw, insertArticle } from '../store/postgres/rows.js';
import { PostgresStore } from '../store/postgres/store.js';
import { assignStories } from '../story/persist.js';
import type { InputError } from '../types.js';
import { createPool, type AnalysisPool } from '../worker/pool.js';
import { bossDb, QUEUE, rawOf, startBoss, type IngestJob } from './boss.js';

export interface WorkerOptions {
  /** Analysis threads (1 = on the main thread). */
  concurrency?: number;
  /** Stop once no job is waiting or running (batch use, tests). */
  exitWhenIdle?: boolean;
  /** Poll interval when the queue is empty (ms). */
  pollMs?: number;
  onProgress?(s: WorkerSummary): void;
  onFailure?(e: InputError): void;
  signal?: AbortSignal;
}

export interface WorkerSummary {
  jobs: number;
  stored: number;
  failed: number;
  assigned: number;
  seconds: number;
  /** Wall time spent analysing, storing jobs and in the serialised step (ms). */
  ms: { fetch: number; analyse: number; store: number; assign: number };
}

type Job = PgBoss.JobWithMetadata<IngestJob>;

const ADVANCE_EVERY_MS = 1000;
/** Job transactions in flight per worker process (the store pool has one more connection, for the serialised step). */
const STORE_PARALLEL = 2;

export async function runWorker(url: string, opts: WorkerOptions = {}): Promise<WorkerSummary> {
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const t0 = performance.now();
  const sum: WorkerSummary = { jobs: 0, stored: 0, failed: 0, assigned: 0, seconds: 0, ms: { fetch: 0, analyse: 0, store: 0, assign: 0 } };
  const timed = async <T>(k: keyof WorkerSummary['ms'], f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await f();
    } finally {
      sum.ms[k] += performance.now() - t;
    }
  };
  const store = await PostgresStore.open(url, { max: 3 });
  const boss = await startBoss(url, { supervise: true, max: 2 });
  let pool: AnalysisPool | null = null;
  let lastAdvance = performance.now();
  try {
    while (!opts.signal?.aborted) {
      const jobs = (await timed('fetch', () => boss.fetch<IngestJob>(QUEUE, { batchSize: concurrency * 4, includeMetadata: true }))) as Job[];
      if (!jobs.length) {
        sum.assigned += await timed('assign', () => advance(store, true));
        if (opts.exitWhenIdle && (await pending(store)) === 0) break;
        await sleep(opts.pollMs ?? 500, opts.signal);
        continue;
      }
      const threads = (pool ??= createPool(concurrency > 1 ? concurrency : 0));
      const results = await timed('analyse', () => analyse(threads, jobs, concurrency));
      // Jobs are stored STORE_PARALLEL at a time, each in its own transaction (they lock rows in
      // the same order: article, raw input, collection, item, job; so they cannot deadlock).
      const one = async (i: number) => {
        const job = jobs[i]!;
        const r = results[i]!;
        try {
          const done = await storeJob(store, boss, job, r);
          sum.jobs++;
          if (done === 'failed') {
            sum.failed++;
            opts.onFailure?.(r as InputError);
          } else if (done === 'stored') sum.stored++;
        } catch (e) {
          await giveUp(store, boss, job, e);
        }
      };
      await timed('store', async () => {
        for (let i = 0; i < jobs.length; i += STORE_PARALLEL) {
          await Promise.all(jobs.slice(i, i + STORE_PARALLEL).map((_, k) => one(i + k)));
        }
      });
      // The serialised step re-reads the StoryIndex state: at most about once a second per worker.
      if (performance.now() - lastAdvance >= ADVANCE_EVERY_MS) {
        sum.assigned += await timed('assign', () => advance(store, false));
        lastAdvance = performance.now();
      }
      opts.onProgress?.(stamp(sum, t0));
    }
  } finally {
    await (pool as AnalysisPool | null)?.close();
    await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
    await store.close();
  }
  return stamp(sum, t0);
}

async function analyse(pool: AnalysisPool, jobs: Job[], parts: number): Promise<(PreparedArticle | InputError)[]> {
  const items = jobs.map((j) => ({ raw: rawOf(j.data), rawHash: j.data.rawHash }));
  const size = Math.ceil(items.length / parts);
  const chunks: Promise<(PreparedArticle | InputError)[]>[] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(pool.run(items.slice(i, i + size)));
  return (await Promise.all(chunks)).flat();
}

/** One job's rows + its completion, in one transaction. Returns what became of the item. */
async function storeJob(store: PostgresStore, boss: PgBoss, job: Job, r: PreparedArticle | InputError): Promise<'stored' | 'failed' | 'again'> {
  const now = new Date().toISOString();
  return store.tx(async (c) => {
    // No WAL flush wait per job: a commit lost in a database crash loses the job's completion with
    // it (same WAL), so the job comes back and is redone — nothing is lost or stored twice.
    await c.query('SET LOCAL synchronous_commit = off');
    const { rows } = await c.query<{ state: string; collection: string | null }>('SELECT state, collection FROM ingest_items WHERE seq = $1 FOR UPDATE', [job.data.seq]);
    const item = rows[0];
    let out: 'stored' | 'failed' | 'again' = 'again';
    if (item?.state === 'queued') {
      if (isInputError(r)) {
        await recordFailure(c, job, r.error.code, r.error.message, now);
        out = 'failed';
      } else {
        await insertArticle(c, r, now, job.data.seq);
        await addRaw(c, r.rawHash, r.id);
        if (item.collection) await addMembers(c, item.collection, [r.id], now);
        await c.query("UPDATE ingest_items SET state = 'stored', article_id = $2, done = now() WHERE seq = $1", [job.data.seq, r.id]);
        out = 'stored';
      }
    }
    await boss.complete(QUEUE, job.id, { seq: job.data.seq }, { db: bossDb(c) });
    return out;
  });
}

async function recordFailure(c: import('pg').PoolClient, job: Job, code: string, message: string, now: string): Promise<void> {
  const input = rawOf(job.data).input;
  await c.query('INSERT INTO failures (input, line, format, code, message, time, raw_hash) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (raw_hash) DO NOTHING', [
    input.path ?? input.url, null, input.format, code, message, now, job.data.rawHash,
  ]);
  await c.query("UPDATE ingest_items SET state = 'failed', done = now() WHERE seq = $1 AND state = 'queued'", [job.data.seq]);
}

/** A job whose transaction threw: retried by pg-boss; on its last attempt the item is failed, so the ingest order is not blocked. */
async function giveUp(store: PostgresStore, boss: PgBoss, job: Job, e: unknown): Promise<void> {
  const message = e instanceof Error ? e.message : String(e);
  if (job.retryCount >= job.retryLimit) {
    await store.tx((c) => recordFailure(c, job, 'store-failed', message, new Date().toISOString())).catch(() => {});
  }
  await boss.fail(QUEUE, job.id, { message }).catch(() => {});
}

/**
 * The serialised step. `wait`: block for the lock (when idle, so the last stored articles are
 * assigned); else skip when another worker holds it (it will pick our articles up, or we will
 * on our next batch). Returns the number of articles assigned.
 */
export async function advance(store: PostgresStore, wait: boolean): Promise<number> {
  const c = await store.pool.connect();
  try {
    if (wait) await c.query('SELECT pg_advisory_lock($1)', [LOCK.assignRun]);
    else if (!(await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [LOCK.assignRun])).rows[0]?.ok) return 0;
    try {
      while ((await store.linkReady()) > 0);
      return (await assignStories(store)).assigned;
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [LOCK.assignRun]);
    }
  } finally {
    c.release();
  }
}

/** Jobs of the queue not finished yet (created, retry or active). */
async function pending(store: PostgresStore): Promise<number> {
  const { rows } = await store.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state < 'completed'", [QUEUE]);
  return rows[0]?.n ?? 0;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    }, { once: true });
  });
}

function stamp(s: WorkerSummary, t0: number): WorkerSummary {
  const ms = Object.fromEntries(Object.entries(s.ms).map(([k, v]) => [k, Math.round(v)])) as WorkerSummary['ms'];
  return { ...s, ms, seconds: (performance.now() - t0) / 1000 };
}
