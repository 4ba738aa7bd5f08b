// src/story/minhash.ts — MinHash over word 4-shingles, cut into LSH bands.
// Two texts share a band key with probability J^ROWS (J = shingle Jaccard). With 8 bands of 4
// rows, copies (J >= 0.8) share 3+ bands in most cases; unrelated texts essentially never do.
import { hash32 } from './text.js';

export const BANDS = 8;
export const ROWS = 4;
const SHINGLE = 4;
const PERM = BANDS * ROWS;

// Fixed odd multipliers and offsets: one cheap universal hash per row from one shingle hash.
const MUL: number[] = [];
const ADD: number[] = [];
for (let i = 0; i < PERM; i++) {
  MUL.push((hash32('mul' + i) | 1) >>> 0);
  ADD.push(hash32('add' + i));
}

/** Band keys for a token stream ([] when it has fewer than 2 shingles). Each key folds in its band index. */
export function bandKeys(tokens: string[]): number[] {
  const n = tokens.length - SHINGLE + 1;
  if (n < 2) return [];
  const mins = new Array<number>(PERM).fill(0xffffffff);
  const th = tokens.map((t) => hash32(t));
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ th[i + k]!, 0x5bd1e995) ^ (h >>> 15);
    for (let p = 0; p < PERM; p++) {
      let v = (Math.imul(h, MUL[p]!) + ADD[p]!) >>> 0;
      v ^= v >>> 16;
      if (v < mins[p]!) mins[p] = v;
    }
  }
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = Math.imul(b + 1, 0x27d4eb2d) >>> 0;
    for (let r = 0; r < ROWS; r++) h = (Math.imul(h ^ mins[b * ROWS + r]!, 0x01000193) + r) >>> 0;
    keys.push(h >>> 0);
  }
  return keys;
}
