// test/helpers/random.ts — reproducible random strings for checking a fast implementation against
// its reference (a linear congruential generator: the same seed gives the same strings everywhere).

/** `count` strings of `minParts`..`maxParts` pieces drawn from `parts`, from `seed`. */
export function randomTexts(parts: readonly string[], count: number, maxParts: number, seed: number, minParts = 0): string[] {
  let s = seed;
  const rnd = (n: number): number => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    const len = minParts + rnd(maxParts - minParts + 1);
    for (let i = 0; i < len; i++) t += parts[rnd(parts.length)]!;
    out.push(t);
  }
  return out;
}
