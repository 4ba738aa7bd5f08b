// src/analyze/ner/decode.ts — tag a whole document at once, given as the flat list of its words'
// cache entries (features.ts, wordEntry) and sentence bounds. Same tags as tagEntrySentences
// (tagger.ts) with docStats, computed with less work per token:
// - document evidence (docStats: words seen lower-case, capitalized mid-sentence) is a stamp on
//   each word's WordInfo instead of two Sets of strings per document;
// - one pass over the entries fills flat arrays for the whole document: atoms, flags, gazetteer
//   marks (remembered per pair or triple of words, decode-memo.ts) and each word's id in the
//   packed per-word tables (slab.ts); scoring then reads only flat arrays, not the entries;
// - a word's own features for each (flag, sentence-initial), and its features with each previous
//   tag, are summed once per word type (rows of the slab) instead of 5 vector adds per token;
// - word/shape bigram features come from small per-atom hash tables holding their weights
//   (slab.ts, pairWeights), not key-table probes;
// - the sentence-edge terms and the gazetteer terms come as one precomputed sum each
//   (decode-memo.ts), and a token's terms are summed and its best tag chosen in one loop.
// Why the scores are bit-identical: every weight and every cached role sum is a float32; all
// further sums are float64, where sums of a few dozen float32 values of bounded exponent range
// are exact (nonzero weights are 0.01 to 1,185, so multiples of 2^-30; a few dozen sum below
// 2^16: at most 46 bits of 53), so grouping them differently cannot change a score (fast.ts
// makes the same point).
import {
  BOS_ATOM, EOS_ATOM, NTAGS, resetIfFull, SKIP_ALWAYS, SKIP_PLAIN, START_TAG, type WordEntry,
} from './features.js';
import { entryRow, NPREV, R_FIRST_SH, R_FLAG_SH, R_PREV_L, R_PREV_SH, type FastTables, type Rows } from './fast.js';
import { KeyTable } from './keytable.js';
import { ALLOWED, edgesOf, gazSum, markPair } from './decode-memo.js';
import { buildPairIndex } from './pairs.js';
import { GZ_SLOT, META_STRIDE, M_PAIRS_L, M_PAIRS_SH, M_PREV, M_SELF, ROLE_STRIDE, pairWeights, WordSlab } from './slab.js';
import { loadTagger, tablesOf } from './tagger.js';

let L = new Int32Array(1024);
let SH = new Int32Array(1024);
let FLAG = new Int32Array(1024);
let GAZ = new Int32Array(1024);
let SKIP = new Uint8Array(1024);
/** Positions of the capitalized tokens (the only ones with a FLAG other than 0). */
let UP = new Int32Array(1024);
/** Word ids in the packed tables (slab.ts). */
let ID = new Int32Array(1024);

/**
 * Row (offset in S.data) of the summed weights of word `id`'s own features as token with `flag`,
 * sentence-initial or not (i0), computed on first use.
 */
function selfOf(T: FastTables, S: WordSlab, e: WordEntry, id: number, flag: number, i0: number): number {
  const m = id * META_STRIDE + M_SELF + flag * 2 + i0;
  const known = S.meta[m]!;
  if (known >= 0) return known;
  const o = S.alloc();
  const { rows, w, data, role } = S;
  const r0 = id * ROLE_STRIDE;
  const ff = (flag * 2 + i0) * NTAGS;
  const r20 = entryRow(rows, e, R_FLAG_SH + flag);
  const r18 = i0 ? entryRow(rows, e, R_FIRST_SH) : -1;
  for (let t = 0; t < NTAGS; t++) {
    let v = T.bias[t]! + role[r0 + t]! + T.flagFirst[ff + t]!;
    if (r20 >= 0) v += w[r20 + t]!;
    if (r18 >= 0) v += w[r18 + t]!;
    data[o + t] = v;
  }
  return (S.meta[m] = o);
}

/** Row (offset in S.data) of word `id`'s features with the previous tag `prev` (templates 31 + 32). */
function prevOf(S: WordSlab, e: WordEntry, id: number, prev: number): number {
  const m = id * META_STRIDE + M_PREV + prev;
  const known = S.meta[m]!;
  if (known >= 0) return known;
  const o = S.alloc();
  const { rows, w, data } = S;
  const rl = entryRow(rows, e, R_PREV_L + prev);
  const rs = entryRow(rows, e, R_PREV_SH + prev);
  for (let t = 0; t < NTAGS; t++) data[o + t] = (rl >= 0 ? w[rl + t]! : 0) + (rs >= 0 ? w[rs + t]! : 0);
  return (S.meta[m] = o);
}

