// src/story/persist.ts — keep the stories of a store up to date, incrementally.
// Contract: every stored article gets exactly one story. `assignStories(store)` loads the persisted
// StoryIndex state, adds each not-yet-assigned article's features in storage order, updates the
// stories that gained articles and their threads, and writes state + assignments + stories + threads
// in ONE transaction (Store.commitStories). A crash leaves the old state and the articles unassigned;
// the next call picks them up. Same storage order -> same stories (StoryIndex is deterministic).
// Earlier assignments never move, and a story that gained nothing is not rewritten.
// With `refine`, the stories a call opens are refined as a batch (refine.ts) before the commit, and
// the index state is rebuilt to hold the refined grouping: a store filled by one call then has the
// membership cluster() gives over its articles (the single pass only, without `refine`).
// Near-duplicates the store already linked (articles.near_dup_of) join their root's story without
// entering the index: a copy adds no evidence, and the store's 5-shingle MinHash is the stronger test.
// Cost: each new article is read and featurised once; stories and threads are updated from their
// stored rows (the story JSON keeps its timeline and summed term weights as extras), never by
// re-reading their older articles.
import { StoryStateConflict, type Store, type StoryAssignment } from '../store/index.js';
import type { Story, Thread } from '../types.js';
import { isoDay } from './dates.js';
import { storyFeatures, type StoryFeatures } from './features.js';
import type { StoryOut, ThreadOut, TimelineEntry } from './index.js';
import { refine, type RefineOptions } from './refine.js';
import { StoryIndex, type Assignment, type StoryIndexState, type StoryOptions } from './story-index.js';

export interface AssignOptions {
  /** Options for a new index (an existing state keeps its own). */
  story?: Partial<StoryOptions>;
  /** Articles read per page (bounds memory on large ingests). */
  pageSize?: number;
  /** Attempts when another writer commits a newer state meanwhile. */
  retries?: number;
  /**
   * Refine the stories this call opens with the batch refinement of refine.ts (split, merge within
   * threads) before committing: the grouping a one-run ingest stores then equals `cluster()`'s.
   * Stories stored earlier never change. Off by default: distributed workers assign in small,
   * timing-dependent steps, where it would make the grouping depend on the steps.
   */
  refine?: boolean | Partial<RefineOptions>;
  /** Calls that assign more articles than this skip the refinement (bounds memory; default 50,000). */
  refineLimit?: number;
}

const REFINE_LIMIT = 50_000;

export interface AssignSummary {
  /** Articles assigned by this call. */
  assigned: number;
  /** Stories opened by this call. */
  newStories: number;
  /** Story rows written: every story that gained articles. */
  touched: number;
}

/** A stored story row: the contract Story, its extras, and summed term weights for thread "adds". */
export interface StoredStory extends StoryOut {
  terms?: [string, number][];
}

/** What a new member brings to its story. */
export interface Member {
  entry: TimelineEntry;
  duplicateOf: string | null;
  terms: Map<string, number>;
}

/** Term weights kept per story row; a thread shows the top ADD_POOL of each story, ADDS of them new. */
const KEEP_TERMS = 64;
const ADD_POOL = 20;
const ADDS = 6;
const NONE: AssignSummary = { assigned: 0, newStories: 0, touched: 0 };

export async function assignStories(store: Store, opts: AssignOptions = {}): Promise<AssignSummary> {
  const retries = opts.retries ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await assignOnce(store, opts);
    } catch (e) {
      if (!(e instanceof StoryStateConflict) || attempt >= retries) throw e;
    }
  }
}

