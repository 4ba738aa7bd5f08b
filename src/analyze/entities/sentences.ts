// src/analyze/entities/sentences.ts — the document as the NER tagger sees it (CoNLL-style words:
// "J." and "Mr." are one word; heading-like sentences are not tagged), and run-in heads whose
// capitals say nothing about names. Split from mentions.ts; token ranges index doc.tokens.
import { ABBREVIATIONS, type Doc } from '../doc.js';
import type { WordEntry } from '../ner/features.js';
import { taggerWord } from '../ner/tagger.js';
import { docWords, W } from './tokens.js';

// Reused between documents (no allocation per document): the caller reads them only until it
// returns, and only up to bounds[last] (stale entries may follow).
const ENTS: WordEntry[] = [];
let FIRST = new Int32Array(1024);
let BOUNDS = new Int32Array(256);

/**
 * The document as the tagger saw CoNLL text: an initial or abbreviation and its period are one
 * word ("J." in "Mary J. Blige", "Mr."). Sentences that look like headings get no words.
 * Returns each word's cache entry (the doc token's, or for a joined "J." its own), the first doc
 * token of each word, and the sentence bounds into those lists (shared buffers, see above).
 */
export function taggerWords(doc: Doc): { ents: WordEntry[]; first: Int32Array; bounds: Int32Array } {
  const toks = doc.tokens;
  const { entries: tokEnts, flags } = docWords(doc);
  const ents = ENTS;
  if (FIRST.length < toks.length) FIRST = new Int32Array(Math.max(toks.length, FIRST.length * 2));
  const first = FIRST;
  let n = 0;
  const st = doc.sentenceTokens;
  if (BOUNDS.length < st.length + 1) BOUNDS = new Int32Array(Math.max(st.length + 1, BOUNDS.length * 2));
  const bounds = BOUNDS; // read up to bounds[st.length]
  for (let si = 0; si < st.length; si++) {
    const [a, b] = st[si]!;
    bounds[si] = n;
    if (headingLike(doc, a, b, flags)) continue;
    for (let k = a; k < b; k++) {
      first[n] = k;
      if (k + 2 < b && flags[k + 1]! & W.DOT) {
        const t = toks[k]!;
        if (toks[k + 1]!.start === t.end && (isInitialLetter(t.text) || ABBREVIATIONS.has(t.lower))) {
          ents[n++] = taggerWord(t.text + '.');
          k++;
          continue;
        }
      }
      ents[n++] = tokEnts[k]!;
    }
  }
  bounds[st.length] = n; // ents may hold stale entries past n: everything reads up to bounds
  return { ents, first, bounds };
}

const LETTER_START = /^\p{L}/u;
/** /^\p{L}/u.test(w), without the regex for ASCII. */
function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_START.test(w);
}

/** /^[A-Z]$/ */
const isInitialLetter = (w: string): boolean => w.length === 1 && w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90;

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'is', 'vs']);

/**
 * A short title-case line without final punctuation ("Veto Power Impedes Peace Efforts") is a
 * subheading the cleaner kept: its capitals say nothing about names, so it is not tagged.
 */
function headingLike(doc: Doc, a: number, b: number, flags: Int32Array): boolean {
  if (b - a < 3 || b - a > 14) return false;
  const last = doc.tokens[b - 1]!.text;
  if (/^[.!?"”’:;,)]$/.test(last)) return false;
  // Every word that starts with a letter and is no function word must be capitalized. A capitalized
  // token (W.CAP = isCap) is such a word (function words are lower-case); any other such word ends it.
  let words = 0;
  for (let k = a; k < b; k++) {
    if (flags[k]! & W.CAP) {
      words++;
      continue;
    }
    const w = doc.tokens[k]!.text;
    if (!startsWithLetter(w) || FUNCTION_WORDS.has(w)) continue;
    return false;
  }
  return words >= 3;
}

/**
 * Run-in heads: "Veto Power Impedes Peace Efforts: Eliminating ..." — title-case words from the
 * sentence start to a colon. Returns the colon's token index, or -1.
 */
export function runInHead(doc: Doc, a: number, b: number): number {
  const flags = docWords(doc).flags;
  let words = 0;
  for (let k = a; k < b && k - a <= 8; k++) {
    if (flags[k]! & W.CAP) { // isCap: starts with a letter, not a (lower-case) function word
      words++;
      continue;
    }
    const w = doc.tokens[k]!.text;
    if (w === ':') return words >= 2 ? k : -1;
    if (!startsWithLetter(w)) return -1;
    if (FUNCTION_WORDS.has(w)) continue;
    return -1; // a lower-case word
  }
  return -1;
}
