// test/helpers/quotes.ts — the quote tests' fixtures: a plain-text CleanArticle, a hand-made
// analysis context, and quotes with the words they cover ("said") and the speaker phrase as
// written ("who"), either from the quotes analyzer alone or from the whole analysis.
import { analyze } from '../../src/analyze/index.js';
import type { AnalysisContext } from '../../src/analyze/context.js';
import { buildDoc } from '../../src/analyze/doc.js';
import { findQuotes } from '../../src/analyze/quotes.js';
import type { CleanArticle, Entity, Quote } from '../../src/types.js';

export type ShownQuote = Quote & { said: string; who: string | null };

export function textArticle(text: string): CleanArticle {
  return { id: 't', input: { path: null, url: null, format: 'text' }, outlet: null, title: null, subtitle: null, published: null, dateline: null, language: 'en', text, removed: [], headings: [] };
}

export function quoteContext(text: string, entities: Entity[] = []): AnalysisContext {
  return { article: textArticle(text), doc: buildDoc(text), entities, quotes: [], numbers: [], cues: [], issues: [] };
}

function shown(text: string, quotes: Quote[]): ShownQuote[] {
  return quotes.map((q) => ({ ...q, said: text.slice(q.span[0], q.span[1]), who: q.speakerSpan ? text.slice(q.speakerSpan[0], q.speakerSpan[1]) : null }));
}

/** The quotes analyzer alone, with hand-made entities (none by default). */
export function runQuotes(text: string, entities: Entity[] = []): ShownQuote[] {
  return shown(text, findQuotes(quoteContext(text, entities)));
}

/** The whole analysis (the entities analyzer included). */
export function analyzedQuotes(text: string): ShownQuote[] {
  return shown(text, analyze(textArticle(text)).quotes);
}
