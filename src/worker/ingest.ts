// src/worker/ingest.ts — read inputs, analyse them on the worker pool, store them in
// transactional batches. Batches are committed in input order; while one batch is analysed the
// next is read, so reading, analysis and SQLite writes overlap. Inputs whose raw hash is already
// stored are skipped before analysis (a rerun after a crash only analyses what is missing).
import { inputError, isInputError } from '../errors.js';
import { ingest, type IngestItem } from '../ingest/index.js';
import { rawHash, type Batch, type PreparedArticle, type Store } from '../store/index.js';
import { assignStories, type AssignSummary } from '../story/persist.js';
import type { InputError } from '../types.js';
import type { AnalysisPool } from './pool.js';
import { analyseChunk, type TaskItem } from './task.js';

export interface IngestOptions {
  collection?: string | null;
  /** Articles per transaction. */
  batchSize?: number;
  /** Articles per worker task. */
  chunkSize?: number;
  onFailure?(e: InputError): void;
  /** After each committed batch, with the running totals. */
  onProgress?(s: IngestSummary): void;
  /** Assign stored articles to stories at the end of the run (default true; see src/story/persist.ts). */
  stories?: boolean;
  /** Refine the stories this run opens (AssignOptions.refine; default false). */
  refine?: boolean;
}

export interface IngestSummary {
  new: number;
  duplicate: number;
  nearDuplicate: number;
  failed: number;
  seconds: number;
  /** Inputs handled per second (new + duplicate + failed). */
  rate: number;
  /** Story assignment at the end of the run (absent when turned off). */
  stories?: AssignSummary;
}

/** Below this many articles a batch is analysed inline: starting worker threads would cost more. */
export const INLINE_BELOW = 64;

export async function ingestToStore(paths: string[], store: Store, pool: () => AnalysisPool, opts: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? 200;
  const chunkSize = opts.chunkSize ?? 25;
  const t0 = performance.now();
  const sum: IngestSummary = { new: 0, duplicate: 0, nearDuplicate: 0, failed: 0, seconds: 0, rate: 0 };
  let workers: AnalysisPool | null = null;

  const analyse = async (items: IngestItem[]): Promise<Batch> => {
    const failures: InputError[] = [];
    const todo: TaskItem[] = [];
    for (const it of items) {
      if (isInputError(it)) failures.push(it);
      else todo.push({ raw: it, rawHash: rawHash(it) });
    }
    const known = await store.knownRaw(todo.map((t) => t.rawHash!));
    const fresh = todo.filter((t) => !known.has(t.rawHash!));
    let results;
    if (fresh.length < INLINE_BELOW) results = analyseChunk(fresh);
    else {
      workers ??= pool();
      const chunks: Promise<ReturnType<typeof analyseChunk>>[] = [];
      for (let i = 0; i < fresh.length; i += chunkSize) {
        const chunk = fresh.slice(i, i + chunkSize);
        // A worker that dies (not a failed article: process() never throws) fails its chunk's inputs only.
        chunks.push(workers.run(chunk).catch((e: unknown) => chunk.map((t) => inputError({ path: t.raw.input.path, url: t.raw.input.url, format: t.raw.input.format }, e))));
      }
      results = (await Promise.all(chunks)).flat();
    }
    const articles: PreparedArticle[] = [];
    for (const r of results) (isInputError(r) ? failures : articles).push(r as never);
    return { articles, failures, known: [...known.values()], collection: opts.collection ?? null };
  };

  const commit = async (b: Batch): Promise<void> => {
    const r = await store.commit(b);
    for (const f of b.failures) opts.onFailure?.(f);
    sum.new += r.added.length;
    sum.duplicate += r.duplicates.length + (b.known?.length ?? 0);
    sum.nearDuplicate += r.nearDuplicates.length;
    sum.failed += r.failures;
    opts.onProgress?.(stamp(sum, t0));
  };

  let previous: Promise<void> = Promise.resolve();
  const flush = async (items: IngestItem[]): Promise<void> => {
    const analysed = analyse(items);
    analysed.catch(() => {}); // handled below, once the previous batch is committed
    await previous;
    previous = analysed.then(commit);
    previous.catch(() => {}); // awaited by the next flush or at the end
  };

  try {
    let pending: IngestItem[] = [];
    for await (const item of ingest(paths)) {
      pending.push(item);
      if (pending.length >= batchSize) {
        await flush(pending);
        pending = [];
      }
    }
    await flush(pending);
    await previous;
  } finally {
    await (workers as AnalysisPool | null)?.close();
  }
  // Once per run, after the last batch: also completes articles a crashed run stored but never assigned.
  if (opts.stories !== false) sum.stories = await assignStories(store, { refine: opts.refine === true });
  return stamp(sum, t0);
}

function stamp(sum: IngestSummary, t0: number): IngestSummary {
  sum.seconds = (performance.now() - t0) / 1000;
  const n = sum.new + sum.duplicate + sum.failed;
  sum.rate = sum.seconds > 0 ? n / sum.seconds : 0;
  return { ...sum };
}
