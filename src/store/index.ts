// src/store/index.ts — the store interface and `openStore()`. Every method is async so a
// PostgreSQL implementation can follow; the SQLite one (./sqlite.ts) answers synchronously inside.
// Only src/store/ imports a database driver.
import { existsSync } from 'node:fs';
import type { Article, InputError, StoriesResult, Story, Thread } from '../types.js';
import type { PreparedArticle } from './prepare.js';

export type { PreparedArticle } from './prepare.js';
export { prepareArticle, rawHash } from './prepare.js';

/** One transaction's worth of ingest results. */
export interface Batch {
  /** Newly analysed articles, in input order. */
  articles: PreparedArticle[];
  failures: InputError[];
  /** Ids of articles already stored (skipped before analysis), to file under `collection`. */
  known?: string[];
  /** Collection to file every article of the batch under (created when missing). */
  collection?: string | null;
}

export interface BatchResult {
  /** Ids stored for the first time. */
  added: string[];
  /** Ids whose content was already stored (same id): not stored again. */
  duplicates: string[];
  /** New articles linked to an earlier near-duplicate: `of` is the group's root id. */
  nearDuplicates: { id: string; of: string; similarity: number }[];
  failures: number;
}

export interface ArticleFilter {
  collection?: string;
  story?: string;
  ids?: string[];
  /** A page of the result, in the same order: at most `limit` articles after skipping `offset`. */
  limit?: number;
  offset?: number;
}

/** A re-run analysis of a stored article: same id and text, new findings (see updateAnalyses). */
export interface AnalysisUpdate {
  id: string;
  /** The whole Article as JSON. */
  json: string;
  /** [name, type] for every entity name and alias, and every named speaker (as PreparedArticle). */
  entities: [string, string][];
  speakers: string[];
}

export interface SearchQuery {
  query: string;
  outlet?: string;
  /** Inclusive ISO date (prefix) bounds on `published`. */
  from?: string;
  to?: string;
  entity?: string;
  speaker?: string;
  collection?: string;
  limit?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** Plain-text excerpt around the best match. */
  snippet: string;
  /** Matched terms inside `snippet`, as [start, end] offsets. */
  highlights: [number, number][];
  /** Relevance, higher is better (negated bm25, 4 significant digits). */
  score: number;
}

export interface FailureRecord {
  input: string | null;
  line: number | null;
  format: string | null;
  code: string;
  message: string;
  time: string;
}

export interface CollectionInfo {
  name: string;
  articles: number;
  created: string;
}

export interface StoreStats {
  articles: number;
  nearDuplicates: number;
  failures: number;
  collections: number;
  stories: number;
}

/** Where one article was placed by incremental story assignment (src/story/persist.ts). */
export interface StoryAssignment {
  article: string;
  /** articles.seq: assignment follows storage order. */
  seq: number;
  story: string;
  thread: string;
  via: 'duplicate' | 'similar' | 'new';
  score: number;
  duplicateOf: string | null;
}

/** The persisted StoryIndex state: its JSON text as given, never parsed by the store. */
export interface StoredStoryState {
  version: number;
  /** Update counter: commitStories() must name the stamp it built on. */
  stamp: number;
  articles: number;
  json: string;
}

/** One incremental story update, written in a single transaction by commitStories(). */
export interface StoryUpdate {
  /** The stamp of the state this update was built on (0 when there was none). */
  basedOn: number;
  state: { version: number; articles: number; json: string };
  assignments: StoryAssignment[];
  /** Stories and threads to upsert (every story of every thread that changed). */
  stories: Story[];
  threads: Thread[];
}

/** An article stored but not yet assigned to a story, with its near-duplicate root. */
export interface UnassignedArticle {
  seq: number;
  article: Article;
  nearDupOf: string | null;
}

export interface Store {
  /** The path or URL it was opened with. */
  readonly target: string;
  /** Current schema version (the number of migrations applied). */
  schemaVersion(): Promise<number>;
  /** For raw-input hashes, the id of the article each produced, when already stored. */
  knownRaw(hashes: string[]): Promise<Map<string, string>>;
  /** Store one batch in a single transaction: all of it or none of it. */
  commit(batch: Batch): Promise<BatchResult>;
  /** Stored Articles, in storage order, filtered by collection, story and/or ids (ANDed). */
  articles(filter?: ArticleFilter): Promise<Article[]>;
  /**
   * Replace the stored analyses of existing articles (JSON and the entity / speaker filter rows) in
   * ONE transaction; ids, text, near-duplicate links and story assignments stay. Returns how many
   * articles were updated (ids not stored are skipped).
   */
  updateAnalyses(updates: AnalysisUpdate[]): Promise<number>;
  search(q: SearchQuery): Promise<SearchHit[]>;
  failures(): Promise<FailureRecord[]>;
  collections(): Promise<CollectionInfo[]>;
  /** Store stories and threads as given (upsert by id); `replace` drops earlier ones first. */
  saveStories(result: StoriesResult, opts?: { replace?: boolean }): Promise<void>;
  stats(): Promise<StoreStats>;
  /** The story state's update counter (0 before the first assignment): cheap, for caches. Optional: without it callers read storyState(). */
  storyStamp?(): Promise<number>;
  /** The persisted story-index state, or null before the first assignment. */
  storyState(): Promise<StoredStoryState | null>;
  /** Up to `limit` stored articles with no story assignment and seq > `after`, in storage order. */
  unassigned(after: number, limit: number): Promise<UnassignedArticle[]>;
  /** Assignments of the given articles and/or of every article in the given threads (ORed), seq order. */
  assignments(filter: { articles?: string[]; threads?: string[] }): Promise<StoryAssignment[]>;
  /**
   * State, assignments, stories and threads in ONE transaction. Throws StoryStateConflict (and
   * writes nothing) when the stored stamp is no longer `basedOn`: another writer got there first.
   */
  commitStories(u: StoryUpdate): Promise<void>;
  /** Stored stories / threads (all, or the given ids), in storage order. */
  stories(filter?: { ids?: string[] }): Promise<Story[]>;
  threads(filter?: { ids?: string[] }): Promise<Thread[]>;
  /** Story id of each given article that has one. */
  storyOf(articles: string[]): Promise<Map<string, string>>;
  close(): Promise<void>;
}

/** commitStories() found a newer story state than the one the update was built on. */
export class StoryStateConflict extends Error {
  constructor(expected: number, found: number) {
    super(`story state changed while assigning (expected stamp ${expected}, found ${found})`);
    this.name = 'StoryStateConflict';
  }
}

export const DEFAULT_DB = './parallax.db';

/**
 * Open (migrating if needed) the store at `target`: a file path -> SQLite. A missing file is
 * created, unless `create: false` (read-only commands), which throws "no database at ...".
 */
export async function openStore(target: string = DEFAULT_DB, opts: { create?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(target)) {
    const { PostgresStore } = await import('./postgres/store.js'); // migrates; a server that is down throws
    return PostgresStore.open(target);
  }
  if (opts.create === false && target !== ':memory:' && !existsSync(target)) {
    throw new Error(`no database at ${target} (create one with: parallax ingest PATH --db ${target})`);
  }
  const { SqliteStore } = await import('./sqlite.js');
  return new SqliteStore(target);
}

/** Open the store at `target` (default ./parallax.db), run `fn`, and close it whatever happens. */
export async function withStore<T>(target: string | undefined, opts: { create?: boolean }, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(target ?? DEFAULT_DB, opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
