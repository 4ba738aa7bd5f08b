// src/store/postgres/migrations.ts — the PostgreSQL schema, as ordered migrations (append, never
// edit a shipped one), and `migrate()`: every pending migration in one transaction under an
// advisory lock, so two processes opening a fresh database at once cannot both migrate.
// Same tables and meanings as the SQLite schema (src/store/migrations/001-initial.ts), plus the
// the queue's ingest_items (one row per enqueued raw input; its seq is the ingest order that
// near-duplicate linking and story assignment follow, whatever order workers finish in).
import type { PoolClient } from 'pg';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

const M001 = `
CREATE TABLE articles (
  seq          BIGSERIAL PRIMARY KEY,          -- storage order
  id           TEXT NOT NULL UNIQUE,           -- Article.id: hash of cleaned title + text
  ingest_seq   BIGINT NOT NULL UNIQUE,         -- ingest order (ingest_items.seq; direct commits draw from the same sequence)
  input_path   TEXT,
  input_url    TEXT,
  input_format TEXT NOT NULL,
  outlet       TEXT,
  title        TEXT,
  published    TEXT,
  language     TEXT,
  text         TEXT NOT NULL,
  json         TEXT NOT NULL,                  -- the whole Article as analysed (text: byte-for-byte as produced)
  signature    BYTEA,                          -- MinHash (Uint32 little-endian), NULL if too short
  near_dup_of  TEXT,                           -- root of its near-duplicate group, NULL for a root
  linked       BOOLEAN NOT NULL DEFAULT false, -- near-duplicate linking done (queue path links in ingest order)
  added        TEXT NOT NULL,
  tsv          tsvector GENERATED ALWAYS AS (
                 setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED
);
CREATE INDEX articles_outlet ON articles (lower(outlet));
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_near_dup ON articles (near_dup_of);
CREATE INDEX articles_unlinked ON articles (ingest_seq) WHERE NOT linked;
CREATE INDEX articles_tsv ON articles USING GIN (tsv);

CREATE TABLE raw_inputs (
  raw_hash   TEXT PRIMARY KEY,
  article_id TEXT NOT NULL
);

CREATE TABLE lsh_bands (
  key        BIGINT NOT NULL,
  article_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (key, article_id)
);

CREATE TABLE failures (
  id       BIGSERIAL PRIMARY KEY,
  input    TEXT,
  line     INTEGER,
  format   TEXT,
  code     TEXT NOT NULL,
  message  TEXT NOT NULL,
  time     TEXT NOT NULL,
  raw_hash TEXT UNIQUE                       -- set for analysis failures of queued inputs: recorded once
);

CREATE TABLE collections (
  id      BIGSERIAL PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL
);
CREATE TABLE collection_articles (
  collection_id BIGINT NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  article_id    TEXT NOT NULL,
  PRIMARY KEY (collection_id, article_id)
);

-- pos: storage order; an upsert moves the row to the end, as SQLite's INSERT OR REPLACE does.
CREATE SEQUENCE story_pos;
CREATE TABLE threads (id TEXT PRIMARY KEY, title TEXT, json TEXT NOT NULL, pos BIGINT NOT NULL DEFAULT nextval('story_pos'));
CREATE TABLE stories (id TEXT PRIMARY KEY, thread_id TEXT, title TEXT, json TEXT NOT NULL, pos BIGINT NOT NULL DEFAULT nextval('story_pos'));
CREATE TABLE story_articles (
  story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

CREATE TABLE article_entities (article_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL);
CREATE INDEX article_entities_name ON article_entities (lower(name));
CREATE INDEX article_entities_article ON article_entities (article_id);
CREATE TABLE article_speakers (article_id TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX article_speakers_name ON article_speakers (lower(name));
CREATE INDEX article_speakers_article ON article_speakers (article_id);

-- The queue path: one row per enqueued raw input; seq is the ingest order that near-duplicate
-- linking and story assignment follow, whatever order workers finish in.
CREATE TABLE ingest_items (
  seq        BIGSERIAL PRIMARY KEY,
  raw_hash   TEXT NOT NULL UNIQUE,
  state      TEXT NOT NULL DEFAULT 'queued',   -- queued | stored | failed
  article_id TEXT,
  collection TEXT,
  queued     TIMESTAMPTZ NOT NULL DEFAULT now(),
  done       TIMESTAMPTZ
);
CREATE INDEX ingest_items_state ON ingest_items (state) WHERE state = 'queued';

-- Incremental story assignment (src/story/persist.ts), as SQLite migration 002: the StoryIndex
-- state as one JSON row with an update stamp, and one assignment row per article. seq is the
-- article's ingest_seq: assignment follows ingest order.
CREATE TABLE story_state (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  INTEGER NOT NULL,
  stamp    INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  json     TEXT NOT NULL,
  updated  TEXT NOT NULL
);
CREATE TABLE story_assignments (
  article_id   TEXT PRIMARY KEY,
  seq          BIGINT NOT NULL,
  story_id     TEXT NOT NULL,
  thread_id    TEXT NOT NULL,
  via          TEXT NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  duplicate_of TEXT
);
CREATE INDEX story_assignments_story ON story_assignments (story_id);
CREATE INDEX story_assignments_thread ON story_assignments (thread_id, seq);
`;

export const PG_MIGRATIONS: readonly PgMigration[] = [{ version: 1, name: 'initial', sql: M001 }];

/** Advisory lock keys (arbitrary constants, one per purpose). */
export const LOCK = { migrate: 7_421_001, link: 7_421_002, assign: 7_421_003, assignRun: 7_421_004 } as const;

/** Apply pending migrations in one transaction while holding the migration lock. */
export async function migrate(c: PoolClient, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number> {
  await c.query('BEGIN');
  try {
    await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK.migrate]);
    await c.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)');
    const { rows } = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    let current = rows[0]?.v ?? 0;
    for (const m of migrations) {
      if (m.version <= current) continue;
      await c.query(m.sql);
      await c.query('INSERT INTO schema_version (version, name, applied) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      current = m.version;
    }
    await c.query('COMMIT');
    return current;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  }
}
