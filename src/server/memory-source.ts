// src/server/memory-source.ts — a WebSource over articles held in memory. Used by tests and by
// `parallax serve PATH...`. Grouping is trivial unless one is given: each article is its own story,
// each story its own thread. Comparisons come from compare() (pipeline.ts), cached per group.
import { compare as compareArticles, process as processRaw } from '../pipeline.js';
import { isInputError } from '../errors.js';
import type { Article, Comparison, RawArticle, Story, Thread } from '../types.js';
import type { CollectionSummary, IngestResult, SearchFilters, SearchHit, Snippet, StoryQuery, WebSource } from './source.js';

/** Stories/threads/collections to serve; missing story fields are derived from the articles. */
export interface Grouping {
  stories?: (Partial<Story> & { articles: string[] })[];
  threads?: (Partial<Thread> & { id: string; stories: string[] })[];
  collections?: Record<string, string[]>;
}

export interface MemoryOptions {
  /** Replace compare() (tests use it to render hand-made comparisons). */
  compare?: (articles: Article[]) => Comparison;
}

const SNIPPET_RADIUS = 90;
const MAX_SNIPPETS = 3;

function day(d: string | null): string | null {
  return d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : d;
}

function minMax(dates: (string | null)[]): [string | null, string | null] {
  const ds = dates.filter((d): d is string => !!d).sort();
  return [ds[0] ?? null, ds[ds.length - 1] ?? null];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function snippetsOf(text: string, re: RegExp): { count: number; snippets: Snippet[] } {
  const hits: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    hits.push([m.index, m.index + m[0].length]);
  }
  const snippets: Snippet[] = [];
  let coveredTo = -1;
  for (const [s] of hits) {
    if (snippets.length >= MAX_SNIPPETS) break;
    if (s < coveredTo) continue;
    const from = Math.max(0, s - SNIPPET_RADIUS);
    const to = Math.min(text.length, s + SNIPPET_RADIUS);
    coveredTo = to;
    const marks = hits.filter(([a, b]) => a >= from && b <= to).map(([a, b]) => [a - from, b - from] as [number, number]);
    snippets.push({ text: text.slice(from, to), marks, offset: from });
  }
  return { count: hits.length, snippets };
}

