// src/analyze/quotes/speaker-phrase.ts — the speaker noun phrase before a cue (`speakerBefore`:
// "Peskov also said", "Flashpoint, a New York-based consultancy, told", "a source speaking to Fox
// News said") or after it (`speakerAfter`: "said former Sen. Evan Bayh"). Split out of
// phrases.ts (round 4); phrases.ts re-exports both. Pure, bounded token scans.
import type { Doc, Token } from '../doc.js';
import {
  ASIDES, CAP_FUNCTION, DAYS, DETS, INNER_PREPS, innerWord, isNpToken, isSkippable, low, LOWER, MONTHS, phrase, PRONOUNS,
  trimPhrase, UPPER, type Phrase,
} from './phrases.js';

/**
 * The speaker phrase ending just before token `cue` (skipping "also", "on Monday", "has"),
 * not reaching before token `min`. An appositive between commas is stepped over:
 * "Flashpoint, a New York-based consultancy, told" -> "Flashpoint".
 */
export function speakerBefore(doc: Doc, cue: number, min: number): Phrase | null {
  const tokens = doc.tokens;
  let j = cue - 1;
  // "Braynard is quoted as saying": the passive frame sits between the speaker and the cue.
  if (low(tokens[j]) === 'as' && low(tokens[j - 1]) === 'quoted' && PASSIVE_BE.has(low(tokens[j - 2]))) j -= 3;
  while (j >= min && isSkippable(tokens, j)) j--;
  // "The State Department less than two weeks ago said": a time phrase between subject and cue.
  if (low(tokens[j]) === 'ago') {
    let k = j - 1;
    while (k >= min && k > j - 6 && TIME_AGO.has(low(tokens[k]))) k--;
    if (k < j - 1) j = k;
    while (j >= min && isSkippable(tokens, j)) j--;
  }
  if (j < min) return null;
  if (PRONOUNS.has(low(tokens[j]))) return phrase(tokens, j, j + 1);
  // "Beck, who has described …": the speaker span is "who" (as PolNeAR marks it); the name it
  // stands for is the noun phrase before the comma.
  if ((low(tokens[j]) === 'who' || low(tokens[j]) === 'which') && tokens[j - 1]?.text === ',' && j - 1 > min) {
    const ante = speakerBefore(doc, j - 1, min);
    if (ante === null || ante.pronoun || ante.tok[1] !== j - 1) return null;
    return { ...phrase(tokens, j, j + 1), ref: ante.ref ?? ante.span };
  }
  // "a message that said, “…”": a restrictive relative; its antecedent speaks.
  if (low(tokens[j]) === 'that' && j > min) {
    const ante = speakerBefore(doc, j, min);
    if (ante === null || ante.pronoun || ante.tok[1] !== j) return null;
    return { ...phrase(tokens, j, j + 1), ref: ante.ref ?? ante.span };
  }
  // "Gov. John Kasich (R-OH), said": a stray comma after a party tag.
  if (tokens[j]!.text === ',' && tokens[j - 1]?.text === ')') j--;
  j = skipParens(tokens, j, min);
  if (j < min) return null;
  for (let round = 0; round < 2 && j >= min && tokens[j]!.text === ','; round++) {
    // appositive: ", a … ," or ", the … ," or ", who …," or an aside ", meanwhile,"
    let k = j - 1;
    while (k >= min && k > j - 14 && tokens[k]!.text !== ',' && !/^[.;:“”"]$/.test(tokens[k]!.text)) k--;
    if (k < min || tokens[k]!.text !== ',') return null;
    // "Hunter’s chief of staff, Joe Kasper, told": a name set off after a descriptor is the speaker.
    if (round === 0 && isName(tokens, k + 1, j) && LOWER.test(tokens[k - 1]?.text ?? '')) return phrase(tokens, k + 1, j);
    const first = low(tokens[k + 1]);
    if (!(DETS.has(first) || first === 'who' || LOWER.test(tokens[k + 1]!.text) || /^\d/.test(first))) return null;
    j = k - 1;
    if (j < min) return null;
    if (ASIDES.has(low(tokens[j])) && tokens[j - 1]?.text === ',') j--;
    j = skipParens(tokens, j, min);
    if (j < min) return null;
  }
  const r = collectBack(tokens, j, min, low(tokens[cue]).endsWith('ing'));
  if (r === null) return null;
  // "she released a statement saying": the phrase is the object of a verb; a participle cue's
  // speaker is that verb's subject.
  if (r[0] - 1 >= min && low(tokens[cue]).endsWith('ing') && verbBeforeArticle(tokens, r[0] - 1)) {
    let v = r[0] - 2;
    while (v >= min && isSkippable(tokens, v)) v--;
    if (v < min) return null;
    if (PRONOUNS.has(low(tokens[v]))) return phrase(tokens, v, v + 1);
    const subj = collectBack(tokens, v, min, true);
    return subj === null || verbBeforeArticle(tokens, subj[0] - 1) ? null : phrase(tokens, subj[0], subj[1]);
  }
  // "Another source familiar with Cruz’s thinking said" / "a source speaking to Fox News said":
  // the phrase after a postmodifier's preposition is its object; the speaker is the head before.
  const link = r[0] - 1;
  if (link - 2 >= min && POSTMOD_PREPS.has(low(tokens[link])) && LOWER.test(tokens[link - 1]!.text) && (low(tokens[link - 1]).endsWith('ing') || POSTMOD_ADJ.has(low(tokens[link - 1])))) {
    const head = collectBack(tokens, link - 2, min);
    if (head !== null && head[1] === link - 1 && !UPPER.test(tokens[link - 1]!.text)) return phrase(tokens, head[0], head[1]);
  }
  return phrase(tokens, r[0], r[1]);
}

/** Prepositions and adjectives of a postmodifier inside a speaker ("familiar with", "speaking to"). */
const POSTMOD_PREPS: ReadonlySet<string> = new Set(['to', 'with', 'about', 'on']);
const POSTMOD_ADJ: ReadonlySet<string> = new Set(['familiar', 'close', 'knowledgeable', 'loyal', 'sympathetic', 'opposed']);

/** The noun phrase ending at token j (inclusive), not before `min`, trimmed; null if none. */
function collectBack(tokens: Token[], j: number, min: number, stopAtVerb = false): [number, number] | null {
  const end = j + 1;
  let count = 0;
  while (j >= min && count < 10 && (isNpToken(tokens, j) || innerWord(tokens, j)) && !(stopAtVerb && verbBeforeArticle(tokens, j))) {
    j--;
    count++;
  }
  if (end - (j + 1) === 0) return null;
  return trimPhrase(tokens, j + 1, end);
}

/** Irregular past tenses that follow a name as its verb ("Reid quieted", "Bernstein held"). */
const NAME_VERBS: ReadonlySet<string> = new Set(['held', 'made', 'took', 'gave', 'went', 'came', 'put', 'set', 'got', 'ran', 'kept', 'left', 'met', 'brought', 'sought', 'stood', 'found', 'thought', 'felt', 'knew', 'saw', 'heard', 'spoke', 'won', 'lost', 'wrote', 'told', 'said']);
const TIME_AGO: ReadonlySet<string> = new Set([
  'a', 'an', 'few', 'several', 'two', 'three', 'four', 'five', 'six', 'ten', 'less', 'more', 'than', 'about',
  'nearly', 'almost', 'just', 'only', 'some', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'hour', 'hours', 'decade', 'decades', 'minutes', 'moments',
]);
const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been', 'being']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * "she released a statement saying", "he made a point of saying": a lower-case content word
 * right before an article is a verb taking an object, never inside a speaker phrase (inside a
 * noun phrase only a determiner or a preposition precedes an article).
 */
function verbBeforeArticle(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!LOWER.test(t.text) || !ARTICLES.has(low(tokens[j + 1]))) return false;
  const w = low(t);
  return !DETS.has(w) && !INNER_PREPS.has(w) && w !== 'in' && w !== 'on';
}

/** Tokens [a, b) are a personal name: two to four capitalised words (hyphens allowed), nothing else. */
function isName(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  for (let k = a; k < b; k++) {
    const x = tokens[k]!.text;
    if (x === '-') continue;
    if (!/^\p{Lu}\p{Ll}/u.test(x) || CAP_FUNCTION.has(x.toLowerCase()) || DAYS.has(x.toLowerCase()) || MONTHS.has(x.toLowerCase())) return false;
    words++;
  }
  return words >= 2 && words <= 4;
}

/** A party-and-state tag after a name ("Sen. Chuck Schumer (D-N.Y.) said"): the token before it; -1 if malformed. */
function skipParens(tokens: Token[], j: number, min: number): number {
  if (tokens[j]?.text !== ')') return j;
  let k = j - 1;
  while (k >= min && k > j - 8 && tokens[k]!.text !== '(') k--;
  if (k < min || tokens[k]!.text !== '(' || !UPPER.test(tokens[k - 1]?.text ?? '')) return -1;
  return k - 1;
}

/** The speaker phrase starting at token `i` ("said Peskov", "said the Kremlin spokesman"). */
export function speakerAfter(doc: Doc, i: number, max: number): Phrase | null {
  const tokens = doc.tokens;
  if (i >= max) return null;
  if (PRONOUNS.has(low(tokens[i]))) return phrase(tokens, i, i + 1);
  const first = tokens[i]!;
  // A lower-case start is a premodifier of a name ("said former Sen. Evan Bayh", "says
  // election lawyer Joe Birkenstock"): kept only if a capitalised word follows in the phrase.
  const lower = !UPPER.test(first.text) && !DETS.has(first.text.toLowerCase());
  let j = i;
  let named = !lower;
  // "said former secretary of state Hillary Clinton": "of" inside a lower-case title before the name.
  while (j < max && j - i < 10 && (isNpToken(tokens, j) || innerWord(tokens, j)) && !(INNER_PREPS.has(low(tokens[j])) && !UPPER.test(tokens[j + 1]?.text ?? '') && !DETS.has(low(tokens[j + 1])) && !(lower && !named && low(tokens[j]) === 'of'))) {
    if (!named && UPPER.test(tokens[j]!.text)) named = !INNER_PREPS.has(low(tokens[j - 1]));
    j++;
    // "Lori Bernstein held a sign": a past-tense verb after a name ends the phrase.
    if (j < max && j > i && UPPER.test(tokens[j - 1]!.text) && LOWER.test(tokens[j]!.text) && (low(tokens[j]).endsWith('ed') || NAME_VERBS.has(low(tokens[j])))) break;
  }
  if (!named) return null;
  const r = trimPhrase(tokens, i, j);
  return r === null ? null : phrase(tokens, r[0], r[1]);
}

