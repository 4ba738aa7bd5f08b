// src/analyze/ner/features.ts — the tagger's features, shared by training (script/train-ner.ts)
// and tagging (tagger.ts), so both see exactly the same numbers.
// A feature is one number: template id + NT * (atom a + 1) + NT * V * (atom b + 1), where atoms are
// interned strings (words, shapes, affixes) or small integers (gazetteer bits, tags, flags).
// Per token we intern ~8 strings once; context features reuse the neighbours' atom ids.
import { INSIDE_SHIFT, markGazetteer, normToken, wordGaz, type GazEntry, type Gazetteer, type WordGaz } from './gazetteer.js';
import { isLowerWord, isUpper, plainWord, shape, type DocStats } from './words.js';

export { docStats, plainWord, shape, type DocStats } from './words.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NTAGS: number = TAGS.length;
/** Tag index used as "previous tag" before the first token. */
export const START_TAG: number = NTAGS;

const NT = 64;
const V = 2 ** 22;
/** Feature key of template t with raw atoms a, b (b = -1: none). */
export function key(t: number, a: number, b = -1): number {
  return t + NT * (a + 1) + NT * V * (b + 1);
}

/** The key `put` writes for (t, a, b), or -1 when atom a is unknown: for the tagger's precomputed tables. */
export function putKey(t: number, a: number, b = -1): number {
  return a === -1 ? -1 : key(t, a + 3, b === -1 ? -1 : b + 3);
}

/** Atom of positions before the sentence / after it (see `at`). */
export const BOS_ATOM = -2;
export const EOS_ATOM = -3;
/** Number of gazetteer mark bits (first-token and inside-token bits of every category). */
export const INSIDE_BITS = 2 * INSIDE_SHIFT;

/** Interned atoms. With `grow` (training) unseen strings get new ids; otherwise they are -1. */
export interface Vocab {
  ids: Map<string, number>;
  grow: boolean;
  /** Frozen vocabularies only: raw token -> its word entry (interned once per word type). */
  cache?: Map<string, WordEntry>;
  /** Frozen vocabularies only: normalized word -> its document marks (shared by all its entries). */
  infos?: Map<string, WordInfo>;
  /** The caches reached CACHE_MAX: clear them at the next document boundary (resetIfFull). */
  full?: boolean;
  /** How many times resetIfFull cleared the caches (tagDoc's packed tables start over too). */
  resets?: number;
  /**
   * Frozen vocabularies only: a small direct-mapped cache in front of `cache` (raw -> the same
   * entry), indexed by a cheap hash of a few characters. It stays in the CPU cache where the big
   * Map does not; a slot holds the last word that hashed to it.
   */
  front?: { keys: (string | undefined)[]; vals: (WordEntry | undefined)[] };
  /** Frozen vocabularies only: word forms never inside a name in training (never.ts); sets WordEntry.never. */
  never?: Set<string>;
}

const FRONT_SIZE = 1 << 12;

/**
 * Document-level marks of one normalized word (WordEntry.low), set by a document pass and valid
 * while they equal that pass's stamp (nextStamp): "is in the set for this document" without
 * building Sets of strings per document. Keyed by the normalized string, so every raw form of
 * the word shares it ("Smith", "SMITH" -> "smith").
 */
export interface WordInfo {
  /** A token written exactly as this normalized word, lower-case (DocStats.lower). */
  lower: number;
  /** A token normalizing to this word, capitalized mid-sentence (DocStats.capMid). */
  capMid: number;
  /** Free for the entity rules (entities/tokens.ts: a lower-case token written as this word). */
  seenLow: number;
}

let stampCounter = 0;
/** A fresh stamp for one document pass (never 0, the initial mark). */
export function nextStamp(): number {
  return ++stampCounter;
}

