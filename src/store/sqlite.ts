// src/store/sqlite.ts — the SQLite Store (better-sqlite3): WAL, foreign keys, a busy timeout,
// migrations applied in one transaction at open. Each commit() is one transaction, so a killed
// process leaves every batch either fully stored or absent; a rerun fills in the rest.
import Database from 'better-sqlite3';
import type { Article, StoriesResult, Story, Thread } from '../types.js';
import { articleFilterSql, searchSql } from './queries.js';
import { CLOSE, matchExpression, OPEN, unmark } from './fts.js';
import type { AnalysisUpdate, ArticleFilter, Batch, BatchResult, CollectionInfo, FailureRecord, SearchHit, SearchQuery, Store, StoreStats, StoredStoryState, StoryAssignment, StoryUpdate, UnassignedArticle } from './index.js';
import { StoryStateConflict } from './index.js';
import { MIGRATIONS } from './migrations/index.js';
import { bandKeys, fromBlob, NEAR_DUP_THRESHOLD, similarity, toBlob } from './minhash.js';

type Db = Database.Database;
type Stmt = Database.Statement;

function migrate(db: Db): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)');
    const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
    const current = row.v ?? 0;
    const add = db.prepare('INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)');
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      add.run(m.version, m.name, new Date().toISOString());
    }
  }).immediate();
}

export class SqliteStore implements Store {
  readonly target: string;
  private readonly db: Db;
  private readonly q: Record<string, Stmt>;

  constructor(path: string) {
    this.target = path;
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('cache_size = -65536'); // 64 MiB: FTS5 and index pages stay cached during long ingests
    migrate(this.db);
    const p = (sql: string) => this.db.prepare(sql);
    this.q = {
      raw: p('SELECT article_id AS id FROM raw_inputs WHERE raw_hash = ?'),
      addRaw: p('INSERT OR IGNORE INTO raw_inputs (raw_hash, article_id) VALUES (?, ?)'),
      exists: p('SELECT 1 FROM articles WHERE id = ?'),
      insert: p(`INSERT INTO articles (id, input_path, input_url, input_format, outlet, title, published, language, text, json, signature, near_dup_of, added)
                 VALUES (@id, @input_path, @input_url, @input_format, @outlet, @title, @published, @language, @text, @json, @signature, @near_dup_of, @added)`),
      band: p('INSERT OR IGNORE INTO lsh_bands (key, article_id) VALUES (?, ?)'),
      bandIds: p('SELECT article_id AS id FROM lsh_bands WHERE key = ? LIMIT 8'),
      sigOf: p('SELECT signature, near_dup_of FROM articles WHERE id = ?'),
      entity: p('INSERT INTO article_entities (article_id, name, type) VALUES (?, ?, ?)'),
      speaker: p('INSERT INTO article_speakers (article_id, name) VALUES (?, ?)'),
      setJson: p('UPDATE articles SET json = ? WHERE id = ?'),
      dropEntities: p('DELETE FROM article_entities WHERE article_id = ?'),
      dropSpeakers: p('DELETE FROM article_speakers WHERE article_id = ?'),
      failure: p('INSERT INTO failures (input, line, format, code, message, time) VALUES (?, ?, ?, ?, ?, ?)'),
      collection: p('INSERT INTO collections (name, created) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id'),
      member: p('INSERT OR IGNORE INTO collection_articles (collection_id, article_id) VALUES (?, ?)'),
    };
  }

  async schemaVersion(): Promise<number> {
    return (this.db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
  }

  async knownRaw(hashes: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const h of hashes) {
      const row = this.q.raw!.get(h) as { id: string } | undefined;
      if (row) out.set(h, row.id);
    }
    return out;
  }

  async commit(batch: Batch): Promise<BatchResult> {
    const res: BatchResult = { added: [], duplicates: [], nearDuplicates: [], failures: 0 };
    const now = new Date().toISOString();
    const q = this.q;
    const run = this.db.transaction(() => {
      const members: string[] = [...(batch.known ?? [])];
      for (const a of batch.articles) {
        members.push(a.id);
        if (q.exists!.get(a.id)) {
          res.duplicates.push(a.id);
          if (a.rawHash) q.addRaw!.run(a.rawHash, a.id);
          continue;
        }
        const keys = a.signature ? bandKeys(a.signature) : [];
        const near = a.signature ? this.nearest(a.signature, keys) : null;
        q.insert!.run({
          id: a.id, input_path: a.article.input.path, input_url: a.article.input.url, input_format: a.article.input.format,
          outlet: a.article.outlet, title: a.article.title, published: a.article.published, language: a.article.language,
          text: a.article.text, json: a.json, signature: a.signature ? toBlob(a.signature) : null, near_dup_of: near?.of ?? null, added: now,
        });
        for (const k of keys) q.band!.run(k, a.id);
        if (a.signature) this.remember(a.id, { sig: a.signature, root: near?.of ?? null });
        for (const [n, t] of a.entities) q.entity!.run(a.id, n, t);
        for (const s of a.speakers) q.speaker!.run(a.id, s);
        if (a.rawHash) q.addRaw!.run(a.rawHash, a.id);
        res.added.push(a.id);
        if (near) res.nearDuplicates.push({ id: a.id, ...near });
      }
      for (const f of batch.failures) {
        q.failure!.run(f.input.path ?? f.input.url, f.input.line ?? null, f.input.format, f.error.code, f.error.message, now);
        res.failures++;
      }
      if (batch.collection && members.length) {
        const { id } = q.collection!.get(batch.collection, now) as { id: number };
        for (const m of members) q.member!.run(id, m);
      }
    });
    try {
      run.immediate();
    } catch (e) {
      this.sigCache.clear(); // it may hold signatures of the rolled-back rows
      throw e;
    }
    return res;
  }

