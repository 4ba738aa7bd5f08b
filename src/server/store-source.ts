// src/server/store-source.ts — the WebSource over a Store (`parallax serve --db FILE`).
// Stories and threads are the stored rows that `parallax ingest` keeps up to date
// (src/story/persist.ts); comparisons are computed with compare() from the stored Articles, as
// analysed at ingest, and cached in memory per story/thread/collection id + member list. Search is
// the store's FTS5 search. POST /api/articles takes the `parallax ingest` path: analyse, commit in
// one transaction, assign stories. Opening never creates a database (read-only use stays read-only).
import { isInputError } from '../errors.js';
import { compare as compareArticles } from '../pipeline.js';
import { openStore, rawHash, type PreparedArticle, type Store, type SearchHit as StoreHit } from '../store/index.js';
import { assignStories } from '../story/persist.js';
import type { Article, Comparison, InputError, RawArticle, Story, Thread } from '../types.js';
import { analyseChunk } from '../worker/task.js';
import type { IngestResult, SearchFilters, SearchHit, Snippet, StoryQuery, WebSource } from './source.js';

/** Comparisons kept in memory (each is computed from up to a thread's worth of articles). */
const CACHE_SIZE = 256;
const SEARCH_LIMIT = 50;
const WORDS = /[\p{L}\p{N}_]+/gu;

export async function storeSource(file: string): Promise<WebSource> {
  return storeSourceOf(await openStore(file, { create: false }));
}

