// src/story/story-index.ts — incremental story and thread assignment.
// `add(features)` puts one article into an existing story or opens a new one, without touching
// earlier assignments: cost is bounded by the candidates retrieved (LSH bands, postings of the
// article's most distinctive terms), never all pairs. Same input order -> same result, and the
// whole state is plain JSON (`toJSON()` / `StoryIndex.fromJSON()`) so a store can persist it.
import { actorConflict, addSig, emptySig, monthDayGap, numberConflict, type StorySig } from './conflict.js';
import type { StoryFeatures } from './features.js';
import { sortedHas } from '../util/sorted.js';

export interface StoryOptions {
  /** Cosine (TF-IDF, article vs story centroid) needed to join a story. */
  storyThreshold: number;
  /** Looser cosine that links a new story to the thread of an earlier one. */
  threadThreshold: number;
  /** Band keys shared with one story that make a near-duplicate (of 8). */
  dupBands: number;
  /** Days an article may lie outside a story's date range (both dates known). */
  storyDays: number;
  /** Days a new story may lie from an earlier one of its thread (both known). */
  threadDays: number;
  /** Pseudo-documents added to every term's IDF: keeps a young index from treating shared words as common. */
  idfPrior: number;
  /** Terms kept per story centroid; terms per article put into postings; stories kept per posting. */
  centroidTerms: number;
  postTerms: number;
  postingCap: number;
  /** Share (idf-weighted) of the article's main names the story must already know; below it no join. */
  nameAgreement: number;
  /** Candidate stories scored per article. */
  candidates: number;
  /** Main actors that disagree (conflict.ts) forbid a join (the article may still join the thread). */
  actorVeto: boolean;
  /** Factor on the cosine when lead counts disagree ("23 pirates" vs "26 pirates"). */
  numberPenalty: number;
}

export const DEFAULT_OPTIONS: StoryOptions = {
  storyThreshold: 0.15,
  threadThreshold: 0.12,
  dupBands: 3,
  storyDays: 4,
  threadDays: 60,
  idfPrior: 30,
  centroidTerms: 96,
  postTerms: 16,
  postingCap: 32,
  candidates: 24,
  nameAgreement: 0,
  actorVeto: true,
  numberPenalty: 0.5,
};

const MAX_STORY_NAMES = 64;


/** One story: a centroid of summed term weights (sorted by term), its size, days and thread. */
interface StoryState {
  id: string;
  thread: number;
  terms: number[];
  sums: number[];
  /** Names seen in the story's articles (sorted, capped). */
  names: number[];
  /** Norm of sums x idf, and the article count it was computed at. */
  norm: number;
  normN: number;
  size: number;
  first: number | null;
  last: number | null;
  /** Summary of the members' event signatures (conflict.ts). */
  sig: StorySig;
}

export interface Assignment {
  /** Story and thread ids (stable: derived from the first article of each). */
  story: string;
  thread: string;
  /** Index of the story / thread in creation order. */
  storyIndex: number;
  threadIndex: number;
  /** How the article was placed: `duplicate` (LSH), `similar` (cosine), `new`. */
  via: 'duplicate' | 'similar' | 'new';
  /** Cosine to the chosen story (1 for a duplicate, 0 for a new story). */
  score: number;
  /** Id of the earlier article this one copies (via `duplicate`), else null. */
  duplicateOf: string | null;
  /** Story index of the best candidate whose join the actor veto refused, when the article's main actor is in its headline (a confident veto: batch refinement keeps them apart). */
  vetoed?: number;
}

export interface StoryIndexState {
  /** 2 adds `sig` to every story; a version-1 state loads with empty signatures. */
  version: 1 | 2;
  options: StoryOptions;
  n: number;
  df: [number, number][];
  stories: StoryState[];
  threads: string[];
  articles: string[];
  articleStory: number[];
  bands: [number, number][];
  postings: [number, number[]][];
}

