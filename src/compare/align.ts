// src/compare/align.ts — which statements of different articles report the same fact.
//
// Score: weighted cosine over features (stems weigh idf, entities 1.5 x idf, predicate families
// FAMILY_WEIGHT, topic families 1). Two statements align when
//   (a) the cosine over content features (stems, entities; families left out) >= ALIGN_MIN, or
//   (b) the same predicate family word has the same entity next to it in both (the act and its
//       actor or target: "Russian hackers" / "hacker group with Russian military ties",
//       "Russia shows favoritism" / "the Kremlin voiced support"), and score >= LINK_ALIGN_MIN;
// and no veto applies: numbers of the same kind that disagree beyond rounding, different explicit
// dates, different event stages ("first round" / none), disjoint sets of named people, different
// predicate families with no strong overlap, or a shared predicate that one side only embeds
// under a denial of something else. Sharing an entity and a family word anywhere is not enough.
// Candidates come from an inverted index over features rarer than a cap (blocking), plus
// family+entity keys, so a 200-article story does not compare every pair.
import { TOPIC_FAMILIES } from './lexicon.js';
import { numbersDisagree } from './numbers.js';
import type { Statement } from './statements.js';
import { cosines, type Vector } from './vectors.js';

export { cosine, cosines, FAMILY_WEIGHT, vectorize, type Vector } from './vectors.js';

export const ALIGN_MIN = 0.5;
export const STRONG_OVERLAP = 0.65;
/** Floor for statements linked by the same act with the same actor close to it ("Russian hackers"). */
export const LINK_ALIGN_MIN = 0.04;
/** Per statement, only the candidates sharing the most rare features are scored. */
export const MAX_CANDIDATES = 40;
/** Statements that differ only by their numbers must be this alike to report a number conflict. */
export const NUMBER_CONFLICT_MIN = 0.7;

export interface Pair {
  a: number;
  b: number;
  score: number;
}

const shares = <T>(a: Iterable<T>, b: T[]) => {
  for (const x of a) if (b.includes(x)) return true;
  return false;
};

