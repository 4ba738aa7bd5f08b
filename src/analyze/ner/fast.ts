// src/analyze/ner/fast.ts — the tagger's inner loop for a frozen model, without hashing most
// features. Same scores as `staticFeatures` + `tagFeatures` + `score` (tagger.ts), summed in a
// different order: every weight is a float32 and the sums stay exact in float64, so the order
// does not change a single score, and the tags are identical (checked on eng.testa and the bench
// corpus).
// What is precomputed, and why it is exact:
// - features of a small integer alone (bias, previous tags, flag x sentence start, gazetteer bits,
//   the sentence-edge context atoms) -> summed weight vectors per value, once per model;
// - features of one word type and a small integer (shape x capitalization flag, sentence-initial
//   shape, previous tag x word, previous tag x shape) -> weight-row offsets cached on the word's
//   cache entry (each on first use: a new word costs only the probes it needs), so a repeated
//   lookup is an array read instead of a hash probe.
// Only the four word/shape bigrams still probe the key table (pairs are too many to cache).
import {
  BOS_ATOM, EOS_ATOM, INSIDE_BITS, key, NTAGS, putKey, roleFeatures, ROLES, START_TAG, type SentenceFeatures, type WordEntry,
} from './features.js';

export interface Rows {
  get(k: number): number | undefined;
}

/** Per model: summed weight vectors (NTAGS each) for features of small integers. */
export interface FastTables {
  bias: Float64Array;
  /** [prev * (START_TAG + 1) + prev2]: templates 29 and 30. */
  tags: Float64Array;
  /** [flag * 2 + first]: template 19. */
  flagFirst: Float64Array;
  /** [bit * 2 + cap]: templates 21 + 22 (the bit on this token). */
  gazHere: Float64Array;
  /** [bit]: template 23 (on the previous token), 24 (on the next one). */
  gazPrev: Float64Array;
  gazNext: Float64Array;
  /** Context atoms outside the sentence: templates 8, 12, 27 / 10 / 9, 13, 28 / 11. */
  before1: Float64Array;
  before2: Float64Array;
  after1: Float64Array;
  after2: Float64Array;
}

export const NPREV = START_TAG + 1;
export const NFLAG = 5; // flag: 0 lower-case, else 1 + seen lower-case (1) + capitalized mid-sentence (2)

/** Offsets in WordEntry.rows: [flag] for template 20, then template 18, then [prev] for 31 and 32. */
export const R_FLAG_SH = 0;
export const R_FIRST_SH = NFLAG;
export const R_PREV_L = NFLAG + 1;
export const R_PREV_SH = R_PREV_L + NPREV;
const WORD_ROWS = R_PREV_SH + NPREV;

function rowOf(rows: Rows, k: number): number {
  if (k === -1) return -1;
  const r = rows.get(k);
  return r === undefined || r < 0 ? -1 : r * NTAGS;
}

function addKey(rows: Rows, w: Float32Array, k: number, out: Float64Array, o: number): void {
  const r = rowOf(rows, k);
  if (r < 0) return;
  for (let t = 0; t < NTAGS; t++) out[o + t]! += w[r + t]!;
}

export function buildTables(rows: Rows, w: Float32Array): FastTables {
  const vec = (n: number): Float64Array => new Float64Array(n * NTAGS);
  const T: FastTables = {
    bias: vec(1), tags: vec(NPREV * NPREV), flagFirst: vec(NFLAG * 2), gazHere: vec(INSIDE_BITS * 2),
    gazPrev: vec(INSIDE_BITS), gazNext: vec(INSIDE_BITS), before1: vec(1), before2: vec(1), after1: vec(1), after2: vec(1),
  };
  addKey(rows, w, 0, T.bias, 0);
  for (let p = 0; p < NPREV; p++) {
    for (let p2 = 0; p2 < NPREV; p2++) {
      const o = (p * NPREV + p2) * NTAGS;
      addKey(rows, w, key(29, p), T.tags, o);
      addKey(rows, w, key(30, p, p2), T.tags, o);
    }
  }
  for (let f = 0; f < NFLAG; f++) for (let i0 = 0; i0 < 2; i0++) addKey(rows, w, putKey(19, f, i0), T.flagFirst, (f * 2 + i0) * NTAGS);
  for (let b = 0; b < INSIDE_BITS; b++) {
    for (let cap = 0; cap < 2; cap++) {
      addKey(rows, w, putKey(21, b), T.gazHere, (b * 2 + cap) * NTAGS);
      addKey(rows, w, putKey(22, b, cap), T.gazHere, (b * 2 + cap) * NTAGS);
    }
    addKey(rows, w, putKey(23, b), T.gazPrev, b * NTAGS);
    addKey(rows, w, putKey(24, b), T.gazNext, b * NTAGS);
  }
  for (const t of [8, 12, 27]) addKey(rows, w, putKey(t, BOS_ATOM), T.before1, 0);
  addKey(rows, w, putKey(10, BOS_ATOM), T.before2, 0);
  for (const t of [9, 13, 28]) addKey(rows, w, putKey(t, EOS_ATOM), T.after1, 0);
  addKey(rows, w, putKey(11, EOS_ATOM), T.after2, 0);
  return T;
}

/**
 * A word's summed weights in each role (ROLES: the word as the current token, as the previous /
 * next token, two before / two after), cached on its entry. Summed in float32, as always: the
 * shipped tags were made with exactly these sums.
 */
export function entryRoles(rows: Rows, w: Float32Array, e: WordEntry): Float32Array {
  return (e.scores ??= roleScores(rows, w, e.atoms));
}

