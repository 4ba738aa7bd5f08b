// src/store/postgres/search.ts — full-text search SQL for PostgreSQL: the articles.tsv column
// (english stemming, title weight A, text weight B) with websearch_to_tsquery, ranked by ts_rank
// with the title weighted 5x (as the SQLite store weights bm25), snippet by ts_headline with
// control-character markers that fts.ts unmark() turns into highlight offsets. Pure.
import type { SearchQuery } from '../index.js';
import { CLOSE, OPEN } from '../fts.js';

export interface PgSql {
  sql: string;
  params: unknown[];
}

/** Strip FTS5-only syntax that websearch_to_tsquery does not know (prefix `*`, `title:`, NEAR). */
export function webQuery(q: string): string {
  return q.replace(/\b(title|text)\s*:/g, ' ').replace(/\*/g, ' ').replace(/\bNEAR\b/g, ' ').replace(/\bAND\b/g, ' ').trim();
}

export function pgSearchSql(q: SearchQuery): PgSql {
  const params: unknown[] = [webQuery(q.query)];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where = ['a.tsv @@ q.query'];
  if (q.outlet !== undefined) where.push(`lower(a.outlet) = lower(${p(q.outlet)})`);
  if (q.from !== undefined) where.push(`a.published >= ${p(q.from)}`);
  if (q.to !== undefined) {
    const t = p(q.to);
    where.push(`substr(a.published, 1, length(${t})) <= ${t}`);
  }
  if (q.entity !== undefined) where.push(`EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.id AND lower(e.name) = lower(${p(q.entity)}))`);
  if (q.speaker !== undefined) where.push(`EXISTS (SELECT 1 FROM article_speakers s WHERE s.article_id = a.id AND lower(s.name) = lower(${p(q.speaker)}))`);
  if (q.collection !== undefined) {
    where.push(`a.id IN (SELECT ca.article_id FROM collection_articles ca JOIN collections c ON c.id = ca.collection_id WHERE c.name = ${p(q.collection)})`);
  }
  const limit = p(Math.max(1, Math.min(q.limit ?? 20, 1000)));
  const opts = p(`StartSel=${OPEN}, StopSel=${CLOSE}, MaxWords=32, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`);
  // ts_headline is costly: computed for the top rows only, after ranking and LIMIT.
  const sql = `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
    top AS (
      SELECT a.id, a.title, a.outlet, a.published, a.text, a.seq, ts_rank('{0, 0, 0.2, 1.0}', a.tsv, q.query) AS rank
      FROM articles a, q WHERE ${where.join(' AND ')}
      ORDER BY rank DESC, a.seq LIMIT ${limit})
    SELECT top.id, top.title, top.outlet, top.published, top.rank,
      ts_headline('english', top.text, q.query, ${opts}) AS snip
    FROM top, q ORDER BY top.rank DESC, top.seq`;
  return { sql, params };
}
