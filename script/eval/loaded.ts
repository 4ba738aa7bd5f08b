// script/eval/loaded.ts — `npm run eval -- loaded`: token-level P/R/F1 of `loaded` cues against
// (a) ptc-train Loaded_Language + Name_Calling,Labeling spans and (b) basil-dev `lex` spans.
// Each article's raw text is analysed verbatim (offsets match the gold). A token counts when it is a
// word token inside a predicted / gold span. Cross-check rows keep only lexicon entries derived from the
// other data set (plus hand entries), so the numbers show how much the lexicon overfits its source.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/index.js';
import { buildDoc, tokenize } from '../../src/analyze/doc.js';
import { findCues } from '../../src/analyze/cues.js';
import { LOADED, type LoadedSource } from '../../src/analyze/lexicons/loaded.js';
import type { CleanArticle, Cue, Span } from '../../src/types.js';
import { readBasil, readPtc, type GoldDoc } from '../loaded-data.js';

export const title = 'Loaded wording (cues.kind = loaded), token-level';

let fellBack = 0;

function article(d: GoldDoc): CleanArticle {
  return {
    id: d.id, input: { path: null, url: null, format: 'text' }, outlet: null, title: null, subtitle: null,
    published: null, dateline: null, language: 'en', text: d.text, removed: [], headings: [],
  };
}

/** Loaded cues through the full analyzer; if another analyzer fails, through findCues alone. */
function loadedCues(d: GoldDoc): Cue[] {
  let cues: Cue[];
  try {
    cues = analyze(article(d)).cues;
  } catch {
    fellBack++;
    const a = article(d);
    cues = findCues({ article: a, doc: buildDoc(a.text), entities: [], quotes: [], numbers: [], cues: [], issues: [] });
  }
  return cues.filter((c) => c.kind === 'loaded');
}

interface Counts { tp: number; fp: number; fn: number }

/**
 * Token-level counts. `own`: score only cues with note null (the outlet's own wording) against the spans the
 * annotators marked outside quotes; gold tokens inside quoted spans are then neither missed nor found, but a
 * note-less cue there is still a false positive (the outlet would be blamed for a speaker's word).
 */
function score(docs: GoldDoc[], preds: Map<string, Cue[]>, keep: (src: LoadedSource) => boolean, own = false): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const d of docs) {
    const pred: Span[] = preds.get(d.id)!.filter((x) => keep(LOADED[x.term] ?? 'hand') && (!own || x.note === null)).map((x) => x.span);
    const gold = own && d.quoted ? d.spans.filter((_, i) => !d.quoted![i]) : d.spans;
    const ignored = own && d.quoted ? d.spans.filter((_, i) => d.quoted![i]) : [];
    for (const t of tokenize(d.text)) {
      if (!/[\p{L}\p{N}]/u.test(t.text)) continue;
      const inside = (spans: Span[]) => spans.some(([s, e]) => t.start >= s && t.end <= e);
      const g = inside(gold);
      const p = inside(pred);
      if (g && p) c.tp++;
      else if (p) c.fp++;
      else if (g && !inside(ignored)) c.fn++;
    }
  }
  return c;
}

const f = (x: number): string => x.toFixed(3);
function row(name: string, c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `| ${name} | ${c.tp} | ${c.fp} | ${c.fn} | ${f(p)} | ${f(r)} | ${f(f1)} |`;
}

export async function run(dataDir: string): Promise<string> {
  if (!existsSync(join(dataDir, 'ptc-train')) && !existsSync(join(dataDir, 'basil-dev'))) return 'no ptc-train or basil-dev data; skipped';
  const sets: [string, GoldDoc[]][] = [['ptc-train', readPtc(dataDir)], ['basil-dev', readBasil(dataDir)]];
  const lines = ['| data / lexicon | TP | FP | FN | P | R | F1 |', '|---|---|---|---|---|---|---|'];
  for (const [name, docs] of sets) {
    if (!docs.length) continue;
    const preds = new Map(docs.map((d) => [d.id, loadedCues(d)] as const));
    const other: LoadedSource = name === 'ptc-train' ? 'basil' : 'ptc';
    const cross = (s: LoadedSource) => s === other || s === 'hand';
    const gold = name === 'basil-dev' ? 'spans marked outside quotes' : 'all spans (PTC has no quote flag)';
    lines.push(row(`${name}: OWN wording (note null) vs ${gold}, full lexicon`, score(docs, preds, () => true, true)));
    lines.push(row(`${name}: OWN wording, cross-check (${other} + hand entries only)`, score(docs, preds, cross, true)));
    lines.push(row(`${name}: ALL loaded cues (quoted/attributed too) vs all spans, full lexicon`, score(docs, preds, () => true)));
    lines.push(row(`${name}: ALL loaded cues, cross-check`, score(docs, preds, cross)));
    lines.push(row(`${name}: OWN wording, hand entries only`, score(docs, preds, (s) => s === 'hand', true)));
  }
  const n = Object.keys(LOADED).length;
  lines.push('', `lexicon: ${n} entries; ${fellBack} articles analysed with findCues alone (the full analyzer threw).`);
  lines.push("OWN rows: the outlet's own wording (cues without a quote or label note), the view framing comparisons should use.");
  lines.push('The full-lexicon row on a set includes entries derived from that same set (optimistic); the cross-check row is the honest estimate.');
  return lines.join('\n');
}
