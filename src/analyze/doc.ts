// src/analyze/doc.ts — tokens, paragraphs and sentences of a cleaned text, with offsets.
// Every analyzer works on this one `Doc`, so spans agree across analyzers.
import type { Span } from '../types.js';
// The tokenizer lives in doc-tokens.ts (TOKEN_RE is its specification).
import { isDigit, isSpace, tokenizeInto } from './doc-tokens.js';

export { isSpace, tokenize, TOKEN_RE } from './doc-tokens.js';

export interface Token {
  /** Surface form, exactly `text.slice(start, end)`. */
  text: string;
  /** `text` lower-cased, computed once here so analyzers never lower-case a token again. */
  lower: string;
  start: number;
  end: number;
  /** Index of the sentence this token belongs to (-1 for tokens in headings). */
  sent: number;
}

export interface Doc {
  text: string;
  tokens: Token[];
  paragraphs: Span[];
  headings: Span[];
  sentences: Span[];
  /** For each sentence, [first token index, last token index + 1]. */
  sentenceTokens: [number, number][];
}

/** Abbreviations after which a period does not end a sentence. Lower-cased, without the dot. */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt',
  'sgt', 'cmdr', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'fr', 'messrs', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'nos', 'vs', 'v', 'etc', 'e.g', 'i.e', 'approx', 'dept',
  'est', 'fig', 'ave', 'blvd', 'rd', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'op', 'cf', 'al',
]);

/** Names that end in "!" (the "!" does not end a sentence). */
export const EXCLAMATION_NAMES = ['En Marche!', 'Yahoo!', 'Jeopardy!', 'Wham!', 'Oklahoma!', 'Mamma Mia!', 'Hello!', 'OK!', 'Podemos!'];

// Single-character tokens that matter to sentence splitting, by code unit (no string hashing per token).
const QUOTE_STRAIGHT = 1; // "  toggles
const QUOTE_OPEN = 2; // “ « „  (“ is read as opening)
const QUOTE_CLOSE = 4; // " ” » “  (a later one makes an opening quote count)
const CLOSER = 8; // " ” ’ ' ) ] »  (glued after a terminator, they stay in its sentence)
const TERMINATOR = 16; // . ! ?
const CHAR_ROLE = new Uint8Array(0x2020);
for (const [chars, role] of [['"“«„', QUOTE_OPEN], ['"”»“', QUOTE_CLOSE], ['"”’\')]»', CLOSER], ['.!?', TERMINATOR]] as const) {
  for (const ch of chars) CHAR_ROLE[ch.charCodeAt(0)]! |= role;
}
CHAR_ROLE[34]! |= QUOTE_STRAIGHT;
/**
 * The CHAR_ROLE bits of a token: 0 unless it is one of those single characters. Read from the text
 * at the token's offsets (its `text` is text.slice(start, end)), which saves loading the token string.
 */
const roleOf = (text: string, t: Token): number => {
  if (t.end - t.start !== 1) return 0;
  const c = text.charCodeAt(t.start);
  return c < 0x2020 ? CHAR_ROLE[c]! : 0;
};

/** Paragraph spans: blocks separated by blank lines (or single newlines), trimmed. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const len = text.length;
  let from = 0;
  while (from < len) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = len;
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
    from = to + 1;
  }
  return out;
}

/** Words ending in "!" that the text itself uses mid-sentence ("En Marche! movement"). */
function learnedExclamations(text: string): Set<string> {
  const found = new Set<string>();
  if (!text.includes('!')) return found; // both rules below need a "!"
  const re = /\b([A-Z][\p{L}]+)!(?=\s*(?:[a-z,;:]|[A-Z][a-z]+\s+[a-z]))/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) found.add(m[1]!);
  for (const n of EXCLAMATION_NAMES) {
    if (text.includes(n)) found.add(n.slice(0, -1).split(' ').pop()!);
  }
  return found;
}

