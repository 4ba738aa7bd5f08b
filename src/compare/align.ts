// src/compare/align.ts — which statements of different articles report the same fact.
//
// Score: weighted cosine over features (stems weigh idf, entities 1.5 x idf, predicate families
// FAMILY_WEIGHT, topic families 1). Two statements align when
//   (a) score >= ALIGN_MIN, or
//   (b) they share a predicate family and an entity, and score >= FAMILY_ALIGN_MIN;
//   (c) an entity named next to the same family word in both ("Russian hackers" / "hacker group
//       with Russian military ties"), and score >= LINK_ALIGN_MIN;
// and no veto applies: numbers of the same kind that disagree beyond rounding, different explicit
// dates, disjoint sets of named people, or different predicate families with no strong overlap.
// Candidates come from an inverted index over features rarer than a cap (blocking), plus
// family+entity keys, so a 200-article story does not compare every pair.
import { TOPIC_FAMILIES } from './lexicon.js';
import { numbersDisagree } from './numbers.js';
import type { Statement } from './statements.js';

export const ALIGN_MIN = 0.5;
export const FAMILY_ALIGN_MIN = 0.2;
export const FAMILY_WEIGHT = 3;
export const STRONG_OVERLAP = 0.65;
/** Floor for statements linked by the same act with the same actor close to it ("Russian hackers"). */
export const LINK_ALIGN_MIN = 0.04;
/** Per statement, only the candidates sharing the most rare features are scored. */
export const MAX_CANDIDATES = 40;
/** Statements that differ only by their numbers must be this alike to report a number conflict. */
export const NUMBER_CONFLICT_MIN = 0.7;

export interface Vector {
  ids: Int32Array; // sorted feature ids
  w: Float64Array;
  norm: number;
  /** Sum of weights: how much the statement says (for ranking). */
  mass: number;
}

export interface Pair {
  a: number;
  b: number;
  score: number;
}

function featuresOf(s: Statement): string[] {
  const f: string[] = [];
  for (const x of s.stems) f.push('s:' + x);
  for (const x of s.ents) f.push('e:' + x);
  for (const x of s.fams.keys()) f.push('f:' + x);
  return f;
}

/** Feature vectors for all statements (idf over the statements of this comparison). */
export function vectorize(stmts: Statement[]): Vector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const feats = stmts.map((s) => {
    const list = featuresOf(s).map((f) => {
      let id = ids.get(f);
      if (id === undefined) {
        id = ids.size;
        ids.set(f, id);
        df.push(0);
      }
      df[id]!++;
      return [f, id] as const;
    });
    return list;
  });
  const n = stmts.length;
  return feats.map((list) => {
    list = [...list].sort((x, y) => x[1] - y[1]);
    const idsArr = new Int32Array(list.length);
    const w = new Float64Array(list.length);
    let norm = 0;
    let mass = 0;
    list.forEach(([f, id], k) => {
      const idf = Math.log(1 + n / df[id]!);
      const weight = f.startsWith('f:') ? (TOPIC_FAMILIES.has(f.slice(2)) ? 1 : FAMILY_WEIGHT) : f.startsWith('e:') ? 1.5 * idf : idf;
      idsArr[k] = id;
      w[k] = weight;
      norm += weight * weight;
      mass += weight;
    });
    return { ids: idsArr, w, norm: Math.sqrt(norm), mass };
  });
}

