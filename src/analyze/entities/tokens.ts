// src/analyze/entities/tokens.ts — the mention type and small token helpers shared by the
// entity rules. Mentions are token ranges [s, e) into doc.tokens.
import type { EntityType } from '../../types.js';
import type { Doc } from '../doc.js';
import { gazBit } from '../ner/gazetteer.js';
import type { WordEntry } from '../ner/features.js';
import { resetWordCache, taggerWord } from '../ner/tagger.js';

export interface Mention {
  /** Token range [s, e) in doc.tokens. */
  s: number;
  e: number;
  type: EntityType;
  /** Characters to drop from the end of the last token ("York-based" -> "York"). */
  endCut?: number;
  /** Name of the entity when it differs from the words ("Russian" -> "Russia"). */
  canon?: string;
}

export const PLACE_BITS = gazBit('country') | gazBit('city') | gazBit('region');

/** Starts with an upper-case letter (ASCII fast path). */
export function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** Starts with a lower-case letter (ASCII fast path). */
export function isLow(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(s);
}

/** normToken of token i (cached per Doc). */
export function lowAt(doc: Doc, i: number): string {
  return docWords(doc).low[i]!;
}

/** Normalized text of tokens [s, e) ("’" -> "'", lower case, single spaces). */
export function lowText(doc: Doc, s: number, e: number): string {
  const low = docWords(doc).low; // normToken of each token, computed once per Doc
  if (e - s === 1) return low[s]!;
  let out = '';
  for (let i = s; i < e; i++) out += (i > s ? ' ' : '') + low[i]!;
  return out;
}

/** Surface text of tokens [s, e) exactly as in the article. */
export function surface(doc: Doc, s: number, e: number): string {
  return doc.text.slice(doc.tokens[s]!.start, doc.tokens[e - 1]!.end);
}

/** The mention starts its sentence (or follows an opening quote, parenthesis or colon). */
export function isInitial(doc: Doc, m: Mention): boolean {
  const t = doc.tokens[m.s]!;
  return m.s === 0 || doc.tokens[m.s - 1]!.sent !== t.sent || /^["“‘'(:]$/.test(doc.tokens[m.s - 1]!.text);
}

/** Per-token normalized words and their gazetteer bits, computed once per Doc. */
export interface DocWords {
  low: string[];
  bits: Int32Array;
  /** The tagger's cache entry of each token (taggerWord). */
  entries: WordEntry[];
}

const wordsCache = new WeakMap<Doc, DocWords>();

export function docWords(doc: Doc): DocWords {
  let w = wordsCache.get(doc);
  if (!w) {
    resetWordCache(); // a full word cache is cleared between documents only (features.ts, resetIfFull)
    const n = doc.tokens.length;
    const low: string[] = new Array<string>(n);
    const bits = new Int32Array(n);
    const entries: WordEntry[] = new Array<WordEntry>(n);
    for (let i = 0; i < n; i++) {
      const e = taggerWord(doc.tokens[i]!.text); // the tagger's per-word cache: normToken + gazBits
      entries[i] = e;
      low[i] = e.low;
      bits[i] = e.gbits;
    }
    wordsCache.set(doc, (w = { low, bits, entries }));
  }
  return w;
}
