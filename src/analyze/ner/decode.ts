// src/analyze/ner/decode.ts — tag a whole document at once, given as the flat list of its words'
// cache entries (features.ts, wordEntry) and sentence bounds. Same tags as tagEntrySentences
// (tagger.ts) with docStats, computed with less work per token:
// - document evidence (docStats: words seen lower-case, capitalized mid-sentence) is a stamp on
//   each word's WordInfo instead of two Sets of strings per document;
// - atoms, flags and gazetteer marks live in flat arrays for the whole document;
// - a word's own features for each (flag, sentence-initial), and its features with each previous
//   tag, are summed once per word type (WordEntry.self, prevVec) instead of 5 vector adds per token;
// - word/shape bigram features come from sorted per-atom lists (pairs.ts), not key-table probes;
// - a token's terms are summed in two fused loops, each tag's terms in the original order, with
//   zero vectors for terms that do not apply (x + 0 === x).
// Why the scores are bit-identical: every weight and every cached role sum is a float32; all
// further sums are float64, where sums of a few dozen float32 values of bounded exponent range
// are exact, so grouping them differently cannot change a score (fast.ts makes the same point).
import {
  allowed, BOS_ATOM, EOS_ATOM, NTAGS, resetIfFull, SKIP_ALWAYS, SKIP_PLAIN, START_TAG, type WordEntry,
} from './features.js';
import { entryRoles, entryRow, NFLAG, NPREV, R_FIRST_SH, R_FLAG_SH, R_PREV_L, R_PREV_SH, type FastTables, type Rows } from './fast.js';
import { markEntry } from './gazetteer.js';
import { KeyTable } from './keytable.js';
import { buildPairIndex, pairAfter, pairBefore, shapePairs, wordPairs, type PairIndex } from './pairs.js';
import { loadTagger, tablesOf } from './tagger.js';

let L = new Int32Array(1024);
let SH = new Int32Array(1024);
let FLAG = new Int32Array(1024);
let GAZ = new Int32Array(1024);
let SKIP = new Uint8Array(1024);
/** Positions of the capitalized tokens (the only ones with a FLAG other than 0). */
let UP = new Int32Array(1024);
const scores = new Float64Array(NTAGS);

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

/** Zero vectors standing in for terms that do not apply (see decodeRange). */
const ZERO64 = new Float64Array(NTAGS);
const ZERO32 = new Float32Array(NTAGS);
const ZERO_ROLES = new Float32Array(5 * NTAGS);

function addVec(v: Float64Array, o: number): void {
  for (let t = 0; t < NTAGS; t++) scores[t]! += v[o + t]!;
}

const pairIndexes = new WeakMap<object, PairIndex>();

/** The model's bigram index (pairs.ts), built on first use. */
function pairIndexOf(rows: Rows): PairIndex {
  let P = pairIndexes.get(rows);
  if (!P) {
    if (!(rows instanceof KeyTable)) throw new Error('tagDoc: the model must be loaded with a KeyTable (fromSaved)');
    pairIndexes.set(rows, (P = buildPairIndex(rows)));
  }
  return P;
}

/**
 * Tag sentences ents[bounds[s] .. bounds[s + 1]) for s < nsent; returns one tag index (TAGS) per
 * entry of ents[0, bounds[nsent]) (ents may be longer: a reused buffer). `stamp` (features.ts,
 * nextStamp) must be fresh for this document.
 */
export function tagDoc(ents: readonly WordEntry[], bounds: ArrayLike<number>, nsent: number, stamp: number): Uint8Array {
  const { model, gaz } = loadTagger();
  resetIfFull(model.vocab);
  const T = tablesOf(model);
  const rows = model.rows;
  const w = model.w;
  const P = pairIndexOf(rows);
  const N = bounds[nsent] ?? 0; // the sentences cover ents[0, N); entries past N are ignored
  if (L.length < N) {
    const m = Math.max(N, L.length * 2);
    (L = new Int32Array(m)), (SH = new Int32Array(m)), (FLAG = new Int32Array(m)), (GAZ = new Int32Array(m));
    (SKIP = new Uint8Array(m)), (UP = new Int32Array(m));
  }
  // One pass over the entries: flat arrays, gazetteer marks (markEntries, sentence by sentence) and
  // the docStats marks under `stamp` (words seen lower-case, capitalized mid-sentence: exactly
  // docStats over the raw words, where lower.has(low) <=> info.lower === stamp, since a raw word can
  // equal a normalized one only if it is its own normalized form, and capMid.has(low) <=>
  // info.capMid === stamp). The flags read those marks for the whole document, so they are set
  // afterwards, for the capitalized tokens only (all others have flag 0).
  GAZ.fill(0, 0, N);
  FLAG.fill(0, 0, N);
  let nup = 0;
  for (let s = 0; s < nsent; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    for (let i = a; i < b; i++) {
      const e = ents[i]!;
      L[i] = e.l;
      SH[i] = e.sh;
      SKIP[i] = e.skip;
      if (e.lowerWord) {
        if (e.selfNorm) e.info.lower = stamp;
      } else if (e.upper) {
        UP[nup++] = i;
        if (i > a) {
          const p = ents[i - 1]!;
          if (!p.upper && !p.quote) e.info.capMid = stamp;
        }
      }
      if (e.glen === 0) continue;
      // markEntry's cheap part inline; the call only where a longer name may start here
      GAZ[i] = GAZ[i]! | e.gbits;
      if (e.glen >= 2 && i + 1 < b && (e.gsecMask & ents[i + 1]!.gsecBit) !== 0) markEntry(gaz, ents, i, b, GAZ);
    }
  }
  for (let k = 0; k < nup; k++) {
    const i = UP[k]!;
    const info = ents[i]!.info;
    FLAG[i] = 1 + (info.lower === stamp ? 1 : 0) + (info.capMid === stamp ? 2 : 0);
  }
  const out = new Uint8Array(N);
  for (let s = 0; s < nsent; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    decodeRange(T, P, rows, w, ents, a, b, out);
  }
  return out;
}

