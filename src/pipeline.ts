// src/pipeline.ts — the stages, in order, written out in one place:
//   ingest (files -> RawArticle) -> clean (-> CleanArticle) -> analyze (-> Article)
//   -> story (Article[] -> stories/threads) -> compare (Article[] -> Comparison) -> report.
import { analyze } from './analyze/index.js';
import { clean } from './clean/index.js';
import { compare } from './compare/index.js';
import { inputError, isInputError, makeError } from './errors.js';
import { ingest, type IngestItem } from './ingest/index.js';
import type { Article, InputError, RawArticle } from './types.js';

export { ingest, clean, analyze, compare };

/** Clean and analyze one raw article; failures become an InputError, never a throw. */
export function process(raw: RawArticle): Article | InputError {
  try {
    const c = clean(raw);
    if (c.text.trim() === '' && !c.title) throw makeError('no-article');
    return analyze(c);
  } catch (e) {
    return inputError({ path: raw.input.path, url: raw.input.url, format: raw.input.format }, e);
  }
}

/** Every input as an Article or an InputError, in input order. */
export async function* analyzePaths(paths: string[]): AsyncGenerator<Article | InputError> {
  for await (const item of ingest(paths) as AsyncIterable<IngestItem>) {
    yield isInputError(item) ? item : process(item);
  }
}
