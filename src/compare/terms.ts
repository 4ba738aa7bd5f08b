// src/compare/terms.ts — a cheap suffix-stripping stemmer and the name lookup used to turn
// statements into comparable features. Pure; no dictionary beyond lexicon.ts.
import { PLACE_ALIASES } from './lexicon.js';

// Longest first. Each suffix is stripped only if at least 4 letters remain.
const SUFFIXES = [
  'izations', 'ization', 'ational', 'fulness', 'iveness', 'ousness', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment',
  'ness', 'ings', 'ing', 'ions', 'ion', 'ities', 'ity', 'ally', 'ical', 'ives', 'ive', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's',
];

const POSSESSIVE_RE = /[’']s$/;
const APOSTROPHES_RE = /[’']/g;
const DOUBLE_END_RE = /([b-df-hj-np-tv-z])\1$/;
// Memo: news vocabulary repeats heavily; bounded so a long-running process does not grow without end.
const MEMO = new Map<string, string>();
const MEMO_MAX = 50_000;

/** Suffix-stripping stem, lower-cased: "elections" -> "elect", "interfered" -> "interfer". */
export function stem(word: string): string {
  const hit = MEMO.get(word);
  if (hit !== undefined) return hit;
  const out = stemUncached(word);
  if (MEMO.size >= MEMO_MAX) MEMO.clear();
  MEMO.set(word, out);
  return out;
}

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(POSSESSIVE_RE, '').replace(APOSTROPHES_RE, '');
  for (const suf of SUFFIXES) {
    if (w.length - suf.length >= 4 && w.endsWith(suf)) {
      w = w.slice(0, -suf.length);
      if (suf === 'ies' || suf === 'ied') w += 'y';
      break;
    }
  }
  // "interfer" / "interfere", "hop" / "hope": drop a final e and double consonant.
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && DOUBLE_END_RE.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Canonical-name lookup across the compared articles: every full name, alias, and (for people,
 * when unambiguous) surname maps to one canonical name; metonyms and demonyms map to countries.
 */
export class NameIndex {
  private readonly byKey = new Map<string, string>();
  private readonly ambiguous = new Set<string>();
  private readonly weakKeys = new Set<string>();

  /** Strong keys (names, aliases) beat weak ones (surnames); two different weak owners = ambiguous. */
  add(key: string, canonical: string, weak = false): void {
    const k = key.toLowerCase();
    if (this.ambiguous.has(k)) return;
    const had = this.byKey.get(k);
    if (had === undefined) {
      this.byKey.set(k, canonical);
      if (weak) this.weakKeys.add(k);
    } else if (had !== canonical) {
      const hadWeak = this.weakKeys.has(k);
      if (weak && !hadWeak) return;
      if (!weak && hadWeak) {
        this.byKey.set(k, canonical);
        this.weakKeys.delete(k);
        return;
      }
      this.byKey.delete(k);
      this.ambiguous.add(k);
    }
  }

  /** Canonical name for a surface form, or null. Metonyms last, so a real entity wins. */
  resolve(surface: string): string | null {
    const k = surface.toLowerCase().replace(POSSESSIVE_RE, '');
    return this.byKey.get(k) ?? PLACE_ALIASES.get(k) ?? null;
  }
}
