// src/analyze/entities.ts — placeholder; see the issue tracker.
import type { Entity } from '../types.js';
import type { AnalysisContext } from './context.js';

export function findEntities(_ctx: AnalysisContext): Entity[] {
  return [];
}
