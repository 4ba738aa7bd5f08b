// bench/ner.bench.ts — NER tagging and findEntities speed on the bench corpus (one core).
// Reports CPU time (process.cpuUsage) next to wall time: on a shared machine wall time
// mostly measures the neighbours.
import { buildDoc } from '../src/analyze/doc.js';
import { findEntities } from '../src/analyze/entities.js';
import { docStats } from '../src/analyze/ner/features.js';
import { loadTagger, tagSentenceIds } from '../src/analyze/ner/tagger.js';
import { clean } from '../src/clean/index.js';
import { benchCorpus } from './corpus.js';

export const title = 'NER tagging and entities (one core)';

export async function run(): Promise<string> {
  const n = Number(process.env.PARALLAX_BENCH_N ?? 500);
  const t0 = performance.now();
  loadTagger();
  const loadMs = performance.now() - t0;
  const ctxs = benchCorpus(n).map((r) => {
    const article = clean(r);
    return { article, doc: buildDoc(article.text, article.headings), entities: [], quotes: [], numbers: [], cues: [], issues: [] };
  });
  const sents = ctxs.map((c) => c.doc.sentenceTokens.map(([a, b]) => c.doc.tokens.slice(a, b).map((t) => t.text)));
  const tokens = ctxs.reduce((s, c) => s + c.doc.tokens.length, 0);
  for (const c of ctxs.slice(0, 50)) findEntities(c); // warm up
  const time = (f: () => void): [number, number] => {
    const w = performance.now();
    const u = process.cpuUsage().user;
    f();
    return [(process.cpuUsage().user - u) / 1000, performance.now() - w];
  };
  const [tagCpu, tagWall] = time(() => { for (const s of sents) tagSentenceIds(s, docStats(s)); });
  const [entCpu, entWall] = time(() => { for (const c of ctxs) findEntities(c); });
  const per600 = (ms: number): string => ((ms / tokens) * 600).toFixed(3);
  return [
    `articles: ${n}, mean ${Math.round(tokens / n)} tokens; model + lexicon load ${loadMs.toFixed(0)} ms`,
    '',
    '| step | cpu ms/article | cpu ms per 600 tokens | wall ms/article |',
    '|---|---|---|---|',
    `| tagging | ${(tagCpu / n).toFixed(3)} | ${per600(tagCpu)} | ${(tagWall / n).toFixed(3)} |`,
    `| findEntities (tagging + rules + merging) | ${(entCpu / n).toFixed(3)} | ${per600(entCpu)} | ${(entWall / n).toFixed(3)} |`,
  ].join('\n');
}
