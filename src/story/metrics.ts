// src/story/metrics.ts — clustering quality against gold labels: B-cubed and pairwise P/R/F1.
// Linear in the number of items (pair counts come from contingency counts, not from pairs).

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** `predicted[i]` and `gold[i]` label item i. */
export function bcubed(predicted: ArrayLike<string | number>, gold: ArrayLike<string | number>): Prf {
  const n = predicted.length;
  const joint = new Map<string, number>();
  const ps = new Map<string | number, number>();
  const gs = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const k = `${predicted[i]}\u0000${gold[i]}`;
    joint.set(k, (joint.get(k) ?? 0) + 1);
    ps.set(predicted[i]!, (ps.get(predicted[i]!) ?? 0) + 1);
    gs.set(gold[i]!, (gs.get(gold[i]!) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const c = joint.get(`${predicted[i]}\u0000${gold[i]}`)!;
    p += c / ps.get(predicted[i]!)!;
    r += c / gs.get(gold[i]!)!;
  }
  return n ? { p: p / n, r: r / n, f1: f1(p / n, r / n) } : { p: 1, r: 1, f1: 1 };
}

export function pairwise(predicted: ArrayLike<string | number>, gold: ArrayLike<string | number>): Prf {
  const count = (m: Map<string | number, number>, k: string | number) => m.set(k, (m.get(k) ?? 0) + 1);
  const joint = new Map<string | number, number>();
  const ps = new Map<string | number, number>();
  const gs = new Map<string | number, number>();
  for (let i = 0; i < predicted.length; i++) {
    count(joint, `${predicted[i]}\u0000${gold[i]}`);
    count(ps, predicted[i]!);
    count(gs, gold[i]!);
  }
  const pairs = (m: Map<string | number, number>) => {
    let s = 0;
    for (const c of m.values()) s += (c * (c - 1)) / 2;
    return s;
  };
  const tp = pairs(joint);
  const pp = pairs(ps);
  const gp = pairs(gs);
  const p = pp ? tp / pp : 1;
  const r = gp ? tp / gp : 1;
  return { p, r, f1: f1(p, r) };
}
