// src/queue/cli.ts — the PostgreSQL branch of `parallax ingest` (enqueue only). pg and pg-boss are
// imported lazily: SQLite commands never load them.
import { describeInputError } from '../errors.js';
import type { Io } from '../cli/command.js';
import { makeProgress } from '../cli/progress.js';
import { redact } from '../store/postgres/target.js';

export async function ingestPostgres(paths: string[], url: string, collection: string | null, batchSize: number, io: Io): Promise<number> {
  const { PostgresStore } = await import('../store/postgres/store.js');
  const { enqueuePaths, enqueueLine } = await import('./enqueue.js');
  let store;
  try {
    store = await PostgresStore.open(url, { max: 2 });
  } catch (e) {
    io.stderr.write(`parallax: ingest: cannot open ${redact(url)}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const progress = makeProgress(io.stderr, 'enqueue');
  try {
    const s = await enqueuePaths(paths, store, {
      collection,
      batchSize,
      onFailure: (e) => progress.log(`parallax: ${describeInputError(e)}`),
      onProgress: (p) => progress.update(p.queued + p.stored + p.alreadyQueued + p.failed),
    });
    progress.done();
    io.stderr.write(enqueueLine(s) + '\n');
    return s.failed ? 1 : 0;
  } finally {
    progress.done();
    await store.close();
  }
}
