// src/analyze/ner/gazetteer.ts — the shipped name lexicon (lexicons/gazetteer.txt.gz) and a
// matcher that marks, for each token of a sentence, which categories of names cover it.
// Loaded once, lazily, synchronously. Matching is case-insensitive on normalized tokens; the
// tagger combines the marks with capitalization, so "may" vs "May" is the model's call.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tokenize } from '../doc.js';

export const GAZ_CATEGORIES = ['first', 'last', 'country', 'city', 'region', 'demonym', 'org', 'company', 'outlet'] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];
const CAT_BIT = new Map<string, number>(GAZ_CATEGORIES.map((c, i) => [c, 1 << i]));
/** Bit shift for "inside" (non-first token) marks. */
export const INSIDE_SHIFT = GAZ_CATEGORIES.length;
const MAX_LEN = 6;

export interface Gazetteer {
  /** Lower-cased, space-joined tokens -> category bit mask. */
  phrases: Map<string, number>;
  /** First token -> longest phrase length starting with it. */
  firstLen: Map<string, number>;
  /** Every proper prefix (in tokens) of a multi-token phrase: matching stops when a key is not one. */
  prefixes: Set<string>;
  /** First token -> the tokens that may follow it in a multi-token name. */
  second: Map<string, Set<string>>;
  /** Every token that is the second token of some multi-token name. */
  seconds: Set<string>;
  /** Nationality adjective as written -> country name ("Russian" -> "Russia"). */
  adjectives: Map<string, string>;
}

const FILE = new URL('../lexicons/gazetteer.txt.gz', import.meta.url);
let cached: Gazetteer | null = null;

/** Normalize a token for lookup: curly apostrophes/quotes to straight, lower case. */
export function normToken(t: string): string {
  let s = t;
  if (s.includes('’') || s.includes('‘')) s = s.replace(/[’‘]/g, "'");
  return s.toLowerCase();
}

/** A name as the lexicon stores it: normalized tokens joined by single spaces. */
export function lexiconForm(name: string): string {
  return tokenize(name).map((t) => normToken(t.text)).join(' ');
}

/** Build a gazetteer from the lexicon text (`#category` lines, then names in lexiconForm). */
export function parseGazetteer(text: string): Gazetteer {
  const phrases = new Map<string, number>();
  const firstLen = new Map<string, number>();
  const prefixes = new Set<string>();
  const adjectives = new Map<string, string>();
  const second = new Map<string, Set<string>>();
  const seconds = new Set<string>();
  let bit = 0;
  let adj = false;
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    if (line.startsWith('#')) {
      bit = CAT_BIT.get(line.slice(1)) ?? 0;
      adj = line === '#adjective';
      continue;
    }
    if (adj) {
      const tab = line.indexOf('\t');
      adjectives.set(line.slice(0, tab), line.slice(tab + 1));
      continue;
    }
    const toks = line.split(' ');
    if (toks.length > MAX_LEN || bit === 0) continue;
    const key = line;
    phrases.set(key, (phrases.get(key) ?? 0) | bit);
    const f = toks[0]!;
    if ((firstLen.get(f) ?? 0) < toks.length) firstLen.set(f, toks.length);
    if (toks.length > 1) {
      let set = second.get(f);
      if (!set) second.set(f, (set = new Set()));
      set.add(toks[1]!);
      seconds.add(toks[1]!);
    }
    for (let p = line.indexOf(' '), k = 1; p >= 0 && k < toks.length; p = line.indexOf(' ', p + 1), k++) prefixes.add(line.slice(0, p));
  }
  return { phrases, firstLen, prefixes, second, seconds, adjectives };
}

export function loadGazetteer(): Gazetteer {
  if (!cached) cached = parseGazetteer(gunzipSync(readFileSync(FILE)).toString('utf8'));
  return cached;
}

/** What the gazetteer knows about one word on its own (cacheable per word type). */
export interface WordGaz {
  /** Longest name starting with the word, 0 if none. */
  len: number;
  /** Category bits of the word as a whole name. */
  bits: number;
  /** Words that may follow it in a longer name. */
  second: Set<string> | undefined;
  /** secondBit of every word in `second` OR-ed: a filter before second.has. */
  secMask: number;
  /** secondBit(word) if the word is the second token of some name, else 0. */
  secBit: number;
}

/** One of 32 bits, from a cheap hash of the word: (a.secMask & b.secBit) === 0 => b is not in a.second. */
function secondBit(w: string): number {
  const n = w.length;
  return 1 << ((n * 31 + w.charCodeAt(0) * 7 + w.charCodeAt(n - 1) * 13 + w.charCodeAt(n >> 1)) & 31);
}

export function wordGaz(gaz: Gazetteer, low: string): WordGaz {
  const second = gaz.second.get(low);
  let secMask = 0;
  if (second) for (const w of second) secMask |= secondBit(w);
  const secBit = gaz.seconds.has(low) ? secondBit(low) : 0;
  return { len: gaz.firstLen.get(low) ?? 0, bits: gaz.phrases.get(low) ?? 0, second, secMask, secBit };
}