async function assignOnce(store: Store, opts: AssignOptions): Promise<AssignSummary> {
  const pageSize = opts.pageSize ?? 500;
  if ((await store.unassigned(0, 1)).length === 0) return NONE; // nothing to do: skip parsing the state
  const saved = await store.storyState();
  const load = (): StoryIndex => (saved ? StoryIndex.fromJSON(JSON.parse(saved.json) as StoryIndexState) : new StoryIndex(opts.story));
  let index = load();
  const storiesBefore = index.storyCount;
  const fresh = new Map<string, StoryAssignment>();
  const members = new Map<string, Member>();
  /** Articles that went through the index (not store-linked copies), in order, with what it said. */
  const added: { f: StoryFeatures; r: Assignment }[] = [];
  /** Store-linked copies: article -> root (a root assigned in this call may still move). */
  const rootOf = new Map<string, string>();
  const limit = opts.refine ? (opts.refineLimit ?? REFINE_LIMIT) : 0;
  for (let after = 0; ; ) {
    const page = await store.unassigned(after, pageSize);
    if (page.length === 0) break;
    const roots = [...new Set(page.map((p) => p.nearDupOf).filter((r): r is string => r !== null && !fresh.has(r)))];
    const earlier = new Map((roots.length ? await store.assignments({ articles: roots }) : []).map((a) => [a.article, a]));
    for (const p of page) {
      after = p.seq;
      const a = p.article;
      const f = storyFeatures(a, { labels: true });
      const root = p.nearDupOf === null ? undefined : (fresh.get(p.nearDupOf) ?? earlier.get(p.nearDupOf));
      let x: StoryAssignment;
      if (root) {
        x = { article: a.id, seq: p.seq, story: root.story, thread: root.thread, via: 'duplicate', score: 1, duplicateOf: p.nearDupOf };
        if (fresh.has(root.article)) rootOf.set(a.id, root.article);
      } else {
        const r = index.add(f);
        x = { article: a.id, seq: p.seq, story: r.story, thread: r.thread, via: r.via, score: r.score, duplicateOf: r.duplicateOf };
        if (limit > 0 && added.length <= limit) added.push({ f, r });
      }
      fresh.set(a.id, x);
      const terms = new Map<string, number>();
      f.terms.forEach((_, k) => {
        const label = f.labels?.[k];
        if (label && !label.includes(' ')) terms.set(label, (terms.get(label) ?? 0) + f.weights[k]!);
      });
      members.set(a.id, { entry: { id: a.id, date: f.day === null ? null : isoDay(f.day), outlet: a.outlet, title: a.title }, duplicateOf: x.duplicateOf, terms });
    }
  }
  if (fresh.size === 0) return NONE;
  if (opts.refine && added.length <= limit) {
    const refined = refineNew(added, storiesBefore, opts.refine === true ? {} : opts.refine);
    if (refined) {
      // Rebuild the index state with the refined grouping, in the same order.
      index = load();
      for (const { f } of added) {
        const y = refined.get(f.id);
        const x = fresh.get(f.id)!;
        if (y) Object.assign(x, { story: y.story, thread: y.thread, via: y.via, score: y.score, duplicateOf: y.duplicateOf });
        members.get(f.id)!.duplicateOf = x.duplicateOf;
        index.place(f, x.story, x.thread);
      }
      for (const [id, root] of rootOf) {
        const [x, y] = [fresh.get(id)!, fresh.get(root)!];
        x.story = y.story;
        x.thread = y.thread;
      }
    }
  }
  const gained = new Map<string, { thread: string; members: Member[] }>();
  for (const x of fresh.values()) {
    let g = gained.get(x.story);
    if (!g) gained.set(x.story, (g = { thread: x.thread, members: [] }));
    g.members.push(members.get(x.article)!);
  }

  const old = new Map((await store.stories({ ids: [...gained.keys()] })).map((s) => [s.id, s as StoredStory]));
  const stories = [...gained].map(([id, g]) => mergeStory(old.get(id) ?? null, id, g.thread, g.members));
  const threads = await updateThreads(store, stories);

  const state = index.toJSON();
  await store.commitStories({
    basedOn: saved?.stamp ?? 0,
    state: { version: state.version, articles: (saved?.articles ?? 0) + fresh.size, json: JSON.stringify(state) },
    assignments: [...fresh.values()],
    stories,
    threads,
  });
  return { assigned: fresh.size, newStories: index.storyCount - storiesBefore, touched: stories.length };
}

/**
 * Batch refinement (refine.ts) of the stories this call opened, over their members only: stories
 * stored before keep every member, and articles that joined them stay. Returns the refined
 * assignments by article id, or null when nothing changed.
 */
function refineNew(added: { f: StoryFeatures; r: Assignment }[], storiesBefore: number, o: Partial<RefineOptions>): Map<string, Assignment> | null {
  const mine = added.filter((x) => x.r.storyIndex >= storiesBefore);
  if (mine.length < 2) return null;
  const out = refine(mine.map((x) => x.f), mine.map((x) => x.r), o);
  if (out.every((y, i) => y.story === mine[i]!.r.story)) return null;
  return new Map(out.map((y, i) => [mine[i]!.f.id, y]));
}

