// src/story/index.ts — the story stage: Article[] -> stories and threads (StoriesResult).
// `cluster(articles)` is the batch form: it feeds a StoryIndex in input order (what the store does
// one article at a time), then refines the result with the whole batch at hand (refine.ts: split,
// merge inside threads). With `refine: false` it equals adding the articles one by one. No I/O.
import type { Article, StoriesResult, Story, Thread } from '../types.js';
import { isoDay } from './dates.js';
import { storyFeatures, type FeatureOptions, type StoryFeatures } from './features.js';
import { refine, type RefineOptions } from './refine.js';
import { StoryIndex, type Assignment, type StoryOptions } from './story-index.js';

export { StoryIndex, DEFAULT_OPTIONS, type Assignment, type StoryOptions, type StoryIndexState } from './story-index.js';
export { storyFeatures, type StoryFeatures, type FeatureOptions } from './features.js';
export { articleDay } from './dates.js';
export { refine, REFINE_DEFAULTS, type RefineOptions } from './refine.js';

/** One article in a story's timeline (extra field of the contract). */
export interface TimelineEntry {
  id: string;
  date: string | null;
  outlet: string | null;
  title: string | null;
}

/** A story with its extras: timeline in date order and near-duplicate groups. */
export interface StoryOut extends Story {
  timeline: TimelineEntry[];
  /** Groups of article ids that are copies of one text (only groups of two or more). */
  duplicates: string[][];
}

/** A thread with its stories in time order and what each one adds to the earlier ones. */
export interface ThreadOut extends Thread {
  timeline: { story: string; first: string | null; title: string | null; adds: string[] }[];
}

export interface ClusterResult extends StoriesResult {
  stories: StoryOut[];
  threads: ThreadOut[];
}

export interface ClusterOptions extends FeatureOptions {
  story?: Partial<StoryOptions>;
  /** Batch refinement after the single pass (refine.ts); `false` gives exactly StoryIndex.add's result. */
  refine?: Partial<RefineOptions> | false;
}

const ADDS = 6;

/** Group analysed articles into stories and threads (input order decides ties). */
export function cluster(articles: Article[], opts: ClusterOptions = {}): ClusterResult {
  const index = new StoryIndex(opts.story);
  const feats = articles.map((a) => storyFeatures(a, { ...opts, labels: true }));
  const single = feats.map((f) => index.add(f));
  const assigned = opts.refine === false ? single : refine(feats, single, opts.refine ?? {});
  return buildResult(articles, feats, assigned);
}

/** Plain result objects from articles, their features and their assignments (same order). */
export function buildResult(articles: Article[], feats: StoryFeatures[], assigned: Assignment[]): ClusterResult {
  const byStory = new Map<string, number[]>();
  assigned.forEach((x, i) => {
    const l = byStory.get(x.story);
    if (l) l.push(i);
    else byStory.set(x.story, [i]);
  });
  const stories: StoryOut[] = [];
  const threadStories = new Map<string, StoryOut[]>();
  const storyTerms = new Map<string, Map<string, number>>();
  for (const [id, members] of byStory) {
    const first = members[0]!;
    const days = members.map((i) => feats[i]!.day).filter((d): d is number => d !== null);
    const timeline = members
      .map((i) => ({ id: articles[i]!.id, date: dayOf(feats[i]!.day), outlet: articles[i]!.outlet, title: articles[i]!.title }))
      .sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999'));
    const terms = new Map<string, number>();
    for (const i of members) {
      const f = feats[i]!;
      f.terms.forEach((_, k) => {
        const label = f.labels?.[k];
        if (label && !label.includes(' ')) terms.set(label, (terms.get(label) ?? 0) + f.weights[k]!);
      });
    }
    storyTerms.set(id, terms);
    const s: StoryOut = {
      id,
      title: representativeTitle(members.map((i) => articles[i]!)),
      thread: assigned[first]!.thread,
      articles: members.map((i) => articles[i]!.id),
      outlets: [...new Set(members.map((i) => articles[i]!.outlet).filter((o): o is string => !!o))].sort(),
      first: days.length ? isoDay(Math.min(...days)) : null,
      last: days.length ? isoDay(Math.max(...days)) : null,
      timeline,
      duplicates: duplicateGroups(members.map((i) => [articles[i]!.id, assigned[i]!.duplicateOf] as const)),
    };
    stories.push(s);
    const t = threadStories.get(s.thread);
    if (t) t.push(s);
    else threadStories.set(s.thread, [s]);
  }
  const threads: ThreadOut[] = [];
  for (const [id, list] of threadStories) {
    const ordered = [...list].sort((x, y) => (x.first ?? '9999').localeCompare(y.first ?? '9999'));
    const seen = new Set<string>();
    const timeline = ordered.map((s) => {
      const top = [...storyTerms.get(s.id)!].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 20).map((x) => x[0]);
      const adds = top.filter((t) => !seen.has(t)).slice(0, ADDS);
      for (const t of top) seen.add(t);
      return { story: s.id, first: s.first, title: s.title, adds };
    });
    threads.push({ id, title: ordered[0]?.title ?? null, stories: ordered.map((s) => s.id), timeline });
  }
  return {
    stories,
    threads,
    articles: articles.map((a) => ({ id: a.id, path: a.input.path, outlet: a.outlet, title: a.title })),
  };
}

function dayOf(d: number | null): string | null {
  return d === null ? null : isoDay(d);
}

/** The headline shared by most articles, else the first one (junk-free headlines are the clean stage's job). */
function representativeTitle(list: Article[]): string | null {
  const count = new Map<string, number>();
  for (const a of list) if (a.title) count.set(a.title, (count.get(a.title) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [t, c] of count) if (c > n) [best, n] = [t, c];
  return best;
}

/** Union near-duplicate links into groups (article ids, input order). */
function duplicateGroups(links: (readonly [string, string | null])[]): string[][] {
  const root = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (root.get(r) !== undefined && root.get(r) !== r) r = root.get(r)!;
    return r;
  };
  for (const [a] of links) root.set(a, a);
  for (const [a, b] of links) if (b && root.has(b) && b !== a) root.set(find(a), find(b));
  const groups = new Map<string, string[]>();
  for (const [a] of links) {
    const r = find(a);
    const g = groups.get(r);
    if (g) g.push(a);
    else groups.set(r, [a]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
