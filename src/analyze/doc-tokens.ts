// src/analyze/doc-tokens.ts — the tokenizer of doc.ts: a hand-written scanner for TOKEN_RE.
// Contract: tokenize(text, from, to) gives exactly the matches of TOKEN_RE starting in [from, to),
// as Token objects (text, lower, start, end; sent = -1 until doc.ts assigns sentences).
import type { Token } from './doc.js';

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
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
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

/**
 * Whether the token tokenEnd last scanned may change under toLowerCase (an ASCII capital or any
 * non-ASCII character in it; true is always safe). Set as a side result of the scan, so buildDoc's
 * tokens need no second pass over their characters to decide whether to lower-case them.
 */
let mayHaveUpper = false;

/** End of the run of word characters starting at j (ASCII letters and digits tested inline). */
function wordRunEnd(text: string, j: number): number {
  const len = text.length;
  while (j < len) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      if (c >= 97 && c <= 122) j++;
      else if (isDigit(c)) j++;
      else if (c >= 65 && c <= 90) {
        mayHaveUpper = true;
        j++;
      } else break;
    } else {
      const n = wordLen(text, j);
      if (n === 0) break;
      mayHaveUpper = true;
      j += n;
    }
  }
  return j;
}

/** JS regex \s, for one code unit (the same with or without the u flag: all are in the BMP). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * End of the token starting at i (a non-space character): the first alternative of TOKEN_RE that
 * matches. Sets mayHaveUpper for that token.
 */
function tokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  mayHaveUpper = c >= 128 || (c >= 65 && c <= 90);
  // (?:[A-Za-z]\.){2,}
  if (isAsciiLetter(c) && text.charCodeAt(i + 1) === 46 && isAsciiLetter(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 46) {
    let j = i + 4;
    while (isAsciiLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
    mayHaveUpper = hasUpper(text, i, j);
    return j;
  }
  // \d+(?:[.,:]\d+)*(?:st|nd|rd|th)?  (digits, separators and a lower-case suffix: nothing to lower)
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
    let j = wordRunEnd(text, i + n);
    for (;;) {
      const d = text.charCodeAt(j);
      if (d === 45 || (isApos(d) && !possessiveAt(text, j + 1))) {
        const m = wordLen(text, j + 1);
        if (m === 0) break;
        const e = text.charCodeAt(j + 1);
        if (d >= 128 || e >= 128 || (e >= 65 && e <= 90)) mayHaveUpper = true; // ’, or the part's first character
        j = wordRunEnd(text, j + 1 + m);
      } else break;
    }
    return j;
  }
  // ['’][sS]\b
  if (isApos(c) && possessiveAt(text, i + 1)) {
    mayHaveUpper = true;
    return i + 2;
  }
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

/**
 * Lower-cased forms of recent capitalised tokens, shared across documents: a direct-mapped cache by a
 * hash of the token's characters, holding the token text and its toLowerCase. toLowerCase costs far
 * more than a slice, and the capitalised words of news text repeat ("The", "Putin", "U.S."); a hit
 * reuses both strings (equal characters, so equal values). Bounded: CASED_SIZE short strings. Only
 * tokens shorter than SLICE_MIN are kept: V8 copies such a slice, while a longer one may be a view
 * that keeps the whole article text alive.
 */
const CASED_SIZE = 1 << 12;
const SLICE_MIN = 13;
const casedText: string[] = new Array<string>(CASED_SIZE).fill('');
const casedLower: string[] = new Array<string>(CASED_SIZE).fill('');

/** Whether text[i, i + c.length) equals c. */
function sameAt(c: string, text: string, i: number): boolean {
  for (let k = 0; k < c.length; k++) if (c.charCodeAt(k) !== text.charCodeAt(i + k)) return false;
  return true;
}

/** Tokens starting in [from, to), as TOKEN_RE would match them. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeInto(text, from, to, []);
}

/** `tokenize`, appending to `out` (buildDoc fills one array for all paragraphs, no copies). */
export function tokenizeInto(text: string, from: number, to: number, out: Token[]): Token[] {
  let i = from;
  const len = text.length;
  for (;;) {
    while (i < len && isSpace(text.charCodeAt(i))) i++;
    if (i >= to || i >= len) break;
    const e = tokenEnd(text, i);
    // toLowerCase only when it can change something: most tokens are lower-case ASCII already.
    // (Interning every token string in a cache shared across documents was tried: it costs more than
    // slicing; only the lower-casing is worth a cache, see CASED_SIZE.)
    if (!mayHaveUpper) {
      const t = text.slice(i, e);
      out.push({ text: t, lower: t, start: i, end: e, sent: -1 });
    } else if (e - i < SLICE_MIN) {
      let h = e - i;
      for (let k = i; k < e; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
      const slot = (h ^ (h >>> 15)) & (CASED_SIZE - 1);
      const c = casedText[slot]!;
      if (c.length === e - i && sameAt(c, text, i)) out.push({ text: c, lower: casedLower[slot]!, start: i, end: e, sent: -1 });
      else {
        const t = text.slice(i, e);
        const lower = t.toLowerCase();
        casedText[slot] = t;
        casedLower[slot] = lower;
        out.push({ text: t, lower, start: i, end: e, sent: -1 });
      }
    } else {
      const t = text.slice(i, e);
      out.push({ text: t, lower: t.toLowerCase(), start: i, end: e, sent: -1 });
    }
    i = e;
  }
  return out;
}

/** Whether text[from, to) may change under toLowerCase (an ASCII capital or any non-ASCII character). */
function hasUpper(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}
