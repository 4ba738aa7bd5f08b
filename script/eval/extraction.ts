// script/eval/extraction.ts — HTML -> article body quality on extraction-dev (ScrapingHub
// article-extraction benchmark, MIT): precision / recall / F1 over word 4-gram shingles of the
// extracted vs the true body, per page, then averaged over pages (the benchmark's own metric:
// F1 is the harmonic mean of the averaged precision and recall; "mean F1" averages per-page F1).
// Baseline rows are computed the same way from the extractors' outputs in baselines/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../../src/ingest/html.js';

export const title = 'HTML extraction (extraction-dev, 4-gram shingle P/R/F1)';

type Truth = Record<string, { articleBody?: string; url?: string }>;

// Python's `\w+` (the benchmark tokenizer), in Unicode terms.
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const toks = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const key = toks.slice(i, i + n).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page [precision, recall] as the benchmark counts them (empty vs empty = perfect). */
export function shingleScores(truth: string, pred: string): [number, number] {
  const t = shingles(truth);
  const p = shingles(pred);
  if (t.size === 0 && p.size === 0) return [1, 1];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, pc] of p) {
    const tc = t.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [k, tc] of t) fn += Math.max(0, tc - (p.get(k) ?? 0));
  return [tp + fp ? tp / (tp + fp) : 0, tp + fn ? tp / (tp + fn) : 0];
}

interface Row { name: string; p: number; r: number; f1: number; meanF1: number; pages: number }

function score(name: string, truth: Truth, pred: (id: string) => string): Row {
  let sp = 0;
  let sr = 0;
  let sf = 0;
  const ids = Object.keys(truth);
  for (const id of ids) {
    const [p, r] = shingleScores(truth[id]?.articleBody ?? '', pred(id));
    sp += p;
    sr += r;
    sf += p + r ? (2 * p * r) / (p + r) : 0;
  }
  const p = sp / ids.length;
  const r = sr / ids.length;
  return { name, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, meanF1: sf / ids.length, pages: ids.length };
}

export async function run(dataDir: string): Promise<string> {
  const dir = join(dataDir, 'extraction-dev');
  if (!existsSync(dir)) return `no extraction-dev data in ${dataDir}; skipped.`;
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Truth;
  const ours = new Map<string, string>();
  let ms = 0;
  for (const id of Object.keys(truth)) {
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
    const t0 = performance.now();
    const raw = extractHtml(html, null, truth[id]?.url ?? null);
    ms += performance.now() - t0;
    ours.set(id, 'error' in raw ? '' : (raw.text ?? ''));
  }
  const rows: Row[] = [score('parallax', truth, (id) => ours.get(id) ?? '')];
  const bdir = join(dir, 'baselines');
  for (const f of readdirSync(bdir).filter((x) => x.endsWith('.json')).sort()) {
    const b = JSON.parse(readFileSync(join(bdir, f), 'utf8')) as Truth;
    rows.push(score(f.replace(/\.json$/, ''), truth, (id) => b[id]?.articleBody ?? ''));
  }
  const fmt = (x: number) => x.toFixed(3);
  const lines = ['| extractor | precision | recall | F1 | mean page F1 |', '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.name} | ${fmt(r.p)} | ${fmt(r.r)} | ${fmt(r.f1)} | ${fmt(r.meanF1)} |`);
  lines.push('', `${rows[0]!.pages} pages; parallax extraction ${(ms / rows[0]!.pages).toFixed(1)} ms/page`);
  if (process.env.EXTRACTION_DETAIL) {
    lines.push('', 'worst pages (id, P, R):');
    const per = Object.keys(truth).map((id) => [id, ...shingleScores(truth[id]?.articleBody ?? '', ours.get(id) ?? '')] as const);
    per.sort((a, b) => a[1] + a[2] - (b[1] + b[2]));
    for (const [id, p, r] of per.slice(0, 15)) lines.push(`${id.slice(0, 12)} ${fmt(p)} ${fmt(r)}`);
  }
  return lines.join('\n');
}
