// src/analyze/ner/slab.ts — the tagger's per-word-type data for tagDoc (decode.ts), packed into a
// few flat typed arrays indexed by a small integer word id instead of hanging off each word's
// cache entry as separate typed arrays.
// Why: scoring a token is bound by memory access, not arithmetic. Through the entry, each cached
// vector costs three dependent loads (entry -> typed-array object -> off-heap data), each a likely
// cache miss, and a scored token reads about eight of them (its own sums, its previous-tag sums,
// its two bigram lists, four neighbours' role sums). Here a document pass writes each token's id
// into a flat array once, and scoring reads the id's row directly: one load per vector, rows of
// one word next to each other.
// Exact: the rows hold the same numbers the entry caches held (role sums as the same float32
// values, own and previous-tag sums as the same float64 sums, the same bigram lists), computed
// by the same code in the same order.
import { NTAGS, type WordEntry } from './features.js';
import { NFLAG, NPREV, roleScores, type Rows } from './fast.js';
import { shapePairs, wordPairs, type PairIndex, type PairList } from './pairs.js';

/** Role sums per id: ROLES (features.ts) x NTAGS float32 values. */
export const ROLE_STRIDE = 5 * NTAGS;
/** Per-id integer row: bigram list offsets, then own-sum offsets per slot, then previous-tag offsets. */
export const M_PAIRS_L = 0;
export const M_PAIRS_SH = 1;
export const M_SELF = 2;
export const M_PREV = M_SELF + NFLAG * 2;
export const META_STRIDE = M_PREV + NPREV + 2; // 24: padding keeps a row in 96 bytes
/** Values per slot of WordSlab.gzc. */
export const GZ_SLOT = 3 + NTAGS;
/**
 * Start over (new ids) when this many word types have ids, at a document boundary; tagDoc also
 * starts over when the word cache (features.ts, CACHE_MAX = 100,000 entries) is cleared.
 * About 300 bytes per id plus NTAGS float64 per filled slot.
 */
const MAX_IDS = 150_000;

export class WordSlab {
  /** Ids are valid for entries whose `tgen` equals this. */
  gen = 1;
  /** Vocab.resets when the ids were last checked (decode.ts, tagDoc). */
  vocabResets = 0;
  /** Id 0 is never assigned: its role row stays zero and stands for a missing neighbour. */
  readonly zrow = 0;
  n = 1;
  role = new Float32Array(4096 * ROLE_STRIDE);
  /** -1: not yet computed (own sums, previous-tag sums). */
  meta = new Int32Array(4096 * META_STRIDE);
  /** Own sums and previous-tag sums (NTAGS float64 each), allocated on first use. */
  data = new Float64Array(1 << 16);
  dataLen = 0;
  /** Bigram tables of the atoms seen so far (see listOff), end to end; offsets by atom. */
  pairs = new Int32Array(1 << 16);
  /** The same memory as float32: the weights in the bigram tables. */
  pairW = new Float32Array(this.pairs.buffer);
  pairsLen = 0;
  /**
   * decode.ts, markPair: [first word id, next word id, marks of the two] per slot, 2^13 slots (the
   * hash's top 13 bits), and the same for three words, 2^12 slots; id 0 is never assigned, so a
   * zero slot matches nothing.
   */
  gmemo2 = new Int32Array(4 << 13);
  gmemo3 = new Int32Array(6 << 12);
  /**
   * decode.ts: sums of a token's gazetteer terms (bits g0 on it, capitalized or not, gm1 on the
   * previous token, gp1 on the next) by (g0 * 2 + cap, gm1, gp1), in a direct-mapped cache of 4096
   * slots of GZ_SLOT: [the three keys, NTAGS sums]. A name's tokens have a few bits on them and
   * their neighbours, and the same combinations recur. Key -1 matches nothing. Independent of ids.
   */
  gzc = new Float64Array(4096 * GZ_SLOT).fill(-1);
  private emptyOff = -1;
  private wordOff = new Map<number, number>();
  private shapeOff = new Map<number, number>();

  constructor(
    readonly rows: Rows,
    readonly w: Float32Array,
    readonly P: PairIndex,
  ) {}

  /** Between documents: forget every id when there are too many (or always, with `force`). */
  maybeReset(force = false): void {
    if (this.n < MAX_IDS && !force) return;
    this.gen++;
    this.n = 1;
    this.gmemo2.fill(0);
    this.gmemo3.fill(0);
    this.dataLen = 0;
  }

  /** Entry e's id, assigned (with its role sums and bigram lists) on first use in this generation. */
  idOf(e: WordEntry): number {
    if (e.tgen === this.gen) return e.tid;
    const id = this.n++;
    if ((id + 1) * META_STRIDE > this.meta.length) this.grow();
    e.tgen = this.gen;
    e.tid = id;
    this.role.set(roleScores(this.rows, this.w, e.atoms), id * ROLE_STRIDE);
    const m = id * META_STRIDE;
    this.meta.fill(-1, m, m + META_STRIDE);
    this.meta[m + M_PAIRS_L] = this.wordTable(e.l);
    this.meta[m + M_PAIRS_SH] = this.shapeTable(e.sh);
    return id;
  }

