// src/story/linkage.ts — batch TF-IDF unit vectors over story features and average-linkage
// agglomeration (used by refine.ts). Pure; average linkage is O(m^2) memory and O(m^3) time for m
// items, so callers keep m small (one story or one thread, capped).
import type { StoryFeatures } from './features.js';

/** Sparse unit vector: sorted term hashes and values. */
export interface Vec {
  t: number[];
  v: number[];
}

export function dot(a: Vec, b: Vec): number {
  let s = 0;
  let i = 0;
  let j = 0;
  while (i < a.t.length && j < b.t.length) {
    const x = a.t[i]!;
    const y = b.t[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else s += a.v[i++]! * b.v[j++]!;
  }
  return s;
}

/** Batch TF-IDF unit vectors (the features' weights x idf over the batch). */
export function vectors(feats: StoryFeatures[], idfPrior: number): Vec[] {
  const df = new Map<number, number>();
  for (const f of feats) for (const t of f.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = feats.length;
  return feats.map((f) => {
    const v = f.weights.map((w, i) => w * Math.log((n + idfPrior) / ((df.get(f.terms[i]!) ?? 0) + 0.5)));
    let nn = 0;
    for (const x of v) nn += x * x;
    const norm = Math.sqrt(nn) || 1;
    return { t: f.terms, v: v.map((x) => x / norm) };
  });
}

/** Average-linkage agglomeration of `items`, stopping under `threshold`; clusters in first-member order. */
export function averageLinkage(items: number[], sim: (a: number, b: number) => number, threshold: number): number[][] {
  const m = items.length;
  const clusters: (number[] | null)[] = items.map((x) => [x]);
  // Sum of pairwise similarities between clusters (symmetric); linkage = sum / (|A| |B|).
  const sums: Float64Array[] = [];
  for (let i = 0; i < m; i++) sums.push(new Float64Array(m));
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) {
      const s = sim(items[i]!, items[j]!);
      sums[i]![j] = s;
      sums[j]![i] = s;
    }
  for (;;) {
    let bi = -1;
    let bj = -1;
    let best = threshold;
    for (let i = 0; i < m; i++) {
      const ci = clusters[i];
      if (!ci) continue;
      for (let j = i + 1; j < m; j++) {
        const cj = clusters[j];
        if (!cj) continue;
        const l = sums[i]![j]! / (ci.length * cj.length);
        if (l >= best && (bi < 0 || l > best)) [bi, bj, best] = [i, j, l];
      }
    }
    if (bi < 0) break;
    const a = clusters[bi]!;
    const b = clusters[bj]!;
    a.push(...b);
    clusters[bj] = null;
    for (let k = 0; k < m; k++) {
      if (k === bi || !clusters[k]) continue;
      const s = sums[bi]![k]! + sums[bj]![k]!;
      sums[bi]![k] = s;
      sums[k]![bi] = s;
    }
  }
  return clusters.filter((c): c is number[] => c !== null).map((c) => c.sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

