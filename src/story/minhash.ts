// src/story/minhash.ts — MinHash over word 4-shingles, cut into LSH bands.
// Two texts share a band key with probability J^ROWS (J = shingle Jaccard). With 8 bands of 4
// rows, copies (J >= 0.8) share 3+ bands in most cases; unrelated texts essentially never do.
import { hash32 } from './text.js';

export const BANDS = 8;
export const ROWS = 4;
const SHINGLE = 4;
const PERM = BANDS * ROWS;

// Fixed odd multipliers and offsets: one cheap universal hash per row from one shingle hash.
// Typed arrays: as plain arrays, values above 2^31 would be boxed doubles in the inner loop
// (Math.imul and `>>> 0` reduce mod 2^32, so the signed Int32 view gives the same results).
const MUL = new Int32Array(PERM);
const ADD = new Int32Array(PERM);
for (let i = 0; i < PERM; i++) {
  MUL[i] = hash32('mul' + i) | 1;
  ADD[i] = hash32('add' + i);
}

/** Band keys for a token stream ([] when it has fewer than 2 shingles). Each key folds in its band index. */
export function bandKeys(tokens: string[]): number[] {
  const n = tokens.length - SHINGLE + 1;
  if (n < 2) return [];
  // Row minimums of the signed 32-bit row hashes (an Int32Array keeps the loop on small integers).
  const mins = new Int32Array(PERM).fill(0x7fffffff);
  const th = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) th[i] = hash32(tokens[i]!);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ th[i + k]!, 0x5bd1e995) ^ (h >>> 15);
    for (let p = 0; p < PERM; p++) {
      let v = (Math.imul(h, MUL[p]!) + ADD[p]!) | 0;
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
