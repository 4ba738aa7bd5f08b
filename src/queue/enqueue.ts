// src/queue/enqueue.ts — `parallax ingest --db postgres://…`: read inputs and enqueue one job per
// raw article; workers (`parallax worker`) analyse and store them. Idempotent: inputs already stored
// are skipped (raw hash), inputs already queued are not queued again (ingest_items.raw_hash is
// unique and the job id derives from the raw hash). Each batch's ingest_items rows and jobs are
// written in ONE transaction, so a killed ingest never leaves an item without its job.
import { ingest, type IngestItem } from '../ingest/index.js';
import { isInputError } from '../errors.js';
import { rawHash } from '../store/prepare.js';
import type { PostgresStore } from '../store/postgres/store.js';
import type { InputError, RawArticle } from '../types.js';
import { bossDb, jobId, QUEUE, startBoss, type IngestJob } from './boss.js';

export interface EnqueueSummary {
  queued: number;
  /** Inputs already stored (filed under the collection, not queued). */
  stored: number;
  /** Inputs already waiting in the queue (or repeated in this run). */
  alreadyQueued: number;
  failed: number;
  seconds: number;
}

export interface EnqueueOptions {
  collection?: string | null;
  batchSize?: number;
  onFailure?(e: InputError): void;
  onProgress?(s: EnqueueSummary): void;
}

export async function enqueuePaths(paths: string[], store: PostgresStore, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const sum: EnqueueSummary = { queued: 0, stored: 0, alreadyQueued: 0, failed: 0, seconds: 0 };
  const boss = await startBoss(store.target, { supervise: false, max: 1 });
  const flush = async (items: IngestItem[]) => {
    const failures = items.filter(isInputError);
    const raws = new Map<string, RawArticle>();
    for (const it of items) if (!isInputError(it)) raws.set(rawHash(it), it);
    const known = await store.knownRaw([...raws.keys()]);
    if (failures.length || (known.size && opts.collection)) {
      await store.commit({ articles: [], failures, known: [...known.values()], collection: opts.collection ?? null });
    }
    for (const f of failures) opts.onFailure?.(f);
    sum.failed += failures.length;
    sum.stored += known.size;
    sum.alreadyQueued += items.length - failures.length - raws.size; // repeats inside the batch
    const fresh = [...raws.keys()].filter((h) => !known.has(h));
    if (fresh.length) {
      const queued = await store.tx(async (c) => {
        await c.query('INSERT INTO ingest_items (raw_hash, collection) SELECT unnest($1::text[]), $2 ON CONFLICT (raw_hash) DO NOTHING', [fresh, opts.collection ?? null]);
        // Every item of the batch still queued gets its job: new ones, and ones whose earlier
        // ingest died between its transactions (the job id makes a re-send a no-op).
        const { rows } = await c.query<{ seq: string; raw_hash: string }>("SELECT seq, raw_hash FROM ingest_items WHERE raw_hash = ANY($1::text[]) AND state = 'queued' ORDER BY seq", [fresh]);
        const jobs = rows.map((r) => ({ id: jobId(r.raw_hash), name: QUEUE, singletonKey: r.raw_hash, data: { seq: Number(r.seq), rawHash: r.raw_hash, raw: JSON.stringify(raws.get(r.raw_hash)!) } satisfies IngestJob }));
        const before = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])', [QUEUE, jobs.map((j) => j.id)]);
        if (jobs.length) await boss.insert(jobs, { db: bossDb(c) });
        return jobs.length - (before.rows[0]?.n ?? 0);
      });
      sum.queued += queued;
      sum.alreadyQueued += fresh.length - queued;
    }
    opts.onProgress?.(stamp(sum, t0));
  };
  try {
    let pending: IngestItem[] = [];
    for await (const it of ingest(paths)) {
      pending.push(it);
      if (pending.length >= (opts.batchSize ?? 200)) {
        await flush(pending);
        pending = [];
      }
    }
    await flush(pending);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return stamp(sum, t0);
}

function stamp(s: EnqueueSummary, t0: number): EnqueueSummary {
  return { ...s, seconds: (performance.now() - t0) / 1000 };
}

export function enqueueLine(s: EnqueueSummary): string {
  return `queued: ${s.queued} new, ${s.stored} already stored, ${s.alreadyQueued} already queued, ${s.failed} failed in ${s.seconds.toFixed(1)} s (run \`parallax worker\` to process them)`;
}