/** What a token contributes wherever it stands: atoms, normalized form, cached scores. */
export interface WordEntry extends GazEntry {
  /** w, l, sh, s2, s3, s4, p3 atom ids. */
  atoms: Int32Array;
  /** atoms[1] and atoms[2] (the l and sh atoms), as fields: read for every token. */
  l: number;
  sh: number;
  /** From GazEntry: `low`, the gazetteer's view `gaz` and its fields (read for every token), and markEntry's memo. */
  gmemoNext: WordEntry | null;
  /**
   * Filled in lazily by the tagger: NTAGS scores for each ROLE (the word as the current token,
   * as the previous / next token, two before / two after), summing that role's features.
   */
  scores: Float32Array | null;
  /**
   * Filled in lazily by the tagger: weight-row offsets (row * NTAGS, -1 = none) of the word's
   * features that combine it with a small integer (see tagger.ts, WORD_ROWS).
   */
  rows: Int32Array | null;
  /** No capital letter or digit, and starts with a lower-case letter or punctuation (see plainWord). */
  plain: boolean;
  /** Starts with a capital letter. */
  upper: boolean;
  /** The word form (as the word atom spells it) is on the model's never-a-name list (never.ts). */
  never: boolean;
  /**
   * The tagger's skip rules as bits (tagger.ts, skippable): SKIP_PLAIN = `plain`, SKIP_ALWAYS =
   * `never` and not capitalized (such a token is O whatever its neighbours).
   */
  skip: number;
  /** isLowerWord(raw) (docStats). */
  lowerWord: boolean;
  /** raw === low: the raw form is its own normalized form. */
  selfNorm: boolean;
  /** raw is '"' or '“' (docStats: a capital after it is not "mid-sentence"). */
  quote: boolean;
  /** Marks of `low` (see WordInfo). */
  info: WordInfo;
  /** Free for the entity rules: per-word facts as bits, -1 until computed (entities/tokens.ts). */
  ruleBits: number;
  /**
   * The word's id in tagDoc's packed tables (slab.ts: its role sums, own and previous-tag sums,
   * bigram tables), valid while `tgen` is their generation (0: none).
   */
  tid: number;
  tgen: number;
}

/** Roles of a word relative to the token being tagged, and their templates / atom slots. */
export const ROLES: readonly (readonly [number, number][])[] = [
  [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6]], // current token
  [[8, 1], [12, 2], [27, 0]], // previous token
  [[9, 1], [13, 2], [28, 0]], // next token
  [[10, 1]], // two before
  [[11, 1]], // two after
];

/** Feature keys of a word in one role (for the tagger's per-word score cache). */
export function roleFeatures(a: Int32Array, role: number, out: Float64Array): number {
  let c = 0;
  for (const [t, slot] of ROLES[role]!) c = put(out, c, t, a[slot]!);
  return c;
}

/** WordEntry.skip bits. */
export const SKIP_PLAIN = 1;
export const SKIP_ALWAYS = 2;

const CACHE_MAX = 100_000;

/** The word as the word atom (and the never-a-name list) spells it: curly apostrophes straight. */
function casedWord(raw: string): string {
  return raw.includes('’') ? raw.replace(/’/g, "'") : raw;
}

function wordAtoms(v: Vocab, raw: string, lw: string): Int32Array {
  const cased = casedWord(raw);
  const a = new Int32Array(7);
  a[0] = atom(v, 'w' + cased);
  a[1] = atom(v, 'l' + lw);
  a[2] = atom(v, 's' + shape(raw));
  a[3] = atom(v, '2' + lw.slice(-2));
  a[4] = atom(v, '3' + lw.slice(-3));
  a[5] = atom(v, '4' + lw.slice(-4));
  a[6] = atom(v, 'p' + lw.slice(0, 3));
  return a;
}

function atom(v: Vocab, s: string): number {
  const id = v.ids.get(s);
  if (id !== undefined) return id;
  if (!v.grow) return -1;
  const n = v.ids.size;
  v.ids.set(s, n);
  return n;
}

/** The cache entry of a raw token (frozen vocabularies only), created on first use. */
export function wordEntry(v: Vocab, gaz: Gazetteer, raw: string): WordEntry {
  const front = (v.front ??= { keys: new Array<string | undefined>(FRONT_SIZE).fill(undefined), vals: new Array<WordEntry | undefined>(FRONT_SIZE).fill(undefined) });
  const n = raw.length;
  const h = (n * 7919 + raw.charCodeAt(0) * 31 + raw.charCodeAt(n - 1) * 131 + raw.charCodeAt(n >> 1)) & (FRONT_SIZE - 1);
  if (front.keys[h] === raw) return front.vals[h]!;
  const e = v.cache?.get(raw) ?? newEntry(v, gaz, raw);
  front.keys[h] = raw;
  front.vals[h] = e;
  return e;
}

/**
 * Clear the word caches if they are full. Called only between documents (and between calls of
 * the raw-token APIs), never inside one: a document's entries must share their WordInfo marks.
 */
export function resetIfFull(v: Vocab): void {
  if (!v.full) return;
  v.cache?.clear();
  v.infos?.clear();
  v.front = undefined;
  v.full = false;
  v.resets = (v.resets ?? 0) + 1;
}

