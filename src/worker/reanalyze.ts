// src/worker/reanalyze.ts — re-run the analyzers over articles already in a store, after the
// analyzers changed (a new Parallax version): ingest skips inputs it has stored, so without this
// their stored findings would stay as the old version made them.
// Contract: ids, cleaned text, near-duplicate links, collections and story assignments stay as they
// are (the text is not cleaned again: the id is a hash of it); the Article JSON and its entity /
// speaker filter rows are replaced, one transaction per page, only where the new analysis differs.
// A crash between pages leaves every article with either its old or its new analysis; a rerun
// finishes the job (unchanged articles are skipped).
import type { AnalysisUpdate, Store } from '../store/index.js';
import { INLINE_BELOW } from './ingest.js';
import type { AnalysisPool } from './pool.js';
import { cleanPart, reanalyseChunk } from './task.js';

export interface ReanalyzeOptions {
  /** Only the articles of this collection. */
  collection?: string | null;
  /** Articles read (and written in one transaction) per page. */
  pageSize?: number;
  /** Articles per worker task. */
  chunkSize?: number;
  onProgress?(s: ReanalyzeSummary): void;
}

export interface ReanalyzeSummary {
  /** Articles read. */
  articles: number;
  /** Articles whose stored analysis changed. */
  updated: number;
  seconds: number;
}

/** `pool` is called once, on the first page big enough to be worth worker threads (as ingestToStore). */
export async function reanalyzeStore(store: Store, pool: () => AnalysisPool, opts: ReanalyzeOptions = {}): Promise<ReanalyzeSummary> {
  const t0 = performance.now();
  const pageSize = opts.pageSize ?? 500;
  const chunk = opts.chunkSize ?? 50;
  const sum: ReanalyzeSummary = { articles: 0, updated: 0, seconds: 0 };
  const filter = opts.collection ? { collection: opts.collection } : {};
  let workers: AnalysisPool | null = null;
  try {
    for (let offset = 0; ; offset += pageSize) {
      // Offset paging is stable here: updates change neither the order nor the filter's members.
      const page = await store.articles({ ...filter, limit: pageSize, offset });
      if (page.length === 0) break;
      const before = new Map(page.map((a) => [a.id, JSON.stringify(a)]));
      let updates: AnalysisUpdate[];
      if (page.length < INLINE_BELOW) updates = reanalyseChunk(page.map(cleanPart));
      else {
        const w = (workers ??= pool());
        const runs: Promise<AnalysisUpdate[]>[] = [];
        for (let i = 0; i < page.length; i += chunk) runs.push(w.reanalyse(page.slice(i, i + chunk).map(cleanPart)));
        updates = (await Promise.all(runs)).flat();
      }
      const changed = updates.filter((u) => before.get(u.id) !== u.json);
      if (changed.length) sum.updated += await store.updateAnalyses(changed);
      sum.articles += page.length;
      sum.seconds = (performance.now() - t0) / 1000;
      opts.onProgress?.(sum);
      if (page.length < pageSize) break;
    }
  } finally {
    await workers?.close();
  }
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}