  /**
   * The most similar stored article over the threshold, as its group's root id. Each band looks at
   * no more than 8 earlier articles: a band shared by many articles is boilerplate, and a true
   * near-duplicate shares most of the 16 bands, so it is still found through the others.
   */
  private nearest(sig: Uint32Array, keys: number[]): { of: string; similarity: number } | null {
    let best: { of: string; similarity: number } | null = null;
    const seen = new Set<string>();
    for (const k of keys) {
      for (const { id } of this.q.bandIds!.all(k) as { id: string }[]) {
        if (seen.has(id)) continue;
        seen.add(id);
        const c = this.signatureOf(id);
        if (!c) continue;
        const s = similarity(sig, c.sig);
        if (s >= NEAR_DUP_THRESHOLD && (!best || s > best.similarity)) best = { of: c.root ?? id, similarity: s };
      }
    }
    return best;
  }

  /** Signatures of recent articles stay in memory: wire copies arrive close together. */
  private readonly sigCache = new Map<string, { sig: Uint32Array; root: string | null }>();

  private signatureOf(id: string): { sig: Uint32Array; root: string | null } | null {
    let c = this.sigCache.get(id);
    if (!c) {
      const row = this.q.sigOf!.get(id) as { signature: Buffer | null; near_dup_of: string | null } | undefined;
      if (!row?.signature) return null;
      c = { sig: fromBlob(row.signature), root: row.near_dup_of };
      this.remember(id, c);
    }
    return c;
  }

  private remember(id: string, c: { sig: Uint32Array; root: string | null }): void {
    if (this.sigCache.size >= 20_000) this.sigCache.delete(this.sigCache.keys().next().value!);
    this.sigCache.set(id, c);
  }

  async articles(filter: ArticleFilter = {}): Promise<Article[]> {
    const { sql, params } = articleFilterSql(filter);
    return (this.db.prepare(sql).all(params) as { json: string }[]).map((r) => JSON.parse(r.json) as Article);
  }

  async updateAnalyses(updates: AnalysisUpdate[]): Promise<number> {
    const q = this.q;
    const run = this.db.transaction(() => {
      let n = 0;
      for (const u of updates) {
        if (q.setJson!.run(u.json, u.id).changes === 0) continue;
        n++;
        q.dropEntities!.run(u.id);
        q.dropSpeakers!.run(u.id);
        for (const [name, type] of u.entities) q.entity!.run(u.id, name, type);
        for (const sp of u.speakers) q.speaker!.run(u.id, sp);
      }
      return n;
    });
    return run.immediate();
  }

  async search(sq: SearchQuery): Promise<SearchHit[]> {
    const match = matchExpression(sq.query);
    if (match === null) return [];
    const { sql, params } = searchSql(sq, match, OPEN, CLOSE);
    const rows = this.db.prepare(sql).all(params) as { id: string; title: string | null; outlet: string | null; published: string | null; snip: string; rank: number }[];
    return rows.map((r) => {
      const { text, highlights } = unmark(r.snip);
      return { id: r.id, title: r.title, outlet: r.outlet, published: r.published, snippet: text, highlights, score: Number((-r.rank).toPrecision(4)) };
    });
  }

  async failures(): Promise<FailureRecord[]> {
    return this.db.prepare('SELECT input, line, format, code, message, time FROM failures ORDER BY id').all() as FailureRecord[];
  }

  async collections(): Promise<CollectionInfo[]> {
    return this.db
      .prepare(`SELECT c.name, c.created, count(ca.article_id) AS articles FROM collections c
                LEFT JOIN collection_articles ca ON ca.collection_id = c.id GROUP BY c.id ORDER BY c.name`)
      .all() as CollectionInfo[];
  }

