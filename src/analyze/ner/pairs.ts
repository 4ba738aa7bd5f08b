// src/analyze/ner/pairs.ts — the model's word-bigram and shape-bigram features (templates 14-17:
// previous/next word with this word, previous/next shape with this shape), indexed by the atom of
// the token being tagged. Instead of hashing (template, neighbour, this) into the 2 MB key table
// for every scored token (4 probes, mostly cache misses; ~80% of the word-bigram probes find
// nothing), the tagger finds the neighbour's atom in a small per-atom list (here sorted, for binary
// search; slab.ts turns each list into a small hash table holding the weights, for tagDoc).
// Exact: each list holds precisely the stored keys of that template with that atom, with the same
// row, so a lookup finds the row KeyTable.get would find, or nothing where it finds nothing.
import { NTAGS } from './features.js';
import type { KeyTable } from './keytable.js';

const NT = 64;
const V = 2 ** 22;

/**
 * The two lists of one anchor atom: [n1, n2, partners1 (n1, ascending), rows1 (n1), partners2
 * (n2, ascending), rows2 (n2)]. For a word atom list 1 is template 14 (partner = previous word)
 * and list 2 template 15 (partner = next word); for a shape atom 16 and 17 likewise. Rows are
 * weight offsets (row * NTAGS).
 */
export type PairList = Int32Array;

export const EMPTY: PairList = new Int32Array(2);

/** Word atom -> lists of templates 14/15; shape atom -> lists of 16/17. */
export interface PairIndex {
  word: Map<number, PairList>;
  shape: Map<number, PairList>;
}

/** Build the index from every key of the model (features.ts, key/putKey: raw atom = stored - 4). */
export function buildPairIndex(rows: KeyTable): PairIndex {
  // anchor -> [list of template 14|16, list of template 15|17], as [partner, row offset] pairs
  const word = new Map<number, [number, number][][]>();
  const shape = new Map<number, [number, number][][]>();
  rows.forEach((k, row) => {
    const t = k % NT;
    if (t < 14 || t > 17) return;
    const rest = Math.floor(k / NT);
    const bStored = Math.floor(rest / V);
    if (bStored === 0) return; // no second atom: not a bigram key
    const a = (rest % V) - 4;
    const b = bStored - 4;
    // 14, 16: (neighbour before, this); 15, 17: (this, neighbour after)
    const before = t === 14 || t === 16;
    const [anchor, partner] = before ? [b, a] : [a, b];
    const g = t <= 15 ? word : shape;
    let lists = g.get(anchor);
    if (!lists) g.set(anchor, (lists = [[], []]));
    lists[before ? 0 : 1]!.push([partner, row * NTAGS]);
  });
  const pack = (g: Map<number, [number, number][][]>): Map<number, PairList> => {
    const out = new Map<number, PairList>();
    for (const [anchor, [x, y]] of g) {
      x!.sort((p, q) => p[0] - q[0]);
      y!.sort((p, q) => p[0] - q[0]);
      const arr = new Int32Array(2 + 2 * (x!.length + y!.length));
      arr[0] = x!.length;
      arr[1] = y!.length;
      let o = 2;
      for (const list of [x!, y!]) {
        list.forEach(([p, r], i) => ((arr[o + i] = p), (arr[o + list.length + i] = r)));
        o += 2 * list.length;
      }
      out.set(anchor, arr);
    }
    return out;
  };
  return { word: pack(word), shape: pack(shape) };
}

/** The lists of word atom `l` or shape atom `sh` (-1 = unknown atom: no features). */
export function wordPairs(index: PairIndex, l: number): PairList {
  return l === -1 ? EMPTY : index.word.get(l) ?? EMPTY;
}
export function shapePairs(index: PairIndex, sh: number): PairList {
  return sh === -1 ? EMPTY : index.shape.get(sh) ?? EMPTY;
}

/** Row offset stored for neighbour atom `p` in the first list of `list`, or -1 (also for p = -1). */
export function pairBefore(list: PairList, p: number): number {
  return search(list, 2, list[0]!, p);
}

/** Same for the second list. */
export function pairAfter(list: PairList, p: number): number {
  const n1 = list[0]!;
  return search(list, 2 + 2 * n1, list[1]!, p);
}

function search(list: PairList, base: number, n: number, p: number): number {
  if (n === 0 || p === -1) return -1;
  let lo = base;
  let hi = base + n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === p) return list[mid + n]!;
    if (v < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
