// src/cli/sources.ts — stored Articles as command input: `analyze`, `compare` and `stories` can
// work over a database (`--db FILE [--collection NAME]`) instead of re-reading and re-analysing files.
import { withStore } from '../store/index.js';
import type { Article } from '../types.js';

export interface ArticleSource {
  /** Database file (default ./parallax.db). */
  db?: string;
  collection?: string;
  story?: string;
  ids?: string[];
}

/**
 * The stored Articles matching every given filter, in storage (ingest) order, exactly as they were
 * analysed. Throws when the database file does not exist (rather than creating an empty one).
 */
export async function loadArticles(opts: ArticleSource): Promise<Article[]> {
  return withStore(opts.db, { create: false }, async (store) => {
    const filter: { collection?: string; story?: string; ids?: string[] } = {};
    if (opts.collection !== undefined) filter.collection = opts.collection;
    if (opts.story !== undefined) filter.story = opts.story;
    if (opts.ids !== undefined) filter.ids = opts.ids;
    return await store.articles(filter);
  });
}
