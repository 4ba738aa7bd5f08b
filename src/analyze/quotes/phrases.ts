// src/analyze/quotes/phrases.ts — token-level pieces of an attribution: the cue verb, the
// speaker noun phrase before or after it, the cue's channel phrase ("in a statement") and an
// intermediary ("according to Reuters", "told Reuters"). All functions are pure, bounded scans
// over `doc.tokens` (a few tokens each way), so the analyzer stays linear in the article.
import type { Span } from '../../types.js';
import type { Doc, Token } from '../doc.js';
import { AUDIENCE_WORDS, CHANNEL_NOUNS, OUTLET_WORDS, PARTICLE_CUES, SPEECH_VERBS } from '../lexicons/reporting-verbs.js';

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'other']);
/** Words that may sit between a speaker and the verb: "Peskov also said", "Putin has denied". */
const SKIPPABLE = new Set([
  'also', 'later', 'then', 'once', 'again', 'has', 'had', 'have', 'previously', 'earlier', 'further',
  'yesterday', 'today', 'tonight', 'recently', 'repeatedly', 'reportedly', 'publicly', 'privately',
  'flatly', 'simply', 'just', 'even', 'still', 'already', 'first', 'initially', 'separately', 'similarly',
  'would', 'will', 'did', 'does', 'do', 'had', 'last', 'week', 'month', 'year', 'night', 'morning',
  'afternoon', 'evening', 'on', 'never', 'not', 'ever', 'always', 'often',
]);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Asides between commas that separate a speaker from its verb: "Sanders, meanwhile, said". */
const ASIDES = new Set(['meanwhile', 'however', 'though', 'too', 'instead', 'also', 'likewise', 'separately', 'meantime']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend']);
/** Lower-case words that end a noun phrase (function words, auxiliaries, common verbs). */
const STOP = new Set([
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not', 'that', 'this', 'these', 'those',
  'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'while', 'why', 'how', 'and', 'or', 'but',
  'nor', 'so', 'yet', 'if', 'then', 'than', 'as', 'because', 'although', 'though', 'since', 'until',
  'unless', 'after', 'before', 'also', 'there', 'here', 'to', 'by', 'on', 'into', 'over', 'under',
  'about', 'against', 'between', 'through', 'during', 'without', 'within', 'per', 'via', 'like', 'just',
  'only', 'even', 'still', 'already', 'ever', 'never', 'all', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'me', 'him', 'them', 'us', 'said', 'says', 'told', 'according', 'up', 'out', 'off', 'down', 'now',
  'again', 'later', 'once', 'too', 'very', 'more', 'most', 'much', 'such', 'no', 'yes', 'well', 'in',
]);
/** Prepositions allowed inside a speaker phrase: "a spokesman for the campaign", "a professor at Yale". */
const INNER_PREPS = new Set(['of', 'for', 'at', 'with', 'from']);
const TITLE_ABBR = new Set(['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'prof', 'st', 'jr', 'sr', 'capt', 'sgt', 'adm', 'rev', 'u.s', 'inc', 'corp', 'co']);
/** Sentence-initial connectives that are never part of a speaker: "Yet another said". */
export const LEADING_CONNECTIVES: ReadonlySet<string> = new Set(['yet', 'but', 'and', 'so', 'still', 'now', 'then', 'however', 'meanwhile', 'instead', 'also', 'or', 'thus', 'indeed']);
const UPPER = /^[\p{Lu}]/u;
const LOWER = /^[\p{Ll}]/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Per-document caches, filled once by `prepare(doc)` before the scans: the lower-cased form of
 * every token (indexed by its start offset, so `low(token)` needs no index) and the cue end of
 * every token. The scans call `low`/`cueAt` many times per token; lower-casing once keeps the
 * analyzer linear with a small constant. Tokens of another document fall back to computing.
 */
let curText = '';
let lowText = '';
let cueTokens: Token[] | null = null;
let cueEnd: Int32Array = new Int32Array(0);
/** Any cue word, on the lower-cased text: one native scan instead of one lookup per token. */
const CUE_WORD_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export function prepare(doc: Doc): void {
  const t = doc.tokens;
  curText = doc.text;
  lowText = doc.text.toLowerCase();
  cueTokens = null;
  cueEnd = new Int32Array(t.length).fill(-1);
  if (lowText.length !== curText.length) {
    lowText = '';
    for (let i = 0; i < t.length; i++) cueEnd[i] = computeCueAt(t, i);
  } else {
    let i = 0;
    CUE_WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CUE_WORD_RE.exec(lowText)) !== null) {
      while (i < t.length && t[i]!.start < m.index) i++;
      if (i < t.length && t[i]!.start === m.index) cueEnd[i] = computeCueAt(t, i);
    }
  }
  cueTokens = t;
}

export function low(t: Token | undefined): string {
  if (t === undefined) return '';
  if (lowText !== '' && t.end <= lowText.length && curText.startsWith(t.text, t.start)) return lowText.slice(t.start, t.end);
  return t.text.toLowerCase();
}

/** If a cue starts at token i, its end token index (exclusive); else -1. */
export function cueAt(tokens: Token[], i: number): number {
  if (tokens === cueTokens) return i >= 0 && i < tokens.length ? cueEnd[i]! : -1;
  return computeCueAt(tokens, i);
}

function computeCueAt(tokens: Token[], i: number): number {
  const w = low(tokens[i]);
  if (!SPEECH_VERBS.has(w)) return -1;
  const particle = PARTICLE_CUES.get(w);
  if (particle !== undefined) {
    if (low(tokens[i + 1]) !== particle || low(tokens[i + 2]) === 'to') return -1;
    return i + 2;
  }
  return i + 1;
}

function isSkippable(tokens: Token[], j: number): boolean {
  const w = low(tokens[j]);
  return SKIPPABLE.has(w) || DAYS.has(w) || (w.endsWith('ly') && w.length > 4 && LOWER.test(w));
}

/** Can token j be part of a speaker noun phrase? */
export function isNpToken(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const w = t.text.toLowerCase();
  if (w === "'s" || w === '’s' || w === '-' || w === '&') return true;
  if (w === '.') return TITLE_ABBR.has(low(tokens[j - 1]));
  if (!HAS_LETTER.test(t.text)) return false;
  if (UPPER.test(t.text)) return !DAYS.has(w);
  if (DETS.has(w) || INNER_PREPS.has(w)) return true;
  if (STOP.has(w) || SPEECH_VERBS.has(w) || w.endsWith('ing') || w.endsWith('ly')) return false;
  return true;
}

export interface Phrase {
  /** Token range [start, end). */
  tok: [number, number];
  span: Span;
  pronoun: boolean;
}

function phrase(tokens: Token[], a: number, b: number): Phrase {
  return { tok: [a, b], span: [tokens[a]!.start, tokens[b - 1]!.end], pronoun: b - a === 1 && PRONOUNS.has(low(tokens[a])) };
}

/** Trim a collected phrase to start at a determiner, capital or noun, never at a preposition. */
function trimPhrase(tokens: Token[], a: number, b: number): [number, number] | null {
  while (a < b - 1 && LEADING_CONNECTIVES.has(low(tokens[a]))) a++;
  while (a < b && (INNER_PREPS.has(low(tokens[a])) || low(tokens[a]) === "'s" || low(tokens[a]) === '’s' || tokens[a]!.text === '-')) a++;
  while (b > a && (INNER_PREPS.has(low(tokens[b - 1])) || DETS.has(low(tokens[b - 1])) || tokens[b - 1]!.text === '-')) b--;
  if (b <= a) return null;
  // A lone determiner-less lower-case word ("officials") is allowed; a lone det is not.
  return [a, b];
}

/**
 * The speaker phrase ending just before token `cue` (skipping "also", "on Monday", "has"),
 * not reaching before token `min`. An appositive between commas is stepped over:
 * "Flashpoint, a New York-based consultancy, told" -> "Flashpoint".
 */
export function speakerBefore(doc: Doc, cue: number, min: number): Phrase | null {
  const tokens = doc.tokens;
  let j = cue - 1;
  while (j >= min && isSkippable(tokens, j)) j--;
  if (j < min) return null;
  if (PRONOUNS.has(low(tokens[j]))) return phrase(tokens, j, j + 1);
  for (let round = 0; round < 2 && j >= min && tokens[j]!.text === ','; round++) {
    // appositive: ", a … ," or ", the … ," or ", who …," or an aside ", meanwhile,"
    let k = j - 1;
    while (k >= min && k > j - 14 && tokens[k]!.text !== ',' && !/^[.;:“”"]$/.test(tokens[k]!.text)) k--;
    if (k < min || tokens[k]!.text !== ',') return null;
    const first = low(tokens[k + 1]);
    if (!(DETS.has(first) || first === 'who' || LOWER.test(tokens[k + 1]!.text) || /^\d/.test(first))) return null;
    j = k - 1;
    if (j < min) return null;
    if (ASIDES.has(low(tokens[j])) && tokens[j - 1]?.text === ',') j--;
  }
  const end = j + 1;
  let count = 0;
  while (j >= min && count < 10 && isNpToken(tokens, j)) {
    j--;
    count++;
  }
  if (end - (j + 1) === 0) return null;
  const r = trimPhrase(tokens, j + 1, end);
  return r === null ? null : phrase(tokens, r[0], r[1]);
}

/** The speaker phrase starting at token `i` ("said Peskov", "said the Kremlin spokesman"). */
export function speakerAfter(doc: Doc, i: number, max: number): Phrase | null {
  const tokens = doc.tokens;
  if (i >= max) return null;
  if (PRONOUNS.has(low(tokens[i]))) return phrase(tokens, i, i + 1);
  const first = tokens[i]!;
  if (!UPPER.test(first.text) && !DETS.has(first.text.toLowerCase())) return null;
  let j = i;
  while (j < max && j - i < 8 && isNpToken(tokens, j) && !(INNER_PREPS.has(low(tokens[j])) && !UPPER.test(tokens[j + 1]?.text ?? '') && !DETS.has(low(tokens[j + 1])))) j++;
  const r = trimPhrase(tokens, i, j);
  return r === null ? null : phrase(tokens, r[0], r[1]);
}

/**
 * Extend a cue over a channel phrase: "said in a (congratulatory) statement/telegram".
 * Returns the new end token index (exclusive).
 */
export function extendCue(tokens: Token[], end: number, max: number): number {
  if (low(tokens[end]) !== 'in' && low(tokens[end]) !== 'on') return end;
  for (let j = end + 1; j < max && j < end + 5; j++) {
    const w = low(tokens[j]);
    if (CHANNEL_NOUNS.has(w)) return j + 1;
    if (!LOWER.test(w) && !UPPER.test(tokens[j]!.text)) return end;
  }
  return end;
}

export interface Via {
  name: string;
  span: Span;
  /** Token index after the via phrase. */
  end: number;
}

/** A capitalised name starting at token i ("Reuters", "the Associated Press"). */
function nameAt(doc: Doc, i: number, max: number): [number, number] | null {
  const tokens = doc.tokens;
  let a = i;
  if (low(tokens[a]) === 'the') a++;
  let b = a;
  while (b < max && b - a < 6 && ((UPPER.test(tokens[b]!.text) && !DAYS.has(low(tokens[b])) && !MONTHS.has(low(tokens[b]))) || ((low(tokens[b]) === 'of' || tokens[b]!.text === '-' || tokens[b]!.text === '&') && UPPER.test(tokens[b + 1]?.text ?? '')))) b++;
  if (b === a || AUDIENCE_WORDS.has(low(tokens[a]))) return null;
  return [a, b];
}

/** Does the name [a, b) look like a news outlet or agency ("Reuters", "Fox News", "CNN")? */
function isOutlet(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i]!.text;
    if (OUTLET_WORDS.has(t.toLowerCase()) || (t.length >= 2 && /^[A-Z]+$/.test(t))) return true;
  }
  return false;
}

/** "according to X" starting at token i. */
export function accordingTo(doc: Doc, i: number, max: number): Via | null {
  const tokens = doc.tokens;
  if (low(tokens[i]) !== 'according' || low(tokens[i + 1]) !== 'to') return null;
  const n = nameAt(doc, i + 2, max);
  if (n === null) return null;
  return { name: doc.text.slice(tokens[n[0]]!.start, tokens[n[1] - 1]!.end), span: [tokens[i]!.start, tokens[n[1] - 1]!.end], end: n[1] };
}

/** "told Reuters": the named object of a telling verb at token `cue`, when it is not an audience. */
export function toldObject(doc: Doc, cue: number, max: number): Via | null {
  const tokens = doc.tokens;
  const w = low(tokens[cue]);
  if (w !== 'told' && w !== 'tells') return null;
  const n = nameAt(doc, cue + 1, max);
  if (n === null || !isOutlet(tokens, n[0], n[1])) return null;
  return { name: doc.text.slice(tokens[n[0]]!.start, tokens[n[1] - 1]!.end), span: [tokens[cue]!.start, tokens[n[1] - 1]!.end], end: n[1] };
}

/** Scan tokens [from, max) for ", according to X" (the intermediary of an attribution). */
export function findAccording(doc: Doc, from: number, max: number): Via | null {
  for (let j = from; j < max; j++) {
    if (low(doc.tokens[j]) === 'according') return accordingTo(doc, j, max);
  }
  return null;
}

export function isSentenceEnd(t: Token | undefined): boolean {
  return t === undefined || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';';
}

const MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»', '‘', '’', '„']);

export function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && MARKS.has(t.text);
}

export { DAYS, UPPER, LOWER, isSkippable };
