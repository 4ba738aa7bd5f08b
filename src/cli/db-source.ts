// src/cli/db-source.ts — the `--db FILE [--collection NAME] [--story ID]` flags shared by commands
// that can read stored, already analysed Articles (analyze, compare, story) instead of PATHs.
import { DEFAULT_DB } from '../store/index.js';
import type { Article } from '../types.js';
import type { FlagSpec } from './args.js';
import type { Io } from './command.js';
import { loadArticles, type ArticleSource } from './sources.js';

export const DB_SOURCE_FLAGS: Record<'db' | 'collection' | 'story', FlagSpec> = {
  db: { value: true, arg: 'FILE', help: `read the articles stored in this database (as analysed at ingest) instead of PATHs (default file ${DEFAULT_DB})` },
  collection: { value: true, arg: 'NAME', help: 'with --db: only articles in this collection' },
  story: { value: true, arg: 'ID', help: 'with --db: only articles of this stored story' },
};

/** True when the flags ask for stored articles. */
export function wantsDb(flags: Record<string, unknown>): boolean {
  return typeof flags.db === 'string' || typeof flags.collection === 'string' || typeof flags.story === 'string';
}

/**
 * The stored Articles the flags select, in ingest order; null (after one stderr line) when the
 * database is missing or nothing matches. Never creates a database.
 */
export async function storedArticles(flags: Record<string, unknown>, io: Io, command: string): Promise<Article[] | null> {
  const src: ArticleSource = { db: typeof flags.db === 'string' ? flags.db : DEFAULT_DB };
  if (typeof flags.collection === 'string') src.collection = flags.collection;
  if (typeof flags.story === 'string') src.story = flags.story;
  try {
    const articles = await loadArticles(src);
    if (articles.length === 0) {
      const what = src.story !== undefined ? `story ${src.story}` : src.collection !== undefined ? `collection ${src.collection}` : 'the database';
      io.stderr.write(`parallax: ${command}: no stored articles in ${what} (${src.db})\n`);
      return null;
    }
    return articles;
  } catch (e) {
    io.stderr.write(`parallax: ${command}: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
}