export function memorySource(initial: Article[], grouping: Grouping = {}, options: MemoryOptions = {}): WebSource {
  const cmp = options.compare ?? compareArticles;
  const articles = new Map<string, Article>();
  const order: string[] = [];
  const stories = new Map<string, Story>();
  const threads = new Map<string, Thread>();
  const storyOfArticle = new Map<string, string>();
  const collections = new Map<string, string[]>(Object.entries(grouping.collections ?? {}));
  const cache = new Map<string, Comparison>();

  const arts = (ids: string[]) => ids.map((id) => articles.get(id)).filter((a): a is Article => !!a);
  const comparisonOf = (key: string, ids: string[]) => {
    let c = cache.get(key);
    if (!c) cache.set(key, (c = cmp(arts(ids))));
    return c;
  };

  function addStory(s: Partial<Story> & { articles: string[] }): Story {
    const as = arts(s.articles);
    const [first, last] = minMax(as.map((a) => day(a.published)));
    const id = s.id ?? `s-${s.articles[0] ?? stories.size}`;
    const story: Story = {
      id,
      title: s.title ?? as[0]?.title ?? null,
      thread: s.thread ?? `t-${id}`,
      articles: s.articles,
      outlets: s.outlets ?? [...new Set(as.map((a) => a.outlet).filter((o): o is string => !!o))],
      first: s.first ?? first,
      last: s.last ?? last,
    };
    stories.set(id, story);
    for (const a of s.articles) storyOfArticle.set(a, id);
    const t = threads.get(story.thread);
    if (t) { if (!t.stories.includes(id)) t.stories.push(id); }
    else threads.set(story.thread, { id: story.thread, title: story.title, stories: [id] });
    return story;
  }

  for (const a of initial) if (!articles.has(a.id)) { articles.set(a.id, a); order.push(a.id); }
  for (const t of grouping.threads ?? []) threads.set(t.id, { id: t.id, title: t.title ?? null, stories: [...t.stories] });
  for (const s of grouping.stories ?? []) {
    const thread = s.thread ?? [...threads.values()].find((t) => s.id && t.stories.includes(s.id))?.id;
    addStory({ ...s, ...(thread ? { thread } : {}) });
  }
  for (const id of order) if (!storyOfArticle.has(id)) addStory({ articles: [id] });

  const newest = (a: Story, b: Story) => (b.last ?? '').localeCompare(a.last ?? '') || a.id.localeCompare(b.id);

  return {
    async listStories({ q, limit }: StoryQuery) {
      const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const all = [...stories.values()].filter((s) => {
        if (!words.length) return true;
        const hay = `${s.title ?? ''} ${s.outlets.join(' ')}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      });
      return all.sort(newest).slice(0, limit);
    },
    async getStory(id) {
      const story = stories.get(id);
      if (!story) return null;
      return { story, comparison: comparisonOf(`s:${id}`, story.articles), articles: arts(story.articles) };
    },
    async listThreads() {
      return [...threads.values()].filter((t) => t.stories.length > 0);
    },
    async getThread(id) {
      const thread = threads.get(id);
      if (!thread) return null;
      const ss = thread.stories.map((s) => stories.get(s)).filter((s): s is Story => !!s);
      const ids = ss.flatMap((s) => s.articles);
      return { thread, stories: ss, comparison: comparisonOf(`t:${id}`, ids), articles: arts(ids) };
    },
    async listCollections(): Promise<CollectionSummary[]> {
      return [...collections].map(([name, ids]) => ({ name, articles: arts(ids).length }));
    },
    async getCollection(name) {
      const ids = collections.get(name);
      if (!ids) return null;
      return { name, comparison: comparisonOf(`c:${name}`, ids), articles: arts(ids) };
    },
    async getArticle(id) {
      return articles.get(id) ?? null;
    },
    async search(q: string, f: SearchFilters): Promise<SearchHit[]> {
      const terms = [...new Set(q.split(/\s+/).filter((w) => w.length > 0))];
      if (!terms.length) return [];
      const re = new RegExp(terms.map(escapeRe).join('|'), 'giu');
      const lower = terms.map((t) => t.toLowerCase());
      const hits: SearchHit[] = [];
      for (const id of order) {
        const a = articles.get(id)!;
        if (f.outlet && a.outlet !== f.outlet) continue;
        const d = day(a.published);
        if (f.from && (!d || d < f.from)) continue;
        if (f.to && (!d || d > f.to)) continue;
        const hay = `${a.title ?? ''}\n${a.text}`.toLowerCase();
        if (!lower.every((t) => hay.includes(t))) continue;
        const { count, snippets } = snippetsOf(a.text, re);
        const inTitle = lower.filter((t) => (a.title ?? '').toLowerCase().includes(t)).length;
        hits.push({
          article: { id: a.id, outlet: a.outlet, title: a.title, published: a.published },
          story: storyOfArticle.get(id) ?? null,
          score: count + 3 * inTitle,
          snippets,
        });
      }
      return hits.sort((x, y) => y.score - x.score || x.article.id.localeCompare(y.article.id)).slice(0, f.limit ?? 50);
    },
    async ingest(raws: RawArticle[]): Promise<IngestResult> {
      const r: IngestResult = { stored: 0, duplicates: 0, failed: 0, ids: [], errors: [] };
      raws.forEach((raw, index) => {
        const a = processRaw(raw);
        if (isInputError(a)) {
          r.failed++;
          r.errors.push({ index, code: a.error.code, message: a.error.message });
          return;
        }
        r.ids.push(a.id);
        if (articles.has(a.id)) { r.duplicates++; return; }
        articles.set(a.id, a);
        order.push(a.id);
        addStory({ articles: [a.id] });
        r.stored++;
      });
      return r;
    },
  };
}