function newEntry(v: Vocab, gaz: Gazetteer, raw: string): WordEntry {
  const cache = (v.cache ??= new Map());
  if (cache.size >= CACHE_MAX) v.full = true;
  const lw = normToken(raw);
  const infos = (v.infos ??= new Map());
  let info = infos.get(lw);
  if (!info) infos.set(lw, (info = { lower: 0, capMid: 0, seenLow: 0 }));
  const atoms = wordAtoms(v, raw, lw);
  const g = wordGaz(gaz, lw);
  const plain = plainWord(raw);
  const upper = isUpper(raw);
  const never = v.never?.has(casedWord(raw)) ?? false;
  // The fields tagDoc's document pass reads for every token come first, so that they share the
  // object's first cache lines (V8 lays fields out in the literal's order).
  const entry: WordEntry = {
    l: atoms[1]!, sh: atoms[2]!, skip: (plain ? SKIP_PLAIN : 0) | (never && !upper ? SKIP_ALWAYS : 0), tid: 0, tgen: 0, lowerWord: isLowerWord(raw), upper, selfNorm: raw === lw,
    quote: raw === '"' || raw === '“', info, glen: g.len, gbits: g.bits, gsecMask: g.secMask, gsecBit: g.secBit, gmemoNext: null, gmemoBits: 0,
    atoms, low: lw, gaz: g, scores: null, rows: null, plain, never, ruleBits: -1,
  };
  cache.set(raw, entry);
  return entry;
}

/** Per-sentence precomputed atoms; reused across sentences to avoid allocation. */
export class SentenceFeatures {
  n = 0;
  low: string[] = [];
  /** Frozen vocabularies: the cached entry of each token. */
  entries: WordEntry[] = [];
  w = new Int32Array(256);
  l = new Int32Array(256);
  sh = new Int32Array(256);
  s2 = new Int32Array(256);
  s3 = new Int32Array(256);
  s4 = new Int32Array(256);
  p3 = new Int32Array(256);
  flag = new Int32Array(256);
  gaz = new Int32Array(256);
  wordGaz: WordGaz[] = [];

  private ensure(n: number): void {
    if (this.w.length >= n) return;
    const m = Math.max(n, this.w.length * 2);
    for (const k of ['w', 'l', 'sh', 's2', 's3', 's4', 'p3', 'flag', 'gaz'] as const) this[k] = new Int32Array(m);
  }

  /**
   * Fill atoms for one sentence of raw tokens. With a frozen vocabulary only what the tagger's
   * cached path reads is filled (entries, low, l, sh, flag, gaz): the other atoms are in the entries.
   */
  load(v: Vocab, gaz: Gazetteer, toks: readonly string[], stats: DocStats): void {
    const n = toks.length;
    this.n = n;
    this.ensure(n);
    this.low.length = n;
    if (!v.grow) {
      this.loadCached(v, gaz, toks, stats);
      return;
    }
    for (let i = 0; i < n; i++) {
      const raw = toks[i]!;
      const lw = normToken(raw);
      const a = wordAtoms(v, raw, lw);
      this.low[i] = lw;
      this.w[i] = a[0]!;
      this.l[i] = a[1]!;
      this.sh[i] = a[2]!;
      this.s2[i] = a[3]!;
      this.s3[i] = a[4]!;
      this.s4[i] = a[5]!;
      this.p3[i] = a[6]!;
      this.flag[i] = isUpper(raw) ? 1 + (stats.lower.has(lw) ? 1 : 0) + (stats.capMid.has(lw) ? 2 : 0) : 0;
    }
    markGazetteer(gaz, this.low, 0, n, this.gaz);
  }

  private loadCached(v: Vocab, gaz: Gazetteer, toks: readonly string[], stats: DocStats): void {
    const cache = (v.cache ??= new Map());
    for (let i = 0; i < this.n; i++) this.entries[i] = cache.get(toks[i]!) ?? newEntry(v, gaz, toks[i]!);
    this.fill(gaz, stats);
  }

  /**
   * Same as `load` with a frozen vocabulary, from the tokens' cache entries (`wordEntry`) when the
   * caller has them already: no per-token lookup.
   */
  loadEntries(gaz: Gazetteer, ents: readonly WordEntry[], stats: DocStats): void {
    const n = ents.length;
    this.n = n;
    this.ensure(n);
    this.low.length = n;
    for (let i = 0; i < n; i++) this.entries[i] = ents[i]!;
    this.fill(gaz, stats);
  }

  /** Atoms, flags and gazetteer marks from entries[0..n). */
  private fill(gaz: Gazetteer, stats: DocStats): void {
    const n = this.n;
    const { low, entries, l, sh, flag } = this;
    const wg = this.wordGaz;
    for (let i = 0; i < n; i++) {
      const entry = entries[i]!;
      const lw = entry.low;
      wg[i] = entry.gaz;
      low[i] = lw;
      l[i] = entry.atoms[1]!;
      sh[i] = entry.atoms[2]!;
      flag[i] = entry.upper ? 1 + (stats.lower.has(lw) ? 1 : 0) + (stats.capMid.has(lw) ? 2 : 0) : 0;
    }
    markGazetteer(gaz, low, 0, n, this.gaz, wg);
  }
}

