// bench/stories.bench.ts — story grouping at scale on synthetic articles (bench/generate.ts):
// feature extraction and clustering time, peak memory, B-cubed F1, for 10k and 100k articles;
// 1M with PARALLAX_BENCH_1M=1 (target: < 10 minutes within 4 GB). Streams: articles are
// generated, turned into compact features and added one at a time; then the batch refinement
// (refine.ts, what cluster() runs) over the kept features, up to 100k articles (1M: single pass only).
import { storyFeatures } from '../src/story/features.js';
import { bcubed } from '../src/story/metrics.js';
import { refine } from '../src/story/refine.js';
import { StoryIndex, type Assignment } from '../src/story/story-index.js';
import type { StoryFeatures } from '../src/story/features.js';
import { generate } from './generate.js';

export const title = 'Stories: incremental clustering of synthetic articles';

function one(n: number): string {
  const idx = new StoryIndex();
  const gold = new Int32Array(n);
  const pred = new Int32Array(n);
  let featMs = 0;
  let addMs = 0;
  let rss = 0;
  let heap = 0;
  let i = 0;
  const keep = n <= 100_000;
  const feats: StoryFeatures[] = [];
  const assigned: Assignment[] = [];
  for (const { article, event } of generate(n)) {
    const t0 = performance.now();
    const f = storyFeatures(article);
    const t1 = performance.now();
    const a = idx.add(f);
    pred[i] = a.storyIndex;
    if (keep) {
      feats.push(f);
      assigned.push(a);
    }
    addMs += performance.now() - t1;
    featMs += t1 - t0;
    gold[i] = event;
    i++;
    if ((i & 4095) === 0) {
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      heap = Math.max(heap, m.heapUsed);
    }
  }
  let refineMs = 0;
  let refined = '';
  if (keep) {
    const t = performance.now();
    const r = refine(feats, assigned);
    refineMs = performance.now() - t;
    const rb = bcubed(r.map((x) => x.storyIndex), gold);
    refined = `  refine ${(refineMs / 1000).toFixed(1)} s -> ${rb.p.toFixed(3)} ${rb.r.toFixed(3)} ${rb.f1.toFixed(3)}, ${new Set(r.map((x) => x.story)).size} stories; cluster+refine ${(((addMs + refineMs) / 1000)).toFixed(1)} s`;
  }
  const m = process.memoryUsage();
  rss = Math.max(rss, m.rss);
  heap = Math.max(heap, m.heapUsed);
  const b = bcubed(pred, gold);
  const mb = (x: number) => `${Math.round(x / 1048576)} MB`;
  return `${String(n).padStart(8)}  ${(featMs / 1000).toFixed(1).padStart(7)} s  ${(addMs / 1000).toFixed(1).padStart(7)} s  ${String(Math.round(n / (addMs / 1000))).padStart(8)}/s  ${mb(rss).padStart(8)}  ${mb(heap).padStart(8)}  ${b.p.toFixed(3)} ${b.r.toFixed(3)} ${b.f1.toFixed(3)}  ${idx.storyCount} stories / ${new Set(gold).size} events${refined}`;
}

export async function run(): Promise<string> {
  const sizes = (process.env.PARALLAX_BENCH_SIZES ?? "10000,100000").split(",").map(Number);
  if (process.env.PARALLAX_BENCH_1M === '1') sizes.push(1_000_000);
  const rows = ['articles  features  cluster   cluster rate   peak rss  peak heap  B3 P  R     F1'];
  for (const n of sizes) rows.push(one(n));
  return rows.join('\n');
}
