// src/clean/structure.ts — the shape of an article's lines: repeated headline, standfirst, headings.

/**
 * Fold case, quotes and spacing so a repeated headline matches its first occurrence. Specification
 * (FOLD_SPEC below, kept for the test that compares the two): lower-case; ‘’`´ -> '; “”«»„ -> ";
 * every run of characters other than \p{L}, \p{N}, ' and " -> one space; trim. That is: the runs of
 * kept characters, joined by single spaces, which one pass over the code points builds without the
 * four regular-expression passes.
 */
export function fold(s: string): string {
  const l = s.toLowerCase();
  let out = '';
  let from = -1; // start of the current run of kept characters, or -1
  let quotes = false; // the run holds a quote mark to map
  const len = l.length;
  for (let i = 0; i <= len; ) {
    let n = 0; // code units of the kept character at i, 0 when it is not kept (or at the end)
    if (i < len) {
      const c = l.charCodeAt(i);
      let k = c < 0xd800 || c > 0xdfff ? KEEP[c]! : 2;
      if (k === 0) KEEP[c] = k = KEEP_CP.test(String.fromCharCode(c)) ? (MAPPED.includes(String.fromCharCode(c)) ? 3 : 1) : 2;
      if (k !== 2) {
        n = 1;
        if (k === 3) quotes = true;
      } else if (c >= 0xd800 && c <= 0xdbff && KEEP_CP.test(String.fromCodePoint(l.codePointAt(i)!))) n = 2; // astral \p{L}/\p{N}
    }
    if (n > 0) {
      if (from < 0) from = i;
      i += n;
      continue;
    }
    if (from >= 0) {
      const run = l.slice(from, i);
      out += (out === '' ? '' : ' ') + (quotes ? run.replace(/[‘’`´]/g, "'").replace(/[“”«»„]/g, '"') : run);
      from = -1;
      quotes = false;
    }
    i++;
  }
  return out;
}
/** The characters fold keeps (a lone surrogate is none of them, as under the u flag). */
const KEEP_CP = /^[\p{L}\p{N}'"‘’`´“”«»„]$/u;
const MAPPED = '‘’`´“”«»„';
/** BMP code unit -> 0 unknown, 1 kept, 2 not kept (and every surrogate half), 3 a quote mark fold maps. */
const KEEP = new Uint8Array(65536);

/** fold as four regular-expression passes: the specification fold is tested against. */
export function FOLD_SPEC(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[^\p{L}\p{N}'" ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * False when fold(line) cannot equal `key` (a folded text), without folding: fold keeps every ASCII
 * letter and digit (lower-casing maps each to one ASCII character), so a line with more of them than
 * `key` has characters folds to something longer. Lets a long paragraph skip fold's four passes.
 */
export function mayFoldTo(line: string, key: string): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) && ++n > key.length) return false;
  }
  return true;
}

export function sameText(a: string, b: string): boolean {
  const fa = fold(a);
  return fa === fold(b) && fa !== '';
}

/** Number of words, counting at most `cap` (cheap on long paragraphs). */
function words(s: string, cap = 100): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const OPENS_QUOTE = /^["“‘'«]/;
const ENDS_SENTENCE = /[.!?…]["”’»)]*$/;

/**
 * A standfirst (dek) is a one-paragraph summary under the headline. Before a dateline paragraph
 * any summary-sized line qualifies; otherwise it must also lack final punctuation, as deks do.
 */
export function isStandfirst(line: string, beforeDateline: boolean): boolean {
  const n = words(line);
  if (n < 6 || n > 70 || OPENS_QUOTE.test(line) || !/^\p{Lu}/u.test(line)) return false;
  return beforeDateline || (n >= 8 && !ENDS_SENTENCE.test(line) && !/[:;,]$/.test(line));
}

/** A section heading: a short capitalised line without sentence punctuation, followed by a paragraph. */
const ENDS_PUNCTUATED = /[.!?:;,"”’»)…]$/;

export function isHeading(line: string, next: string): boolean {
  // The tests are independent; the cheapest first (a paragraph of prose ends with punctuation).
  if (ENDS_PUNCTUATED.test(line) || OPENS_QUOTE.test(line)) return false;
  const n = words(line, 11); // only whether it is 1..10 matters here
  if (n < 1 || n > 10) return false;
  if (!/^[\p{Lu}\d]/u.test(line) || !/\p{L}{2}/u.test(line)) return false;
  return words(next) >= 8 && n < words(next);
}
