// src/analyze/ner/decode.ts — tag a whole document at once, given as the flat list of its words'
// cache entries (features.ts, wordEntry) and sentence bounds. Same tags as tagEntrySentences
// (tagger.ts) with docStats, computed with less work per token:
// - document evidence (docStats: words seen lower-case, capitalized mid-sentence) is a stamp on
//   each word's WordInfo instead of two Sets of strings per document;
// - atoms, flags and gazetteer marks live in flat arrays for the whole document;
// - a word's own features for each (flag, sentence-initial), and its features with each previous
//   tag, are summed once per word type (WordEntry.self, prevVec) instead of 5 vector adds per token.
// Why the scores are bit-identical: every weight and every cached role sum is a float32; all
// further sums are float64, where sums of a few dozen float32 values of bounded exponent range
// are exact, so grouping them differently cannot change a score (fast.ts makes the same point).
import {
  allowed, BOS_ATOM, EOS_ATOM, INSIDE_BITS, NTAGS, putKey, resetIfFull, START_TAG, type WordEntry,
} from './features.js';
import { entryRoles, entryRow, NFLAG, NPREV, R_FIRST_SH, R_FLAG_SH, R_PREV_L, R_PREV_SH, type FastTables, type Rows } from './fast.js';
import { markEntries } from './gazetteer.js';
import { loadTagger, tablesOf } from './tagger.js';

let L = new Int32Array(1024);
let SH = new Int32Array(1024);
let FLAG = new Int32Array(1024);
let GAZ = new Int32Array(1024);
const scores = new Float64Array(NTAGS);

/**
 * Set the docStats marks of sentences ents[bounds[s] .. bounds[s + 1]) under `stamp`: exactly
 * docStats over the entries' raw words, where lower.has(low) <=> info.lower === stamp (a raw
 * word can equal a normalized one only if it is its own normalized form) and capMid.has(low) <=>
 * info.capMid === stamp.
 */
function markDocStats(ents: readonly WordEntry[], bounds: ArrayLike<number>, nsent: number, stamp: number): void {
  for (let s = 0; s < nsent; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    for (let i = a; i < b; i++) {
      const e = ents[i]!;
      if (e.lowerWord) {
        if (e.selfNorm) e.info.lower = stamp;
      } else if (i > a && e.upper) {
        const p = ents[i - 1]!;
        if (!p.upper && !p.quote) e.info.capMid = stamp;
      }
    }
  }
}

/** Summed weights of e's own features as token with `flag`, sentence-initial or not (i0). */
function selfOf(T: FastTables, rows: Rows, w: Float32Array, e: WordEntry, flag: number, i0: number): Float64Array {
  const slot = flag * 2 + i0;
  const self = (e.self ??= new Float64Array(NFLAG * 2 * NTAGS));
  if (e.selfDone & (1 << slot)) return self;
  e.selfDone |= 1 << slot;
  const o = slot * NTAGS;
  const role0 = entryRoles(rows, w, e);
  const ff = (flag * 2 + i0) * NTAGS;
  const r20 = entryRow(rows, e, R_FLAG_SH + flag);
  const r18 = i0 ? entryRow(rows, e, R_FIRST_SH) : -1;
  for (let t = 0; t < NTAGS; t++) {
    let v = T.bias[t]! + role0[t]! + T.flagFirst[ff + t]!;
    if (r20 >= 0) v += w[r20 + t]!;
    if (r18 >= 0) v += w[r18 + t]!;
    self[o + t] = v;
  }
  return self;
}

/** Summed weights of e's features with the previous tag `prev` (templates 31 + 32). */
function prevOf(rows: Rows, w: Float32Array, e: WordEntry, prev: number): Float64Array {
  const v = (e.prevVec ??= new Float64Array(NPREV * NTAGS));
  if (e.prevDone & (1 << prev)) return v;
  e.prevDone |= 1 << prev;
  const o = prev * NTAGS;
  const rl = entryRow(rows, e, R_PREV_L + prev);
  const rs = entryRow(rows, e, R_PREV_SH + prev);
  for (let t = 0; t < NTAGS; t++) v[o + t] = (rl >= 0 ? w[rl + t]! : 0) + (rs >= 0 ? w[rs + t]! : 0);
  return v;
}

function addVec(v: ArrayLike<number>, o: number): void {
  for (let t = 0; t < NTAGS; t++) scores[t]! += v[o + t]!;
}

function addPair(rows: Rows, w: Float32Array, tpl: number, a: number, b: number): void {
  if (a === -1 || b === -1) return;
  const r = rows.get(putKey(tpl, a, b));
  if (r === undefined || r < 0) return;
  const o = r * NTAGS;
  for (let t = 0; t < NTAGS; t++) scores[t]! += w[o + t]!;
}