/** decodeCached (tagger.ts) over positions [a, b) of the flat arrays. */
function decodeRange(T: FastTables, P: PairIndex, rows: Rows, w: Float32Array, ents: readonly WordEntry[], a: number, b: number, out: Uint8Array): void {
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = a; i < b; i++) {
    // the tagger's skip rules (tagger.ts, skippable), read from the flat arrays: about three
    // quarters of the tokens never touch their entry here
    const sk = SKIP[i]!;
    if ((sk & SKIP_ALWAYS) !== 0 || ((sk & SKIP_PLAIN) !== 0 && (prev === 0 || prev === START_TAG) && (i + 1 >= b || FLAG[i + 1] === 0))) {
      out[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    const e = ents[i]!;
    const flag = FLAG[i]!;
    const i0 = i === a ? 1 : 0;
    const self = selfOf(T, rows, w, e, flag, i0);
    const so = (flag * 2 + i0) * NTAGS;
    const hasP1 = i > a;
    const hasP2 = i > a + 1;
    const hasN1 = i + 1 < b;
    const hasN2 = i + 2 < b;
    // Every term below is added in the order of the original one-vector-at-a-time sums; a term
    // that does not apply is a vector of zeros, and x + 0 === x, so every score is unchanged.
    const b1 = hasP1 ? ZERO64 : T.before1;
    const a1 = hasN1 ? ZERO64 : T.after1;
    const b2 = hasP2 ? ZERO64 : T.before2;
    const a2 = hasN2 ? ZERO64 : T.after2;
    // templates 14-17 in this order: (prev word, word), (word, next word), the same for shapes
    const pl = e.pairsL ?? (e.pairsL = wordPairs(P, e.l));
    const ps = e.pairsSh ?? (e.pairsSh = shapePairs(P, e.sh));
    const r14 = pairBefore(pl, hasP1 ? L[i - 1]! : BOS_ATOM);
    const r15 = pairAfter(pl, hasN1 ? L[i + 1]! : EOS_ATOM);
    const r16 = pairBefore(ps, hasP1 ? SH[i - 1]! : BOS_ATOM);
    const r17 = pairAfter(ps, hasN1 ? SH[i + 1]! : EOS_ATOM);
    const w14 = r14 >= 0 ? w : ZERO32;
    const w15 = r15 >= 0 ? w : ZERO32;
    const w16 = r16 >= 0 ? w : ZERO32;
    const w17 = r17 >= 0 ? w : ZERO32;
    const o14 = r14 >= 0 ? r14 : 0;
    const o15 = r15 >= 0 ? r15 : 0;
    const o16 = r16 >= 0 ? r16 : 0;
    const o17 = r17 >= 0 ? r17 : 0;
    for (let t = 0; t < NTAGS; t++) {
      scores[t] = self[so + t]! + b1[t]! + a1[t]! + b2[t]! + a2[t]! + w14[o14 + t]! + w15[o15 + t]! + w16[o16 + t]! + w17[o17 + t]!;
    }
    const g0 = GAZ[i]!;
    const gm1 = hasP1 ? GAZ[i - 1]! : 0;
    const gp1 = hasN1 ? GAZ[i + 1]! : 0;
    // the set bits only, lowest first (the order of the loop over all INSIDE_BITS bits)
    const cap = flag > 0 ? 1 : 0;
    for (let left = g0 | gm1 | gp1; left !== 0; ) {
      const m = left & -left;
      left ^= m;
      const bit = 31 - Math.clz32(m);
      if (g0 & m) addVec(T.gazHere, (bit * 2 + cap) * NTAGS);
      if (gm1 & m) addVec(T.gazPrev, bit * NTAGS);
      if (gp1 & m) addVec(T.gazNext, bit * NTAGS);
    }
    // neighbours' role sums (roles 1-4: previous, next, two before, two after), tags, previous tag
    const n1 = hasP1 ? entryRoles(rows, w, ents[i - 1]!) : ZERO_ROLES;
    const n2 = hasN1 ? entryRoles(rows, w, ents[i + 1]!) : ZERO_ROLES;
    const n3 = hasP2 ? entryRoles(rows, w, ents[i - 2]!) : ZERO_ROLES;
    const n4 = hasN2 ? entryRoles(rows, w, ents[i + 2]!) : ZERO_ROLES;
    const tg = T.tags;
    const to = (prev * NPREV + prev2) * NTAGS;
    const pv = prevOf(rows, w, e, prev);
    const po = prev * NTAGS;
    for (let t = 0; t < NTAGS; t++) {
      scores[t] = scores[t]! + n1[NTAGS + t]! + n2[2 * NTAGS + t]! + n3[3 * NTAGS + t]! + n4[4 * NTAGS + t]! + tg[to + t]! + pv[po + t]!;
    }
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
