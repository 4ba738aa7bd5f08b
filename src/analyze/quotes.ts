// src/analyze/quotes.ts — reported speech: direct, partial and indirect quotes with speakers.
// Pipeline: quotation marks -> regions (quotes/marks.ts) -> direct/partial candidates
// (quotes/direct.ts) -> indirect candidates (quotes/indirect.ts) -> speakers resolved in text
// order against ctx.entities (quotes/speaker.ts). See docs/quotes.md for the conventions.
import type { Quote } from '../types.js';
import type { Candidate } from './quotes/candidate.js';
import type { AnalysisContext } from './context.js';
import { findDirect } from './quotes/direct.js';
import { findIndirect } from './quotes/indirect.js';
import { findRegions } from './quotes/marks.js';
import { prepare } from './quotes/phrases.js';
import { resolveSpeakers } from './quotes/speaker.js';

export function findQuotes(ctx: AnalysisContext): Quote[] {
  const { doc } = ctx;
  prepare(doc);
  const direct = findDirect(doc, findRegions(doc.text, doc.paragraphs));
  const indirect = findIndirect(doc, direct.filter((c) => c.kind === 'direct').map((c) => c.span));
  // A clause built around a partial quote wins over a plain indirect clause of the same sentence.
  const all = [...direct, ...withoutOverlap(indirect, direct)].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return resolveSpeakers(doc, all, ctx.entities);
}

/**
 * The indirect candidates that overlap no clause candidate (`clause: true`) of `direct`. Both
 * lists come in text order and clauses do not overlap each other, so one merge-like pass does it.
 */
function withoutOverlap(indirect: Candidate[], direct: Candidate[]): Candidate[] {
  const clauses = direct.filter((c) => c.clause === true);
  if (clauses.length === 0) return indirect;
  const byStart = [...clauses].sort((a, b) => a.span[0] - b.span[0]);
  // maxEnd[i]: the largest end among byStart[0..i]
  const maxEnd: number[] = [];
  let m = -1;
  for (const c of byStart) maxEnd.push((m = Math.max(m, c.span[1])));
  return indirect.filter((c) => {
    // the clauses starting before c ends; one of them overlaps c iff the largest end passes c's start
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.span[0] < c.span[1]) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || maxEnd[lo - 1]! <= c.span[0];
  });
}
