// src/analyze/ner/words.ts — per-word facts the tagger's features use: shape, capitalization,
// "plain" words the tagger may skip, and document-level evidence (docStats). Pure functions.
import { normToken } from './gazetteer.js';

/** Word shape with runs collapsed: "Peskov" -> "Xx", "U.S." -> "X.X.", "23.75%" -> "d.d%". */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else {
      const ch = w[i]!;
      k = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    }
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

export function isUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[0] ?? '';
  return ch.toLowerCase() !== ch;
}

export function isLowerWord(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = s[0] ?? '';
  return ch.toUpperCase() !== ch;
}

/**
 * A word that is lower-case throughout ("said", "of", ",") or punctuation — not "ex-England",
 * "iPhone", "$", "#", "&", digits. The tagger may skip scoring such a token after an O tag.
 */
export function plainWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (!((c >= 97 && c <= 122) || (c < 48 && c !== 35 && c !== 36 && c !== 38) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 127))) return false;
  for (let i = 0; i < raw.length; i++) {
    const d = raw.charCodeAt(i);
    if ((d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d >= 128) return false;
  }
  return true;
}

/** Document-level evidence: lower-cased words seen lower-case, and seen capitalized mid-sentence. */
export interface DocStats {
  lower: Set<string>;
  capMid: Set<string>;
}

/** `sents`: each sentence's raw tokens. */
export function docStats(sents: readonly (readonly string[])[]): DocStats {
  const lower = new Set<string>();
  const capMid = new Set<string>();
  for (const s of sents) {
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (isLowerWord(w)) lower.add(w);
      else if (i > 0 && isUpper(w) && !isUpper(s[i - 1]!) && s[i - 1] !== '"' && s[i - 1] !== '“') capMid.add(normToken(w));
    }
  }
  return { lower, capMid };
}
