// src/clean/structure.ts — the shape of an article's lines: repeated headline, standfirst, headings.

/** Fold case, quotes and spacing so a repeated headline matches its first occurrence. */
export function fold(s: string): string {
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
