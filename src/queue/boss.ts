// src/queue/boss.ts — the pg-boss side of distributed ingest: one queue ("parallax-ingest"), one
// job per raw input whose id is derived from the raw hash, so enqueueing the same input twice is a
// no-op (INSERT ... ON CONFLICT DO NOTHING in pg-boss). Settings come from the environment so every
// machine of a deployment agrees without flags:
//   PARALLAX_JOB_EXPIRE_SECONDS   a job running longer is taken to be lost and retried (default 300)
//   PARALLAX_JOB_RETRIES          attempts after the first (default 5)
//   PARALLAX_QUEUE_MAINTENANCE_SECONDS  how often a worker expires lost jobs (default 60)
import PgBoss from 'pg-boss';
import type { RawArticle } from '../types.js';

export const QUEUE = 'parallax-ingest';

export interface IngestJob {
  /** ingest_items.seq: the ingest order. */
  seq: number;
  rawHash: string;
  /** The RawArticle as JSON text: pg-boss keeps job data as jsonb, which reorders object keys,
   *  and the Article must come out byte-for-byte as the SQLite path produces it. */
  raw: string;
}

export function rawOf(job: IngestJob): RawArticle {
  return JSON.parse(job.raw) as RawArticle;
}

const num = (v: string | undefined, d: number) => (v !== undefined && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);

export function queueSettings(env: NodeJS.ProcessEnv = process.env) {
  return {
    expireInSeconds: num(env.PARALLAX_JOB_EXPIRE_SECONDS, 300),
    retryLimit: num(env.PARALLAX_JOB_RETRIES, 5),
    maintenanceIntervalSeconds: num(env.PARALLAX_QUEUE_MAINTENANCE_SECONDS, 60),
  };
}

/** A started PgBoss on `url`. `supervise`: this process also expires lost jobs (workers do). */
export async function startBoss(url: string, opts: { supervise: boolean; max?: number }): Promise<PgBoss> {
  const s = queueSettings();
  const boss = new PgBoss({
    connectionString: url,
    max: opts.max ?? 2,
    application_name: 'parallax-queue',
    supervise: opts.supervise,
    schedule: false,
    maintenanceIntervalSeconds: s.maintenanceIntervalSeconds,
  });
  boss.on('error', (e) => process.stderr.write(`parallax: queue: ${e.message}\n`));
  await boss.start();
  if (!(await boss.getQueue(QUEUE))) {
    try {
      await boss.createQueue(QUEUE, { name: QUEUE, policy: 'standard', retryLimit: s.retryLimit, retryDelay: 1, expireInSeconds: s.expireInSeconds });
    } catch (e) {
      if (!(await boss.getQueue(QUEUE))) throw e; // else another process created it first
    }
  }
  return boss;
}

/** The job id for a raw hash (32 hex digits) as a UUID: the same input always gets the same job. */
export function jobId(rawHash: string): string {
  const h = rawHash.padEnd(32, '0').slice(0, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** pg-boss's Db interface over a client inside our transaction: job changes commit with our rows. */
export function bossDb(c: { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> }): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: (await c.query(text, values)).rows }) };
}
