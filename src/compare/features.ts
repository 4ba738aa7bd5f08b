// src/compare/features.ts — small lexical tests that turn a statement into comparable features:
// whether a name is an argument of a predicate word (link), event stages, the direct quotation a
// statement mainly consists of, and clause/condition markers. Pure; used by statements.ts.
import type { Span } from '../types.js';

/** How close (in characters) an entity must be to a family word to count as its actor or target. */
export const LINK_CHARS = 40;
/** A name right after a locative preposition ("groups in Washington") is where, not who: never a link. */
export const LOCATIVE_RE = /\b(?:in|at|near|across|throughout|outside|inside|around)\s+(?:the\s+)?$/i;
/** A subject pronoun between name and act ("collaboration with Griffin, he doesn't regret it") is the act's argument instead. */
export const PRONOUN_RE = /\b(?:he|she|they|we|I|who)\b/i;
/** Disputes about what follows them ("found no evidence of collusion"), not about the whole statement. */
export const FORWARD_DISPUTE_RE = /^(?:no|without) evidence/i;
export const CONDITIONAL = new Set(['if', 'whether']);
// "." inside a statement is an abbreviation ("Mr."), not a clause end.
export const CLAUSE_END_RE = /^[,;:!?—–]$/;

/** Is the entity mention at `p` an argument of the family word at `at`? Close, not a location, no pronoun between. */
export function linked(text: string, p: number, at: number): boolean {
  if (Math.abs(p - at) > LINK_CHARS) return false;
  if (LOCATIVE_RE.test(text.slice(Math.max(0, p - 12), p))) return false;
  return !PRONOUN_RE.test(p < at ? text.slice(p, at) : text.slice(at, p));
}

// Words that carry stance, not content: they must not make two statements look alike.
export const STANCE_STEMS = new Set(['deny', 'deni', 'reject', 'refut', 'dismiss', 'reportedly', 'report', 'alleg', 'allegedly', 'purport', 'apparent', 'possib', 'probab', 'perhap', 'likely', 'unclear', 'wrong', 'claim', 'believ', 'accord']);

/** Event stages: "won the first round" and "won the election" are different facts. */
const STAGE_RE = /\b(?:(first|second|third|fourth|final|last|opening|1st|2nd|3rd)\s+(round|leg|stage|phase|ballot|quarter|half|set|inning|day)|(run-?off|primar(?:y|ies)|semi-?finals?|quarter-?finals?|play-?offs?|caucus(?:es)?))\b/gi;

/** Stage phrases, normalised ("first round", "runoff"). */
export function stagesIn(s: string): string[] {
  const out = new Set<string>();
  STAGE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STAGE_RE.exec(s)) !== null) {
    const word = (m[3] ?? `${m[1]} ${m[2]}`).toLowerCase().replace(/-/g, '');
    out.add(word.replace(/^1st /, 'first ').replace(/^2nd /, 'second ').replace(/^3rd /, 'third ').replace(/(?:es|s)$/, '').replace(/^primarie$/, 'primary'));
  }
  return [...out];
}

const QUOTED_RE = /["“][^"“”]{3,}["”]/g;

/**
 * Character ranges (relative to the statement) of the direct quotation the statement mainly
 * consists of, or null when quoted text is under QUOTE_SHARE of it. Outside those ranges is the
 * frame: speaker, reporting verb and circumstances ("he said when asked about X").
 */
export function quotedRanges(s: string): Span[] | null {
  const out: Span[] = [];
  let inside = 0;
  QUOTED_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED_RE.exec(s)) !== null) {
    out.push([m.index, m.index + m[0].length]);
    inside += m[0].length;
  }
  return out.length && inside >= QUOTE_SHARE * s.length ? out : null;
}
export const QUOTE_SHARE = 0.4;
