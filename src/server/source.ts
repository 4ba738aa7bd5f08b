// src/server/source.ts — what the web pages and the API need from storage, as one interface.
// The server never touches SQLite or clustering: an in-memory implementation (memory-source.ts)
// serves tests and `parallax serve PATH...`; a store-backed adapter serves `--db FILE`.
import type { Article, Comparison, RawArticle, Span, Story, Thread } from '../types.js';

export interface StoryQuery {
  /** Words that must all appear in the story title or outlets (case-insensitive). */
  q?: string;
  limit: number;
}

export interface StoryView {
  story: Story;
  comparison: Comparison;
  articles: Article[];
}

export interface ThreadView {
  thread: Thread;
  stories: Story[];
  comparison: Comparison;
  articles: Article[];
}

export interface CollectionSummary {
  name: string;
  articles: number;
}

export interface CollectionView {
  name: string;
  comparison: Comparison;
  articles: Article[];
}

export interface SearchFilters {
  outlet?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
}

/** A piece of article text around a match; `marks` are offsets into `text` (not the article). */
export interface Snippet {
  text: string;
  marks: Span[];
  /** Where `text` starts in the article's cleaned text. */
  offset: number;
}

export interface SearchHit {
  article: { id: string; outlet: string | null; title: string | null; published: string | null };
  story: string | null;
  score: number;
  snippets: Snippet[];
}

export interface IngestResult {
  stored: number;
  duplicates: number;
  failed: number;
  /** Ids of the stored or already-present articles, in input order. */
  ids: string[];
  errors: { index: number; code: string; message: string }[];
}

/** Everything the pages and the JSON API read or write. All methods are async. */
export interface WebSource {
  listStories(query: StoryQuery): Promise<Story[]>;
  getStory(id: string): Promise<StoryView | null>;
  listThreads(): Promise<Thread[]>;
  getThread(id: string): Promise<ThreadView | null>;
  listCollections(): Promise<CollectionSummary[]>;
  getCollection(name: string): Promise<CollectionView | null>;
  getArticle(id: string): Promise<Article | null>;
  search(q: string, filters: SearchFilters): Promise<SearchHit[]>;
  ingest(raws: RawArticle[]): Promise<IngestResult>;
}
