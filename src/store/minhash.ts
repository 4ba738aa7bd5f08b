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

/** Lowercased code of a non-ASCII letter or digit, or -1; cached per code point. */
const wide = new Map<number, number>();
const WIDE_WORD = /^[\p{L}\p{N}]$/u;
function wideCode(c: number): number {
  let v = wide.get(c);
  if (v === undefined) {
    const ch = String.fromCharCode(c);
    v = WIDE_WORD.test(ch) ? ch.toLowerCase().charCodeAt(0) : -1;
    wide.set(c, v);
  }
  return v;
}

/**
 * Calls `emit` with the hash of every lowercased word 5-shingle of `text`, in one pass over the
 * characters (words = runs of letters and digits); returns the number of shingles.
 */
function forEachShingle(text: string, emit: (h: number) => void): number {
  const ring = new Uint32Array(SHINGLE);
  let words = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) c = wideCode(c);
    const isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
    if (isWord) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    ring[words % SHINGLE] = mix(h);
    words++;
    h = 0x811c9dc5;
    inWord = false;
    if (words < SHINGLE) continue;
    let s = 0x811c9dc5;
    for (let k = words - SHINGLE; k < words; k++) s = Math.imul(s ^ ring[k % SHINGLE]!, 0x01000193);
    emit(mix(s));
  }
  return Math.max(0, words - SHINGLE + 1);
}

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
  const n = forEachShingle(text, (h) => {
    const bin = h >>> BIN_SHIFT;
    const v = h & mask;
    if (v < sig[bin]!) sig[bin] = v;
  });
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
