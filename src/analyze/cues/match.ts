// src/analyze/cues/match.ts — compiles the token patterns of lexicons/cues.ts and matches them.
// Contract: patterns are indexed by their first literal word, so a scan is one Map lookup per token;
// a match never crosses a sentence or paragraph boundary (tokens must share `sent`).
import type { Token } from '../doc.js';
import { CUE_PATTERNS, OUTLETS, type CuePattern } from '../lexicons/cues.js';

type Elem = { alts: Set<string>; optional: boolean } | { special: 'NP' | 'Outlet' };

export interface Compiled {
  entry: CuePattern;
  elems: Elem[];
  /** The pattern opens with {Outlet} (see outletMayStart). */
  outletFirst: boolean;
  /**
   * When the first two elements are required words: the second's words. A match at token i (which,
   * being indexed by its first word, spells that word) then needs token i + 1 to be one of them.
   */
  second: Set<string> | null;
}

const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'said', 'says', 'told', 'is', 'are', 'was', 'were', 'has', 'have', 'had',
  'will', 'would', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'as', 'if', 'when', 'while', 'because', 'after', 'before',
]);
const PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us']);
const outletSeqs = new Map<string, string[][]>();
for (const o of OUTLETS) {
  const seq = o.split(' ');
  const list = outletSeqs.get(seq[0]!) ?? [];
  list.push(seq);
  outletSeqs.set(seq[0]!, list.sort((a, b) => b.length - a.length));
}

function compile(entry: CuePattern): Compiled {
  const elems: Elem[] = entry.pattern.split(' ').map((raw): Elem => {
    if (raw === '{NP}') return { special: 'NP' };
    if (raw === '{Outlet}') return { special: 'Outlet' };
    const optional = raw.endsWith('?');
    return { alts: new Set((optional ? raw.slice(0, -1) : raw).split('|')), optional };
  });
  const [a, b] = elems;
  const second = a && !('special' in a) && !a.optional && b && !('special' in b) && !b.optional ? b.alts : null;
  return { entry, elems, outletFirst: 'special' in elems[0]! && elems[0].special === 'Outlet', second };
}

/** Patterns by first word; patterns starting with {Outlet} under each outlet's first token. */
export const INDEX: Map<string, Compiled[]> = (() => {
  const idx = new Map<string, Compiled[]>();
  const add = (k: string, c: Compiled) => idx.set(k, [...(idx.get(k) ?? []), c]);
  for (const e of CUE_PATTERNS) {
    const c = compile(e);
    const first = c.elems[0]!;
    if ('special' in first) for (const k of outletSeqs.keys()) add(k, c);
    else for (const w of first.alts) add(w, c);
    // An optional first element: also index by the second element's words.
    if (!('special' in first) && first.optional) {
      const second = c.elems[1];
      if (second && !('special' in second)) for (const w of second.alts) add(w, c);
    }
  }
  return idx;
})();

const lower = (t: Token | undefined): string => (t ? t.lower : '');

function matchOutlet(toks: Token[], i: number, sent: number): number {
  const t = toks[i];
  if (!t || t.sent !== sent) return -1;
  const seqs = outletSeqs.get(t.text);
  if (!seqs) return -1;
  for (const seq of seqs) {
    let k = 0;
    while (k < seq.length && toks[i + k]?.text === seq[k] && toks[i + k]!.sent === sent) k++;
    if (k === seq.length) return i + seq.length;
  }
  return -1;
}

/** Per outlet first token: whether a one-token outlet is spelled so, and the second tokens of the others. */
const OUTLET_FIRST = new Map<string, { single: boolean; seconds: Set<string> }>();
for (const [first, seqs] of outletSeqs) {
  OUTLET_FIRST.set(first, { single: seqs.some((s) => s.length === 1), seconds: new Set(seqs.filter((s) => s.length > 1).map((s) => s[1]!)) });
}

/**
 * A necessary condition for matchOutlet(toks, i, ...) >= 0: token i spells a one-token outlet, or it
 * and the next token spell the first two tokens of a longer one ("the" is followed by "Guardian").
 */
export function outletMayStart(toks: Token[], i: number): boolean {
  const o = OUTLET_FIRST.get(toks[i]!.text);
  if (!o) return false;
  if (o.single) return true;
  const n = toks[i + 1];
  return n !== undefined && o.seconds.has(n.text);
}

/** A short source phrase: a pronoun, or up to 6 words of determiner/capitalised/lower-case nouns. */
function matchNP(toks: Token[], i: number, sent: number): number {
  const t = toks[i];
  if (!t || t.sent !== sent) return -1;
  if (PRONOUNS.has(t.lower)) return i + 1;
  let j = i;
  while (j < toks.length && j - i < 6 && toks[j]!.sent === sent) {
    const w = toks[j]!.text;
    if (!/^[\p{L}][\p{L}\p{M}.'’-]*$/u.test(w) && w !== "'s" && w !== '’s') break;
    if (FUNCTION_WORDS.has(w.toLowerCase()) && j > i) break;
    j++;
  }
  return j > i && !FUNCTION_WORDS.has(toks[j - 1]!.text.toLowerCase()) ? j : -1;
}

/** End token index (exclusive) of `c` matched at token i, or -1. */
export function matchAt(c: Compiled, toks: Token[], i: number): number {
  const sent = toks[i]!.sent;
  const para = toks[i]!.start;
  let j = i;
  for (const el of c.elems) {
    if ('special' in el) {
      const end = el.special === 'NP' ? matchNP(toks, j, sent) : matchOutlet(toks, j, sent);
      if (end < 0) return -1;
      j = end;
      continue;
    }
    const t = toks[j];
    const ok = t !== undefined && t.sent === sent && (sent >= 0 || t.start - para < 400) && el.alts.has(lower(t));
    if (ok) j++;
    else if (!el.optional) return -1;
  }
  return j > i ? j : -1;
}
