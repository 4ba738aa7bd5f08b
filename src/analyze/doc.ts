// src/analyze/doc.ts — tokens, paragraphs and sentences of a cleaned text, with offsets.
// Every analyzer works on this one `Doc`, so spans agree across analyzers.
import type { Span } from '../types.js';

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

// Words (with inner apostrophes, hyphens, dots of abbreviations like U.S.), numbers
// (with separators and decimals), or any single non-space character.
// A possessive "'s" is its own token ("Peskov" + "'s"), as in CoNLL and the Penn Treebank.
// `tokenize` is a hand-written scanner giving exactly the matches of this regular expression
// (kept as the specification; test/doc-scanner.test.ts compares the two), about 3x faster:
export const TOKEN_RE = /(?:[A-Za-z]\.){2,}|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|[\p{L}\p{M}\p{N}]+(?:(?:-|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*|['’][sS]\b|\S/gu;

const WORD_CP = /^[\p{L}\p{M}\p{N}]$/u;
/** BMP code unit -> 0 unknown, 1 word character (\p{L}\p{M}\p{N}), 2 not. */
const wordBmp = new Uint8Array(65536);

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** JS regex \w (what \b looks at, even with the u flag). */
const isW = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95;
const isApos = (c: number): boolean => c === 39 || c === 0x2019;

/** Length (1 or 2 code units) of the word character at i, or 0. */
function wordLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isDigit(c) ? 1 : 0; // NaN past the end: 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp <= 0xffff) return 0; // lone surrogate
    return WORD_CP.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = wordBmp[c]!;
  if (k === 0) wordBmp[c] = k = WORD_CP.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** JS regex \s. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** End of the token starting at i (a non-space character): the first alternative of TOKEN_RE that matches. */
function tokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // (?:[A-Za-z]\.){2,}
  if (isAsciiLetter(c) && text.charCodeAt(i + 1) === 46 && isAsciiLetter(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
    let j = i + 4;
    while (isAsciiLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    return j;
  }
  // \d+(?:[.,:]\d+)*(?:st|nd|rd|th)?
  if (isDigit(c)) {
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    for (;;) {
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 44 || d === 58) && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (isDigit(text.charCodeAt(j))) j++;
      } else break;
    }
    const a = text.charCodeAt(j);
    const b = text.charCodeAt(j + 1);
    if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104)) j += 2;
    return j;
  }
  // [\p{L}\p{M}\p{N}]+(?:(?:-|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*
  let n = wordLen(text, i);
  if (n > 0) {
    let j = i + n;
    while ((n = wordLen(text, j)) > 0) j += n;
    for (;;) {
      const d = text.charCodeAt(j);
      if (d === 45 || (isApos(d) && !possessiveAt(text, j + 1))) {
        const m = wordLen(text, j + 1);
        if (m === 0) break;
        j += 1 + m;
        while ((n = wordLen(text, j)) > 0) j += n;
      } else break;
    }
    return j;
  }
  // ['’][sS]\b
  if (isApos(c) && possessiveAt(text, i + 1)) return i + 2;
  // \S: one code point
  if (c >= 0xd800 && c <= 0xdbff) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/** [sS]\b at j. */
function possessiveAt(text: string, j: number): boolean {
  const s = text.charCodeAt(j);
  return (s === 115 || s === 83) && !isW(text.charCodeAt(j + 1));
}

/** Tokens starting in [from, to), as TOKEN_RE would match them. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  const len = text.length;
  for (;;) {
    while (i < len && isSpace(text.charCodeAt(i))) i++;
    if (i >= to || i >= len) break;
    const e = tokenEnd(text, i);
    const t = text.slice(i, e);
    out.push({ text: t, lower: t.toLowerCase(), start: i, end: e, sent: -1 });
    i = e;
  }
  return out;
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

const OPEN_QUOTES = new Set(['"', '“', '«', '„']);
const CLOSE_QUOTES = new Set(['"', '”', '»', '“']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Paragraph spans: blocks separated by blank lines (or single newlines), trimmed. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let s = m.index;
    let e = m.index + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  }
  return out;
}

/** Words ending in "!" that the text itself uses mid-sentence ("En Marche! movement"). */
function learnedExclamations(text: string): Set<string> {
  const found = new Set<string>();
  const re = /\b([A-Z][\p{L}]+)!(?=\s*(?:[a-z,;:]|[A-Z][a-z]+\s+[a-z]))/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) found.add(m[1]!);
  for (const n of EXCLAMATION_NAMES) {
    if (text.includes(n)) found.add(n.slice(0, -1).split(' ').pop()!);
  }
  return found;
}

