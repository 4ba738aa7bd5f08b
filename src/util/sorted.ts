// src/util/sorted.ts — sorted arrays of numbers used as small sets: binary-search membership and
// insertion that keeps the order and skips duplicates.

/** The index of the first element of the ascending array a that is >= x (a.length if none). */
export function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Insert x into the ascending array a unless present. */
export function insertSorted(a: number[], x: number): void {
  const lo = lowerBound(a, x);
  if (a[lo] !== x) a.splice(lo, 0, x);
}

/** Whether the ascending array a holds x. */
export function sortedHas(a: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = a[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