/** Non-topic families both statements use. */
export function sharedFamilies(a: Statement, b: Statement): string[] {
  const out: string[] = [];
  for (const f of a.preds) if (b.fams.has(f)) out.push(f);
  return out;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Why two statements cannot be the same fact, or null. */
export function veto(a: Statement, b: Statement, score: number): string | null {
  if (numbersDisagree(a.numbers, b.numbers)) return 'numbers';
  if (a.dates.length && b.dates.length && !shares(a.dates, b.dates)) return 'dates';
  // "won the first round" is not "won the election": a stage named on one side only, or different stages.
  if ((a.stages.length || b.stages.length) && !sameSet(a.stages, b.stages)) return 'stages';
  if (a.persons.length && b.persons.length && !shares(a.persons, b.persons)) return 'people';
  const fa = a.preds;
  const fb = b.preds;
  if (fa.length && fb.length && !shares(fa, fb) && score < STRONG_OVERLAP) return 'predicates';
  // The shared predicate must be each statement's own: not embedded under a denial of something else.
  const common = fa.filter((f) => fb.includes(f));
  if (common.length && common.every((f) => a.embedded.has(f) || b.embedded.has(f))) return 'embedded';
  return null;
}

/**
 * A shared `family|entity` link whose family both statements assert (the act and its actor or
 * target), both with the family's own words or both with its antonyms.
 */
function sharedLink(a: Statement, b: Statement): boolean {
  for (const l of a.links) {
    if (!b.links.includes(l)) continue;
    const fam = l.slice(0, l.indexOf('|'));
    // Both name the act the same way round: "supported" against "opposition" is another fact, not a paraphrase.
    if (!a.embedded.has(fam) && !b.embedded.has(fam) && a.anti.has(fam) === b.anti.has(fam)) return true;
  }
  return false;
}

/**
 * Alignment decision for one pair: `aligned` with its score, `numbers` when the statements
 * would align but their numbers disagree (a number conflict), or null.
 */
export function judgePair(a: Statement, b: Statement, va: Vector, vb: Vector): { kind: 'aligned' | 'numbers'; score: number } | null {
  if (a.art === b.art) return null;
  const [score, content] = cosines(va, vb);
  if (score < LINK_ALIGN_MIN) return null;
  // (a) on content words and names; (b) needs the shared predicate next to a shared entity in
  // both: the same act with the same actor or target, not merely an entity and a family word
  // anywhere in the sentence.
  const close = content >= ALIGN_MIN || sharedLink(a, b);
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

/** Candidates must share at least this many informative (rare) keys. */
export const MIN_SHARED_KEYS = 2;

/**
 * All aligned pairs (and number-conflict pairs). Blocking: every statement gets interned integer
 * keys (its features, `family|entity` pairs and links); keys held by more than `cap` statements
 * are uninformative and skipped; postings are flat typed arrays in statement order. A pair is
 * judged only if it shares MIN_SHARED_KEYS informative keys, and only the MAX_CANDIDATES best
 * candidates (by summed 1/df) of each statement are judged. No per-pair allocation.
 */
export function alignPairs(stmts: Statement[], vecs: Vector[]): { pairs: Pair[]; numberPairs: Pair[]; copies: Map<number, number[]> } {
  const n = stmts.length;
  const cap = Math.max(40, Math.ceil(4 * Math.sqrt(n)));
  const pairs: Pair[] = [];
  const numberPairs: Pair[] = [];
  // Word-for-word copies (wire copy reprinted by many outlets) align with their first occurrence
  // at score 1 and are not indexed again: one representative is judged for all of them.
  const first = new Map<string, number>();
  const copies = new Map<number, number[]>();
  const isCopy = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const norm = stmts[i]!.text; // byte-identical copies only: cheap, and never a false match
    const r = first.get(norm);
    if (r === undefined) first.set(norm, i);
    else if (stmts[r]!.art !== stmts[i]!.art) {
      isCopy[i] = 1;
      const list = copies.get(r);
      if (list) list.push(i);
      else copies.set(r, [i]);
      pairs.push({ a: r, b: i, score: 1 });
    }
  }
  let nextId = 0;
  for (const v of vecs) for (let k = 0; k < v.ids.length; k++) if (v.ids[k]! >= nextId) nextId = v.ids[k]! + 1;
  const extra = new Map<string, number>();
  const intern = (k: string) => {
    let id = extra.get(k);
    if (id === undefined) extra.set(k, (id = nextId++));
    return id;
  };
  const none = new Int32Array(0);
  const keys: Int32Array[] = stmts.map((s, i) => {
    if (isCopy[i]) return none;
    const ks: number[] = Array.from(vecs[i]!.ids);
    for (const f of s.fams.keys()) if (!TOPIC_FAMILIES.has(f)) for (const e of s.ents) ks.push(intern(`${f}|${e}`));
    for (const l of s.links) ks.push(intern('link:' + l));
    return Int32Array.from(ks);
  });
  // CSR postings: df per key, then statement indices (ascending) per key.
  const df = new Int32Array(nextId);
  for (const ks of keys) for (let k = 0; k < ks.length; k++) df[ks[k]!]!++;
  const start = new Int32Array(nextId + 1);
  for (let k = 0; k < nextId; k++) start[k + 1] = start[k]! + (df[k]! <= cap ? df[k]! : 0);
  const post = new Int32Array(start[nextId]!);
  const fill = start.slice(0, nextId);
  keys.forEach((ks, i) => {
    for (let k = 0; k < ks.length; k++) {
      const key = ks[k]!;
      if (df[key]! <= cap) post[fill[key]!++] = i;
    }
  });
  const art = Int32Array.from(stmts, (s) => s.art);
  const acc = new Float64Array(n);
  const hits = new Int32Array(n);
  const touched: number[] = [];
  const cands: number[] = [];
  for (let i = 0; i < n; i++) {
    if (isCopy[i]) continue;
    touched.length = 0;
    const ks = keys[i]!;
    for (let k = 0; k < ks.length; k++) {
      const key = ks[k]!;
      const d = df[key]!;
      if (d < 2 || d > cap) continue;
      const w = 1 / d;
      // Postings are ascending: walk back from the end while j > i.
      for (let p = start[key + 1]! - 1; p >= start[key]!; p--) {
        const j = post[p]!;
        if (j <= i) break;
        if (art[j] === art[i]) continue;
        if (hits[j] === 0) touched.push(j);
        hits[j]!++;
        acc[j]! += w;
      }
    }
    cands.length = 0;
    for (const j of touched) if (hits[j]! >= MIN_SHARED_KEYS) cands.push(j);
    if (cands.length > MAX_CANDIDATES) cands.sort((x, y) => acc[y]! - acc[x]! || x - y);
    const m = Math.min(MAX_CANDIDATES, cands.length);
    for (let t = 0; t < m; t++) {
      const j = cands[t]!;
      const r = judgePair(stmts[i]!, stmts[j]!, vecs[i]!, vecs[j]!);
      if (r) (r.kind === 'aligned' ? pairs : numberPairs).push({ a: i, b: j, score: r.score });
    }
    for (const j of touched) {
      acc[j] = 0;
      hits[j] = 0;
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return { pairs, numberPairs, copies };
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