export class StoryIndex {
  readonly options: StoryOptions;
  private n = 0;
  private df = new Map<number, number>();
  private stories: StoryState[] = [];
  private threads: string[] = [];
  private articles: string[] = [];
  private articleStory: number[] = [];
  private byId = new Map<string, number>();
  private bands = new Map<number, number>();
  private postings = new Map<number, number[]>();
  /** Story and thread ids -> indexes, built on the first `place` (add() never needs them). */
  private ids?: { stories: Map<string, number>; threads: Map<string, number> };

  constructor(options: Partial<StoryOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  get size(): number {
    return this.articles.length;
  }
  get storyCount(): number {
    return this.stories.length;
  }

  /** Story and thread ids of an article already added, or null. */
  lookup(articleId: string): { story: string; thread: string } | null {
    const i = this.byId.get(articleId);
    if (i === undefined) return null;
    const s = this.stories[this.articleStory[i]!]!;
    return { story: s.id, thread: this.threads[s.thread]! };
  }

  private idf(t: number): number {
    return Math.log((this.n + this.options.idfPrior) / ((this.df.get(t) ?? 0) + 0.5));
  }

  /**
   * Cosine between the article (weights x idf now) and a story centroid (sums x idf). The story's
   * norm is the one computed when it last changed (idf drifts slowly), so scoring a candidate is one
   * merge-join of two short sorted arrays with no lookups.
   */
  private cosine(f: StoryFeatures, aw: number[], an: number, s: StoryState): number {
    if (this.n - s.normN > s.normN * 0.05) this.refreshNorm(s);
    let dot = 0;
    let i = 0;
    let j = 0;
    const st = s.terms;
    const ft = f.terms;
    while (i < st.length && j < ft.length) {
      const x = st[i]!;
      const y = ft[j]!;
      if (x < y) i++;
      else if (x > y) j++;
      else {
        dot += s.sums[i]! * aw[j]! * (aw[j]! / f.weights[j]!);
        i++;
        j++;
      }
    }
    return s.norm > 0 && an > 0 ? dot / (s.norm * Math.sqrt(an)) : 0;
  }

  private refreshNorm(s: StoryState): void {
    let nn = 0;
    for (let k = 0; k < s.terms.length; k++) {
      const v = s.sums[k]! * this.idf(s.terms[k]!);
      nn += v * v;
    }
    s.norm = Math.sqrt(nn);
    s.normN = this.n;
  }

  /**
   * Idf-weighted share of the article's main names that the story has seen; 1 when the article
   * names fewer than two. Look-alike events (two arrests, two earthquakes) share their topic words
   * but not their people and places, and this is what tells them apart.
   */
  private nameShare(f: StoryFeatures, s: StoryState): number {
    if (f.names.length < 2) return 1;
    let all = 0;
    let hit = 0;
    for (const t of f.names) {
      const w = this.idf(t);
      all += w;
      if (sortedHas(s.names, t)) hit += w;
    }
    return all > 0 ? hit / all : 1;
  }

  private nearDuplicate(f: StoryFeatures): { article: number; hits: number } | null {
    const hits = new Map<number, number>();
    for (const k of f.bands) {
      const a = this.bands.get(k);
      if (a !== undefined) hits.set(a, (hits.get(a) ?? 0) + 1);
    }
    let best: { article: number; hits: number } | null = null;
    for (const [a, h] of hits) if (h >= this.options.dupBands && (!best || h > best.hits || (h === best.hits && a < best.article))) best = { article: a, hits: h };
    return best;
  }

  private candidates(f: StoryFeatures): number[] {
    const count = new Map<number, number>();
    for (const t of f.terms) {
      const p = this.postings.get(t);
      if (p) for (const s of p) count.set(s, (count.get(s) ?? 0) + 1);
    }
    const list = [...count].sort((x, y) => y[1] - x[1] || y[0] - x[0]);
    return list.slice(0, this.options.candidates).map((x) => x[0]);
  }

  private dayGap(day: number | null, s: StoryState): number {
    if (day === null || s.first === null || s.last === null) return 0;
    return day < s.first ? s.first - day : day > s.last ? day - s.last : 0;
  }

  /** Assign one article. Adding the same article id again returns its earlier assignment. */
  add(f: StoryFeatures): Assignment {
    const o = this.options;
    const seen = this.byId.get(f.id);
    if (seen !== undefined) {
      const si = this.articleStory[seen]!;
      const s = this.stories[si]!;
      return { story: s.id, thread: this.threads[s.thread]!, storyIndex: si, threadIndex: s.thread, via: 'duplicate', score: 1, duplicateOf: f.id };
    }
    const aw = this.count(f);
    let an = 0;
    for (const v of aw) an += v * v;

    let story = -1;
    let via: Assignment['via'] = 'new';
    let score = 0;
    let duplicateOf: string | null = null;
    const dup = this.nearDuplicate(f);
    if (dup) {
      story = this.articleStory[dup.article]!;
      via = 'duplicate';
      score = 1;
      duplicateOf = this.articles[dup.article]!;
    }
    let threadOf = -1;
    let vetoed = -1;
    if (story < 0) {
      let best = -1;
      let bestSim = 0;
      let threadSim = 0;
      let vetoSim = 0;
      for (const si of this.candidates(f)) {
        const s = this.stories[si]!;
        // Both full dates known: their distance; else a yearless month-day against the other side.
        const gap = f.day !== null && s.first !== null ? this.dayGap(f.day, s) : monthDayGap(f, s.sig, s.first, s.last);
        if (gap > o.threadDays) continue;
        const sim = this.cosine(f, aw, an, s);
        const storySim = numberConflict(f, s.sig) ? sim * o.numberPenalty : sim;
        if (
          gap <= o.storyDays &&
          storySim >= o.storyThreshold &&
          (storySim > bestSim || (storySim === bestSim && si < best)) &&
          this.nameShare(f, s) >= o.nameAgreement
        ) {
          if (!(o.actorVeto && actorConflict(f, s.sig))) {
            best = si;
            bestSim = storySim;
          } else if (f.keyInTitle && storySim > vetoSim) {
            vetoSim = storySim;
            vetoed = si;
          }
        }
        if (sim >= o.threadThreshold && sim > threadSim) {
          threadSim = sim;
          threadOf = s.thread;
        }
      }
      if (best >= 0) {
        story = best;
        via = 'similar';
        score = bestSim;
      }
    }
    if (story < 0) story = this.open(f, threadOf);
    this.join(story, f, aw);
    const s = this.stories[story]!;
    const out: Assignment = { story: s.id, thread: this.threads[s.thread]!, storyIndex: story, threadIndex: s.thread, via, score: Math.round(score * 1000) / 1000, duplicateOf };
    if (vetoed >= 0 && vetoed !== story) out.vetoed = vetoed;
    return out;
  }

  /** Count the article in the document frequencies; its idf-weighted term weights. */
  private count(f: StoryFeatures): number[] {
    this.n++;
    for (const t of f.terms) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    return f.weights.map((w, i) => w * this.idf(f.terms[i]!));
  }

  /**
   * Put one article into the story `story` of thread `thread` (ids), opening either when it does not
   * exist yet: the index state then holds a grouping decided elsewhere (batch refinement of a store's
   * new stories, src/story/persist.ts). Adding an article twice changes nothing.
   */
  place(f: StoryFeatures, story: string, thread: string): void {
    if (this.byId.has(f.id)) return;
    const aw = this.count(f);
    const ids = (this.ids ??= {
      stories: new Map(this.stories.map((s, i) => [s.id, i])),
      threads: new Map(this.threads.map((t, i) => [t, i])),
    });
    const si = ids.stories.get(story) ?? this.open(f, ids.threads.get(thread) ?? -1, story, thread);
    this.join(si, f, aw);
  }

  private open(f: StoryFeatures, thread: number, storyId = 's-' + f.id, threadId = 't-' + f.id): number {
    if (thread < 0) {
      thread = this.threads.length;
      this.threads.push(threadId);
      this.ids?.threads.set(threadId, thread);
    }
    this.stories.push({ id: storyId, thread, terms: [], sums: [], names: [], norm: 0, normN: 0, size: 0, first: null, last: null, sig: emptySig() });
    this.ids?.stories.set(storyId, this.stories.length - 1);
    return this.stories.length - 1;
  }

  private join(si: number, f: StoryFeatures, aw: number[]): void {
    const o = this.options;
    const s = this.stories[si]!;
    const ai = this.articles.length;
    this.articles.push(f.id);
    this.articleStory.push(si);
    this.byId.set(f.id, ai);
    for (const k of f.bands) if (!this.bands.has(k)) this.bands.set(k, ai);
    // Merge the article into the centroid, then keep the heaviest terms.
    const merged = new Map<number, number>();
    for (let i = 0; i < s.terms.length; i++) merged.set(s.terms[i]!, s.sums[i]!);
    for (let i = 0; i < f.terms.length; i++) merged.set(f.terms[i]!, (merged.get(f.terms[i]!) ?? 0) + f.weights[i]!);
    let entries = [...merged];
    if (entries.length > o.centroidTerms) entries = entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, o.centroidTerms);
    entries.sort((x, y) => x[0] - y[0]);
    s.terms = entries.map((e) => e[0]);
    s.sums = entries.map((e) => Math.round(e[1] * 1000) / 1000);
    this.refreshNorm(s);
    s.size++;
    if (s.names.length < MAX_STORY_NAMES) {
      for (const t of f.names) if (!sortedHas(s.names, t)) s.names.push(t);
      s.names.sort((x, y) => x - y);
    }
    addSig(s.sig, f);
    if (f.day !== null) {
      if (s.first === null || f.day < s.first) s.first = f.day;
      if (s.last === null || f.day > s.last) s.last = f.day;
    }
    // Postings: the article's most distinctive terms point at this story (most recent stories kept).
    const order = f.terms.map((t, i) => [t, aw[i]!] as const).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (let k = 0; k < Math.min(o.postTerms, order.length); k++) {
      const t = order[k]![0];
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = []));
      if (p.includes(si)) continue;
      p.push(si);
      if (p.length > o.postingCap) p.shift();
    }
  }

  /** Plain JSON state (numbers, strings, arrays): persist it and resume with `fromJSON`. */
  toJSON(): StoryIndexState {
    return {
      version: 2,
      options: { ...this.options },
      n: this.n,
      df: [...this.df],
      stories: this.stories.map((s) => ({ ...s, terms: [...s.terms], sums: [...s.sums], names: [...s.names], sig: copySig(s.sig) })),
      threads: [...this.threads],
      articles: [...this.articles],
      articleStory: [...this.articleStory],
      bands: [...this.bands],
      postings: [...this.postings].map(([t, p]) => [t, [...p]]),
    };
  }

  static fromJSON(state: StoryIndexState): StoryIndex {
    if (state.version !== 1 && state.version !== 2) throw new Error(`StoryIndex.fromJSON: expected version 1 or 2, got ${String(state.version)}`);
    const x = new StoryIndex(state.options);
    x.n = state.n;
    x.df = new Map(state.df);
    x.stories = state.stories.map((s) => ({ ...s, terms: [...s.terms], sums: [...s.sums], names: [...s.names], sig: s.sig ? copySig(s.sig) : emptySig() }));
    x.threads = [...state.threads];
    x.articles = [...state.articles];
    x.articleStory = [...state.articleStory];
    x.articles.forEach((id, i) => x.byId.set(id, i));
    x.bands = new Map(state.bands);
    x.postings = new Map(state.postings.map(([t, p]) => [t, [...p]]));
    return x;
  }
}

function copySig(g: StorySig): StorySig {
  return { keyK: [...g.keyK], keyC: [...g.keyC], known: [...g.known], numN: [...g.numN], numV: [...g.numV], mds: [...g.mds], ...(g.n === undefined ? {} : { n: g.n }) };
}
