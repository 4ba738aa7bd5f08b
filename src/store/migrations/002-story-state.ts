// src/store/migrations/002-story-state.ts — incremental story assignment (src/story/persist.ts).
// `story_state` holds the StoryIndex state as one JSON row; `stamp` counts updates so two writers
// cannot both build on the same state (the second commit fails and retries on the new state).
// `story_assignments` is the per-article "assigned" flag and record: an article stored but absent
// here (a crash between the article batch and the story commit) is picked up by the next ingest.
// `seq` is articles.seq: assignment follows storage order.
export const sql = `
CREATE TABLE story_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  version   INTEGER NOT NULL,              -- StoryIndexState.version of the JSON
  stamp     INTEGER NOT NULL,              -- +1 per committed update
  articles  INTEGER NOT NULL,              -- articles assigned so far
  json      TEXT NOT NULL,
  updated   TEXT NOT NULL
);
CREATE TABLE story_assignments (
  article_id   TEXT PRIMARY KEY REFERENCES articles(id),
  seq          INTEGER NOT NULL,
  story_id     TEXT NOT NULL,
  thread_id    TEXT NOT NULL,
  via          TEXT NOT NULL,              -- duplicate | similar | new
  score        REAL NOT NULL,
  duplicate_of TEXT
) WITHOUT ROWID;
CREATE INDEX story_assignments_story ON story_assignments(story_id);
CREATE INDEX story_assignments_thread ON story_assignments(thread_id, seq);
`;
