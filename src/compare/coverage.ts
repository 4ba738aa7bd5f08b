// src/compare/coverage.ts — which articles carry each claim and which leave it out; per article,
// what it alone reports (best first, by claim weight) and what it omits that most others carry
// (claims made by at least two other articles and by at least half of them).
import type { Claim, Coverage } from '../types.js';

export function buildCoverage(ids: string[], claims: Claim[]): Coverage {
  const carried = claims.map((c) => {
    const by = new Set(c.statements.map((s) => s.article));
    return { claim: c.id, carriedBy: ids.filter((id) => by.has(id)), omittedBy: ids.filter((id) => !by.has(id)) };
  });
  const omitSets = carried.map((r) => new Set(r.omittedBy));
  const weight = new Map(claims.map((c) => [c.id, c.weight ?? 0]));
  const outlets = ids.map((id) => {
    const alone = carried.filter((r) => r.carriedBy.length === 1 && r.carriedBy[0] === id).map((r) => r.claim).sort((x, y) => weight.get(y)! - weight.get(x)!);
    const others = ids.length - 1;
    const omits = carried.filter((r, k) => r.carriedBy.length >= 2 && r.carriedBy.length >= others / 2 && omitSets[k]!.has(id)).map((r) => r.claim);
    return { article: id, alone, omits };
  });
  return { claims: carried, outlets };
}
