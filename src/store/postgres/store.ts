// src/store/postgres/store.ts — the PostgreSQL Store (pg 8, one pool per store): same tables and
// results as the SQLite store (src/store/sqlite.ts). Migrations run at open under an advisory lock.
// Each commit() is one transaction; near-duplicate linking takes a transaction-level advisory lock
// so concurrent committers link one at a time, as SQLite's single writer does.
import pg from 'pg';
import type { Article, StoriesResult, Story, Thread } from '../../types.js';
import { unmark } from '../fts.js';
import {
  type AnalysisUpdate,
  StoryStateConflict,
  type ArticleFilter, type Batch, type BatchResult, type CollectionInfo, type FailureRecord, type SearchHit, type SearchQuery, type Store, type StoreStats,
  type StoredStoryState, type StoryAssignment, type StoryUpdate, type UnassignedArticle,
} from '../index.js';
import { LOCK, migrate } from './migrations.js';
import { addMembers, addRaw, insertArticle, insertFilterRows, link } from './rows.js';
import { fromBlob } from '../minhash.js';
import { pgSearchSql } from './search.js';

export interface PgStoreOptions {
  /** Pool size (default 4; env PARALLAX_PG_POOL). Through pgbouncer keep it small. */
  max?: number;
}

export class PostgresStore implements Store {
  readonly target: string;
  readonly pool: pg.Pool;

  private constructor(target: string, pool: pg.Pool) {
    this.target = target;
    this.pool = pool;
  }

  static async open(target: string, opts: PgStoreOptions = {}): Promise<PostgresStore> {
    const max = opts.max ?? (Number(process.env.PARALLAX_PG_POOL) || 4);
    const pool = new pg.Pool({ connectionString: target, max, application_name: 'parallax' });
    pool.on('error', () => {}); // an idle client's connection dropped: the pool replaces it
    const c = await pool.connect().catch(async (e: unknown) => {
      await pool.end();
      throw e;
    });
    try {
      await migrate(c);
    } finally {
      c.release();
    }
    return new PostgresStore(target, pool);
  }

  /** Run `fn` in one transaction on one client. */
  async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async schemaVersion(): Promise<number> {
    const { rows } = await this.pool.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    return rows[0]?.v ?? 0;
  }

  async knownRaw(hashes: string[]): Promise<Map<string, string>> {
    const { rows } = await this.pool.query<{ raw_hash: string; article_id: string }>('SELECT raw_hash, article_id FROM raw_inputs WHERE raw_hash = ANY($1::text[])', [hashes]);
    return new Map(rows.map((r) => [r.raw_hash, r.article_id]));
  }

