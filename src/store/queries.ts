// src/store/queries.ts — SQL text for filtered reads, built from typed options with bound
// parameters only (never string-pasted values). Pure.
import type { ArticleFilter, SearchQuery } from './index.js';

export interface Sql {
  sql: string;
  params: Record<string, unknown>;
}

export function articleFilterSql(f: ArticleFilter): Sql {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.collection !== undefined) {
    where.push('a.id IN (SELECT ca.article_id FROM collection_articles ca JOIN collections c ON c.id = ca.collection_id WHERE c.name = @collection)');
    params.collection = f.collection;
  }
  if (f.story !== undefined) {
    where.push('a.id IN (SELECT article_id FROM story_articles WHERE story_id = @story)');
    params.story = f.story;
  }
  if (f.ids !== undefined) {
    where.push('a.id IN (SELECT value FROM json_each(@ids))');
    params.ids = JSON.stringify(f.ids);
  }
  let page = '';
  if (f.limit !== undefined || f.offset !== undefined) {
    page = ' LIMIT @limit OFFSET @offset';
    params.limit = f.limit ?? -1;
    params.offset = f.offset ?? 0;
  }
  return { sql: `SELECT a.json FROM articles a${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY a.seq${page}`, params };
}

/** Ranked FTS5 search: bm25 with the title weighted 5x, snippet() of the best-matching column. */
export function searchSql(q: SearchQuery, match: string, open: string, close: string): Sql {
  const where = ['articles_fts MATCH @match'];
  const params: Record<string, unknown> = { match, open, close, limit: Math.max(1, Math.min(q.limit ?? 20, 1000)) };
  if (q.outlet !== undefined) {
    where.push('a.outlet = @outlet COLLATE NOCASE');
    params.outlet = q.outlet;
  }
  if (q.from !== undefined) {
    where.push('a.published >= @from');
    params.from = q.from;
  }
  if (q.to !== undefined) {
    // inclusive: "2017-04-24" keeps "2017-04-24T18:00Z"
    where.push('substr(a.published, 1, length(@to)) <= @to');
    params.to = q.to;
  }
  if (q.entity !== undefined) {
    where.push('EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id AND e.name = @entity COLLATE NOCASE)');
    params.entity = q.entity;
  }
  if (q.speaker !== undefined) {
    where.push('EXISTS (SELECT 1 FROM article_speakers s WHERE s.article_id = a.id AND s.name = @speaker COLLATE NOCASE)');
    params.speaker = q.speaker;
  }
  if (q.collection !== undefined) {
    where.push('a.id IN (SELECT ca.article_id FROM collection_articles ca JOIN collections c ON c.id = ca.collection_id WHERE c.name = @collection)');
    params.collection = q.collection;
  }
  const sql = `SELECT a.id, a.title, a.outlet, a.published,
      snippet(articles_fts, -1, @open, @close, '…', 16) AS snip,
      bm25(articles_fts, 5.0, 1.0) AS rank
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE ${where.join(' AND ')}
    ORDER BY rank LIMIT @limit`;
  return { sql, params };
}
