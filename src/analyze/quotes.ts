// src/analyze/quotes.ts — reported speech: direct, partial and indirect quotes with speakers.
// Pipeline: quotation marks -> regions (quotes/marks.ts) -> direct/partial candidates
// (quotes/direct.ts) -> indirect candidates (quotes/indirect.ts) -> speakers resolved in text
// order against ctx.entities (quotes/speaker.ts). See docs/quotes.md for the conventions.
import type { Quote } from '../types.js';
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
  const clauses = direct.filter((c) => c.clause === true);
  const keep = clauses.length === 0 ? indirect : indirect.filter((c) => !clauses.some((k) => k.span[0] < c.span[1] && c.span[0] < k.span[1]));
  const all = [...direct, ...keep].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return resolveSpeakers(doc, all, ctx.entities);
}
