// src/analyze/issues.ts — placeholder; see the issue tracker.
import type { Issue } from '../types.js';
import type { AnalysisContext } from './context.js';

export function findIssues(_ctx: AnalysisContext): Issue[] {
  return [];
}
