// src/analyze/ner/decode-memo.ts — small caches of tagDoc (decode.ts) for work that recurs across
// tokens: gazetteer marks per pair or triple of words, the sum of a token's gazetteer terms per
// combination of mark bits, the sentence-edge terms per combination of missing neighbours, and
// the BIO constraint as bit masks. Each holds exactly what the uncached code computes (see the
// exactness note in decode.ts: sums of float32 weights in float64 do not depend on grouping).
import { allowed, NTAGS, type WordEntry } from './features.js';
import { NPREV, type FastTables } from './fast.js';
import { markEntry, type Gazetteer } from './gazetteer.js';
import type { WordSlab } from './slab.js';

const SUM = new Float64Array(NTAGS);

function addVec(s: Float64Array, v: Float64Array, o: number): void {
  for (let t = 0; t < NTAGS; t++) s[t]! += v[o + t]!;
}

/** Per previous tag, bit t set when tag t may follow it (features.ts, allowed). */
export const ALLOWED = Int32Array.from({ length: NPREV }, (_, p) => {
  let m = 0;
  for (let t = 0; t < NTAGS; t++) if (allowed(p, t)) m |= 1 << t;
  return m;
});

const edgeSums = new WeakMap<FastTables, Float64Array>();

/**
 * The sums of the sentence-edge vectors for each combination of missing neighbours (bit 0: no
 * previous token, 1: none two before, 2: no next token, 3: none two after), NTAGS each.
 */
export function edgesOf(T: FastTables): Float64Array {
  let E = edgeSums.get(T);
  if (!E) {
    E = new Float64Array(16 * NTAGS);
    for (let c = 0; c < 16; c++) {
      for (let t = 0; t < NTAGS; t++) {
        E[c * NTAGS + t] = (c & 1 ? T.before1[t]! : 0) + (c & 4 ? T.after1[t]! : 0) + (c & 2 ? T.before2[t]! : 0) + (c & 8 ? T.after2[t]! : 0);
      }
    }
    edgeSums.set(T, E);
  }
  return E;
}

/**
 * Fill slot `o` of S.gzc (slab.ts) with the sum of a token's gazetteer terms: the set bits only,
 * lowest first (the order of the loop over all INSIDE_BITS bits in fast.ts, staticScores).
 */
export function gazSum(T: FastTables, GZC: Float64Array, k0: number, gm1: number, gp1: number, o: number): void {
  const cap = k0 & 1;
  const g0 = k0 >> 1;
  const scores = SUM.fill(0);
  for (let left = g0 | gm1 | gp1; left !== 0; ) {
    const m = left & -left;
    left ^= m;
    const bit = 31 - Math.clz32(m);
    if (g0 & m) addVec(scores, T.gazHere, (bit * 2 + cap) * NTAGS);
    if (gm1 & m) addVec(scores, T.gazPrev, bit * NTAGS);
    if (gp1 & m) addVec(scores, T.gazNext, bit * NTAGS);
  }
  (GZC[o] = k0), (GZC[o + 1] = gm1), (GZC[o + 2] = gp1);
  for (let t = 0; t < NTAGS; t++) GZC[o + 3 + t] = scores[t]!;
}

/**
 * markEntry (gazetteer.ts) at position i, remembered per pair or triple of word ids in two
 * direct-mapped tables (WordSlab.gmemo2, gmemo3): the entry's own memo holds only the last next
 * word, and words like "the" or "New" meet many; "New York" needs the third word ("New York
 * City"), so it is never in that memo. Exact: a memo is stored only when markEntry says its marks
 * depend on those two or three words alone.
 */
export function markPair(S: WordSlab, gaz: Gazetteer, ents: readonly WordEntry[], i: number, b: number, ID: Int32Array, GAZ: Int32Array): void {
  const nx = ents[i + 1]!;
  const id = ID[i]!;
  const idn = nx.tgen === S.gen ? nx.tid : S.idOf(nx);
  const G2 = S.gmemo2;
  const h2 = ((Math.imul(id, -1640531535) ^ Math.imul(idn, 0x85ebca6b)) >>> 19) * 4;
  if (G2[h2] === id && G2[h2 + 1] === idn) {
    (GAZ[i] = GAZ[i]! | G2[h2 + 2]!), (GAZ[i + 1] = GAZ[i + 1]! | G2[h2 + 3]!);
    return;
  }
  const has3 = i + 2 < b;
  let idn2 = 0;
  let h3 = 0;
  const G3 = S.gmemo3;
  if (has3) {
    const nx2 = ents[i + 2]!;
    idn2 = nx2.tgen === S.gen ? nx2.tid : S.idOf(nx2);
    h3 = ((Math.imul(id, -1640531535) ^ Math.imul(idn, 0x85ebca6b) ^ Math.imul(idn2, 0xc2b2ae35)) >>> 20) * 6;
    if (G3[h3] === id && G3[h3 + 1] === idn && G3[h3 + 2] === idn2) {
      (GAZ[i] = GAZ[i]! | G3[h3 + 3]!), (GAZ[i + 1] = GAZ[i + 1]! | G3[h3 + 4]!), (GAZ[i + 2] = GAZ[i + 2]! | G3[h3 + 5]!);
      return;
    }
  }
  // markEntry's own marks, apart from what earlier positions set
  const s0 = GAZ[i]!;
  const s1 = GAZ[i + 1]!;
  const s2 = has3 ? GAZ[i + 2]! : 0;
  (GAZ[i] = 0), (GAZ[i + 1] = 0);
  if (has3) GAZ[i + 2] = 0;
  const dep = markEntry(gaz, ents, i, b, GAZ);
  const d0 = GAZ[i]!;
  const d1 = GAZ[i + 1]!;
  (GAZ[i] = s0 | d0), (GAZ[i + 1] = s1 | d1);
  if (dep === 2) {
    (G2[h2] = id), (G2[h2 + 1] = idn), (G2[h2 + 2] = d0), (G2[h2 + 3] = d1);
    if (has3) GAZ[i + 2] = s2 | GAZ[i + 2]!; // 0 from markEntry: it marked two words at most
  } else if (has3) {
    const d2 = GAZ[i + 2]!;
    GAZ[i + 2] = s2 | d2;
    if (dep === 3) (G3[h3] = id), (G3[h3 + 1] = idn), (G3[h3 + 2] = idn2), (G3[h3 + 3] = d0), (G3[h3 + 4] = d1), (G3[h3 + 5] = d2);
  }
}

