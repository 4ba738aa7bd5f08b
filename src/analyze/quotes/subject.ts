// src/analyze/quotes/subject.ts — the speaker of a participle frame ("…, saying “…”",
// "…, adding that …") is the subject of its sentence: "Warren endorsed Clinton, saying …" ->
// "Warren"; "On Thursday, the senator endorsed Clinton, saying …" -> "the senator".
// Contract: `subjectOf` returns the subject phrase when the sentence opens (after at most one
// introductory phrase closed by a comma) with a noun phrase followed by a lower-case word (its
// verb, possibly after an appositive), and null otherwise — or `'quote'` when the sentence opens
// with a quotation (the frame then continues that quote's speaker: "“…,” he said, adding …").
import type { Doc } from '../doc.js';
import { cueAt, isNpToken, isQuoteMark, isSkippable, low, LOWER, PRONOUNS, UPPER, type Phrase } from './phrases.js';

/** Auxiliaries and common finite verbs that end a subject: "Her friends have mocked". */
const AUX = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'took', 'made', 'went', 'gave', 'spoke', 'wrote', 'told', 'said', 'says', 'sent', 'put', 'set', 'got', 'came', 'began', 'ran', 'held', 'left', 'met', 'kept', 'brought', 'sought', 'stood']);

/** Participles that frame reported speech after a comma. */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'saying', 'adding', 'telling', 'noting', 'arguing', 'writing', 'declaring', 'insisting', 'explaining',
  'warning', 'stating', 'claiming', 'suggesting', 'remarking', 'vowing', 'promising', 'tweeting',
  'acknowledging', 'admitting', 'predicting', 'asserting', 'stressing', 'emphasizing', 'recalling',
  'complaining', 'charging', 'contending', 'maintaining', 'asking', 'conceding', 'answering', 'replying',
]);

/** Openers of an introductory phrase that ends at the first comma ("On Thursday, …"). */
const INTRO = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'as', 'since', 'speaking', 'asked', 'last', 'earlier', 'later', 'then', 'still', 'but', 'and', 'yet', 'meanwhile', 'instead', 'for', 'with', 'from', 'at', 'by', 'addressing', 'appearing', 'writing', 'responding', 'following', 'thursday', 'monday', 'tuesday', 'wednesday', 'friday', 'saturday', 'sunday']);

export interface Subject extends Phrase {
  /** Token index of the word after the subject (its verb). */
  verb: number;
}

export function subjectOf(doc: Doc, sentStart: number, cue: number): Subject | 'quote' | null {
  const t = doc.tokens;
  let s = sentStart;
  if (isQuoteMark(t[s])) return 'quote';
  if (INTRO.has(low(t[s]))) {
    let k = s + 1;
    while (k < cue && k < s + 20 && t[k]!.text !== ',') k++;
    if (t[k]?.text !== ',') return null;
    s = k + 1;
    if (isQuoteMark(t[s])) return null;
  }
  // The verb: the first lower-case word after the subject that looks finite ("endorsed",
  // "has", "says" after a name); an appositive between commas is stepped over.
  let j = s + 1;
  let subjEnd = -1;
  for (; j < cue && j < s + 24; j++) {
    const x = t[j]!;
    if (x.text === ',') {
      if (subjEnd < 0) subjEnd = j;
      let k = j + 1;
      while (k < cue && k < j + 16 && t[k]!.text !== ',') k++;
      if (t[k]?.text !== ',') return null;
      j = k;
      continue;
    }
    const w = low(x);
    if (!LOWER.test(x.text)) continue;
    if (w.endsWith('ed') || AUX.has(w) || cueAt(t, j) >= 0 || (w.endsWith('s') && !w.endsWith('ss') && UPPER.test(t[j - 1]!.text))) break;
    if (isSkippable(t, j)) continue;
  }
  if (j >= cue || j >= s + 24) return null;
  if (subjEnd < 0) subjEnd = j;
  while (subjEnd > s && isSkippable(t, subjEnd - 1)) subjEnd--;
  if (subjEnd <= s || subjEnd - s > 8) return null;
  const first = low(t[s]);
  if (!(UPPER.test(t[s]!.text) || first === 'the' || first === 'a' || first === 'an' || first === 'his' || first === 'her' || first === 'their')) return null;
  for (let k = s; k < subjEnd; k++) if (!isNpToken(t, k)) return null;
  const sp: Phrase = { tok: [s, subjEnd], span: [t[s]!.start, t[subjEnd - 1]!.end], pronoun: subjEnd - s === 1 && PRONOUNS.has(first) };
  return { ...sp, verb: j };
}
