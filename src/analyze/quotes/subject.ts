// src/analyze/quotes/subject.ts — the speaker of a participle frame ("…, saying “…”",
// "…, adding that …") is the subject of its sentence: "Warren endorsed Clinton, saying …" ->
// "Warren"; "On Thursday, the senator endorsed Clinton, saying …" -> "the senator".
// Contract: `subjectOf` returns the subject phrase when the sentence opens (after at most one
// introductory phrase closed by a comma) with a noun phrase followed by a lower-case word (its
// verb, possibly after an appositive), and null otherwise — or `'quote'` when the sentence opens
// with a quotation (the frame then continues that quote's speaker: "“…,” he said, adding …").
import type { Doc } from '../doc.js';
import { cueAt, DETS, isNpToken, isQuoteMark, isSkippable, low, LOWER, PRONOUNS, speakerAfter, UPPER, type Phrase } from './phrases.js';

/** Auxiliaries and common finite verbs that end a subject: "Her friends have mocked". */
const AUX = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'took', 'made', 'went', 'gave', 'spoke', 'wrote', 'told', 'said', 'says', 'sent', 'put', 'set', 'got', 'came', 'began', 'ran', 'held', 'left', 'met', 'kept', 'brought', 'sought', 'stood']);

/** Irregular past tenses: "Pew found that …", "Trump wrote …" — a verb right after a name. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'found', 'thought', 'felt', 'knew', 'saw', 'heard', 'spoke', 'won', 'lost', 'read', 'became', 'bought',
  'built', 'chose', 'drew', 'fought', 'grew', 'led', 'meant', 'paid', 'rose', 'sang', 'sat', 'shot', 'sold',
  'struck', 'swore', 'taught', 'threw', 'understood', 'wore', 'hit', 'let', 'cut', 'forgot', 'forgave',
]);

/** Forms of "be" that make a following participle cue passive ("was asked", "is told"). */
export const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** Participles that frame reported speech after a comma. */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'saying', 'adding', 'telling', 'noting', 'arguing', 'writing', 'declaring', 'insisting', 'explaining',
  'warning', 'stating', 'claiming', 'suggesting', 'remarking', 'vowing', 'promising', 'tweeting',
  'acknowledging', 'admitting', 'predicting', 'asserting', 'stressing', 'emphasizing', 'recalling',
  'complaining', 'charging', 'contending', 'maintaining', 'asking', 'conceding', 'answering', 'replying',
]);

/** Openers of an introductory phrase that ends at the first comma ("On Thursday, …"). */
const INTRO = new Set(['hours', 'days', 'weeks', 'months', 'years', 'moments', 'minutes', 'in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'as', 'since', 'speaking', 'asked', 'last', 'earlier', 'later', 'then', 'still', 'but', 'and', 'yet', 'meanwhile', 'instead', 'for', 'with', 'from', 'at', 'by', 'addressing', 'appearing', 'writing', 'responding', 'following', 'thursday', 'monday', 'tuesday', 'wednesday', 'friday', 'saturday', 'sunday',
  'alongside', 'amid', 'despite', 'among', 'unlike', 'like', 'without', 'within', 'throughout', 'although',
  'though', 'because', 'if', 'unless', 'until', 'once', 'upon', 'regarding', 'under', 'pressed', 'here', 'there', 'to',
  'likewise', 'similarly', 'however', 'moreover', 'indeed', 'nonetheless', 'nevertheless', 'furthermore',
  'additionally', 'separately', 'finally', 'previously', 'recently', 'today', 'yesterday', 'now', 'so', 'thus']);

export interface Subject extends Phrase {
  /** Token index of the word after the subject (its verb). */
  verb: number;
}

