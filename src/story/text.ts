// src/story/text.ts — words for story grouping: tokens, stop words, light stems, 32-bit hashes.
// Contract: pure and allocation-light; one linear pass over the text, no regex per token.

/** FNV-1a, 32-bit, over UTF-16 code units: stable across runs and machines. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Function words plus the verbs and nouns every news report uses: they say nothing about which
// event an article covers, so they are never story features (they still count for near-duplicates).
const STOP = new Set(
  (
    'a about above after again against ago all almost also although always am among an and another any are ' +
    'around as at away back be became because become been before being below between both but by can could ' +
    'did do does doing done down during each either else even ever every few for from further get gets got had ' +
    'has have having he her here hers herself him himself his how however i if in into is it its itself just ' +
    'last least less like made make makes many may me might more most much must my myself near neither never ' +
    'new next no nor not now of off often on once one only or other others our ours ourselves out over own per ' +
    'perhaps rather same several she should since so some still such than that the their theirs them ' +
    'themselves then there these they this those though through thus to too toward towards under until up ' +
    'upon us very via was we were what whatever when where whether which while who whom whose why will with ' +
    'within without would yet you your yours yourself ' +
    // reporting and filler words of news prose
    'said says say saying told tell tells according added adds asked called according reported reports report ' +
    'reporting statement statements news article story stories week weeks day days today yesterday tomorrow time ' +
    'times year years month months including include includes included people thing things way well really going ' +
    'go goes went come comes came take took taken give gave given want wants wanted know known think thought ' +
    'see seen look looks looked use used using part lot lots two three four five six seven eight nine ten ' +
    'first second third percent mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december jan feb mar apr jun ' +
    'jul aug sep sept oct nov dec am pm et gmt est edt pst read more click share photo image images video ' +
    'getty ap reuters copyright rights reserved https http www com'
  ).split(' '),
);

export function isStopWord(w: string): boolean {
  return STOP.has(w);
}

/**
 * A light stem: plural and common verb endings off, so "earthquakes"/"earthquake" and
 * "arrested"/"arrest" meet. Deliberately weak (no dictionary): a wrong merge costs precision.
 */
export function stem(w: string): string {
  const n = w.length;
  if (n <= 4) return w;
  if (w.endsWith('ies') && n > 5) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  if (w.endsWith('ing') && n > 6) return w.slice(0, -3);
  if (w.endsWith('ed') && n > 5) return w.slice(0, -2);
  return w;
}

/** One word of the text: lower-cased form, and whether it was written capitalised mid-sentence. */
export interface Word {
  w: string;
  cap: boolean;
  /** Written with a lower-case first letter (so not a name here). */
  low: boolean;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Words and numbers in text order. A number keeps inner `.`/`,` ("7.1", "1,200" -> "1200").
 * Apostrophe-s is dropped ("Macron's" -> "macron"). `cap` is true for a capitalised word that
 * does not start a sentence — a cheap name signal used before (or beside) real entities.
 */
export function words(text: string, out: Word[] = []): Word[] {
  let i = 0;
  const n = text.length;
  let sentenceStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      const start = i;
      const numeric = isDigit(c);
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLetter(d) || isDigit(d)) i++;
        else if ((d === 46 || d === 44) && numeric && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else if ((d === 39 || d === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1)) && !numeric) {
          // Apostrophe: "Macron's" -> "macron", "don't" -> "don't" dropped later as too short/stop.
          const next = text.charCodeAt(i + 1) | 32;
          const after = i + 2 < n ? text.charCodeAt(i + 2) : 32;
          if (next === 115 && !isLetter(after)) break;
          i++;
        } else break;
      }
      let w = text.slice(start, i);
      if (numeric) w = w.replace(/,/g, '');
      const cap = !numeric && c >= 65 && c <= 90 && !sentenceStart;
      out.push({ w: w.toLowerCase(), cap, low: c >= 97 && c <= 122 });
      sentenceStart = false;
    } else {
      if (c === 46 || c === 33 || c === 63 || c === 10 || c === 58 || c === 34 || c === 0x201c) sentenceStart = true;
      i++;
    }
  }
  return out;
}
