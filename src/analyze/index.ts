// src/analyze/index.ts — runs the analyzers, in one declared order, over a cleaned article.
import type { Article, CleanArticle } from '../types.js';
import { buildDoc } from './doc.js';
import type { AnalysisContext, Analyzer, Findings } from './context.js';
import { findEntities } from './entities.js';
import { findQuotes } from './quotes.js';
import { findNumbers } from './numbers.js';
import { findCues } from './cues.js';
import { findIssues } from './issues.js';

/** The analyzers, in the order they run. Later ones may read earlier findings. */
export const ANALYZERS: Analyzer[] = [
  { name: 'entities', run: findEntities },
  { name: 'quotes', run: findQuotes },
  { name: 'numbers', run: findNumbers },
  { name: 'cues', run: findCues },
  { name: 'issues', run: findIssues },
] as Analyzer[];

/** Analyze one cleaned article. Pure: no I/O. */
export function analyze(article: CleanArticle): Article {
  const doc = buildDoc(article.text, article.headings);
  const ctx: AnalysisContext = { article, doc, entities: [], quotes: [], numbers: [], cues: [], issues: [] };
  for (const a of ANALYZERS) {
    (ctx as unknown as Record<keyof Findings, unknown>)[a.name] = a.run(ctx);
  }
  return {
    ...article,
    sentences: doc.sentences,
    entities: ctx.entities,
    quotes: ctx.quotes,
    numbers: ctx.numbers,
    cues: ctx.cues,
    issues: ctx.issues,
  };
}
