// bench/analyze.bench.ts — clean + analyze throughput on one core, and per analyzer.
import { buildDoc } from '../src/analyze/doc.js';
import { ANALYZERS } from '../src/analyze/index.js';
import type { AnalysisContext } from '../src/analyze/context.js';
import { clean } from '../src/clean/index.js';
import { process as analyzeOne } from '../src/pipeline.js';
import { benchCorpus, words } from './corpus.js';

export const title = 'Analysis throughput (clean + analyze, one core)';

export async function run(): Promise<string> {
  const n = Number(process.env.PARALLAX_BENCH_N ?? 2000);
  const corpus = benchCorpus(n);
  const w = words(corpus);
  for (const r of corpus.slice(0, 200)) analyzeOne(r); // warm up
  const t0 = performance.now();
  for (const r of corpus) analyzeOne(r);
  const secs = (performance.now() - t0) / 1000;
  const rows = [
    `articles: ${n}, mean ${Math.round(w / n)} words`,
    `whole pipeline: ${(n / secs).toFixed(0)} articles/s on one core (${((secs * 1000) / n).toFixed(2)} ms/article)`,
    '',
    '| stage | ms/article |',
    '|---|---|',
  ];
  const cleaned = corpus.map((r) => clean(r));
  let t = performance.now();
  for (const r of corpus) clean(r);
  rows.push(`| clean | ${((performance.now() - t) / n).toFixed(3)} |`);
  t = performance.now();
  const docs = cleaned.map((c) => buildDoc(c.text, c.headings));
  rows.push(`| tokens + sentences | ${((performance.now() - t) / n).toFixed(3)} |`);
  const ctxs: AnalysisContext[] = cleaned.map((article, i) => ({ article, doc: docs[i]!, entities: [], quotes: [], numbers: [], cues: [], issues: [] }));
  for (const a of ANALYZERS) {
    t = performance.now();
    for (const ctx of ctxs) (ctx as unknown as Record<string, unknown>)[a.name] = a.run(ctx);
    rows.push(`| ${a.name} | ${((performance.now() - t) / n).toFixed(3)} |`);
  }
  return rows.join('\n');
}