/** Decide whether the terminator token at index i ends a sentence. */
function endsSentence(text: string, toks: Token[], i: number, bangNames: Set<string>): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  let j = i + 1;
  while (j < toks.length && CLOSERS.has(toks[j]!.text) && toks[j]!.start === toks[j - 1]!.end) j++;
  const next = toks[j];
  if (!next) return true;
  const gap = text.slice(toks[j - 1]!.end, next.start);
  const nextStartsUpper = /^[\p{Lu}\d"“‘'(\[]/u.test(next.text);
  if (t.text === '.') {
    if (prev && prev.end === t.start) {
      const w = prev.text.toLowerCase();
      if (ABBREVIATIONS.has(w) && !(w === 'no' && !/^\d/.test(next.text))) return false;
      if (/^[A-Z]$/.test(prev.text)) return false; // initials: "John F. Kennedy"
    }
    if (gap.length === 0 && /^[a-z]/.test(next.text)) return false;
    return nextStartsUpper || gap.includes('\n');
  }
  if (t.text === '!' && prev && prev.end === t.start && bangNames.has(prev.text)) return false;
  if (/^[a-z]/.test(next.text) && !gap.includes('\n')) return false; // "?" mid-quote: "why?" he asked
  return true;
}

/** Sentence spans of one paragraph, never splitting inside a balanced quotation. */
function splitParagraph(text: string, toks: Token[], bangNames: Set<string>): [number, number][] {
  const out: [number, number][] = [];
  let first = 0;
  let inQuote = false;
  // Quote open only counts if it closes later in the paragraph.
  const lastClose = (() => {
    for (let k = toks.length - 1; k >= 0; k--) if (CLOSE_QUOTES.has(toks[k]!.text)) return k;
    return -1;
  })();
  for (let i = 0; i < toks.length; i++) {
    const tx = toks[i]!.text;
    if (tx === '"') inQuote = !inQuote && i < lastClose; // straight quotes toggle
    else if (OPEN_QUOTES.has(tx)) inQuote ||= i < lastClose; // “ « „ open (a “ is read as opening)
    else if (CLOSE_QUOTES.has(tx)) inQuote = false;
    if ((tx === '.' || tx === '!' || tx === '?') && !inQuote && endsSentence(text, toks, i, bangNames)) {
      let j = i + 1;
      while (j < toks.length && CLOSERS.has(toks[j]!.text) && toks[j]!.start === toks[j - 1]!.end) j++;
      out.push([first, j]);
      first = j;
      i = j - 1;
    }
  }
  if (first < toks.length) out.push([first, toks.length]);
  return out;
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Build the Doc: tokens, paragraphs, sentences (headings excluded). Pure and deterministic. */
export function buildDoc(text: string, headings: Span[] = []): Doc {
  const bangNames = learnedExclamations(text);
  const paras = paragraphs(text);
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const sentenceTokens: [number, number][] = [];
  for (const p of paras) {
    const ptoks = tokenize(text, p[0], p[1]);
    const base = tokens.length;
    tokens.push(...ptoks);
    if (headings.some((h) => overlaps(h, p))) continue;
    for (const [a, b] of splitParagraph(text, ptoks, bangNames)) {
      if (b <= a) continue;
      const idx = sentences.length;
      sentences.push([ptoks[a]!.start, ptoks[b - 1]!.end]);
      sentenceTokens.push([base + a, base + b]);
      for (let k = base + a; k < base + b; k++) tokens[k]!.sent = idx;
    }
  }
  return { text, tokens, paragraphs: paras, headings, sentences, sentenceTokens };
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
