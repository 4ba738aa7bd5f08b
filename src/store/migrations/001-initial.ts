// src/store/migrations/001-initial.ts — the first schema: articles (with the full Article JSON so
// reports never re-analyse), raw-input hashes, failures, collections, stories, FTS5 and filter indexes.
export const sql = `
CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,          -- rowid, for the FTS5 external-content table
  id           TEXT NOT NULL UNIQUE,         -- Article.id: hash of cleaned title + text
  input_path   TEXT,
  input_url    TEXT,
  input_format TEXT NOT NULL,
  outlet       TEXT,
  title        TEXT,
  published    TEXT,
  language     TEXT,
  text         TEXT NOT NULL,
  json         TEXT NOT NULL,                -- the whole Article as analysed
  signature    BLOB,                         -- MinHash over word 5-shingles (Uint32 little-endian), NULL if too short
  near_dup_of  TEXT REFERENCES articles(id), -- root of its near-duplicate group, NULL for a root
  added        TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_near_dup ON articles(near_dup_of);

-- Every raw input seen (hash of its content and metadata) -> the article it produced, so a rerun
-- skips known inputs before analysis.
CREATE TABLE raw_inputs (
  raw_hash   TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id)
) WITHOUT ROWID;

-- LSH bands of the MinHash signatures: key = band index * 2^32 + hash of the band's rows.
CREATE TABLE lsh_bands (
  key        INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (key, article_id)
) WITHOUT ROWID;

CREATE TABLE failures (
  id      INTEGER PRIMARY KEY,
  input   TEXT,
  line    INTEGER,
  format  TEXT,
  code    TEXT NOT NULL,
  message TEXT NOT NULL,
  time    TEXT NOT NULL
);

CREATE TABLE collections (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL
);
CREATE TABLE collection_articles (
  collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
  article_id    TEXT NOT NULL REFERENCES articles(id),
  PRIMARY KEY (collection_id, article_id)
) WITHOUT ROWID;

CREATE TABLE threads (
  id    TEXT PRIMARY KEY,
  title TEXT,
  json  TEXT NOT NULL
);
CREATE TABLE stories (
  id        TEXT PRIMARY KEY,
  thread_id TEXT,
  title     TEXT,
  json      TEXT NOT NULL
);
CREATE TABLE story_articles (
  story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL,
  PRIMARY KEY (story_id, article_id)
) WITHOUT ROWID;
CREATE INDEX story_articles_article ON story_articles(article_id);

-- Filter indexes: every entity name and alias, every quoted speaker, per article.
CREATE TABLE article_entities (
  article_id TEXT NOT NULL REFERENCES articles(id),
  name       TEXT NOT NULL,
  type       TEXT NOT NULL
);
CREATE INDEX article_entities_name ON article_entities(name COLLATE NOCASE);
CREATE INDEX article_entities_article ON article_entities(article_id);
CREATE TABLE article_speakers (
  article_id TEXT NOT NULL REFERENCES articles(id),
  name       TEXT NOT NULL
);
CREATE INDEX article_speakers_name ON article_speakers(name COLLATE NOCASE);
CREATE INDEX article_speakers_article ON article_speakers(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
END;
`;
