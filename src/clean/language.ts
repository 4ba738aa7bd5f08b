// src/clean/language.ts — a cheap language guess from stop words (ISO 639-1). Defaults to "en".

const STOP: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'said'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'las', 'por', 'un', 'para'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'du', 'une', 'dans', 'pour'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'den', 'von', 'mit', 'sich', 'des', 'auf'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'del', 'della', 'sono', 'nel'],
  pt: ['o', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'não', 'com', 'os'],
};
const LANGS = Object.keys(STOP);
/** word -> indexes of the languages it is a stop word of */
const INDEX = new Map<string, number[]>();
LANGS.forEach((lang, i) => STOP[lang]!.forEach((w) => INDEX.set(w, [...(INDEX.get(w) ?? []), i])));
const WORD_CP = /^\p{L}$/u;
/** Stop words are at most this long: longer words only count towards the total. */
const MAX_STOP = Math.max(...[...INDEX.keys()].map((w) => w.length));
/** BMP code unit -> 0 unknown, 1 letter (\p{L}), 2 not. */
const letterBmp = new Uint8Array(65536);
for (let c = 0; c < 128; c++) letterBmp[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Length (1 or 2 code units) of the letter at i, or 0: what /\p{L}/u matches there. */
function letterLen(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i)!;
    return cp > 0xffff && WORD_CP.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = letterBmp[c]!;
  if (k === 0) letterBmp[c] = k = WORD_CP.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/** A hash of s[from, to) (the same for a stop word and for its occurrence in a text). */
function hashOf(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return h;
}
// Stop words in an open-addressed table keyed by hashOf: a word of the sample is compared with the
// one stop word of its slot chain, without slicing it out of the sample or hashing a string.
const SLOTS = 512;
const SLOT_WORD: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const SLOT_LANGS: (number[] | undefined)[] = new Array<number[] | undefined>(SLOTS).fill(undefined);
for (const [w, langs] of INDEX) {
  let k = hashOf(w, 0, w.length) & (SLOTS - 1);
  while (SLOT_WORD[k] !== undefined) k = (k + 1) & (SLOTS - 1);
  SLOT_WORD[k] = w;
  SLOT_LANGS[k] = langs;
}

/** The languages whose stop word is s[from, to), or undefined. */
function stopLangs(s: string, from: number, to: number): number[] | undefined {
  for (let k = hashOf(s, from, to) & (SLOTS - 1); ; k = (k + 1) & (SLOTS - 1)) {
    const w = SLOT_WORD[k];
    if (w === undefined) return undefined;
    if (w.length !== to - from) continue;
    let same = true;
    for (let j = 0; j < w.length; j++) {
      if (w.charCodeAt(j) !== s.charCodeAt(from + j)) {
        same = false;
        break;
      }
    }
    if (same) return SLOT_LANGS[k];
  }
}

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 1500).toLowerCase();
  const scores = new Array<number>(LANGS.length).fill(0);
  let total = 0;
  // The runs of /\p{L}+/gu, scanned by hand; only runs short enough to be stop words are looked up.
  const len = sample.length;
  let i = 0;
  while (i < len) {
    let n = letterLen(sample, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    i += n;
    for (; i < len; i += n) {
      const c = sample.charCodeAt(i);
      if (c < 128) n = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0; // ASCII inline
      else n = letterLen(sample, i);
      if (n === 0) break;
    }
    total++;
    if (i - start > MAX_STOP) continue;
    const hit = stopLangs(sample, start, i);
    if (hit) for (const k of hit) scores[k]!++;
  }
  if (total < 20) return 'en';
  let best = 0;
  for (let k = 1; k < LANGS.length; k++) if (scores[k]! > scores[best]!) best = k;
  return scores[best]! / total > 0.05 ? LANGS[best]! : 'en';
}