export function subjectOf(doc: Doc, sentStart: number, cue: number): Subject | 'quote' | null {
  const t = doc.tokens;
  let s = datelineEnd(t, sentStart, cue);
  if (isQuoteMark(t[s])) return 'quote';
  // "Then he cut into Bush, calling …" / "But Cruz entered …, saying …": a one-word connective
  // right before a pronoun or a name opens nothing longer; only the word itself is skipped.
  if (ONE_WORD_INTRO.has(low(t[s])) && s + 1 < cue && (PRONOUNS.has(low(t[s + 1])) || (UPPER.test(t[s + 1]!.text) && !NOT_NAME.has(low(t[s + 1]))))) s++;
  // "Immediately after the attacks, Trump …": a capitalised adverb in -ly opens an introduction too.
  else if (INTRO.has(low(t[s])) || (low(t[s]).endsWith('ing') && UPPER.test(t[s]!.text) && low(t[s]).length > 5) || (low(t[s]).endsWith('ly') && low(t[s]).length > 5 && UPPER.test(t[s]!.text) && INTRO.has(low(t[s + 1])))) {
    let k = s + 1;
    while (k < cue && k < s + 20 && t[k]!.text !== ',') k++;
    if (t[k]?.text !== ',') return null;
    // "Following a swiftly called, late-afternoon meeting, the Council …": a comma followed by a
    // lower-case word (no pronoun or determiner) is inside the introduction; it ends at the next comma.
    if (LOWER.test(t[k + 1]?.text ?? '') && !PRONOUNS.has(low(t[k + 1])) && !DETS.has(low(t[k + 1]))) {
      let k2 = k + 1;
      while (k2 < cue && k2 < k + 12 && t[k2]!.text !== ',') k2++;
      if (t[k2]?.text === ',') k = k2;
    }
    s = k + 1;
    // "Speaking in Salem, New Hampshire, Trump …": a place name closing the introduction.
    let p = s;
    while (p < cue && p < s + 3 && UPPER.test(t[p]!.text)) p++;
    if (p > s && t[p]?.text === ',' && UPPER.test(t[p + 1]?.text ?? '')) s = p + 1;
    if (isQuoteMark(t[s])) return null;
  }
  // "A month later, he …" / "Thirteen years earlier, she …": a time phrase is an introduction.
  if (s === sentStart) {
    let k = s + 1;
    while (k < cue && k < s + 6 && t[k]!.text !== ',') k++;
    if (t[k]?.text === ',' && TIME_END.has(low(t[k - 1]))) s = k + 1;
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
      while (k < cue && k < j + 24 && t[k]!.text !== ',') k++;
      // no further comma: this one closed the aside ("…, Sacramento, said")
      if (t[k]?.text === ',') j = k;
      continue;
    }
    const w = low(x);
    if (!LOWER.test(x.text)) continue;
    if (w.endsWith('ed') || AUX.has(w) || IRREGULAR_PAST.has(w) || cueAt(t, j) >= 0 || (w.endsWith('s') && !w.endsWith('ss') && (UPPER.test(t[j - 1]!.text) || (isSkippable(t, j - 1) && UPPER.test(t[j - 2]?.text ?? ''))))) break;
    // "Carly Fiorina threw her support …": a content word right after a short name is its verb.
    if (subjEnd < 0 && j - s >= 2 && j - s <= 4 && !isNpFunction(w) && allCaps(t, s, j)) break;
  }
  if (j >= cue || j >= s + 24) return null;
  if (subjEnd < 0) subjEnd = j;
  while (subjEnd > s && isSkippable(t, subjEnd - 1)) subjEnd--;
  if (subjEnd <= s || subjEnd - s > 12) return null;
  const first = low(t[s]);
  if (!(UPPER.test(t[s]!.text) || (PRONOUNS.has(first) && subjEnd === s + 1) || first === 'the' || first === 'a' || first === 'an' || first === 'his' || first === 'her' || first === 'their')) return null;
  // "Another delegate on the Cruz slate": on/in inside a subject before a name or determiner.
  if (!(subjEnd === s + 1 && PRONOUNS.has(first))) {
    // "Rep. Hakeem Jeffries (D-N.Y.) reacted": a party tag in parentheses is part of the subject.
    let paren = false;
    for (let k = s; k < subjEnd; k++) {
      if (t[k]!.text === '(' && k > s) paren = true;
      if (paren) {
        if (t[k]!.text === ')') paren = false;
        continue;
      }
      if (!isNpToken(t, k) && !((low(t[k]) === 'on' || low(t[k]) === 'in') && k > s)) return null;
    }
  }
  const sp: Phrase = { tok: [s, subjEnd], span: [t[s]!.start, t[subjEnd - 1]!.end], pronoun: subjEnd - s === 1 && PRONOUNS.has(first) };
  return { ...sp, verb: j };
}

