// src/compare/claims.ts — clusters of aligned statements -> Claims: shared, unique, contested.
// Contested: the statements disagree in polarity on the claim's predicate: one asserts (or reports)
// it, another denies it, uses its antonym, or calls it unconfirmed. Hedging alone is compatible.
// Every claim gets a `weight` in 0..1 (how much it says, earlier in the article weighs more) so
// readers can rank the many `unique` claims of long articles; all of them stay in the JSON.
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
export function polarity(s: Statement, family: string | null, antonymsCount = true): 1 | -1 {
  const dispute = s.disputes ? -1 : 1;
  if (family && s.fams.has(family)) {
    const anti = antonymsCount && s.anti.has(family) ? -1 : 1;
    return (s.fams.get(family)! * dispute * anti) as 1 | -1;
  }
  return s.stance === 'denies' || s.disputes ? -1 : 1;
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
  const neg = members.filter((s) => polarity(s, family, anti) === -1);
  let pos = members.filter((s) => polarity(s, family, anti) === 1);
  const denial = neg.some((s) => s.stance === 'denies' || (family !== null && s.fams.get(family) === -1));
  if (!denial) pos = pos.filter((s) => s.stance !== 'hedged');
  return pos.length && neg.length ? { pos, neg, family } : null;
}

const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

export interface BuiltClaims {
  claims: Claim[];
  /** Claim id -> member statements. */
  members: Map<string, Statement[]>;
}

export function buildClaims(stmts: Statement[], vecs: Vector[], clusters: number[][]): BuiltClaims {
  const maxMass = Math.max(1e-9, ...vecs.map((v) => v.mass));
  const rows = clusters.map((idxs) => {
    const members = idxs.map((i) => stmts[i]!).sort((a, b) => a.art - b.art || a.span[0] - b.span[0]);
    const status: Claim['status'] = members.length < 2 ? 'unique' : contestedSides(members) ? 'contested' : 'shared';
    const w = Math.max(...members.map((s) => (vecs[s.idx]!.mass / maxMass) * (1 - 0.35 * s.position) + (s.numbers.length ? 0.1 : 0)));
    return { members, status, weight: Math.min(1, Math.round(w * 100) / 100) };
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
