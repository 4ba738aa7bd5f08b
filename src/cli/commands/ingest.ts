// src/cli/commands/ingest.ts — `parallax ingest`: analyse inputs on worker threads and store them.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeInputError } from '../../errors.js';
import { DEFAULT_DB, openStore } from '../../store/index.js';
import type { AssignSummary } from '../../story/persist.js';
import { ingestToStore, type IngestSummary } from '../../worker/ingest.js';
import { createPool, defaultWorkers } from '../../worker/pool.js';
import { ingestPostgres } from '../../queue/cli.js';
import { isPostgres } from '../../store/postgres/target.js';
import { UsageError } from '../args.js';
import { HELP, inputsOf, type Command } from '../command.js';
import { makeProgress } from '../progress.js';

export const DB_FLAG = { value: true, arg: 'FILE', help: `database file (default ${DEFAULT_DB})` };
export const WORKERS_FLAG = { value: true, arg: 'N', help: 'analysis threads (default: one per core; 0 = analyse on the main thread)' };

/** --workers as a thread count (default: one per core). */
export function workersOf(flags: Record<string, unknown>): number {
  const workers = flags.workers === undefined ? defaultWorkers() : Number(flags.workers);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError('--workers must be a whole number >= 0');
  return workers;
}

/** --collection as a name, or null when not given. */
export function collectionOf(flags: Record<string, unknown>): string | null {
  const collection = typeof flags.collection === 'string' ? flags.collection : null;
  if (collection !== null && collection.trim() === '') throw new UsageError('--collection needs a name');
  return collection;
}

/** Formats that hold many articles per file: no per-file ETA for them. */
const MULTI = /\.(jsonl|ndjson|json|warc|warc\.gz|xml|rss|atom)$/i;

/** Number of articles when every input is a one-article file, else null (unknown). */
async function countInputs(paths: string[]): Promise<number | null> {
  let n = 0;
  const walk = async (p: string): Promise<boolean> => {
    const st = await stat(p);
    if (!st.isDirectory()) {
      n++;
      return !MULTI.test(p);
    }
    for (const e of await readdir(p)) if (!e.startsWith('.') && !(await walk(join(p, e)))) return false;
    return true;
  };
  try {
    for (const p of paths) if (p === '-' || !(await walk(p))) return null;
  } catch {
    return null;
  }
  return n;
}

export function summaryLine(s: IngestSummary): string {
  return `ingested: ${s.new} new, ${s.duplicate} duplicate, ${s.nearDuplicate} near-duplicate, ${s.failed} failed in ${s.seconds.toFixed(1)} s (${Math.round(s.rate)} articles/s)`;
}

export function storiesLine(s: AssignSummary): string {
  return `stories: ${s.assigned} articles assigned, ${s.newStories} new stories, ${s.touched} stories updated`;
}

export const ingest: Command = {
  summary: 'analyse articles in parallel and store them in a database',
  usage: 'parallax ingest PATH... [--db FILE] [--collection NAME] [--workers N]',
  example: 'parallax ingest examples/seeds --db news.db --collection seeds',
  flags: {
    db: DB_FLAG,
    collection: { value: true, arg: 'NAME', help: 'file the articles under this collection (also ones stored before)' },
    workers: WORKERS_FLAG,
    batch: { value: true, arg: 'N', help: 'articles per transaction (default 200)' },
    'no-refine': { help: "keep the single pass's stories: no batch refinement of the stories this run opens" },
    help: HELP,
  },
  async run({ flags, positional }, io) {
    const workers = workersOf(flags);
    const batchSize = flags.batch === undefined ? 200 : Number(flags.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError('--batch must be a whole number >= 1');
    const collection = collectionOf(flags);
    const paths = inputsOf(positional);
    // PostgreSQL: enqueue for `parallax worker` (src/queue); analysis happens in the workers.
    if (isPostgres(flags.db)) return ingestPostgres(paths, flags.db, collection, batchSize, io);
    const store = await openStore(typeof flags.db === 'string' ? flags.db : DEFAULT_DB);
    const progress = makeProgress(io.stderr, 'ingest');
    const total = await countInputs(paths);
    try {
      const s = await ingestToStore(paths, store, () => createPool(workers), {
        collection,
        batchSize,
        refine: flags['no-refine'] !== true,
        onFailure: (e) => progress.log(`parallax: ${describeInputError(e)}`),
        onProgress: (p) => progress.update(p.new + p.duplicate + p.failed, total),
      });
      progress.done();
      io.stderr.write(summaryLine(s) + '\n');
      if (s.stories) io.stderr.write(storiesLine(s.stories) + '\n');
      return s.failed ? 1 : 0;
    } finally {
      progress.done();
      await store.close();
    }
  },
};
