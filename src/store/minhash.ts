// src/store/minhash.ts — near-duplicate signatures: MinHash over word 5-shingles, with LSH banding.
// Pure functions, no I/O. A wire story republished with small edits keeps most 5-shingles, so its
// estimated Jaccard similarity stays high; a different article on the same event shares few.
// NUM_HASHES = BANDS * ROWS. With 16 bands of 4 rows, a pair becomes a candidate with probability
// 1 - (1 - J^4)^16: ~0.99 at J = 0.6, ~0.10 at J = 0.2; candidates are then confirmed by the full
// signature estimate (>= NEAR_DUP_THRESHOLD).

export const SHINGLE = 5;
export const BANDS = 16;
export const ROWS = 4;
export const NUM_HASHES = BANDS * ROWS;
/** Estimated Jaccard similarity of 5-shingle sets at or above which two articles are near-duplicates. */
export const NEAR_DUP_THRESHOLD = 0.7;
/** Texts with fewer shingles than this get no signature (too short to judge; headlines, stubs). */
export const MIN_SHINGLES = 8;

const BIN_SHIFT = 32 - Math.log2(NUM_HASHES);
const EMPTY = 0xffffffff;

/** A 32-bit mixer (murmur3 finalizer). */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * What the shingler hashes for each UTF-16 code unit: the lower-cased code of an ASCII letter or digit,
 * the lower-cased code (first unit of toLowerCase) of a non-ASCII \p{L}/\p{N} character, or NOT_WORD
 * for everything else (punctuation, spaces, surrogate halves: astral characters are not word characters
 * here, as a lone half never matches \p{L}). 0 = not computed yet; filled lazily per code unit, so one
 * array read replaces the per-character branches and the Map of an earlier version (same values).
 */
const NOT_WORD = 0xffff; // U+FFFF is a noncharacter: never a word character, so never a real value
const UNIT_CODE = new Uint16Array(65536);
const WIDE_WORD = /^[\p{L}\p{N}]$/u;
function unitCode(c: number): number {
  let v: number;
  if (c < 128) {
    const l = c >= 65 && c <= 90 ? c + 32 : c;
    v = (l >= 97 && l <= 122) || (l >= 48 && l <= 57) ? l : NOT_WORD;
  } else {
    const ch = String.fromCharCode(c);
    v = WIDE_WORD.test(ch) ? ch.toLowerCase().charCodeAt(0) : NOT_WORD;
    // As before: a lowered code below 128 counts only if it is an ASCII letter or digit (Kelvin sign -> k).
    if (v < 128 && !((v >= 97 && v <= 122) || (v >= 48 && v <= 57))) v = NOT_WORD;
  }
  UNIT_CODE[c] = v;
  return v;
}
for (let c = 0; c < 128; c++) unitCode(c);

/**
 * The MinHash signature of `text`, or null when it has too few shingles to judge.
 * One-permutation hashing (Li, Owen & Zhang 2012): each shingle hash goes to one of NUM_HASHES bins
 * by its top bits and each bin keeps its minimum, so the cost is one pass over the text instead
 * of NUM_HASHES passes (and repeated shingles need no dedup). Empty bins (short texts) are filled by
 * rotation from the next non-empty bin (Shrivastava & Li 2014), mixed with the bin index, so equal
 * sets still give equal signatures. Changing any hash here makes stored signatures incomparable:
 * that needs a migration that recomputes them.
 */
export function minhash(text: string): Uint32Array | null {
  const sig = new Uint32Array(NUM_HASHES).fill(EMPTY);
  const mask = 2 ** BIN_SHIFT - 1;
  // One pass over the code units: words are runs of word units (see UNIT_CODE), each hashed with FNV-1a
  // over its lower-cased codes and mixed; a shingle hash is FNV-1a over the last SHINGLE word hashes,
  // oldest first (w0 oldest .. w4 newest), mixed; each shingle hash goes to its bin's minimum.
  let w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0;
  let words = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    let v = 0;
    for (; i < len; i++) { // skip to the next word unit
      const c = text.charCodeAt(i);
      v = UNIT_CODE[c]!;
      if (v === 0) v = unitCode(c);
      if (v !== NOT_WORD) break;
    }
    if (i >= len) break;
    let h = Math.imul(0x811c9dc5 ^ v, 0x01000193);
    for (i++; i < len; i++) { // the rest of the word
      const c = text.charCodeAt(i);
      v = UNIT_CODE[c]!;
      if (v === 0) v = unitCode(c);
      if (v === NOT_WORD) break;
      h = Math.imul(h ^ v, 0x01000193);
    }
    w0 = w1; w1 = w2; w2 = w3; w3 = w4; w4 = mix(h);
    if (++words < SHINGLE) continue;
    let s = Math.imul(0x811c9dc5 ^ w0, 0x01000193);
    s = Math.imul(s ^ w1, 0x01000193);
    s = Math.imul(s ^ w2, 0x01000193);
    s = Math.imul(s ^ w3, 0x01000193);
    s = mix(Math.imul(s ^ w4, 0x01000193));
    const bin = s >>> BIN_SHIFT;
    const m = s & mask;
    if (m < sig[bin]!) sig[bin] = m;
  }
  const n = Math.max(0, words - SHINGLE + 1);
  if (n < MIN_SHINGLES) return null;
  for (let i = 0; i < NUM_HASHES; i++) {
    if (sig[i] !== EMPTY) continue;
    let j = (i + 1) % NUM_HASHES;
    while (sig[j] === EMPTY || j === i) j = (j + 1) % NUM_HASHES; // some bin is set: n >= MIN_SHINGLES > 0
    // Filled bins hold values < 2^BIN_SHIFT; the high bit keeps borrowed values apart from real minima.
    sig[i] = (mix(sig[j]! ^ Math.imul(i + 1, 0x9e3779b9)) | 0x80000000) >>> 0;
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** LSH keys, one per band: band index * 2^32 + a hash of the band's rows (a safe integer). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

export function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBlob(b: Uint8Array): Uint32Array {
  const copy = new Uint8Array(b); // aligned copy
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
}