/** Weighted cosine of two sorted vectors. */
export function cosine(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      dot += a.w[i]! * b.w[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

const shares = <T>(a: Iterable<T>, b: T[]) => {
  for (const x of a) if (b.includes(x)) return true;
  return false;
};

/** Non-topic families both statements use. */
export function sharedFamilies(a: Statement, b: Statement): string[] {
  const out: string[] = [];
  for (const f of a.fams.keys()) if (!TOPIC_FAMILIES.has(f) && b.fams.has(f)) out.push(f);
  return out;
}

/** Why two statements cannot be the same fact, or null. */
export function veto(a: Statement, b: Statement, score: number): string | null {
  if (numbersDisagree(a.numbers, b.numbers)) return 'numbers';
  if (a.dates.length && b.dates.length && !shares(a.dates, b.dates)) return 'dates';
  if (a.persons.length && b.persons.length && !shares(a.persons, b.persons)) return 'people';
  const fa = [...a.fams.keys()].filter((f) => !TOPIC_FAMILIES.has(f));
  const fb = [...b.fams.keys()].filter((f) => !TOPIC_FAMILIES.has(f));
  if (fa.length && fb.length && !shares(fa, fb) && score < STRONG_OVERLAP) return 'predicates';
  return null;
}

/**
 * Alignment decision for one pair: `aligned` with its score, `numbers` when the statements
 * would align but their numbers disagree (a number conflict), or null.
 */
export function judgePair(a: Statement, b: Statement, va: Vector, vb: Vector): { kind: 'aligned' | 'numbers'; score: number } | null {
  if (a.art === b.art) return null;
  const score = cosine(va, vb);
  if (score < LINK_ALIGN_MIN) return null;
  const close =
    score >= ALIGN_MIN ||
    (score >= FAMILY_ALIGN_MIN && sharedFamilies(a, b).length > 0 && shares(a.ents, b.ents)) ||
    shares(a.links, b.links);
  if (!close) return null;
  const why = veto(a, b, score);
  if (why === null) return { kind: 'aligned', score };
  if (why === 'numbers' && score >= NUMBER_CONFLICT_MIN && shares(a.ents, b.ents)) return { kind: 'numbers', score };
  return null;
}

/** The score if the two statements align, else null. */
export function alignScore(a: Statement, b: Statement, va: Vector, vb: Vector): number | null {
  const j = judgePair(a, b, va, vb);
  return j?.kind === 'aligned' ? j.score : null;
}

/** All aligned pairs (and number-conflict pairs), via blocking on rare features and family+entity keys. */
export function alignPairs(stmts: Statement[], vecs: Vector[]): { pairs: Pair[]; numberPairs: Pair[] } {
  const n = stmts.length;
  const cap = Math.max(40, Math.ceil(4 * Math.sqrt(n)));
  const postings = new Map<string | number, number[]>();
  const keysOf = (i: number): (string | number)[] => {
    const s = stmts[i]!;
    const keys: (string | number)[] = [...vecs[i]!.ids];
    for (const f of s.fams.keys()) if (!TOPIC_FAMILIES.has(f)) for (const e of s.ents) keys.push(`${f}|${e}`);
    for (const l of s.links) keys.push('link:' + l);
    return keys;
  };
  const allKeys = stmts.map((_, i) => keysOf(i));
  allKeys.forEach((keys, i) => {
    for (const k of keys) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      p.push(i);
    }
  });
  // Accumulate rare-feature weight per candidate, then judge only the best MAX_CANDIDATES.
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const pairs: Pair[] = [];
  const numberPairs: Pair[] = [];
  for (let i = 0; i < n; i++) {
    touched.length = 0;
    for (const k of allKeys[i]!) {
      const p = postings.get(k)!;
      if (p.length > cap) continue;
      for (const j of p) {
        if (j <= i || stmts[j]!.art === stmts[i]!.art) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j]! += 1 / p.length;
      }
    }
    if (touched.length > MAX_CANDIDATES) touched.sort((x, y) => acc[y]! - acc[x]! || x - y);
    for (let t = 0; t < touched.length; t++) {
      const j = touched[t]!;
      acc[j] = 0;
      if (t >= MAX_CANDIDATES) continue;
      const r = judgePair(stmts[i]!, stmts[j]!, vecs[i]!, vecs[j]!);
      if (r) (r.kind === 'aligned' ? pairs : numberPairs).push({ a: i, b: j, score: r.score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return { pairs, numberPairs };
}

/**
 * Group aligned pairs into clusters, best pairs first. A cluster holds at most one statement per
 * article, which stops chains (A~B, B~C) from gluing different facts of one article together.
 */
export function cluster(stmts: Statement[], pairs: Pair[]): number[][] {
  const parent = stmts.map((_, i) => i);
  const arts = stmts.map((s) => new Set([s.art]));
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const A = arts[ra]!;
    const B = arts[rb]!;
    if ([...B].some((x) => A.has(x))) continue;
    const [big, small] = A.size >= B.size ? [ra, rb] : [rb, ra];
    parent[small] = big;
    for (const x of arts[small]!) arts[big]!.add(x);
  }
  const groups = new Map<number, number[]>();
  stmts.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()];
}
