// src/compare/coverage.ts — which articles carry each claim and which leave it out; per article,
// what it alone reports (best first, by claim weight) and what it omits that most others carry
// (claims made by at least two other articles and by at least half of them).
// Linear in claims x articles (the omittedBy lists themselves); no per-outlet scan of all claims.
import type { Claim, Coverage } from '../types.js';

export function buildCoverage(ids: string[], claims: Claim[]): Coverage {
  const others = ids.length - 1;
  const alone = new Map<string, { claim: string; weight: number }[]>(ids.map((id) => [id, []]));
  const omits = new Map<string, string[]>(ids.map((id) => [id, []]));
  const carried = claims.map((c) => {
    const by = new Set(c.statements.map((s) => s.article));
    const carriedBy: string[] = [];
    const omittedBy: string[] = [];
    for (const id of ids) (by.has(id) ? carriedBy : omittedBy).push(id);
    if (carriedBy.length === 1) alone.get(carriedBy[0]!)!.push({ claim: c.id, weight: c.weight ?? 0 });
    else if (carriedBy.length >= 2 && carriedBy.length >= others / 2) for (const id of omittedBy) omits.get(id)!.push(c.id);
    return { claim: c.id, carriedBy, omittedBy };
  });
  const outlets = ids.map((id) => ({
    article: id,
    alone: alone.get(id)!.sort((x, y) => y.weight - x.weight).map((x) => x.claim),
    omits: omits.get(id)!,
  }));
  return { claims: carried, outlets };
}
