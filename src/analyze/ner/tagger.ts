// src/analyze/ner/tagger.ts — the shipped NER model (models/ner/model.json.gz): an averaged
// perceptron over features.ts, decoded greedily left to right with a BIO constraint.
// The model is loaded once, lazily and synchronously, on first use. Tagging allocates only the
// output array per sentence.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadGazetteer, type Gazetteer } from './gazetteer.js';
import { buildTables, entryRoles, staticScores, tagScores, type FastTables } from './fast.js';
import { KeyTable } from './keytable.js';
import { parseNever } from './never.js';
import {
  allowed, docStats, MAX_FEATURES, NTAGS, resetIfFull, SentenceFeatures, SKIP_ALWAYS, SKIP_PLAIN, START_TAG, staticFeatures, TAGS, tagFeatures,
  wordEntry, type DocStats, type Vocab, type WordEntry,
} from './features.js';

/** Weights: feature key -> row; row r's weights are w[r * NTAGS .. r * NTAGS + NTAGS). */
export interface NerModel {
  vocab: Vocab;
  rows: { get(k: number): number | undefined };
  w: Float32Array;
}

/**
 * On-disk form (models/ner/): `vocab.txt.gz` atoms in id order, one per line; `keys.bin.gz` feature
 * keys as float64; `weights.bin.gz` int32 weights * SCALE, row-major (NTAGS per key).
 */
export interface SavedModel {
  vocab: string[];
  keys: Float64Array;
  weights: Int32Array;
}
export const SCALE = 100;

const DIR = new URL('../../../models/ner/', import.meta.url);
let cached: { model: NerModel; gaz: Gazetteer } | null = null;

export function fromSaved(s: SavedModel): NerModel {
  const ids = new Map<string, number>();
  s.vocab.forEach((a, i) => ids.set(a, i));
  const rows = new KeyTable(s.keys);
  const w = new Float32Array(s.weights.length);
  for (let i = 0; i < w.length; i++) w[i] = s.weights[i]! / SCALE;
  return { vocab: { ids, grow: false }, rows, w };
}

/** Serialize to the three files' (uncompressed) contents. */
export function toFiles(s: SavedModel): Record<string, Buffer> {
  return {
    'vocab.txt': Buffer.from(s.vocab.join('\n'), 'utf8'),
    'keys.bin': Buffer.from(s.keys.buffer, s.keys.byteOffset, s.keys.byteLength),
    'weights.bin': Buffer.from(s.weights.buffer, s.weights.byteOffset, s.weights.byteLength),
  };
}

function readGz(name: string): Buffer {
  const b = gunzipSync(readFileSync(new URL(name + '.gz', DIR)));
  return Buffer.from(b); // own, aligned copy
}

/** The shipped model and gazetteer (loaded on first call). */
export function loadTagger(): { model: NerModel; gaz: Gazetteer } {
  if (!cached) {
    const k = readGz('keys.bin');
    const w = readGz('weights.bin');
    const saved: SavedModel = {
      vocab: readGz('vocab.txt').toString('utf8').split('\n'),
      keys: new Float64Array(k.buffer.slice(k.byteOffset, k.byteOffset + k.byteLength)),
      weights: new Int32Array(w.buffer.slice(w.byteOffset, w.byteOffset + w.byteLength)),
    };
    const model = fromSaved(saved);
    // the never-a-name list (never.ts); without it the tagger scores those words as before
    if (existsSync(new URL('never.txt.gz', DIR))) model.vocab.never = parseNever(readGz('never.txt').toString('utf8'));
    cached = { model, gaz: loadGazetteer() };
  }
  return cached;
}

const feats = new Float64Array(MAX_FEATURES);
const scores = new Float64Array(NTAGS);
const sf = new SentenceFeatures();

function addRole(v: Float32Array, role: number): void {
  const o = role * NTAGS;
  for (let t = 0; t < NTAGS; t++) scores[t]! += v[o + t]!;
}

/** Add the rows of features[0..n) to `scores`. */
function score(m: NerModel, n: number): void {
  scores.fill(0);
  const w = m.w;
  for (let k = 0; k < n; k++) {
    const r = m.rows.get(feats[k]!);
    if (r === undefined || r < 0) continue;
    const o = r * NTAGS;
    for (let t = 0; t < NTAGS; t++) scores[t]! += w[o + t]!;
  }
}

const roleOf = (f: SentenceFeatures, m: NerModel, i: number): Float32Array => entryRoles(m.rows, m.w, f.entries[i]!);

const fastTables = new WeakMap<NerModel, FastTables>();

/** The model's precomputed tables (fast.ts), built on first use. */
export function tablesOf(m: NerModel): FastTables {
  let T = fastTables.get(m);
  if (!T) fastTables.set(m, (T = buildTables(m.rows, m.w)));
  return T;
}