/** Zero vectors standing in for terms that do not apply (see decodeRange). */
const ZERO64 = new Float64Array(NTAGS);
const ZERO32 = new Float32Array(NTAGS);

const slabs = new WeakMap<object, WordSlab>();

/** The model's packed per-word tables (slab.ts, with the bigram index of pairs.ts), made on first use. */
function slabOf(rows: Rows, w: Float32Array): WordSlab {
  let S = slabs.get(rows);
  if (!S) {
    if (!(rows instanceof KeyTable)) throw new Error('tagDoc: the model must be loaded with a KeyTable (fromSaved)');
    slabs.set(rows, (S = new WordSlab(rows, w, buildPairIndex(rows))));
  }
  return S;
}

/** The shipped model's packed tables (for tests: their ids, bigram tables and memos). */
export function taggerSlab(): WordSlab {
  const { model } = loadTagger();
  return slabOf(model.rows, model.w);
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
  const S = slabOf(model.rows, model.w);
  // the word cache was cleared: its old entries' ids are dead weight, start over with it
  const resets = model.vocab.resets ?? 0;
  S.maybeReset(S.vocabResets !== resets);
  S.vocabResets = resets;
  const N = bounds[nsent] ?? 0; // the sentences cover ents[0, N); entries past N are ignored
  if (L.length < N) {
    const m = Math.max(N, L.length * 2);
    (L = new Int32Array(m)), (SH = new Int32Array(m)), (FLAG = new Int32Array(m)), (GAZ = new Int32Array(m));
    (SKIP = new Uint8Array(m)), (UP = new Int32Array(m)), (ID = new Int32Array(m));
  }
  // One pass over the entries: flat arrays, gazetteer marks (markEntries, sentence by sentence) and
  // the docStats marks under `stamp` (words seen lower-case, capitalized mid-sentence: exactly
  // docStats over the raw words, where lower.has(low) <=> info.lower === stamp, since a raw word can
  // equal a normalized one only if it is its own normalized form, and capMid.has(low) <=>
  // info.capMid === stamp). The flags read those marks for the whole document, so they are set
  // afterwards, for the capitalized tokens only (all others have flag 0).
  GAZ.fill(0, 0, N);
  FLAG.fill(0, 0, N);
  const gen = S.gen;
  let nup = 0;
  for (let s = 0; s < nsent; s++) {
    const a = bounds[s]!;
    const b = bounds[s + 1]!;
    for (let i = a; i < b; i++) {
      const e = ents[i]!;
      L[i] = e.l;
      SH[i] = e.sh;
      SKIP[i] = e.skip;
      ID[i] = e.tgen === gen ? e.tid : S.idOf(e);
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
      if (e.glen >= 2 && i + 1 < b && (e.gsecMask & ents[i + 1]!.gsecBit) !== 0) markPair(S, gaz, ents, i, b, ID, GAZ);
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
    decodeRange(T, S, ents, a, b, out);
  }
  return out;
}

/** decodeCached (tagger.ts) over positions [a, b) of the flat arrays. */
function decodeRange(T: FastTables, S: WordSlab, ents: readonly WordEntry[], a: number, b: number, out: Uint8Array): void {
  const { role, pairs, pairW: pw } = S; // filled in tagDoc's first pass: no growth while decoding
  const edge = edgesOf(T);
  const GZC = S.gzc;
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = a; i < b; i++) {
    // the tagger's skip rules (tagger.ts, skippable), read from the flat arrays: about three
    // quarters of the tokens are never scored
    const sk = SKIP[i]!;
    if ((sk & SKIP_ALWAYS) !== 0 || ((sk & SKIP_PLAIN) !== 0 && (prev === 0 || prev === START_TAG) && (i + 1 >= b || FLAG[i + 1] === 0))) {
      out[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    const id = ID[i]!;
    const mrow = id * META_STRIDE;
    const flag = FLAG[i]!;
    const i0 = i === a ? 1 : 0;
    // own sums and previous-tag sums: the entry is read only to fill a slot the first time
    let so = S.meta[mrow + M_SELF + flag * 2 + i0]!;
    if (so < 0) so = selfOf(T, S, ents[i]!, id, flag, i0);
    let po = S.meta[mrow + M_PREV + prev]!;
    if (po < 0) po = prevOf(S, ents[i]!, id, prev);
    const data = S.data; // after the fills above, which may grow it
    const hasP1 = i > a;
    const hasP2 = i > a + 1;
    const hasN1 = i + 1 < b;
    const hasN2 = i + 2 < b;
    // A term that does not apply is a vector of zeros (x + 0 === x).
    // The sentence-edge terms (before1/2, after1/2) that apply here, as one precomputed sum:
    const eo = (((hasP1 ? 0 : 1) | (hasP2 ? 0 : 2) | (hasN1 ? 0 : 4) | (hasN2 ? 0 : 8)) * NTAGS);
    // templates 14-17 in this order: (prev word, word), (word, next word), the same for shapes
    const pl = S.meta[mrow + M_PAIRS_L]!;
    const ps = S.meta[mrow + M_PAIRS_SH]!;
    const r14 = pairWeights(pairs, pl, 0, hasP1 ? L[i - 1]! : BOS_ATOM);
    const r15 = pairWeights(pairs, pl, 1, hasN1 ? L[i + 1]! : EOS_ATOM);
    const r16 = pairWeights(pairs, ps, 0, hasP1 ? SH[i - 1]! : BOS_ATOM);
    const r17 = pairWeights(pairs, ps, 1, hasN1 ? SH[i + 1]! : EOS_ATOM);
    const w14 = r14 >= 0 ? pw : ZERO32;
    const w15 = r15 >= 0 ? pw : ZERO32;
    const w16 = r16 >= 0 ? pw : ZERO32;
    const w17 = r17 >= 0 ? pw : ZERO32;
    const o14 = r14 >= 0 ? r14 : 0;
    const o15 = r15 >= 0 ? r15 : 0;
    const o16 = r16 >= 0 ? r16 : 0;
    const o17 = r17 >= 0 ? r17 : 0;
    // gazetteer terms (most tokens have none): their sum, cached per combination of marks
    const g0 = GAZ[i]!;
    const gm1 = hasP1 ? GAZ[i - 1]! : 0;
    const gp1 = hasN1 ? GAZ[i + 1]! : 0;
    let gz = ZERO64;
    let go = 0;
    if ((g0 | gm1 | gp1) !== 0) {
      const cap = flag > 0 ? 1 : 0;
      const k0 = g0 * 2 + cap;
      go = (((Math.imul(k0, -1640531535) ^ Math.imul(gm1, 0x85ebca6b) ^ Math.imul(gp1, 0xc2b2ae35)) >>> 20) * GZ_SLOT);
      gz = GZC;
      if (GZC[go] !== k0 || GZC[go + 1] !== gm1 || GZC[go + 2] !== gp1) gazSum(T, GZC, k0, gm1, gp1, go);
      go += 3;
    }
    // neighbours' role sums (roles 1-4: previous, next, two before, two after; a missing
    // neighbour reads the zero row of id 0), tags, previous tag
    const n1 = (hasP1 ? ID[i - 1]! * ROLE_STRIDE : S.zrow) + NTAGS;
    const n2 = (hasN1 ? ID[i + 1]! * ROLE_STRIDE : S.zrow) + 2 * NTAGS;
    const n3 = (hasP2 ? ID[i - 2]! * ROLE_STRIDE : S.zrow) + 3 * NTAGS;
    const n4 = (hasN2 ? ID[i + 2]! * ROLE_STRIDE : S.zrow) + 4 * NTAGS;
    const tg = T.tags;
    const to = (prev * NPREV + prev2) * NTAGS;
    // every term of a tag in one sum (grouped unlike tagger.ts, which is exact: see the top), and
    // the best allowed tag after prev, first on ties (tagger.ts, argmax)
    const ok = ALLOWED[prev]!;
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < NTAGS; t++) {
      const v =
        data[so + t]! + edge[eo + t]! + w14[o14 + t]! + w15[o15 + t]! + w16[o16 + t]! + w17[o17 + t]! +
        gz[go + t]! + role[n1 + t]! + role[n2 + t]! + role[n3 + t]! + role[n4 + t]! + tg[to + t]! + data[po + t]!;
      if (v > bestScore && ((ok >> t) & 1) !== 0) (best = t), (bestScore = v);
    }
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
}
