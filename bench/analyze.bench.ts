// bench/analyze.bench.ts — clean + analyze throughput: per stage on one core, the whole pipeline
// on one core, and the same corpus through the ingest worker pool (src/worker/pool.ts) with 2
// worker threads (analysis + store-row preparation, no database).
// CPU time (process.cpuUsage, this thread only when nothing else runs) is printed next to wall time:
// on a shared machine wall time mostly measures the neighbours, so the load average is printed too.
// Size: PARALLAX_BENCH_N (default 2000). `npm run bench -- analyze`.
import { loadavg } from 'node:os';
import { buildDoc } from '../src/analyze/doc.js';
import { ANALYZERS } from '../src/analyze/index.js';
import type { AnalysisContext } from '../src/analyze/context.js';
import { clean } from '../src/clean/index.js';
import { process as analyzeOne } from '../src/pipeline.js';
import { createPool } from '../src/worker/pool.js';
import type { TaskItem } from '../src/worker/task.js';
import type { RawArticle } from '../src/types.js';
import { benchCorpus, words } from './corpus.js';

export const title = 'Analysis throughput (clean + analyze, one core and two worker threads)';

const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

/** [cpu ms, wall ms] of f(). */
function time(f: () => void): [number, number] {
  const w = performance.now();
  const u = process.cpuUsage();
  f();
  const d = process.cpuUsage(u);
  return [(d.user + d.system) / 1000, performance.now() - w];
}

/** CPU ms per stage, summed over the corpus, running the stages article by article as process() does. */
function interleaved(corpus: RawArticle[]): Map<string, number> {
  const acc = new Map<string, number>();
  const now = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (const r of corpus) {
    let t = now();
    const lap = (k: string): void => {
      const x = now();
      acc.set(k, (acc.get(k) ?? 0) + x - t);
      t = x;
    };
    const article = clean(r);
    lap('clean');
    const doc = buildDoc(article.text, article.headings);
    lap('tokens + sentences');
    const ctx: AnalysisContext = { article, doc, entities: [], quotes: [], numbers: [], cues: [], issues: [] };
    for (const a of ANALYZERS) {
      (ctx as unknown as Record<string, unknown>)[a.name] = a.run(ctx);
      lap(a.name);
    }
  }
  return acc;
}

/** Articles/s through a pool of `workers` threads, in chunks of `chunk`; start-up and warm-up excluded. */
async function poolRate(items: TaskItem[], workers: number, chunk: number): Promise<{ rate: number; wallMs: number; cpuMs: number }> {
  const pool = createPool(workers);
  try {
    // Warm up every worker (tsx loader, model and lexicon load, JIT) before timing: ~600 articles
    // each, as a long ingest would be (with ~200, JIT compilation on V8's background threads
    // still added ~1 ms per article to the timed run).
    const warm = items.slice(0, Math.min(items.length, 300));
    await Promise.all(Array.from({ length: workers * 2 }, () => pool.run(warm)));
    const t0 = performance.now();
    const u = process.cpuUsage(); // all threads of this process
    const runs: Promise<unknown>[] = [];
    for (let i = 0; i < items.length; i += chunk) runs.push(pool.run(items.slice(i, i + chunk)));
    await Promise.all(runs);
    const d = process.cpuUsage(u);
    const wallMs = performance.now() - t0;
    return { rate: (items.length / wallMs) * 1000, wallMs, cpuMs: (d.user + d.system) / 1000 };
  } finally {
    await pool.close();
  }
}

export async function run(): Promise<string> {
  const n = Number(process.env.PARALLAX_BENCH_N ?? 2000);
  const corpus = benchCorpus(n);
  const w = words(corpus);
  const rows = [`articles: ${n}, mean ${Math.round(w / n)} words; load average before: ${load()}`];
  for (const r of corpus.slice(0, 200)) analyzeOne(r); // warm up
  const [cpu, wall] = time(() => {
    for (const r of corpus) analyzeOne(r);
  });
  // Per stage as process() runs them, one article after another (caches shared by all stages)...
  const inter = interleaved(corpus);
  rows.push(
    `whole pipeline, one core: ${((n / cpu) * 1000).toFixed(0)} articles/s by CPU time (${(cpu / n).toFixed(2)} ms/article), ` +
      `${((n / wall) * 1000).toFixed(0)} by wall time (${(wall / n).toFixed(2)} ms/article)`,
    '',
    '| stage | cpu ms/article in the pipeline | cpu ms/article, stage alone | wall ms/article, stage alone |',
    '|---|---|---|---|',
  );
  // ...and each stage alone over the whole corpus (hot caches: a lower bound).
  const row = (name: string, [c, wl]: [number, number]): number =>
    rows.push(`| ${name} | ${((inter.get(name) ?? NaN) / n).toFixed(3)} | ${(c / n).toFixed(3)} | ${(wl / n).toFixed(3)} |`);
  const cleaned = corpus.map((r) => clean(r));
  row('clean', time(() => { for (const r of corpus) clean(r); }));
  let docs: ReturnType<typeof buildDoc>[] = [];
  row('tokens + sentences', time(() => { docs = cleaned.map((c) => buildDoc(c.text, c.headings)); }));
  const ctxs: AnalysisContext[] = cleaned.map((article, i) => ({ article, doc: docs[i]!, entities: [], quotes: [], numbers: [], cues: [], issues: [] }));
  for (const a of ANALYZERS) {
    row(a.name, time(() => {
      for (const ctx of ctxs) (ctx as unknown as Record<string, unknown>)[a.name] = a.run(ctx);
    }));
  }
  if (process.env.PARALLAX_BENCH_POOL !== '0') {
    const items: TaskItem[] = corpus.map((raw) => ({ raw, rawHash: null }));
    rows.push('', `worker pool (src/worker/pool.ts, chunks of 50; analysis + store-row preparation, no database); load average: ${load()}`, '');
    for (const workers of [1, 2]) {
      const { rate, wallMs, cpuMs } = await poolRate(items, workers, 50);
      rows.push(
        `${workers} worker thread${workers > 1 ? 's' : ' '}: ${rate.toFixed(0)} articles/s by wall time (${(wallMs / 1000).toFixed(2)} s); ` +
          `CPU ${(cpuMs / n).toFixed(2)} ms/article over all threads, ${(cpuMs / wallMs).toFixed(2)} cores busy; ` +
          `with ${workers} idle core${workers > 1 ? 's' : ''}: ~${((workers * 1000 * n) / cpuMs).toFixed(0)} articles/s`,
      );
    }
  }
  rows.push('', `load average after: ${load()}`);
  return rows.join('\n');
}
