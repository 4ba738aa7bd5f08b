// src/story/features.ts — the compact per-article input of story grouping.
// A few dozen hashed, weighted terms (content words, numbers, names), MinHash band keys for
// near-duplicates, and a day. Plain JSON data: the clusterer never sees the full Article, so
// it scales to millions of articles and does not care where articles come from.
import type { Article, EntityType } from '../types.js';
import { articleDay, type DateOptions } from './dates.js';
import { bandKeys } from './minhash.js';
import { signature, type Signature } from './signature.js';
import { hash32, isStopWord, stem, words, type Word } from './text.js';

/** Compact per-article input of the clusterer; the event signature fields come from signature.ts. */
export interface StoryFeatures extends Signature {
  /** The article id. */
  id: string;
  /** Hashed terms, sorted ascending (merge-join friendly), and their weights (same order). */
  terms: number[];
  weights: number[];
  /** Hashed canonical entities (people, places, organizations), for threads. */
  entities: number[];
  /** The article's main names (a subset of `terms`, sorted): entity keys, or words written capitalised mid-sentence. */
  names: number[];
  /** MinHash LSH band keys over word shingles ([] for very short texts). */
  bands: number[];
  /** Days since 1970-01-01, or null when unknown. */
  day: number | null;
  /** Readable form of each term (same order as `terms`), kept only when asked: for reports. */
  labels?: string[];
}

export interface FeatureOptions extends DateOptions {
  /** How many terms to keep (default 48). */
  maxTerms?: number;
  /** Keep readable term labels (default false). */
  labels?: boolean;
}

const TITLE_BOOST = 2;
/** The lead: headline plus the first characters of the text (counts of the event live here). */
const LEAD_CHARS = 300;
const CAP_BOOST = 1.5;
const ENTITY_WEIGHT: Record<EntityType, number> = { person: 3, place: 3, organization: 2.5, other: 1 };

interface Acc {
  label: string;
  tf: number;
  boost: number;
  /** Capitalised mid-sentence occurrences, or -1 for an entity key; lower-case occurrences. */
  caps: number;
  lows: number;
}
const MAX_NAMES = 8;

function bump(acc: Map<number, Acc>, h: number, label: string, b: number, cap: boolean, low: boolean): void {
  const cur = acc.get(h);
  if (cur) {
    cur.tf += 1;
    if (cap) cur.caps++;
    if (low) cur.lows++;
    if (b > cur.boost) cur.boost = b;
  } else acc.set(h, { label, tf: 1, boost: b, caps: cap ? 1 : 0, lows: low ? 1 : 0 });
}

const BIGRAM_BOOST = 1;

/** What a lower-cased word contributes: nothing (stop word, too short), or its stem and the stem's hash. */
interface WordInfo {
  skip: boolean;
  stem: string;
  h: number;
}
/** Per word type, shared by all articles (cleared when it grows past INFO_MAX). */
const INFO = new Map<string, WordInfo>();
const INFO_MAX = 200_000;

function wordInfo(w: string): WordInfo {
  let x = INFO.get(w);
  if (x === undefined) {
    if (INFO.size >= INFO_MAX) INFO.clear();
    const skip = (w.length < 3 && !/^\d/.test(w)) || isStopWord(w);
    const st = skip ? '' : stem(w);
    x = { skip, stem: st, h: skip ? 0 : hash32(st) };
    INFO.set(w, x);
  }
  return x;
}

function addWords(ws: Word[], acc: Map<number, Acc>, boost: number, caseful: boolean): void {
  let prev: WordInfo | null = null;
  for (const { w, cap: c, low } of ws) {
    const cap = caseful && c;
    const x = wordInfo(w);
    if (x.skip) {
      prev = null;
      continue;
    }
    // Adjacent content words ("mutual mistrust", "san diego"): phrases are more event-specific than words.
    // hash32(prev + ' ' + stem) continues FNV-1a from prev's hash: no string is built unless the pair is new.
    if (prev && BIGRAM_BOOST > 0) {
      const bh = hash32(x.stem, Math.imul(prev.h ^ 32, 0x01000193));
      const b = boost * BIGRAM_BOOST;
      const cur = acc.get(bh);
      if (cur) {
        cur.tf += 1;
        if (b > cur.boost) cur.boost = b;
      } else acc.set(bh, { label: prev.stem + ' ' + x.stem, tf: 1, boost: b, caps: 0, lows: 0 });
    }
    prev = x;
    bump(acc, x.h, x.stem, cap ? boost * CAP_BOOST : boost, cap, low);
  }
}