  /** Offset in `pairs` of the bigram tables of word atom l (templates 14, 15), for pairWeights. */
  wordTable(l: number): number {
    return this.listOff(this.wordOff, l, wordPairs(this.P, l));
  }

  /** Same for shape atom sh (templates 16, 17). */
  shapeTable(sh: number): number {
    return this.listOff(this.shapeOff, sh, shapePairs(this.P, sh));
  }

  /** Room for NTAGS more float64 values; returns their offset. */
  alloc(): number {
    if (this.dataLen + NTAGS > this.data.length) {
      const d = new Float64Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    const o = this.dataLen;
    this.dataLen += NTAGS;
    return o;
  }

  private grow(): void {
    const role = new Float32Array(this.role.length * 2);
    role.set(this.role);
    this.role = role;
    const meta = new Int32Array(this.meta.length * 2);
    meta.set(this.meta);
    this.meta = meta;
  }

  /**
   * Offset in `pairs` of atom a's bigram tables, built from its lists (pairs.ts) on first use (the
   * lists never change). Layout: [mask1, mask2, start of table 2], table 1 (the list of the
   * neighbour before), table 2 (after). A table is open addressing on the neighbour's atom with
   * SLOT ints per slot: the atom (EMPTY_KEY: free), then the feature's NTAGS weights as float32
   * (read through `pairW`, the same memory): a hit reads its weights from the slot it found.
   */
  private listOff(map: Map<number, number>, a: number, list: PairList): number {
    const known = map.get(a);
    if (known !== undefined) return known;
    // most atoms have no bigram features: they share one pair of empty tables
    if (list[0] === 0 && list[1] === 0 && this.emptyOff >= 0) return this.emptyOff;
    const n1 = list[0]!;
    const n2 = list[1]!;
    const size = (n: number): number => {
      let m = 1;
      while (m < 2 * n) m <<= 1;
      return m;
    };
    const m1 = size(n1);
    const m2 = size(n2);
    const need = 3 + (m1 + m2) * SLOT;
    if (this.pairsLen + need > this.pairs.length) {
      const p = new Int32Array(Math.max(this.pairs.length * 2, this.pairsLen + need));
      p.set(this.pairs);
      this.pairs = p;
      this.pairW = new Float32Array(p.buffer);
    }
    const o = this.pairsLen;
    this.pairsLen += need;
    const P = this.pairs;
    P[o] = m1 - 1;
    P[o + 1] = m2 - 1;
    P[o + 2] = 3 + m1 * SLOT;
    this.fillTable(o + 3, m1 - 1, list, 2, n1);
    this.fillTable(o + P[o + 2]!, m2 - 1, list, 2 + 2 * n1, n2);
    map.set(a, o);
    if (n1 === 0 && n2 === 0) this.emptyOff = o;
    return o;
  }

  private fillTable(base: number, mask: number, list: PairList, from: number, n: number): void {
    const P = this.pairs;
    for (let s = 0; s <= mask; s++) P[base + s * SLOT] = EMPTY_KEY;
    for (let k = 0; k < n; k++) {
      const p = list[from + k]!;
      const r = list[from + n + k]!;
      let h = slotOf(p, mask);
      while (P[base + h * SLOT] !== EMPTY_KEY) h = (h + 1) & mask;
      P[base + h * SLOT] = p;
      for (let t = 0; t < NTAGS; t++) this.pairW[base + h * SLOT + 1 + t] = this.w[r + t]!;
    }
  }
}

/** Ints per slot of a bigram table: the neighbour's atom, then NTAGS float32 weights. */
const SLOT = 1 + NTAGS;
/** No atom is this (atoms are >= -3). */
const EMPTY_KEY = -0x80000000;

function slotOf(p: number, mask: number): number {
  return (Math.imul(p, -1640531535) >>> 12) & mask;
}

/**
 * Offset in `pairW` of the weights of the bigram of neighbour atom `p` in the table at `o` of
 * `pairs` (kind 0: neighbour before, 1: after), or -1: pairs.ts, pairBefore / pairAfter, with the
 * row's weights copied into the table. p = -1 (an unknown atom) is never stored.
 */
export function pairWeights(pairs: Int32Array, o: number, kind: number, p: number): number {
  const mask = pairs[o + kind]!;
  const base = o + (kind === 0 ? 3 : pairs[o + 2]!);
  for (let h = slotOf(p, mask); ; h = (h + 1) & mask) {
    const k = pairs[base + h * SLOT]!;
    if (k === p) return base + h * SLOT + 1;
    if (k === EMPTY_KEY) return -1;
  }
}