  async commit(batch: Batch): Promise<BatchResult> {
    const now = new Date().toISOString();
    return this.tx(async (c) => {
      const res: BatchResult = { added: [], duplicates: [], nearDuplicates: [], failures: 0 };
      if (batch.articles.length) await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK.link]);
      const members: string[] = [...(batch.known ?? [])];
      for (const a of batch.articles) {
        members.push(a.id);
        const r = await insertArticle(c, a, now, null);
        await addRaw(c, a.rawHash, a.id);
        if (r !== 'added') {
          res.duplicates.push(a.id);
          continue;
        }
        const near = await link(c, a.id, a.signature);
        res.added.push(a.id);
        if (near) res.nearDuplicates.push({ id: a.id, ...near });
      }
      for (const f of batch.failures) {
        await c.query('INSERT INTO failures (input, line, format, code, message, time) VALUES ($1, $2, $3, $4, $5, $6)', [
          f.input.path ?? f.input.url, f.input.line ?? null, f.input.format, f.error.code, f.error.message, now,
        ]);
        res.failures++;
      }
      if (batch.collection) await addMembers(c, batch.collection, members, now);
      return res;
    });
  }

  async articles(filter: ArticleFilter = {}): Promise<Article[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (filter.collection !== undefined) {
      where.push(`a.id IN (SELECT ca.article_id FROM collection_articles ca JOIN collections c ON c.id = ca.collection_id WHERE c.name = ${p(filter.collection)})`);
    }
    if (filter.story !== undefined) where.push(`a.id IN (SELECT article_id FROM story_articles WHERE story_id = ${p(filter.story)})`);
    if (filter.ids !== undefined) where.push(`a.id = ANY(${p(filter.ids)}::text[])`);
    // Ingest order: the queue's sequence when stored through it, else storage order.
    const page = filter.limit !== undefined || filter.offset !== undefined ? ` LIMIT ${p(filter.limit ?? null)}::bigint OFFSET ${p(filter.offset ?? 0)}::bigint` : '';
    const sql = `SELECT a.json FROM articles a${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY a.ingest_seq NULLS LAST, a.seq${page}`;
    const { rows } = await this.pool.query<{ json: string }>(sql, params);
    return rows.map((r) => JSON.parse(r.json) as Article);
  }

  async updateAnalyses(updates: AnalysisUpdate[]): Promise<number> {
    if (updates.length === 0) return 0;
    return this.tx(async (c) => {
      let n = 0;
      for (const u of updates) {
        const r = await c.query('UPDATE articles SET json = $2 WHERE id = $1', [u.id, u.json]);
        if (!r.rowCount) continue;
        n++;
        await c.query('DELETE FROM article_entities WHERE article_id = $1', [u.id]);
        await c.query('DELETE FROM article_speakers WHERE article_id = $1', [u.id]);
        await insertFilterRows(c, u.id, u.entities, u.speakers);
      }
      return n;
    });
  }

  async search(sq: SearchQuery): Promise<SearchHit[]> {
    if (!/[\p{L}\p{N}]/u.test(sq.query)) return [];
    const { sql, params } = pgSearchSql(sq);
    const { rows } = await this.pool.query<{ id: string; title: string | null; outlet: string | null; published: string | null; snip: string; rank: number }>(sql, params);
    return rows.map((r) => {
      const { text, highlights } = unmark(r.snip);
      return { id: r.id, title: r.title, outlet: r.outlet, published: r.published, snippet: text, highlights, score: Number(Number(r.rank).toPrecision(4)) };
    });
  }

  async failures(): Promise<FailureRecord[]> {
    const { rows } = await this.pool.query<FailureRecord>('SELECT input, line, format, code, message, time FROM failures ORDER BY id');
    return rows;
  }

  async collections(): Promise<CollectionInfo[]> {
    const { rows } = await this.pool.query<CollectionInfo>(
      `SELECT c.name, c.created, count(ca.article_id)::int AS articles FROM collections c
       LEFT JOIN collection_articles ca ON ca.collection_id = c.id GROUP BY c.id ORDER BY c.name`,
    );
    return rows;
  }

  async saveStories(result: StoriesResult, opts: { replace?: boolean } = {}): Promise<void> {
    await this.tx((c) => saveStoriesOn(c, result, opts.replace ?? false));
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<StoreStats>(`SELECT
      (SELECT count(*) FROM articles)::int AS articles,
      (SELECT count(*) FROM articles WHERE near_dup_of IS NOT NULL)::int AS "nearDuplicates",
      (SELECT count(*) FROM failures)::int AS failures,
      (SELECT count(*) FROM collections)::int AS collections,
      (SELECT count(*) FROM stories)::int AS stories`);
    return rows[0]!;
  }

  /**
   * Link, in ingest order, every stored article not linked yet that comes before the first input
   * still queued: the linked articles are always a prefix of the ingest order, so links (and the
   * stories assigned after them) do not depend on which worker finished first. Serialised by
   * LOCK.link; returns how many were linked.
   */
  async linkReady(limit = 500): Promise<number> {
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK.link]);
      const { rows } = await c.query<{ id: string; signature: Buffer | null }>(
        `SELECT id, signature FROM articles WHERE NOT linked AND ingest_seq < ${READY} ORDER BY ingest_seq LIMIT $1`,
        [limit],
      );
      for (const r of rows) await link(c, r.id, r.signature ? fromBlob(r.signature) : null);
      return rows.length;
    });
  }

  async storyStamp(): Promise<number> {
    const { rows } = await this.pool.query<{ stamp: number }>('SELECT stamp FROM story_state WHERE id = 1');
    return rows[0]?.stamp ?? 0;
  }

  async storyState(): Promise<StoredStoryState | null> {
    const { rows } = await this.pool.query<StoredStoryState>('SELECT version, stamp, articles, json FROM story_state WHERE id = 1');
    return rows[0] ?? null;
  }

  /** Linked articles of the ready prefix (see linkReady) without an assignment, in ingest order. */
  async unassigned(after: number, limit: number): Promise<UnassignedArticle[]> {
    const { rows } = await this.pool.query<{ seq: string; json: string; near_dup_of: string | null }>(
      `SELECT a.ingest_seq AS seq, a.json, a.near_dup_of FROM articles a
       WHERE a.linked AND a.ingest_seq > $1 AND a.ingest_seq < ${READY}
         AND NOT EXISTS (SELECT 1 FROM story_assignments s WHERE s.article_id = a.id)
       ORDER BY a.ingest_seq LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => ({ seq: Number(r.seq), article: JSON.parse(r.json) as Article, nearDupOf: r.near_dup_of }));
  }

  async assignments(filter: { articles?: string[]; threads?: string[] }): Promise<StoryAssignment[]> {
    const { rows } = await this.pool.query<StoryAssignment & { seq: string }>(
      `SELECT article_id AS article, seq, story_id AS story, thread_id AS thread, via, score, duplicate_of AS "duplicateOf"
       FROM story_assignments WHERE article_id = ANY($1::text[]) OR thread_id = ANY($2::text[]) ORDER BY seq`,
      [filter.articles ?? [], filter.threads ?? []],
    );
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  async commitStories(u: StoryUpdate): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK.assign]);
      const { rows } = await c.query<{ stamp: number }>('SELECT stamp FROM story_state WHERE id = 1 FOR UPDATE');
      const found = rows[0]?.stamp ?? 0;
      if (found !== u.basedOn) throw new StoryStateConflict(u.basedOn, found);
      await c.query(
        `INSERT INTO story_state (id, version, stamp, articles, json, updated) VALUES (1, $1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET version = $1, stamp = $2, articles = $3, json = $4, updated = $5`,
        [u.state.version, found + 1, u.state.articles, u.state.json, new Date().toISOString()],
      );
      const as = u.assignments;
      if (as.length) {
        await c.query(
          `INSERT INTO story_assignments (article_id, seq, story_id, thread_id, via, score, duplicate_of)
           SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[])`,
          [as.map((a) => a.article), as.map((a) => a.seq), as.map((a) => a.story), as.map((a) => a.thread), as.map((a) => a.via), as.map((a) => a.score), as.map((a) => a.duplicateOf)],
        );
      }
      await saveStoriesOn(c, { stories: u.stories, threads: u.threads, articles: [] }, false);
    });
  }

  async stories(filter: { ids?: string[] } = {}): Promise<Story[]> {
    return this.jsonRows<Story>('stories', filter.ids);
  }

  async threads(filter: { ids?: string[] } = {}): Promise<Thread[]> {
    return this.jsonRows<Thread>('threads', filter.ids);
  }

  private async jsonRows<T>(table: 'stories' | 'threads', ids: string[] | undefined): Promise<T[]> {
    const { rows } = ids
      ? await this.pool.query<{ json: string }>(`SELECT json FROM ${table} WHERE id = ANY($1::text[]) ORDER BY pos`, [ids])
      : await this.pool.query<{ json: string }>(`SELECT json FROM ${table} ORDER BY pos`);
    return rows.map((r) => JSON.parse(r.json) as T);
  }

  async storyOf(articles: string[]): Promise<Map<string, string>> {
    const { rows } = await this.pool.query<{ a: string; s: string }>(
      'SELECT article_id AS a, min(story_id) AS s FROM story_articles WHERE article_id = ANY($1::text[]) GROUP BY article_id',
      [articles],
    );
    return new Map(rows.map((r) => [r.a, r.s]));
  }

  private closed = false;
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** The ready prefix: ingest_seq below the first input still queued. */
const READY = `COALESCE((SELECT min(seq) FROM ingest_items WHERE state = 'queued'), 9223372036854775807)`;

/** Upsert stories and threads by id (story membership replaced), inside the caller's transaction. */
export async function saveStoriesOn(c: pg.PoolClient, result: StoriesResult, replace: boolean): Promise<void> {
  if (replace) await c.query('DELETE FROM story_articles; DELETE FROM stories; DELETE FROM threads;');
  for (const t of result.threads) {
    await c.query('INSERT INTO threads (id, title, json) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, json = EXCLUDED.json, pos = nextval(\'story_pos\')', [t.id, t.title, JSON.stringify(t)]);
  }
  for (const s of result.stories) {
    await c.query('INSERT INTO stories (id, thread_id, title, json) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET thread_id = EXCLUDED.thread_id, title = EXCLUDED.title, json = EXCLUDED.json, pos = nextval(\'story_pos\')', [
      s.id, s.thread, s.title, JSON.stringify(s),
    ]);
    await c.query('DELETE FROM story_articles WHERE story_id = $1', [s.id]);
    await c.query('INSERT INTO story_articles (story_id, article_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [s.id, s.articles]);
  }
}