type Scored = [hash: number, score: number, label: string, isName: boolean];

/** Score order: higher score first, then lower hash (a total order: hashes are the map's keys). */
function before(x: Scored, y: Scored): boolean {
  return x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]);
}

/**
 * The `k` best-scored terms, best first: what sorting every term and keeping k gives, through a
 * k-sized heap (its root is the worst kept term) instead of a sort of the ~1,000 distinct terms.
 */
function topTerms(acc: Map<number, Acc>, k: number): Scored[] {
  const heap: Scored[] = [];
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && before(heap[w]!, heap[l]!)) w = l;
      if (r < heap.length && before(heap[w]!, heap[r]!)) w = r;
      if (w === i) return;
      [heap[i], heap[w]] = [heap[w]!, heap[i]!];
      i = w;
    }
  };
  for (const [h, v] of acc) {
    const score = (1 + Math.log(v.tf)) * v.boost;
    if (heap.length === k && !(score > heap[0]![1] || (score === heap[0]![1] && h < heap[0]![0]))) continue;
    // A name: an entity, or a word capitalised mid-sentence and (almost) never written in lower case.
    const t: Scored = [h, score, v.label, v.caps < 0 || (v.caps > 0 && v.lows * 4 <= v.caps)];
    if (heap.length < k) {
      heap.push(t);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!before(heap[p]!, heap[i]!)) break;
        [heap[p], heap[i]] = [heap[i]!, heap[p]!];
        i = p;
      }
    } else {
      heap[0] = t;
      down(0);
    }
  }
  return heap.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
}

/** Entity key: type-free, lower-cased canonical name (the analyzer already merged aliases). */
export function entityKey(name: string): number {
  return hash32('e:' + name.toLowerCase());
}

/** The features of one analysed article. Pure; well under a millisecond for a 600-word article. */
export function storyFeatures(a: Article, opts: FeatureOptions = {}): StoryFeatures {
  const maxTerms = opts.maxTerms ?? 48;
  const acc = new Map<number, Acc>();
  const body = words(a.text);
  addWords(body, acc, 1, true);
  // Headlines are often in Title Case: their capitals say nothing about names.
  if (a.title) addWords(words(a.title), acc, TITLE_BOOST, false);
  const entities: number[] = [];
  for (const e of a.entities) {
    const wt = ENTITY_WEIGHT[e.type];
    if (e.type === 'other') continue;
    const key = entityKey(e.name);
    entities.push(key);
    acc.set(key, { label: e.name, tf: Math.max(1, e.mentions.length), boost: wt, caps: -1, lows: 0 });
  }
  const top = topTerms(acc, maxTerms);
  const names = top.filter((t) => t[3]).slice(0, MAX_NAMES).map((t) => t[0]).sort((x, y) => x - y);
  top.sort((x, y) => x[0] - y[0]);
  const day = articleDay(a, opts);
  const lead = words((a.title ? a.title + '\n' : '') + a.text.slice(0, LEAD_CHARS));
  const sig = signature(a, body, lead, day);
  const f: StoryFeatures = {
    id: a.id,
    terms: top.map((t) => t[0]),
    weights: top.map((t) => Math.round(t[1] * 1000) / 1000),
    entities: [...new Set(entities)].sort((x, y) => x - y),
    names,
    bands: bandKeys(body.map((w) => w.w)),
    day,
    keys: sig.keys,
    keyInTitle: sig.keyInTitle,
    known: sig.known,
    numNouns: sig.numNouns,
    numVals: sig.numVals,
    md: sig.md,
  };
  if (opts.labels) f.labels = top.map((t) => t[2]);
  return f;
}