/** The role sums of a word with these atoms (entryRoles without the cache; slab.ts packs them). */
export function roleScores(rows: Rows, w: Float32Array, atoms: Int32Array): Float32Array {
  const keys = new Float64Array(8);
  const out = new Float32Array(NTAGS * ROLES.length);
  for (let role = 0; role < ROLES.length; role++) {
    const n = roleFeatures(atoms, role, keys);
    for (let k = 0; k < n; k++) {
      const r = rows.get(keys[k]!);
      if (r === undefined || r < 0) continue;
      for (let t = 0; t < NTAGS; t++) out[role * NTAGS + t]! += w[r * NTAGS + t]!;
    }
  }
  return out;
}

/** Row offsets of a word's (word, small integer) features, each looked up on first use (-2 = not yet). */
export function entryRows(e: WordEntry): Int32Array {
  return (e.rows ??= new Int32Array(WORD_ROWS).fill(-2));
}

/** Row offset of entry e's feature in slot `idx` of WordEntry.rows (see R_*), cached. */
export function entryRow(rows: Rows, e: WordEntry, idx: number): number {
  const er = entryRows(e);
  const r = er[idx]!;
  return r !== -2 ? r : wordRow(rows, e.atoms, er, idx);
}

/** Row offset of the word's feature in slot `idx` of WordEntry.rows (see R_*), cached. */
function wordRow(rows: Rows, a: Int32Array, er: Int32Array, idx: number): number {
  const r = er[idx]!;
  if (r !== -2) return r;
  const l0 = a[1]!;
  const sh0 = a[2]!;
  let k: number;
  if (idx < R_FIRST_SH) k = sh0 === -1 ? -1 : putKey(20, idx - R_FLAG_SH, sh0);
  else if (idx === R_FIRST_SH) k = putKey(18, sh0);
  else if (idx < R_PREV_SH) k = l0 === -1 ? -1 : key(31, idx - R_PREV_L, l0 + 3);
  else k = sh0 === -1 ? -1 : key(32, idx - R_PREV_SH, sh0 + 3);
  return (er[idx] = rowOf(rows, k));
}

function addVec(s: Float64Array, v: Float64Array, o: number): void {
  for (let t = 0; t < NTAGS; t++) s[t]! += v[o + t]!;
}

function addRow(s: Float64Array, w: Float32Array, r: number): void {
  if (r < 0) return;
  for (let t = 0; t < NTAGS; t++) s[t]! += w[r + t]!;
}

function addPair(s: Float64Array, rows: Rows, w: Float32Array, t: number, a: number, b: number): void {
  if (a === -1 || b === -1) return;
  addRow(s, w, rowOf(rows, putKey(t, a, b)));
}

/**
 * Scores of token i's features that do not depend on predicted tags and are not in the role caches
 * (the caller adds those): what `staticFeatures(f, i, out, true)` + `score` would give.
 */
export function staticScores(T: FastTables, rows: Rows, w: Float32Array, f: SentenceFeatures, i: number, s: Float64Array): void {
  const e = f.entries[i]!;
  const er = entryRows(e);
  const n = f.n;
  s.set(T.bias);
  if (i < 1) addVec(s, T.before1, 0);
  if (i + 1 >= n) addVec(s, T.after1, 0);
  if (i < 2) addVec(s, T.before2, 0);
  if (i + 2 >= n) addVec(s, T.after2, 0);
  const l0 = f.l[i]!;
  const sh0 = f.sh[i]!;
  const lm1 = i > 0 ? f.l[i - 1]! : BOS_ATOM;
  const lp1 = i + 1 < n ? f.l[i + 1]! : EOS_ATOM;
  const shm1 = i > 0 ? f.sh[i - 1]! : BOS_ATOM;
  const shp1 = i + 1 < n ? f.sh[i + 1]! : EOS_ATOM;
  addPair(s, rows, w, 14, lm1, l0);
  addPair(s, rows, w, 15, l0, lp1);
  addPair(s, rows, w, 16, shm1, sh0);
  addPair(s, rows, w, 17, sh0, shp1);
  if (i === 0) addRow(s, w, wordRow(rows, e.atoms, er, R_FIRST_SH));
  const flag = f.flag[i]!;
  addVec(s, T.flagFirst, (flag * 2 + (i === 0 ? 1 : 0)) * NTAGS);
  addRow(s, w, wordRow(rows, e.atoms, er, R_FLAG_SH + flag));
  const g0 = f.gaz[i]!;
  const gm1 = i > 0 ? f.gaz[i - 1]! : 0;
  const gp1 = i + 1 < n ? f.gaz[i + 1]! : 0;
  if ((g0 | gm1 | gp1) === 0) return;
  const cap = flag > 0 ? 1 : 0;
  for (let b = 0; b < INSIDE_BITS; b++) {
    const m = 1 << b;
    if (g0 & m) addVec(s, T.gazHere, (b * 2 + cap) * NTAGS);
    if (gm1 & m) addVec(s, T.gazPrev, b * NTAGS);
    if (gp1 & m) addVec(s, T.gazNext, b * NTAGS);
  }
}

/** Add the features of the previous tags (what `tagFeatures` + `score` would give). */
export function tagScores(T: FastTables, rows: Rows, w: Float32Array, e: WordEntry, prev: number, prev2: number, s: Float64Array): void {
  addVec(s, T.tags, (prev * NPREV + prev2) * NTAGS);
  const er = entryRows(e);
  addRow(s, w, wordRow(rows, e.atoms, er, R_PREV_L + prev));
  addRow(s, w, wordRow(rows, e.atoms, er, R_PREV_SH + prev));
}
