// src/compare/vectors.ts — statements as sparse weighted feature vectors (stems weigh idf,
// entities 1.5 x idf, predicate families FAMILY_WEIGHT, topic families 1) and their cosines: over
// all features, and over content features only (stems and names). Sorted typed arrays; pure.
import { TOPIC_FAMILIES } from './lexicon.js';
import type { Statement } from './statements.js';

export const FAMILY_WEIGHT = 3;

export interface Vector {
  ids: Int32Array; // sorted feature ids
  w: Float64Array;
  norm: number;
  /** 1 where the feature is a predicate family (not content words or entities). */
  fam: Uint8Array;
  /** Norm over content features only (stems and entities). */
  contentNorm: number;
  /** Sum of weights: how much the statement says (for ranking). */
  mass: number;
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
    const fam = new Uint8Array(list.length);
    let norm = 0;
    let contentNorm = 0;
    let mass = 0;
    list.forEach(([f, id], k) => {
      const idf = Math.log(1 + n / df[id]!);
      const isFam = f.startsWith('f:');
      const weight = isFam ? (TOPIC_FAMILIES.has(f.slice(2)) ? 1 : FAMILY_WEIGHT) : f.startsWith('e:') ? 1.5 * idf : idf;
      idsArr[k] = id;
      w[k] = weight;
      fam[k] = isFam ? 1 : 0;
      norm += weight * weight;
      if (!isFam) contentNorm += weight * weight;
      mass += weight;
    });
    return { ids: idsArr, w, norm: Math.sqrt(norm), mass, fam, contentNorm: Math.sqrt(contentNorm) };
  });
}

/** Weighted cosine of two sorted vectors. */
export function cosine(a: Vector, b: Vector): number {
  return cosines(a, b)[0];
}

const both: [number, number] = [0, 0];

/**
 * [cosine over all features, cosine over content features only (stems, entities)]. The content
 * cosine decides path (a): a shared predicate family alone must not make two statements "alike".
 * Returns a shared tuple: read it before the next call.
 */
export function cosines(a: Vector, b: Vector): [number, number] {
  both[0] = 0;
  both[1] = 0;
  if (!a.norm || !b.norm) return both;
  let i = 0;
  let j = 0;
  let dot = 0;
  let content = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      const d = a.w[i]! * b.w[j]!;
      dot += d;
      if (!a.fam[i]) content += d;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  both[0] = dot / (a.norm * b.norm);
  both[1] = a.contentNorm && b.contentNorm ? content / (a.contentNorm * b.contentNorm) : 0;
  return both;
}