/** A story row with new members appended (same fields and rules as buildResult() in index.ts). */
export function mergeStory(old: StoredStory | null, id: string, thread: string, members: Member[]): StoredStory {
  const articles = [...(old?.articles ?? []), ...members.map((m) => m.entry.id)];
  const entries = new Map<string, TimelineEntry>((old?.timeline ?? []).map((e) => [e.id, e]));
  for (const m of members) entries.set(m.entry.id, m.entry);
  const inOrder = articles.map((a) => entries.get(a) ?? { id: a, date: null, outlet: null, title: null });
  const dates = inOrder.map((e) => e.date).filter((d): d is string => d !== null).sort();
  const terms = new Map<string, number>(old?.terms ?? []);
  for (const m of members) m.terms.forEach((w, t) => terms.set(t, (terms.get(t) ?? 0) + w));
  return {
    id,
    title: representativeTitle(inOrder.map((e) => e.title)),
    thread: old?.thread ?? thread,
    articles,
    outlets: [...new Set(inOrder.map((e) => e.outlet).filter((o): o is string => !!o))].sort(),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    timeline: [...inOrder].sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999')),
    duplicates: duplicateGroups(articles, old?.duplicates ?? [], members),
    terms: [...terms]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .slice(0, KEEP_TERMS)
      .map(([t, w]) => [t, Math.round(w * 1000) / 1000] as [string, number]),
  };
}

/** Rebuild each thread that holds a changed story, from its stored story rows plus the changed ones. */
async function updateThreads(store: Store, changed: StoredStory[]): Promise<ThreadOut[]> {
  const byThread = new Map<string, StoredStory[]>();
  for (const s of changed) {
    const l = byThread.get(s.thread);
    if (l) l.push(s);
    else byThread.set(s.thread, [s]);
  }
  const oldThreads = new Map((await store.threads({ ids: [...byThread.keys()] })).map((t): [string, Thread] => [t.id, t]));
  const changedIds = new Set(changed.map((s) => s.id));
  const need = [...oldThreads.values()].flatMap((t) => t.stories).filter((s) => !changedIds.has(s));
  const others = new Map((need.length ? await store.stories({ ids: need }) : []).map((s): [string, Story] => [s.id, s]));
  const out: ThreadOut[] = [];
  for (const [id, list] of byThread) {
    const ids = [...(oldThreads.get(id)?.stories ?? [])];
    for (const s of list) if (!ids.includes(s.id)) ids.push(s.id);
    const latest = new Map(list.map((s) => [s.id, s]));
    const members = ids.map((s) => latest.get(s) ?? (others.get(s) as StoredStory | undefined)).filter((s): s is StoredStory => !!s);
    out.push(threadOf(id, members));
  }
  return out;
}

function threadOf(id: string, list: StoredStory[]): ThreadOut {
  const ordered = [...list].sort((x, y) => (x.first ?? '9999').localeCompare(y.first ?? '9999'));
  const seen = new Set<string>();
  const timeline = ordered.map((s) => {
    const top = (s.terms ?? []).slice(0, ADD_POOL).map((t) => t[0]);
    const adds = top.filter((t) => !seen.has(t)).slice(0, ADDS);
    for (const t of top) seen.add(t);
    return { story: s.id, first: s.first, title: s.title, adds };
  });
  return { id, title: ordered[0]?.title ?? null, stories: ordered.map((s) => s.id), timeline };
}

/** The headline shared by most members, ties to the earliest (as buildResult()). */
function representativeTitle(titles: (string | null)[]): string | null {
  const count = new Map<string, number>();
  for (const t of titles) if (t) count.set(t, (count.get(t) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [t, c] of count) if (c > n) [best, n] = [t, c];
  return best;
}

/** Copies of one text inside the story: earlier groups joined with the new members' links. */
function duplicateGroups(articles: string[], earlier: string[][], members: Member[]): string[][] {
  const parent = new Map<string, string>(articles.map((a) => [a, a]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const g of earlier) for (const a of g.slice(1)) union(a, g[0]!);
  for (const m of members) if (m.duplicateOf) union(m.entry.id, m.duplicateOf);
  const groups = new Map<string, string[]>();
  for (const a of articles) {
    const r = find(a);
    const g = groups.get(r);
    if (g) g.push(a);
    else groups.set(r, [a]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
