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

/**
 * Words ending in "!" that the text itself uses mid-sentence ("En Marche! movement"). Specification:
 * every match of BANG_RE, plus the last word of each EXCLAMATION_NAMES name the text contains. Both
 * end at a "!", so only the few "!" of a text are looked at: for each, the match BANG_RE would find
 * ending there (see bangWordStart) and the names that end there; no pass of a Unicode regex over the
 * whole text.
 */
export function learnedExclamations(text: string): Set<string> {
  const found = new Set<string>();
  const bangs: number[] = [];
  for (let k = text.indexOf('!'); k >= 0; k = text.indexOf('!', k + 1)) bangs.push(k);
  if (bangs.length === 0) return found; // both rules need a "!"
  for (const k of bangs) {
    const s = bangWordStart(text, k);
    if (s < 0) continue;
    BANG_AFTER.lastIndex = k + 1;
    if (BANG_AFTER.test(text)) found.add(text.slice(s, k));
  }
  for (const n of EXCLAMATION_NAMES) {
    if (bangs.some((k) => text.startsWith(n, k + 1 - n.length))) found.add(n.slice(0, -1).split(' ').pop()!);
  }
  return found;
}
/** The specification of learnedExclamations' first rule (test/doc.test.ts compares the two). */
export const BANG_RE = /\b([A-Z][\p{L}]+)!(?=\s*(?:[a-z,;:]|[A-Z][a-z]+\s+[a-z]))/gu;
/** BANG_RE's lookahead, anchored at the character after the "!". */
const BANG_AFTER = /\s*(?:[a-z,;:]|[A-Z][a-z]+\s+[a-z])/uy;
const LETTER_CP = /^\p{L}$/u;
/** BMP code unit -> 0 unknown, 1 \p{L}, 2 not (surrogate halves: 2; pairs are tested whole). */
const letterBmp = new Uint8Array(65536);
for (let c = 0xd800; c <= 0xdfff; c++) letterBmp[c] = 2;

/** Code units of the letter (\p{L}, as matched under the u flag) that ends at `end`, or 0. */
function letterBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const c = text.charCodeAt(end - 1);
  let k = letterBmp[c]!;
  if (k === 0) letterBmp[c] = k = LETTER_CP.test(String.fromCharCode(c)) ? 1 : 2;
  if (k === 1) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const hi = text.charCodeAt(end - 2);
    if (hi >= 0xd800 && hi <= 0xdbff && LETTER_CP.test(text.slice(end - 2, end))) return 2;
  }
  return 0;
}

/**
 * Start of the BANG_RE match `\b[A-Z]\p{L}+` ending at the "!" at k (its lookahead aside), or -1.
 * Such a match lies inside the run of letters before the "!" (a match starting earlier would have to
 * cross a non-letter); the regex scans left to right, so it is the leftmost start in that run with
 * an ASCII capital, \b before it (\b is ASCII: the character before is not [A-Za-z0-9_]) and at
 * least one letter after it. Matches cannot overlap: each one ends at its own "!".
 */
function bangWordStart(text: string, k: number): number {
  let run = k;
  for (let n = letterBefore(text, run); n > 0; n = letterBefore(text, run)) run -= n;
  for (let s = run; s < k - 1; s++) {
    const c = text.charCodeAt(s);
    if (c < 65 || c > 90) continue;
    const p = s > 0 ? text.charCodeAt(s - 1) : -1;
    if (!((p >= 48 && p <= 57) || (p >= 65 && p <= 90) || (p >= 97 && p <= 122) || p === 95)) return s;
  }
  return -1;
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