/** BMP code unit -> 0 unknown, 1 matches /[\p{Lu}\d"“‘'(\[]/u, 2 not. */
const upperStartBmp = new Uint8Array(65536);
const UPPER_START = /^[\p{Lu}\d"“‘'(\[]/u;
/** /^[\p{Lu}\d"“‘'(\[]/u.test(s), from a table of first characters. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 0xd800 && c <= 0xdbff) return UPPER_START.test(s);
  let k = upperStartBmp[c]!;
  if (k === 0) upperStartBmp[c] = k = UPPER_START.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
const startsLowerAscii = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
};
/** Whether text[from, to) holds a newline. */
function newlineIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Index after the closers glued to the terminator at i (the sentence's end), at most `end`. */
function afterClosers(text: string, toks: Token[], i: number, end: number): number {
  let j = i + 1;
  while (j < end && (roleOf(text, toks[j]!) & CLOSER) !== 0 && toks[j]!.start === toks[j - 1]!.end) j++;
  return j;
}

/** Decide whether the terminator token at index i (of the paragraph's tokens [base, end)) ends a sentence. */
function endsSentence(text: string, toks: Token[], base: number, end: number, i: number, bangNames: Set<string>): boolean {
  const t = toks[i]!;
  const prev = i > base ? toks[i - 1] : undefined;
  const j = afterClosers(text, toks, i, end);
  const next = j < end ? toks[j] : undefined;
  if (!next) return true;
  const gapFrom = toks[j - 1]!.end;
  const gapNewline = newlineIn(text, gapFrom, next.start);
  if (t.text === '.') {
    if (prev && prev.end === t.start) {
      const w = prev.lower;
      if (ABBREVIATIONS.has(w) && !(w === 'no' && !isDigit(next.text.charCodeAt(0)))) return false;
      if (prev.text.length === 1 && prev.text.charCodeAt(0) >= 65 && prev.text.charCodeAt(0) <= 90) return false; // initials: "John F. Kennedy"
    }
    if (gapFrom === next.start && startsLowerAscii(next.text)) return false;
    return startsUpper(next.text) || gapNewline;
  }
  if (t.text === '!' && prev && prev.end === t.start && bangNames.has(prev.text)) return false;
  if (startsLowerAscii(next.text) && !gapNewline) return false; // "?" mid-quote: "why?" he asked
  return true;
}

/** Record the sentence of tokens [a, b) (none when empty) and give its tokens their `sent`. */
function addSentence(toks: Token[], a: number, b: number, doc: Pick<Doc, 'sentences' | 'sentenceTokens'>): void {
  if (b <= a) return;
  const idx = doc.sentences.length;
  doc.sentences.push([toks[a]!.start, toks[b - 1]!.end]);
  doc.sentenceTokens.push([a, b]);
  for (let k = a; k < b; k++) toks[k]!.sent = idx;
}

/**
 * Sentences of one paragraph, its tokens being toks[base, end), never splitting inside a balanced
 * quotation. Each sentence is added to `sentences`/`sentenceTokens` and its tokens get their `sent`.
 */
function splitParagraph(text: string, toks: Token[], base: number, end: number, bangNames: Set<string>, doc: Pick<Doc, 'sentences' | 'sentenceTokens'>): void {
  let first = base;
  let inQuote = false;
  // Quote open only counts if it closes later in the paragraph.
  let lastClose = -1;
  for (let k = end - 1; k >= base; k--) {
    if ((roleOf(text, toks[k]!) & QUOTE_CLOSE) !== 0) {
      lastClose = k;
      break;
    }
  }
  for (let i = base; i < end; i++) {
    const role = roleOf(text, toks[i]!);
    if (role === 0) continue;
    if ((role & QUOTE_STRAIGHT) !== 0) inQuote = !inQuote && i < lastClose; // straight quotes toggle
    else if ((role & QUOTE_OPEN) !== 0) inQuote ||= i < lastClose; // “ « „ open (a “ is read as opening)
    else if ((role & QUOTE_CLOSE) !== 0) inQuote = false;
    if ((role & TERMINATOR) !== 0 && !inQuote && endsSentence(text, toks, base, end, i, bangNames)) {
      const j = afterClosers(text, toks, i, end);
      addSentence(toks, first, j, doc);
      first = j;
      i = j - 1;
    }
  }
  if (first < end) addSentence(toks, first, end, doc);
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Build the Doc: tokens, paragraphs, sentences (headings excluded). Pure and deterministic. */
export function buildDoc(text: string, headings: Span[] = []): Doc {
  const bangNames = learnedExclamations(text);
  const paras = paragraphs(text);
  const tokens: Token[] = [];
  const doc: Doc = { text, tokens, paragraphs: paras, headings, sentences: [], sentenceTokens: [] };
  for (const p of paras) {
    const base = tokens.length;
    tokenizeInto(text, p[0], p[1], tokens);
    if (headings.length > 0 && headings.some((h) => overlaps(h, p))) continue;
    splitParagraph(text, tokens, base, tokens.length, bangNames, doc);
  }
  return doc;
}

/** Index of the sentence containing offset `pos`, or -1. Binary search. */
export function sentenceAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (pos < s[0]) hi = mid - 1;
    else if (pos >= s[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token starting at or after `pos`. Binary search. */
export function tokenAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