/**
 * Tag sentences ents[bounds[s] .. bounds[s + 1]) for s < nsent; returns one tag index (TAGS) per
 * entry. `stamp` (features.ts, nextStamp) must be fresh for this document.
 */
export function tagDoc(ents: readonly WordEntry[], bounds: ArrayLike<number>, nsent: number, stamp: number): Uint8Array {
  const { model, gaz } = loadTagger();
  resetIfFull(model.vocab);
  const T = tablesOf(model);
  const rows = model.rows;
  const w = model.w;
  const N = ents.length;
  if (L.length < N) {
    const m = Math.max(N, L.length * 2);
    (L = new Int32Array(m)), (SH = new Int32Array(m)), (FLAG = new Int32Array(m)), (GAZ = new Int32Array(m));
  }
  markDocStats(ents, bounds, nsent, stamp);
  for (let i = 0; i < N; i++) {
    const e = ents[i]!;
    L[i] = e.l;
    SH[i] = e.sh;
    FLAG[i] = e.upper ? 1 + (e.info.lower === stamp ? 1 : 0) + (e.info.capMid === stamp ? 2 : 0) : 0;
  }
  const out = new Uint8Array(N);
  for (let s = 0; s < nsent; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    markEntries(gaz, ents, a, b, GAZ);
    decodeRange(T, rows, w, ents, a, b, out);
  }
  return out;
}

/** decodeCached (tagger.ts) over positions [a, b) of the flat arrays. */
function decodeRange(T: FastTables, rows: Rows, w: Float32Array, ents: readonly WordEntry[], a: number, b: number, out: Uint8Array): void {
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = a; i < b; i++) {
    const e = ents[i]!;
    // the tagger's skip rule (tagger.ts, skippable): a plain word after O, before a non-capital
    if ((prev === 0 || prev === START_TAG) && e.plain && (i + 1 >= b || FLAG[i + 1] === 0)) {
      out[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    const flag = FLAG[i]!;
    const i0 = i === a ? 1 : 0;
    const self = selfOf(T, rows, w, e, flag, i0);
    const so = (flag * 2 + i0) * NTAGS;
    for (let t = 0; t < NTAGS; t++) scores[t] = self[so + t]!;
    const hasP1 = i > a;
    const hasP2 = i > a + 1;
    const hasN1 = i + 1 < b;
    const hasN2 = i + 2 < b;
    if (!hasP1) addVec(T.before1, 0);
    if (!hasN1) addVec(T.after1, 0);
    if (!hasP2) addVec(T.before2, 0);
    if (!hasN2) addVec(T.after2, 0);
    const l0 = L[i]!;
    const sh0 = SH[i]!;
    addPair(rows, w, 14, hasP1 ? L[i - 1]! : BOS_ATOM, l0);
    addPair(rows, w, 15, l0, hasN1 ? L[i + 1]! : EOS_ATOM);
    addPair(rows, w, 16, hasP1 ? SH[i - 1]! : BOS_ATOM, sh0);
    addPair(rows, w, 17, sh0, hasN1 ? SH[i + 1]! : EOS_ATOM);
    const g0 = GAZ[i]!;
    const gm1 = hasP1 ? GAZ[i - 1]! : 0;
    const gp1 = hasN1 ? GAZ[i + 1]! : 0;
    if ((g0 | gm1 | gp1) !== 0) {
      const cap = flag > 0 ? 1 : 0;
      for (let bit = 0; bit < INSIDE_BITS; bit++) {
        const m = 1 << bit;
        if (g0 & m) addVec(T.gazHere, (bit * 2 + cap) * NTAGS);
        if (gm1 & m) addVec(T.gazPrev, bit * NTAGS);
        if (gp1 & m) addVec(T.gazNext, bit * NTAGS);
      }
    }
    if (hasP1) addVec(entryRoles(rows, w, ents[i - 1]!), 1 * NTAGS);
    if (hasN1) addVec(entryRoles(rows, w, ents[i + 1]!), 2 * NTAGS);
    if (hasP2) addVec(entryRoles(rows, w, ents[i - 2]!), 3 * NTAGS);
    if (hasN2) addVec(entryRoles(rows, w, ents[i + 2]!), 4 * NTAGS);
    addVec(T.tags, (prev * NPREV + prev2) * NTAGS);
    addVec(prevOf(rows, w, e, prev), prev * NTAGS);
    // best allowed tag after prev, first on ties (tagger.ts, argmax)
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < NTAGS; t++) {
      if (scores[t]! > bestScore && allowed(prev, t)) (best = t), (bestScore = scores[t]!);
    }
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
}