  /** Upsert threads and stories with their member lists (inside the caller's transaction). */
  private writeStories(threads: Thread[], stories: Story[]): void {
    const db = this.db;
    const thread = db.prepare('INSERT OR REPLACE INTO threads (id, title, json) VALUES (?, ?, ?)');
    const story = db.prepare('INSERT OR REPLACE INTO stories (id, thread_id, title, json) VALUES (?, ?, ?, ?)');
    const clear = db.prepare('DELETE FROM story_articles WHERE story_id = ?');
    const member = db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)');
    for (const t of threads) thread.run(t.id, t.title, JSON.stringify(t));
    for (const s of stories) {
      story.run(s.id, s.thread, s.title, JSON.stringify(s));
      clear.run(s.id);
      for (const a of s.articles) member.run(s.id, a);
    }
  }

  async saveStories(result: StoriesResult, opts: { replace?: boolean } = {}): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      if (opts.replace) db.exec('DELETE FROM story_articles; DELETE FROM stories; DELETE FROM threads;');
      this.writeStories(result.threads, result.stories);
    }).immediate();
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      articles: n('SELECT count(*) AS n FROM articles'),
      nearDuplicates: n('SELECT count(*) AS n FROM articles WHERE near_dup_of IS NOT NULL'),
      failures: n('SELECT count(*) AS n FROM failures'),
      collections: n('SELECT count(*) AS n FROM collections'),
      stories: n('SELECT count(*) AS n FROM stories'),
    };
  }

  async storyStamp(): Promise<number> {
    return (this.db.prepare('SELECT stamp FROM story_state WHERE id = 1').get() as { stamp: number } | undefined)?.stamp ?? 0;
  }

  async storyState(): Promise<StoredStoryState | null> {
    return (this.db.prepare('SELECT version, stamp, articles, json FROM story_state WHERE id = 1').get() as StoredStoryState | undefined) ?? null;
  }

  async unassigned(after: number, limit: number): Promise<UnassignedArticle[]> {
    const rows = this.db
      .prepare(`SELECT a.seq, a.json, a.near_dup_of FROM articles a
                WHERE a.seq > ? AND NOT EXISTS (SELECT 1 FROM story_assignments s WHERE s.article_id = a.id)
                ORDER BY a.seq LIMIT ?`)
      .all(after, limit) as { seq: number; json: string; near_dup_of: string | null }[];
    return rows.map((r) => ({ seq: r.seq, article: JSON.parse(r.json) as Article, nearDupOf: r.near_dup_of }));
  }

  async assignments(filter: { articles?: string[]; threads?: string[] }): Promise<StoryAssignment[]> {
    const rows = this.db
      .prepare(`SELECT article_id AS article, seq, story_id AS story, thread_id AS thread, via, score, duplicate_of AS duplicateOf
                FROM story_assignments
                WHERE article_id IN (SELECT value FROM json_each(@a)) OR thread_id IN (SELECT value FROM json_each(@t))
                ORDER BY seq`)
      .all({ a: JSON.stringify(filter.articles ?? []), t: JSON.stringify(filter.threads ?? []) });
    return rows as StoryAssignment[];
  }

  async commitStories(u: StoryUpdate): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      const row = db.prepare('SELECT stamp FROM story_state WHERE id = 1').get() as { stamp: number } | undefined;
      const found = row?.stamp ?? 0;
      if (found !== u.basedOn) throw new StoryStateConflict(u.basedOn, found);
      db.prepare(`INSERT INTO story_state (id, version, stamp, articles, json, updated) VALUES (1, @version, @stamp, @articles, @json, @updated)
                  ON CONFLICT(id) DO UPDATE SET version = @version, stamp = @stamp, articles = @articles, json = @json, updated = @updated`)
        .run({ ...u.state, stamp: found + 1, updated: new Date().toISOString() });
      const assign = db.prepare(`INSERT INTO story_assignments (article_id, seq, story_id, thread_id, via, score, duplicate_of)
                                 VALUES (@article, @seq, @story, @thread, @via, @score, @duplicateOf)`);
      for (const a of u.assignments) assign.run(a);
      this.writeStories(u.threads, u.stories);
    }).immediate();
  }

  async stories(filter: { ids?: string[] } = {}): Promise<Story[]> {
    const rows = filter.ids
      ? this.db.prepare('SELECT json FROM stories WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid').all(JSON.stringify(filter.ids))
      : this.db.prepare('SELECT json FROM stories ORDER BY rowid').all();
    return (rows as { json: string }[]).map((r) => JSON.parse(r.json) as Story);
  }

  async threads(filter: { ids?: string[] } = {}): Promise<Thread[]> {
    const rows = filter.ids
      ? this.db.prepare('SELECT json FROM threads WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid').all(JSON.stringify(filter.ids))
      : this.db.prepare('SELECT json FROM threads ORDER BY rowid').all();
    return (rows as { json: string }[]).map((r) => JSON.parse(r.json) as Thread);
  }

  async storyOf(articles: string[]): Promise<Map<string, string>> {
    const rows = this.db
      .prepare('SELECT article_id AS a, min(story_id) AS s FROM story_articles WHERE article_id IN (SELECT value FROM json_each(?)) GROUP BY article_id')
      .all(JSON.stringify(articles)) as { a: string; s: string }[];
    return new Map(rows.map((r) => [r.a, r.s]));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** PRAGMA integrity_check result ("ok" when sound); for tests and `doctor`-style checks. */
  integrity(): string {
    return String(this.db.pragma('integrity_check', { simple: true }));
  }
}
