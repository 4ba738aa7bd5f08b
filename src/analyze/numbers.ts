// src/analyze/numbers.ts — placeholder; see the issue tracker.
import type { NumberMention } from '../types.js';
import type { AnalysisContext } from './context.js';

export function findNumbers(_ctx: AnalysisContext): NumberMention[] {
  return [];
}