/**
 * For normalized tokens `low[from..to)`, OR into `out[i]` the bits of every name covering token i:
 * bit c for the first token of a category-c name, bit c + INSIDE_SHIFT for later tokens.
 */
export function markGazetteer(gaz: Gazetteer, low: string[], from: number, to: number, out: Int32Array, pre?: WordGaz[]): void {
  for (let i = from; i < to; i++) out[i] = 0;
  for (let i = from; i < to; i++) {
    const p = pre ? pre[i]! : wordGaz(gaz, low[i]!);
    if (p.len === 0) continue;
    let key = low[i]!;
    out[i] = out[i]! | p.bits;
    const lim = Math.min(p.len, to - i);
    if (lim < 2) continue;
    // cheap reject before building any multi-token key
    if (!p.second?.has(low[i + 1]!)) continue;
    for (let n = 2; n <= lim; n++) {
      if (!gaz.prefixes.has(key)) break;
      key = key + ' ' + low[i + n - 1]!;
      const bits = gaz.phrases.get(key);
      if (bits === undefined) continue;
      out[i] = out[i]! | bits;
      for (let k = i + 1; k < i + n; k++) out[k] = out[k]! | (bits << INSIDE_SHIFT);
    }
  }
}

/** A word's cache entry as markEntries reads it (features.ts, WordEntry). */
export interface GazEntry {
  low: string;
  gaz: WordGaz;
  glen: number;
  gbits: number;
  gsecMask: number;
  gsecBit: number;
  /**
   * Memo of markEntry for this word as a first word: the next word's entry, and the bits of the
   * two-word name they form (0: none), recorded only when no longer name can start with the two,
   * so the marks depend on the next word alone. null: no memo.
   */
  gmemoNext: GazEntry | null;
  gmemoBits: number;
}

/**
 * markGazetteer for words given as their cache entries (normalized `low` and precomputed `gaz`),
 * positions [from, to) of `ents` and `out`: the same marks, without copying the words out.
 */
export function markEntries(gaz: Gazetteer, ents: readonly GazEntry[], from: number, to: number, out: Int32Array): void {
  for (let i = from; i < to; i++) out[i] = 0;
  for (let i = from; i < to; i++) markEntry(gaz, ents, i, to, out);
}

/**
 * The marks of the names starting at entry i (sentence end `to`), OR-ed into out[i ..]: one step
 * of markEntries, for callers that walk the entries anyway (out must be cleared beforehand).
 * Returns k > 0 when the marks depend on the k words from i alone (no longer name can start with
 * them, whatever follows: callers may remember them per k words), 0 when they may depend on more
 * words or on where the sentence ends.
 */
export function markEntry(gaz: Gazetteer, ents: readonly GazEntry[], i: number, to: number, out: Int32Array): number {
  const e = ents[i]!;
  if (e.glen === 0) return 1;
  out[i] = out[i]! | e.gbits;
  const lim = Math.min(e.glen, to - i);
  if (lim < 2) return e.glen < 2 ? 1 : 0;
  const nx = ents[i + 1]!;
  if (e.gmemoNext === nx) {
    const bits = e.gmemoBits;
    if (bits !== 0) (out[i] = out[i]! | bits), (out[i + 1] = out[i + 1]! | (bits << INSIDE_SHIFT));
    return 2;
  }
  // the bit filter rejects most non-names without hashing the next word
  if ((e.gsecMask & nx.gsecBit) === 0 || !e.gaz.second?.has(nx.low)) {
    (e.gmemoNext = nx), (e.gmemoBits = 0);
    return 2;
  }
  let key = e.low;
  let bits2 = 0;
  for (let n = 2; n <= lim; n++) {
    if (!gaz.prefixes.has(key)) {
      // n = 2: no longer name starts with the first word; n = 3: none with the first two. Either
      // way the marks depend on the next word only, and can be remembered.
      if (n <= 3) (e.gmemoNext = nx), (e.gmemoBits = bits2);
      return n === 2 ? 2 : n - 1;
    }
    key = key + ' ' + ents[i + n - 1]!.low;
    const bits = gaz.phrases.get(key);
    if (bits === undefined) continue;
    if (n === 2) bits2 = bits;
    out[i] = out[i]! | bits;
    for (let k = i + 1; k < i + n; k++) out[k] = out[k]! | (bits << INSIDE_SHIFT);
  }
  // every name that can start here was tried, unless the sentence end cut the loop short
  return lim === e.glen ? lim : 0;
}

/** Category bits of a whole name (normalized tokens joined by spaces), or 0. */
export function gazBits(phrase: string): number {
  return loadGazetteer().phrases.get(phrase) ?? 0;
}

/** Country named by a nationality adjective as written ("Russian" -> "Russia"), if unambiguous. */
export function countryOfAdjective(word: string): string | undefined {
  return loadGazetteer().adjectives.get(word.replace(/’/g, "'"));
}

/** Bit of one category (for tests against gazBits). */
export function gazBit(cat: GazCategory): number {
  return CAT_BIT.get(cat)!;
}
