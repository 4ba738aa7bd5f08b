// src/analyze/ner/keytable.ts — a read-only open-addressing hash table from feature keys
// (integers below 2^53, stored as doubles) to row numbers. Key and row sit side by side in one
// Float64Array, so a hit costs one cache line; no allocation per lookup. Several times faster
// than a Map with non-small-integer keys, and tagging is bound by these lookups.

export class KeyTable {
  /** [key, row] pairs; key -1 = empty slot. */
  private slots: Float64Array;
  private mask: number;

  constructor(keys: ArrayLike<number>) {
    let size = 1;
    while (size < keys.length * 1.5) size <<= 1;
    this.mask = size - 1;
    this.slots = new Float64Array(size * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      let h = hash(k) & this.mask;
      while (this.slots[2 * h] !== -1 && this.slots[2 * h] !== k) h = (h + 1) & this.mask;
      this.slots[2 * h] = k;
      this.slots[2 * h + 1] = i;
    }
  }

  /** Call fn(key, row) for every stored key (in slot order). */
  forEach(fn: (key: number, row: number) => void): void {
    const sl = this.slots;
    for (let h = 0; h < sl.length; h += 2) if (sl[h] !== -1) fn(sl[h]!, sl[h + 1]!);
  }

  /** Row of key k, or -1. */
  get(k: number): number {
    let h = hash(k) & this.mask;
    for (;;) {
      const x = this.slots[2 * h]!;
      if (x === k) return this.slots[2 * h + 1]!;
      if (x === -1) return -1;
      h = (h + 1) & this.mask;
    }
  }
}

function hash(k: number): number {
  const lo = k >>> 0;
  const hi = (k / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
