// bench/ingest.bench.ts — ingest throughput: a synthetic corpus of 5,000 articles (JSON Lines in a
// temp dir, see ingest-corpus.ts) analysed and stored with 1 and 2 worker threads, against the
// analysis-only rate on one thread. `npm run bench -- ingest`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInputError } from '../src/errors.js';
import { ingest } from '../src/ingest/index.js';
import { process as analyse } from '../src/pipeline.js';
import { openStore, type PreparedArticle } from '../src/store/index.js';
import { ingestToStore } from '../src/worker/ingest.js';
import { createPool, type WorkerEntry } from '../src/worker/pool.js';
import { analyseChunk } from '../src/worker/task.js';
import type { RawArticle } from '../src/types.js';
import { writeCorpus } from './ingest-corpus.js';

export const title = 'ingest: 5,000 synthetic articles -> SQLite';

const N = Number(process.env.INGEST_BENCH_N ?? 5000);

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const corpus = writeCorpus(join(dir, 'corpus.jsonl'), N);
    const raws: RawArticle[] = [];
    for await (const it of ingest([corpus])) if (!isInputError(it)) raws.push(it);
    const rows: string[] = [`corpus: ${raws.length} articles, ${Math.round(raws.reduce((n, r) => n + (r.text?.split(/\s+/).length ?? 0), 0) / raws.length)} words on average`, ''];
    const row = (label: string, n: number, ms: number) => rows.push(`${label.padEnd(44)} ${String(Math.round((n / ms) * 1000)).padStart(6)} articles/s  (${(ms / 1000).toFixed(2)} s)`);

    for (const r of raws.slice(0, 200)) analyse(r); // warm up
    let t = performance.now();
    for (const r of raws) analyse(r);
    row('analysis only, process(), 1 thread', raws.length, performance.now() - t);
    t = performance.now();
    const prepared = analyseChunk(raws.map((raw) => ({ raw, rawHash: null }))).filter((p) => !isInputError(p)) as PreparedArticle[];
    row('analysis + store prep (MinHash, JSON), 1 thread', raws.length, performance.now() - t);
    const only = await openStore(join(dir, 'store-only.db'));
    t = performance.now();
    for (let i = 0; i < prepared.length; i += 200) await only.commit({ articles: prepared.slice(i, i + 200), failures: [] });
    row('store only: commit prepared rows, 200/txn', prepared.length, performance.now() - t);
    await only.close();

    const runs: [string, number, WorkerEntry][] = [
      ['ingest, inline (0 workers)', 0, 'register'],
      ['ingest, 1 worker', 1, 'register'],
      ['ingest, 2 workers (tsx register)', 2, 'register'],
      ['ingest, 2 workers (tsx tsImport)', 2, 'tsImport'],
    ];
    for (const [label, workers, entry] of runs) {
      const db = join(dir, `${workers}-${entry}.db`);
      const store = await openStore(db);
      t = performance.now();
      const s = await ingestToStore([corpus], store, () => createPool(workers, entry));
      const ms = performance.now() - t;
      await store.close();
      row(label, s.new + s.duplicate, ms);
      if (label.startsWith('ingest, 2 workers (tsx register)')) {
        const again = await openStore(db);
        t = performance.now();
        const s2 = await ingestToStore([corpus], again, () => createPool(workers, entry));
        row('re-ingest, all skipped by raw hash', s2.duplicate, performance.now() - t);
        await again.close();
      }
    }
    rows.push('', 'Ingest rates include reading the JSONL, worker start-up (~0.5 s) and SQLite writes (FTS5, LSH, indexes).');
    return rows.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