const BOS = -2; // atom for positions before/after the sentence (key() adds 1, so -2 -> -1 slot is avoided)
function at(arr: Int32Array, n: number, i: number): number {
  return i < 0 ? BOS : i >= n ? BOS - 1 : arr[i]!;
}

/**
 * Static features of token i (those not depending on predicted tags) into `out`; returns the count.
 * Features with an unknown atom are skipped.
 */
/**
 * With `cached`, features the tagger takes from per-word score caches (ROLES, for neighbours
 * inside the sentence) are left out.
 */
export function staticFeatures(f: SentenceFeatures, i: number, out: Float64Array, cached = false): number {
  const n = f.n;
  let c = 0;
  const sh0 = f.sh[i]!;
  const l0 = f.l[i]!;
  const lm1 = at(f.l, n, i - 1);
  const lp1 = at(f.l, n, i + 1);
  const shm1 = at(f.sh, n, i - 1);
  const shp1 = at(f.sh, n, i + 1);
  const flag = f.flag[i]!;
  out[c++] = 0; // bias
  if (!cached) {
    c = put(out, c, 1, f.w[i]!);
    c = put(out, c, 2, l0);
    c = put(out, c, 3, sh0);
    c = put(out, c, 4, f.s2[i]!);
    c = put(out, c, 5, f.s3[i]!);
    c = put(out, c, 6, f.s4[i]!);
    c = put(out, c, 7, f.p3[i]!);
  }
  if (!cached || i < 1) {
    c = put(out, c, 8, lm1);
    c = put(out, c, 12, shm1);
    c = put(out, c, 27, at(f.w, n, i - 1));
  }
  if (!cached || i + 1 >= n) {
    c = put(out, c, 9, lp1);
    c = put(out, c, 13, shp1);
    c = put(out, c, 28, at(f.w, n, i + 1));
  }
  if (!cached || i < 2) c = put(out, c, 10, at(f.l, n, i - 2));
  if (!cached || i + 2 >= n) c = put(out, c, 11, at(f.l, n, i + 2));
  if (lm1 !== -1 && l0 !== -1) c = put(out, c, 14, lm1, l0);
  if (lp1 !== -1 && l0 !== -1) c = put(out, c, 15, l0, lp1);
  if (shm1 !== -1 && sh0 !== -1) c = put(out, c, 16, shm1, sh0);
  if (shp1 !== -1 && sh0 !== -1) c = put(out, c, 17, sh0, shp1);
  if (i === 0 && sh0 !== -1) c = put(out, c, 18, sh0);
  c = put(out, c, 19, flag, i === 0 ? 1 : 0);
  if (sh0 !== -1) c = put(out, c, 20, flag, sh0);
  const g0 = f.gaz[i]!;
  const gm1 = i > 0 ? f.gaz[i - 1]! : 0;
  const gp1 = i + 1 < n ? f.gaz[i + 1]! : 0;
  if ((g0 | gm1 | gp1) === 0) return c;
  const cap = flag > 0 ? 1 : 0;
  for (let b = 0; b < 2 * INSIDE_SHIFT; b++) {
    const m = 1 << b;
    if (g0 & m) {
      c = put(out, c, 21, b);
      c = put(out, c, 22, b, cap);
    }
    if (gm1 & m) c = put(out, c, 23, b);
    if (gp1 & m) c = put(out, c, 24, b);
  }
  return c;
}

/** Write feature (t, a, b) at out[c] unless atom a is unknown; returns the new count. */
function put(out: Float64Array, c: number, t: number, a: number, b = -1): number {
  if (a === -1) return c;
  out[c] = key(t, a + 3, b === -1 ? -1 : b + 3);
  return c + 1;
}

/** Features depending on the two previous predicted tags. */
export function tagFeatures(f: SentenceFeatures, i: number, prev: number, prev2: number, out: Float64Array, c: number): number {
  out[c++] = key(29, prev);
  out[c++] = key(30, prev, prev2);
  const l0 = f.l[i]!;
  if (l0 !== -1) out[c++] = key(31, prev, l0 + 3);
  const sh0 = f.sh[i]!;
  if (sh0 !== -1) out[c++] = key(32, prev, sh0 + 3);
  return c;
}

/** BIO constraint: I-X may only follow B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

export const MAX_FEATURES = 128;
