// src/analyze/cues.ts — framing cues: hedge, attribution, allegation, denial, uncertainty, loaded.
// Contract (spec/OUTPUT.md Cue): span = exactly the cue words (multiword cues included), term = the
// lexicon entry, note = null or whose words they are. Decisions (docs/cues.md has the reasons):
// - alleged/allegedly are allegation cues, not hedges; "claims" counts only as a noun of assertion.
// - cues inside a direct quote are kept with a note "in a quote by X" (an allegation in a speaker's
//   mouth is still an allegation); a loaded word inside a quote is reported only when the speaker is
//   known, and a negated wrongdoing verb ("has never interfered") counts as a denial only inside a quote.
// - a loaded word right after a naming verb ("calling the government tyrannical") is the subject's label:
//   it is kept with a note (`a label attributed with "calling"`), so only cues with note null are the outlet's.
// - "claimed" as a reporting verb is not marked: too often neutral in wire copy to accuse an outlet of slant.
// - cues in headings are reported (their spans are exact); the doc tokenizer keeps them apart from sentences.
import type { Cue, Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import type { Doc, Token } from './doc.js';
import { STARTS, EXACT } from './cues/starts.js';
import { docWords, W } from './entities/tokens.js';
import { GUARDS } from './cues/guards.js';
import { matchAt, outletMayStart, type Compiled } from './cues/match.js';
import { quoteRegions, regionOf, type QuoteRegion } from './cues/quoted.js';

interface Found {
  span: Span;
  kind: Cue['kind'];
  term: string;
  quotedOnly: boolean;
  /** The naming verb when a loaded word is someone else's label ("what they called hateful"). */
  framedBy?: string;
}

/**
 * Verbs that hand a label to their subject: in "calling Cuba's government tyrannical" or "what critics
 * dubbed a witch hunt" the loaded word is the subject's, not the outlet's (BASIL: 0 of 3 such uses marked).
 */
const NAMING_VERBS = new Set(['called', 'calling', 'calls', 'call', 'dubbed', 'dubbing', 'branded', 'branding', 'brands',
  'labeled', 'labelled', 'labeling', 'labelling', 'termed', 'described', 'describing', 'describes']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '"', '“', '”', '(', ')', '—', '–']);

/** The naming verb within 4 tokens before token i in its clause, or undefined. */
function namingFrame(toks: Token[], i: number): string | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = toks[k]!;
    if (t.sent !== toks[i]!.sent || CLAUSE_BREAKS.has(t.text)) return undefined;
    const l = t.lower;
    if (NAMING_VERBS.has(l)) return l;
  }
  return undefined;
}

function pushCue(c: Compiled, toks: Token[], i: number, out: Found[]): void {
  // Cheap necessary conditions first (most tries fail here): "the" opens an outlet pattern but is
  // rarely one; "was"/"is"/"it" open patterns whose second word rarely follows.
  if (c.outletFirst && !outletMayStart(toks, i)) return;
  if (c.second && !c.second.has(toks[i + 1]?.lower ?? '')) return;
  const j = matchAt(c, toks, i);
  if (j < 0) return;
  const g = c.entry.guard;
  if (g && g !== 'quotedOnly' && !GUARDS[g]!(toks, i, j)) return;
  out.push({ span: [toks[i]!.start, toks[j - 1]!.end], kind: c.entry.kind, term: c.entry.term, quotedOnly: g === 'quotedOnly' });
}

const followedBy = (n: Token | undefined, words: readonly string[]): boolean => n !== undefined && words.includes(n.lower);

/**
 * One pass over the word flags of the tokens (entities/tokens.ts, computed once per word type and
 * already there when the entity analyzer ran): only the ~10% of tokens whose word is a key of STARTS
 * or EXACT (W.CUE_START) are read, with one Map lookup (two for capitalised ones).
 */
function lexiconCues(doc: Doc, out: Found[]): void {
  const toks = doc.tokens;
  const flags = docWords(doc).flags;
  for (let i = 0; i < toks.length; i++) {
    if (!(flags[i]! & W.CUE_START)) continue;
    const t = toks[i]!;
    const l = t.lower;
    if (l !== t.text) {
      const exact = EXACT.get(t.text);
      if (exact) for (const c of exact) pushCue(c, toks, i, out);
    }
    const hit = STARTS.get(l);
    if (!hit) continue;
    for (const c of hit.cues) pushCue(c, toks, i, out);
    for (const { words, term, notBefore } of hit.loaded) {
      let k = 1;
      while (k < words.length && toks[i + k]?.lower === words[k] && toks[i + k]!.sent === t.sent) k++;
      if (k < words.length) continue;
      const j = i + words.length;
      if (notBefore && (followedBy(toks[j], notBefore) || followedBy(toks[j + 1], notBefore))) continue;
      const framedBy = namingFrame(toks, i);
      out.push({ span: [t.start, toks[j - 1]!.end], kind: 'loaded', term, quotedOnly: false, ...(framedBy ? { framedBy } : {}) });
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

function noteFor(r: QuoteRegion | null, f: Found): string | null {
  if (!r) return f.framedBy ? `a label attributed with "${f.framedBy}"` : null;
  return r.speaker ? `in a quote by ${r.speaker}` : 'in a quote';
}

export function findCues(ctx: AnalysisContext): Cue[] {
  const found: Found[] = [];
  lexiconCues(ctx.doc, found);
  const regions = quoteRegions(ctx.doc.text, ctx.quotes);
  const out: Cue[] = [];
  for (const f of dedupe(found)) {
    const r = regionOf(regions, f.span);
    if (f.quotedOnly && !r) continue;
    if (f.kind === 'loaded' && r && !r.speaker) continue;
    out.push({ span: f.span, kind: f.kind, term: f.term, note: noteFor(r, f) });
  }
  return out;
}
