// src/analyze/quotes.ts — placeholder; see the issue tracker.
import type { Quote } from '../types.js';
import type { AnalysisContext } from './context.js';

export function findQuotes(_ctx: AnalysisContext): Quote[] {
  return [];
}
