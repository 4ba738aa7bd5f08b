// src/analyze/cues.ts — framing cues: hedge, attribution, allegation, denial, uncertainty, loaded.
// Contract (spec/OUTPUT.md Cue): span = exactly the cue words (multiword cues included), term = the
// lexicon entry, note = null or whose words they are. Decisions (docs/cues.md has the reasons):
// - alleged/allegedly are allegation cues, not hedges; "claims" counts only as a noun of assertion.
// - cues inside a direct quote are kept with a note "in a quote by X" (an allegation in a speaker's
//   mouth is still an allegation); a loaded word inside a quote is reported only when the speaker is
//   known, and a negated wrongdoing verb ("has never interfered") counts as a denial only inside a quote.
// - "claimed" as a reporting verb is not marked: too often neutral in wire copy to accuse an outlet of slant.
// - cues in headings are reported (their spans are exact); the doc tokenizer keeps them apart from sentences.
import type { Cue, Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import type { Token } from './doc.js';
import { GUARDS } from './cues/guards.js';
import { INDEX, matchAt } from './cues/match.js';
import { quoteRegions, regionOf, type QuoteRegion } from './cues/quoted.js';
import { LOADED, LOADED_NOT_BEFORE } from './lexicons/loaded.js';

interface Found {
  span: Span;
  kind: Cue['kind'];
  term: string;
  quotedOnly: boolean;
}

/** Loaded entries by first token; multiword entries keep their remaining tokens. */
const LOADED_INDEX = (() => {
  const idx = new Map<string, string[][]>();
  for (const entry of Object.keys(LOADED)) {
    const words = entry.split(' ');
    idx.set(words[0]!, [...(idx.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
  }
  return idx;
})();

function lexiconCues(toks: Token[], out: Found[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const l = t.text.toLowerCase();
    const lowerHits = INDEX.get(l);
    const exactHits = l === t.text ? undefined : INDEX.get(t.text);
    const cands = exactHits ? [...(lowerHits ?? []), ...exactHits] : lowerHits;
    if (cands) for (const c of cands) {
      const j = matchAt(c, toks, i);
      if (j < 0) continue;
      const g = c.entry.guard;
      if (g && g !== 'quotedOnly' && !GUARDS[g]!(toks, i, j)) continue;
      out.push({ span: [t.start, toks[j - 1]!.end], kind: c.entry.kind, term: c.entry.term, quotedOnly: g === 'quotedOnly' });
    }
    for (const words of LOADED_INDEX.get(l) ?? []) {
      if (!words.every((w, k) => toks[i + k]?.text.toLowerCase() === w && toks[i + k]!.sent === t.sent)) continue;
      const j = i + words.length;
      const not = LOADED_NOT_BEFORE[words.join(' ')];
      if (not && [toks[j], toks[j + 1]].some((n) => n && not.includes(n.text.toLowerCase()))) continue;
      out.push({ span: [t.start, toks[j - 1]!.end], kind: 'loaded', term: words.join(' '), quotedOnly: false });
      break;
    }
  }
}

/** Longest first at each start; drop cues overlapping an already kept one of the same kind. */
function dedupe(found: Found[]): Found[] {
  found.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  const kept: Found[] = [];
  for (const f of found) {
    if (kept.some((k) => k.kind === f.kind && k.span[0] < f.span[1] && f.span[0] < k.span[1])) continue;
    kept.push(f);
  }
  return kept;
}

function noteFor(r: QuoteRegion | null): string | null {
  if (!r) return null;
  return r.speaker ? `in a quote by ${r.speaker}` : 'in a quote';
}

export function findCues(ctx: AnalysisContext): Cue[] {
  const found: Found[] = [];
  lexiconCues(ctx.doc.tokens, found);
  const regions = quoteRegions(ctx.doc.text, ctx.quotes);
  const out: Cue[] = [];
  for (const f of dedupe(found)) {
    const r = regionOf(regions, f.span);
    if (f.quotedOnly && !r) continue;
    if (f.kind === 'loaded' && r && !r.speaker) continue;
    out.push({ span: f.span, kind: f.kind, term: f.term, note: noteFor(r) });
  }
  return out;
}
