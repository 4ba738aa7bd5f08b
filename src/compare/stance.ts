// src/compare/stance.ts — how one statement holds what it says: asserts, denies, hedged,
// attributed (or quoted, shown as attributed in the JSON). Priority: a denial beats a hedge,
// which beats an attribution: "Putin has denied X" denies X; "X reportedly did Y" is hedged.
// Also finds where a denial reaches (token positions it scopes over), disputes ("unconfirmed",
// "claims from Washington") and responsibility phrasing ("was behind the incident").
import type { Token } from '../analyze/doc.js';
import type { Cue, Quote, Span, Stance } from '../types.js';
import { ATTRIBUTION_RE, DENIAL_RE, DISPUTE_RE, HEDGE_RE, NEG_EXCEPTIONS, NEGATIONS, RESPONSIBLE_RE } from './lexicon.js';

export interface StanceInfo {
  stance: Stance;
  /** Token index (into the statement's tokens) after which a denial scopes, for each denial. */
  denialAt: number[];
  /** The statement calls a claim unproven (whole-statement scope). */
  disputes: Span | null;
  /** Where the statement says who is behind something. */
  responsible: Span | null;
}

/** Tokens a negation or denial reaches: "never interfered" (1), "it is wrong to say that Russia shows" (4+). */
export const NEGATION_REACH = 4;
export const DENIAL_REACH = 8;

const CURLY_APOSTROPHE_RE = /’/g;
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'if', 'whether']);

function firstMatch(re: RegExp, text: string, base: number): Span | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m ? [base + m.index, base + m.index + m[0].length] : null;
}

function tokenBefore(toks: Token[], pos: number): number {
  let k = -1;
  for (let i = 0; i < toks.length && toks[i]!.start < pos; i++) k = i;
  return k;
}

/**
 * Stance of the statement `span` of `text`, given its tokens, the article's quotes and cues.
 * Pure. Analyzer cues (denial/hedge/uncertainty/attribution) count as well as the lexicon.
 */
export function stanceOf(text: string, span: Span, toks: Token[], quotes: Quote[], cues: Cue[]): StanceInfo {
  const s = text.slice(span[0], span[1]);
  const denialAt: number[] = [];
  DENIAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DENIAL_RE.exec(s)) !== null) denialAt.push(tokenBefore(toks, span[0] + m.index + m[0].length));
  const disputes = firstMatch(DISPUTE_RE, s, span[0]);
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.text.toLowerCase().replace(CURLY_APOSTROPHE_RE, "'");
    if (!NEGATIONS.has(w) && !w.endsWith("n't")) continue;
    // "have not been confirmed" is a dispute (hedged), not a denial.
    if (disputes && toks[i]!.start >= disputes[0] && toks[i]!.end <= disputes[1]) continue;
    const next = toks[i + 1]?.text.toLowerCase() ?? '';
    if (NEG_EXCEPTIONS.has(next)) continue;
    // A negation inside a relative clause ("those who did not vote") is not the statement's.
    let rel = false;
    // "that" is also a complementizer ("regretted that X could not meet"): relative only right before the verb.
    for (let k = Math.max(0, i - 3); k < i; k++) {
      const r = toks[k]!.text.toLowerCase();
      if (RELATIVE.has(r) && (r !== 'that' || i - k <= 2)) rel = true;
    }
    if (!rel) denialAt.push(-(i + 1)); // negative = short reach (a bare negation)
  }
  const inside = (c: { span: Span }) => c.span[0] >= span[0] && c.span[1] <= span[1];
  const cueKinds = new Set(cues.filter(inside).map((c) => c.kind));
  if (cueKinds.has('denial') && denialAt.length === 0) denialAt.push(0);
  const hedged = disputes !== null || firstMatch(HEDGE_RE, s, span[0]) !== null || cueKinds.has('hedge') || cueKinds.has('uncertainty');
  // A quote counts when it covers at least 40% of the statement.
  const len = span[1] - span[0];
  const overlapping = quotes.filter((q) => Math.min(q.span[1], span[1]) - Math.max(q.span[0], span[0]) >= 0.4 * len);
  const direct = overlapping.some((q) => q.kind === 'direct') || QUOTE_START_RE.test(s);
  const attributed = overlapping.length > 0 || cueKinds.has('attribution') || firstMatch(ATTRIBUTION_RE, s, span[0]) !== null;
  const stance: Stance = denialAt.length ? 'denies' : hedged ? 'hedged' : direct ? 'quoted' : attributed ? 'attributed' : 'asserts';
  const responsible = responsibility(s, span[0]);
  return { stance, denialAt, disputes, responsible: responsible && !disputes ? responsible : null };
}

// Cheap pre-check: RESPONSIBLE_RE backtracks at every position, so run it only when a trigger word is there.
const RESPONSIBLE_HINT_RE = /behind|responsib|orchestrat|carried out|perpetrat|ties|linked|traced|attributed|blamed/i;
const QUOTE_START_RE = /^[\s"“‘']*["“]/;

/** The last responsibility phrase, widened back to its clause: "a hacker group with Russian military ties was behind". */
function responsibility(s: string, base: number): Span | null {
  if (!RESPONSIBLE_HINT_RE.test(s)) return null;
  RESPONSIBLE_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = RESPONSIBLE_RE.exec(s)) !== null) last = m;
  if (!last) return null;
  const head = s.slice(Math.max(0, last.index - 80), last.index);
  const cut = Math.max(...[/.*[,;:]\s*/s, /.*\b(?:that|signs|said|says|told|whether)\s+/s].map((re) => re.exec(head)?.[0].length ?? 0));
  const start = last.index - head.length + cut;
  return [base + start, base + last.index + last[0].length];
}

/** Is the token at `i` inside the reach of a denial recorded by stanceOf? */
export function deniedAt(denialAt: number[], i: number): boolean {
  for (const d of denialAt) {
    if (d < 0) {
      const n = -d - 1;
      if (i > n && i - n <= NEGATION_REACH) return true;
    } else if (i > d && i - d <= DENIAL_REACH) return true;
  }
  return false;
}

/** The contract's stance: `quoted` is shown as `attributed`. */
export function contractStance(s: Stance): Exclude<Stance, 'quoted'> {
  return s === 'quoted' ? 'attributed' : s;
}
