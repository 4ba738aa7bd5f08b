// src/compare/terms.ts — a cheap suffix-stripping stemmer and the name lookup used to turn
// statements into comparable features. Pure; no dictionary beyond lexicon.ts.
import { PLACE_ALIASES } from './lexicon.js';

// Longest first. Each suffix is stripped only if at least 4 letters remain.
const SUFFIXES = [
  'izations', 'ization', 'ational', 'fulness', 'iveness', 'ousness', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment',
  'ness', 'ings', 'ing', 'ions', 'ion', 'ities', 'ity', 'ally', 'ical', 'ives', 'ive', 'ies', 'ied', 'ers', 'er', 'ed', 'es', 'ly', 's',
];

/** Suffix-stripping stem, lower-cased: "elections" -> "elect", "interfered" -> "interfer". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  for (const suf of SUFFIXES) {
    if (w.length - suf.length >= 4 && w.endsWith(suf)) {
      w = w.slice(0, -suf.length);
      if (suf === 'ies' || suf === 'ied') w += 'y';
      break;
    }
  }
  // "interfer" / "interfere", "hop" / "hope": drop a final e and double consonant.
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
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
    const k = surface.toLowerCase().replace(/[’']s$/, '');
    return this.byKey.get(k) ?? PLACE_ALIASES.get(k) ?? null;
  }
}
