// src/compare/claims.ts — clusters of aligned statements -> Claims: shared, unique, contested.
// Contested: the statements disagree in polarity on the claim's predicate: one asserts (or reports)
// it, another denies it, uses its antonym, or calls it unconfirmed. Hedging alone is compatible.
// Every claim gets a `weight` in 0..1 (informativeness(): names, numbers, dates, event predicates,
// reported as fact, near the lead) so readers see each outlet's distinctive facts first among the
// many `unique` claims of long articles; all of them stay in the JSON.
import type { Claim } from '../types.js';
import { TOPIC_FAMILIES } from './lexicon.js';
import type { Vector } from './align.js';
import { contractStance } from './stance.js';
import type { Statement } from './statements.js';

/** The predicate family most members share (non-topic first), or null. */
export function claimFamily(members: Statement[]): string | null {
  const count = new Map<string, number>();
  for (const s of members) for (const f of s.fams.keys()) count.set(f, (count.get(f) ?? 0) + (TOPIC_FAMILIES.has(f) ? 0.5 : 1));
  const best = [...count.entries()].filter(([, n]) => n >= 2 || members.length === 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : null;
}

/**
 * +1 if the statement holds the claim, -1 if it denies or disputes it. An antonym ("fell" against
 * "rose") flips it only when `antonymsCount` (see antonymsCount).
 */
export function polarity(s: Statement, family: string | null, antonymsCount = true, core: Set<string> = new Set()): 1 | -1 {
  const dispute = s.disputes && (!family || s.disputed.has(family)) ? -1 : 1;
  if (family && s.fams.has(family)) {
    const anti = antonymsCount && s.anti.has(family) ? -1 : 1;
    return (s.fams.get(family)! * dispute * anti) as 1 | -1;
  }
  // No shared predicate: negative only if a negation reaches a word the members share (a "not"
  // elsewhere in a longer version of the same quote does not deny the shared part).
  for (const st of core) if (s.negStems.has(st)) return -1;
  return s.disputes ? -1 : 1;
}

/** Content stems at least two members share: what the claim is about. */
export function coreStems(members: Statement[]): Set<string> {
  const seen = new Map<string, number>();
  for (const s of members) for (const st of s.stems) seen.set(st, (seen.get(st) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 2).map(([st]) => st));
}

/**
 * Antonyms contradict only in statements that name no actor but places ("prices rose in France" /
 * "prices fell in France"); with actors, "Macron won" and "Le Pen conceded" agree.
 */
export function antonymsCount(members: Statement[]): boolean {
  return members.every((s) => s.actors.length === 0);
}

/**
 * The two sides of a contested claim, or null when the stances are compatible. A statement that
 * only calls the claim unconfirmed does not contest one that is itself hedged ("purportedly").
 */
export function contestedSides(members: Statement[]): { pos: Statement[]; neg: Statement[]; family: string | null } | null {
  const family = claimFamily(members);
  const anti = antonymsCount(members);
  const core = family ? new Set<string>() : coreStems(members);
  const neg = members.filter((s) => polarity(s, family, anti, core) === -1);
  let pos = members.filter((s) => polarity(s, family, anti, core) === 1);
  const denial = neg.some((s) => s.stance === 'denies' || (family !== null && s.fams.get(family) === -1));
  if (!denial) pos = pos.filter((s) => s.stance !== 'hedged');
  return pos.length && neg.length ? { pos, neg, family } : null;
}

const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

/**
 * Clusters whose members disagree in polarity without sharing a predicate family (one version of a
 * quote has a "not" the other lacks) are neither agreement nor a contest we can name: split them
 * into their two sides, so neither a shared nor a contested claim is asserted (a miss, not a wrong call).
 */
export function splitUnclear(clusters: Statement[][]): Statement[][] {
  const out: Statement[][] = [];
  for (const members of clusters) {
    const sides = members.length > 1 ? contestedSides(members) : null;
    if (sides && sides.family === null) {
      const neg = new Set(sides.neg);
      out.push(members.filter((s) => !neg.has(s)), sides.neg);
    } else out.push(members);
  }
  return out;
}

export interface BuiltClaims {
  claims: Claim[];
  /** Claim id -> member statements. */
  members: Map<string, Statement[]>;
}

/**
 * How informative a statement is, 0..1: what a reader should see first among an outlet's unique
 * claims. Points for named actors and places (up to 3), numbers, explicit dates, an event predicate
 * the statement asserts (a family word, in its own words or its frame: "said in a congratulatory
 * telegram"), reporting it as fact rather than quoting an opinion, and being near the lead; a
 * little for sheer content (feature mass). Long opinion quotes with no names or numbers rank low.
 */
export function informativeness(s: Statement, mass: number, maxMass: number): number {
  const ents = Math.min(3, s.ents.length) / 3;
  const event = s.preds.some((f) => !s.embedded.has(f)) || s.frameFams.length > 0 ? 1 : s.fams.size > 0 ? 0.3 : 0;
  const how = s.stance === 'asserts' ? 1 : s.stance === 'attributed' ? 0.7 : s.stance === 'quoted' ? 0.35 : 0.25;
  const w = 0.22 * ents + 0.18 * (s.numbers.length ? 1 : 0) + 0.08 * (s.dates.length ? 1 : 0) + 0.17 * event + 0.12 * how + 0.15 * (1 - s.position) + 0.08 * Math.min(1, (2 * mass) / maxMass);
  return Math.min(1, Math.round(w * 100) / 100);
}

export function buildClaims(stmts: Statement[], vecs: Vector[], clusters: number[][]): BuiltClaims {
  let maxMass = 1e-9;
  for (const v of vecs) if (v.mass > maxMass) maxMass = v.mass;
  const rows = splitUnclear(clusters.map((idxs) => idxs.map((i) => stmts[i]!))).map((members) => {
    members.sort((a, b) => a.art - b.art || a.span[0] - b.span[0]);
    const status: Claim['status'] = members.length < 2 ? 'unique' : contestedSides(members) ? 'contested' : 'shared';
    let weight = 0;
    for (const s of members) weight = Math.max(weight, informativeness(s, vecs[s.idx]!.mass, maxMass));
    return { members, status, weight };
  });
  const order = { contested: 0, shared: 1, unique: 2 } as const;
  rows.sort((x, y) => order[x.status] - order[y.status] || y.weight - x.weight || x.members[0]!.idx - y.members[0]!.idx);
  const claims: Claim[] = [];
  const members = new Map<string, Statement[]>();
  rows.forEach((r, k) => {
    const id = `c${k + 1}`;
    members.set(id, r.members);
    claims.push({
      id,
      status: r.status,
      statements: r.members.map((s) => ({ article: s.article, span: s.span, stance: contractStance(s.stance), text: s.text, ...(s.stance === 'quoted' ? { quoted: true } : {}) })),
      summary: clip(r.members[0]!.text, 140),
      weight: r.weight,
    });
  });
  return { claims, members };
}
