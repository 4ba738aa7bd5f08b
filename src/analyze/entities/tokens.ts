// src/analyze/entities/tokens.ts — the mention type and small token helpers shared by the
// entity rules. Mentions are token ranges [s, e) into doc.tokens.
import type { EntityType } from '../../types.js';
import type { Doc } from '../doc.js';
import { gazBit, gazBits, normToken } from '../ner/gazetteer.js';

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

/** Normalized text of tokens [s, e) ("’" -> "'", lower case, single spaces). */
export function lowText(doc: Doc, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) out += (i > s ? ' ' : '') + normToken(doc.tokens[i]!.text);
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
}

const wordsCache = new WeakMap<Doc, DocWords>();

export function docWords(doc: Doc): DocWords {
  let w = wordsCache.get(doc);
  if (!w) {
    const low = doc.tokens.map((t) => normToken(t.text));
    const bits = new Int32Array(low.length);
    for (let i = 0; i < low.length; i++) bits[i] = gazBits(low[i]!);
    wordsCache.set(doc, (w = { low, bits }));
  }
  return w;
}