/** The WebSource over an open store (the caller closes the store). */
export function storeSourceOf(store: Store): WebSource {
  const comparisons = new Map<string, Comparison>();
  let grouping: { stamp: number; stories: Map<string, Story>; threads: Map<string, Thread> } | null = null;
  let writing: Promise<unknown> = Promise.resolve();

  /** Stored stories and threads, reloaded only when the story state changed (any writer). */
  async function groups(): Promise<{ stories: Map<string, Story>; threads: Map<string, Thread> }> {
    const stamp = store.storyStamp ? await store.storyStamp() : ((await store.storyState())?.stamp ?? 0);
    if (!grouping || grouping.stamp !== stamp) {
      const [ss, ts] = await Promise.all([store.stories(), store.threads()]);
      grouping = { stamp, stories: new Map(ss.map((s) => [s.id, s])), threads: new Map(ts.map((t) => [t.id, t])) };
    }
    return grouping;
  }

  /** Articles in the given order (the store returns storage order). */
  async function articlesOf(ids: string[]): Promise<Article[]> {
    const byId = new Map((await store.articles({ ids })).map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  }

  function comparisonOf(key: string, articles: Article[]): Comparison {
    const k = `${key}\u0000${articles.map((a) => a.id).join(',')}`;
    let c = comparisons.get(k);
    if (c) {
      comparisons.delete(k); // most recently used goes last
    } else {
      c = compareArticles(articles);
      if (comparisons.size >= CACHE_SIZE) comparisons.delete(comparisons.keys().next().value!);
    }
    comparisons.set(k, c);
    return c;
  }

  return {
    async listStories({ q, limit }: StoryQuery) {
      const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const all = [...(await groups()).stories.values()].filter((s) => {
        if (!words.length) return true;
        const hay = `${s.title ?? ''} ${s.outlets.join(' ')}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      });
      all.sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || a.id.localeCompare(b.id));
      return all.slice(0, limit);
    },
    async getStory(id) {
      const story = (await groups()).stories.get(id);
      if (!story) return null;
      const articles = await articlesOf(story.articles);
      return { story, comparison: comparisonOf(`s:${id}`, articles), articles };
    },
    async listThreads() {
      return [...(await groups()).threads.values()].filter((t) => t.stories.length > 0);
    },
    async getThread(id) {
      const g = await groups();
      const thread = g.threads.get(id);
      if (!thread) return null;
      const stories = thread.stories.map((s) => g.stories.get(s)).filter((s): s is Story => !!s);
      const articles = await articlesOf(stories.flatMap((s) => s.articles));
      return { thread, stories, comparison: comparisonOf(`t:${id}`, articles), articles };
    },
    async listCollections() {
      return (await store.collections()).map((c) => ({ name: c.name, articles: c.articles }));
    },
    async getCollection(name) {
      if (!(await store.collections()).some((c) => c.name === name)) return null;
      const articles = await store.articles({ collection: name });
      return { name, comparison: comparisonOf(`c:${name}`, articles), articles };
    },
    async getArticle(id) {
      return (await store.articles({ ids: [id] }))[0] ?? null;
    },
    async search(q: string, f: SearchFilters): Promise<SearchHit[]> {
      const base = { limit: f.limit ?? SEARCH_LIMIT, ...(f.outlet ? { outlet: f.outlet } : {}), ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
      let hits: StoreHit[];
      try {
        hits = await store.search({ query: q, ...base });
      } catch {
        // Broken FTS5 syntax (an unclosed quote...): search its plain words instead of failing.
        const words = q.match(WORDS);
        hits = words ? await store.search({ query: words.join(' '), ...base }) : [];
      }
      if (!hits.length) return [];
      const ids = hits.map((h) => h.id);
      const [stories, articles] = await Promise.all([store.storyOf(ids), store.articles({ ids })]);
      const text = new Map(articles.map((a) => [a.id, a.text]));
      return hits.map((h) => ({
        article: { id: h.id, outlet: h.outlet, title: h.title, published: h.published },
        story: stories.get(h.id) ?? null,
        score: h.score,
        snippets: [snippetOf(h, text.get(h.id) ?? '')],
      }));
    },
    ingest(raws: RawArticle[]): Promise<IngestResult> {
      // One write at a time from this server; other processes are handled by the store (WAL,
      // one transaction per batch) and by assignStories() (retries on a newer story state).
      const run = writing.then(() => ingestRaws(store, raws));
      writing = run.catch(() => {});
      return run;
    },
  };
}

/** Analyse, store and assign stories: what `parallax ingest` does for one batch. */
async function ingestRaws(store: Store, raws: RawArticle[]): Promise<IngestResult> {
  const r: IngestResult = { stored: 0, duplicates: 0, failed: 0, ids: [], errors: [] };
  const hashes = raws.map(rawHash);
  const known = await store.knownRaw(hashes);
  const todo = raws.map((raw, index) => ({ raw, rawHash: hashes[index]!, index })).filter((t) => !known.has(t.rawHash));
  const results = analyseChunk(todo);
  const prepared: PreparedArticle[] = [];
  const failures: InputError[] = [];
  const idOf = new Map<number, string>();
  results.forEach((res, k) => {
    const index = todo[k]!.index;
    if (isInputError(res)) {
      failures.push(res);
      r.errors.push({ index, code: res.error.code, message: res.error.message });
    } else {
      prepared.push(res);
      idOf.set(index, res.id);
    }
  });
  const done = await store.commit({ articles: prepared, failures, known: [...new Set(known.values())], collection: null });
  r.stored = done.added.length;
  r.failed = done.failures;
  r.duplicates = raws.length - r.stored - r.failed;
  raws.forEach((_, index) => {
    const id = known.get(hashes[index]!) ?? idOf.get(index);
    if (id !== undefined) r.ids.push(id);
  });
  if (r.stored > 0) await assignStories(store);
  return r;
}

/**
 * The store's snippet (whitespace collapsed, "…" at cut ends) as a Snippet: ellipses dropped,
 * marks shifted to match, and `offset` found by locating the snippet in the article's text with
 * whitespace runs collapsed the same way (0 when it is not there, e.g. a title match).
 */
export function snippetOf(h: Pick<StoreHit, 'snippet' | 'highlights'>, articleText: string): Snippet {
  let text = h.snippet;
  let cut = 0;
  while (text.startsWith('…') || text.startsWith(' ')) {
    text = text.slice(1);
    cut++;
  }
  text = text.replace(/[\s…]+$/u, '');
  const marks = h.highlights
    .map(([s, e]) => [Math.max(0, s - cut), Math.min(text.length, e - cut)] as [number, number])
    .filter(([s, e]) => e > s);
  return { text, marks, offset: locate(text, articleText) };
}

function locate(needle: string, haystack: string): number {
  if (!needle) return 0;
  const pos: number[] = [];
  let flat = '';
  let space = false;
  for (let i = 0; i < haystack.length; i++) {
    const ch = haystack[i]!;
    const ws = /\s/.test(ch);
    if (ws && space) continue;
    flat += ws ? ' ' : ch;
    pos.push(i);
    space = ws;
  }
  const at = flat.indexOf(needle);
  return at < 0 ? 0 : pos[at]!;
}
