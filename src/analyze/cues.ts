// src/analyze/cues.ts — placeholder; see the issue tracker.
import type { Cue } from '../types.js';
import type { AnalysisContext } from './context.js';

export function findCues(_ctx: AnalysisContext): Cue[] {
  return [];
}
