// src/analyze/context.ts — what analyzers read and write. Analyzers run in the order of
// ANALYZERS (analyze/index.ts); each may read the findings of those before it.
import type { CleanArticle, Cue, Entity, Issue, NumberMention, Quote } from '../types.js';
import type { Doc } from './doc.js';

export interface AnalysisContext {
  article: CleanArticle;
  doc: Doc;
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  cues: Cue[];
  issues: Issue[];
}

/** One analyzer: reads the context, returns its findings (plain data, spans into article.text). */
export interface Analyzer<K extends keyof Findings = keyof Findings> {
  name: K;
  run(ctx: AnalysisContext): Findings[K];
}

export interface Findings {
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  cues: Cue[];
  issues: Issue[];
}