/** Tag one sentence (already loaded in `f`); returns tag indices. */
export function decode(m: NerModel, f: SentenceFeatures): Uint8Array {
  if (!m.vocab.grow && f.entries.length >= f.n) return decodeCached(m, f);
  const out = new Uint8Array(f.n);
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = 0; i < f.n; i++) {
    let c = staticFeatures(f, i, feats, false);
    c = tagFeatures(f, i, prev, prev2, feats, c);
    score(m, c);
    const best = argmax(prev);
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

/** Best allowed tag after `prev` by `scores` (first on ties). */
function argmax(prev: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < NTAGS; t++) {
    if (scores[t]! > bestScore && allowed(prev, t)) {
      best = t;
      bestScore = scores[t]!;
    }
  }
  return best;
}

/**
 * The tagger's two skip rules: tokens tagged O without scoring (about 3 of 4 tokens of ordinary news).
 * 1. After an O tag, a plain lower-case word or punctuation mark (words.ts, plainWord) followed by
 *    a non-capitalized token or the sentence end. Such a token almost never starts a name. On
 *    eng.testa this changes one decision of 51,362 ("interior" in "the interior ministry", B-ORG
 *    in CoNLL; PER+ORG+LOC F1 0.8866 -> 0.8867); without the next-token condition it would also
 *    lose "de Silva" and "serie A".
 * 2. Whatever the previous tag, a token not starting with a capital whose word form the training
 *    data tagged O at each of its (at least 3) occurrences (never.ts: "said", "to", "police",
 *    "?", "40"): the model practically always says O there too. Where it did not, it mostly
 *    glued a following word to a name ("Houthi or Saleh", "Records?", "Khweis from Alexandria");
 *    eng.testa PER+ORG+LOC F1 0.8867 -> 0.8875, ORG 0.8103 -> 0.8122.
 * `prevO`: the previous tag is O or the sentence start.
 */
export function skippable(e: WordEntry, prevO: boolean, nextCap: boolean): boolean {
  return (e.skip & SKIP_ALWAYS) !== 0 || (prevO && (e.skip & SKIP_PLAIN) !== 0 && !nextCap);
}

/**
 * Frozen vocabulary with per-word cache entries: the same scores from per-word-type caches
 * (roles, fast.ts) with only four hash probes per token.
 */
function decodeCached(m: NerModel, f: SentenceFeatures): Uint8Array {
  const T = tablesOf(m);
  const out = new Uint8Array(f.n);
  let prev = START_TAG;
  let prev2 = START_TAG;
  for (let i = 0; i < f.n; i++) {
    if (skippable(f.entries[i]!, prev === 0 || prev === START_TAG, i + 1 < f.n && f.flag[i + 1] !== 0)) {
      out[i] = 0;
      prev2 = prev;
      prev = 0;
      continue;
    }
    staticScores(T, m.rows, m.w, f, i, scores);
    addRole(roleOf(f, m, i), 0);
    if (i >= 1) addRole(roleOf(f, m, i - 1), 1);
    if (i + 1 < f.n) addRole(roleOf(f, m, i + 1), 2);
    if (i >= 2) addRole(roleOf(f, m, i - 2), 3);
    if (i + 2 < f.n) addRole(roleOf(f, m, i + 2), 4);
    tagScores(T, m.rows, m.w, f.entries[i]!, prev, prev2, scores);
    const best = argmax(prev);
    out[i] = best;
    prev2 = prev;
    prev = best;
  }
  return out;
}

/**
 * The tagger's cached view of a raw token: `low` = normToken(raw), `gaz.bits` = its gazetteer
 * bits as a whole name (gazBits(low)). Shared with the entity rules, which need the same per token.
 */
export function taggerWord(raw: string): WordEntry {
  const { model, gaz } = loadTagger();
  return wordEntry(model.vocab, gaz, raw);
}

/** Clear the word cache if it is full: only between documents (see resetIfFull). */
export function resetWordCache(): void {
  resetIfFull(loadTagger().model.vocab);
}

/** Same as tagSentenceIds, for sentences given as the tokens' cache entries (taggerWord). */
export function tagEntrySentences(sents: readonly (readonly WordEntry[])[], stats: DocStats): Uint8Array[] {
  const { model, gaz } = loadTagger();
  resetIfFull(model.vocab);
  return sents.map((ents) => {
    sf.loadEntries(gaz, ents, stats);
    return decode(model, sf);
  });
}

/** Tag a document given as sentences of raw tokens; returns BIO tag strings per sentence. */
export function tagSentences(sents: readonly (readonly string[])[], stats: DocStats = docStats(sents)): string[][] {
  const { model, gaz } = loadTagger();
  resetIfFull(model.vocab);
  return sents.map((toks) => {
    sf.load(model.vocab, gaz, toks, stats);
    return Array.from(decode(model, sf), (t) => TAGS[t]!);
  });
}

/** Same, returning tag indices (faster; see TAGS). */
export function tagSentenceIds(sents: readonly (readonly string[])[], stats: DocStats = docStats(sents)): Uint8Array[] {
  const { model, gaz } = loadTagger();
  resetIfFull(model.vocab);
  return sents.map((toks) => {
    sf.load(model.vocab, gaz, toks, stats);
    return decode(model, sf);
  });
}
