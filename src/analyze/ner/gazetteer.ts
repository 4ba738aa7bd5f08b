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
    }
    for (let p = line.indexOf(' '), k = 1; p >= 0 && k < toks.length; p = line.indexOf(' ', p + 1), k++) prefixes.add(line.slice(0, p));
  }
  return { phrases, firstLen, prefixes, second, adjectives };
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
}

export function wordGaz(gaz: Gazetteer, low: string): WordGaz {
  return { len: gaz.firstLen.get(low) ?? 0, bits: gaz.phrases.get(low) ?? 0, second: gaz.second.get(low) };
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

/**
 * markGazetteer for words given as their cache entries (normalized `low` and precomputed `gaz`),
 * positions [from, to) of `ents` and `out`: the same marks, without copying the words out.
 */
export function markEntries(gaz: Gazetteer, ents: readonly { low: string; gaz: WordGaz; glen: number; gbits: number }[], from: number, to: number, out: Int32Array): void {
  for (let i = from; i < to; i++) out[i] = 0;
  for (let i = from; i < to; i++) {
    const e = ents[i]!;
    if (e.glen === 0) continue;
    out[i] = out[i]! | e.gbits;
    const lim = Math.min(e.glen, to - i);
    if (lim < 2 || !e.gaz.second?.has(ents[i + 1]!.low)) continue;
    let key = ents[i]!.low;
    for (let n = 2; n <= lim; n++) {
      if (!gaz.prefixes.has(key)) break;
      key = key + ' ' + ents[i + n - 1]!.low;
      const bits = gaz.phrases.get(key);
      if (bits === undefined) continue;
      out[i] = out[i]! | bits;
      for (let k = i + 1; k < i + n; k++) out[k] = out[k]! | (bits << INSIDE_SHIFT);
    }
  }
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