/**
 * The subject of a cue verb at token `cue` that the phrase scan cannot reach: after a long
 * appositive ("Steve Elmendorf, a top fundraiser … in Brooklyn, says"), after an aside
 * ("Clinton, during a town hall in Columbus, Ohio, said") or across a coordinated predicate
 * ("Wilson praised Rubio and said"). Only when the subject's verb is the cue itself (after
 * auxiliaries and adverbs) or the cue follows "and".
 */
export function cueSubject(doc: Doc, sentStart: number, cue: number): Phrase | null {
  const t = doc.tokens;
  // Passive "Sanders was asked by host Bill Maher": the subject is addressed, not speaking;
  // the speaker is the by-agent, if named.
  if (PASSIVE.has(low(t[cue - 1])) && !low(t[cue]).endsWith('ing')) {
    return low(t[cue + 1]) === 'by' ? speakerAfter(doc, cue + 2, Math.min(t.length, cue + 12)) : null;
  }
  const subj = subjectOf(doc, sentStart, cue + 1);
  if (subj === null || subj === 'quote' || subj.verb > cue) return null;
  if (subj.verb === cue || low(t[cue - 1]) === 'and' || (low(t[cue - 1]) === 'but' && t[cue - 2]?.text === ',')) return subj;
  for (let k = subj.verb; k < cue; k++) if (!AUX.has(low(t[k])) && !isSkippable(t, k)) return null;
  return subj;
}

/** Connectives that can open a sentence without a comma: "Then he …", "But Cruz …", "So they …". */
const ONE_WORD_INTRO = new Set(['then', 'but', 'and', 'yet', 'so', 'still', 'now', 'later', 'earlier', 'meanwhile', 'instead', 'thus', 'also']);

const TIME_END = new Set(['later', 'ago', 'earlier', 'afterward', 'afterwards']);

/** Function words that cannot be the verb after a subject ("Clinton and", "Trump in"). */
function isNpFunction(w: string): boolean {
  return FUNCTION.has(w) || w.endsWith('ly') || w.endsWith('ing');
}

const FUNCTION = new Set(['and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'the', 'a', 'an', 'who', 'which', 'that', 'whose', 'also', 'then', 'now', 'not', 'never', 'too', 'de', 'la', 'van', 'von', 'da', 'del', 'bin', 'al', 'el', 'le']);

/** Capitalised at a sentence start without being a name. */
const NOT_NAME = new Set(['the', 'a', 'an', 'another', 'his', 'her', 'their', 'its', 'our', 'one', 'some', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'many', 'most', 'other', 'both', 'each', 'all', 'no', 'if', 'when', 'but', 'and', 'so', 'as']);

/** Are tokens [a, b) all capitalised (a name, with abbreviation periods)? */
function allCaps(t: Doc['tokens'], a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) if ((!UPPER.test(t[k]!.text) && t[k]!.text !== '.') || NOT_NAME.has(low(t[k]))) return false;
  return true;
}

const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);

/**
 * "WASHINGTON, Dec. 8 (UPI) — Clinton’s aide rallied …": a dateline before a dash at the
 * sentence start (capitalised words, numbers, commas, periods and parentheses only) is not part
 * of the subject; returns the token after the dash, else `s`.
 */
function datelineEnd(t: Doc['tokens'], s: number, max: number): number {
  for (let k = s; k < max && k < s + 12; k++) {
    const x = t[k]!.text;
    if (DATELINE_DASHES.has(x)) return k > s ? k + 1 : s;
    if (LOWER.test(x) || x === '“' || x === '"') return s;
  }
  return s;
}
