// src/analyze/quotes/phrases.ts — token-level pieces of an attribution: the cue verb, the
// speaker noun phrase before or after it, the cue's channel phrase ("in a statement") and an
// intermediary ("according to Reuters", "told Reuters"). All functions are pure, bounded scans
// over `doc.tokens` (a few tokens each way), so the analyzer stays linear in the article.
import type { Span } from '../../types.js';
import type { Doc, Token } from '../doc.js';
import { CHANNEL_NOUNS, PARTICLE_CUES, SPEECH_VERBS } from '../lexicons/reporting-verbs.js';

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
export const DETS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'other']);
/** Words that may sit between a speaker and the verb: "Peskov also said", "Putin has denied". */
const SKIPPABLE = new Set([
  'also', 'later', 'then', 'once', 'again', 'has', 'had', 'have', 'previously', 'earlier', 'further',
  'yesterday', 'today', 'tonight', 'recently', 'repeatedly', 'reportedly', 'publicly', 'privately',
  'flatly', 'simply', 'just', 'even', 'still', 'already', 'first', 'initially', 'separately', 'similarly',
  'would', 'will', 'did', 'does', 'do', 'had', 'last', 'week', 'month', 'year', 'night', 'morning',
  'afternoon', 'evening', 'on', 'never', 'not', 'ever', 'always', 'often',
]);
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Asides between commas that separate a speaker from its verb: "Sanders, meanwhile, said". */
export const ASIDES: ReadonlySet<string> = new Set(['meanwhile', 'however', 'though', 'too', 'instead', 'also', 'likewise', 'separately', 'meantime']);
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend']);
/** Lower-case words that end a noun phrase (function words, auxiliaries, common verbs). */
export const STOP: ReadonlySet<string> = new Set([
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
export const INNER_PREPS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from']);
const TITLE_ABBR = new Set(['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'prof', 'st', 'jr', 'sr', 'capt', 'sgt', 'adm', 'rev', 'u.s', 'inc', 'corp', 'co']);
/** Sentence-initial connectives that are never part of a speaker: "Yet another said". */
export const LEADING_CONNECTIVES: ReadonlySet<string> = new Set(['yet', 'but', 'and', 'so', 'still', 'now', 'then', 'however', 'meanwhile', 'instead', 'also', 'or', 'thus', 'indeed']);
/** Words after which a cue form is a noun ("his claims", "Trump’s tweets"). */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);
/** Cue forms that are also plural nouns; before "of" they are nouns ("claims of fraud"), unlike "said of". */
const PLURAL_NOUNS: ReadonlySet<string> = new Set(['claims', 'reports', 'notes', 'tweets', 'estimates', 'promises', 'replies', 'answers', 'remarks', 'comments', 'points', 'demands', 'warnings']);
/** Prepositions two tokens before a plural-noun cue form that make it a noun ("of Republican claims"). */
const OF_LIKE: ReadonlySet<string> = new Set(['of', 'about', 'to', 'with', 'for', 'on', 'against', 'amid', 'despite', 'over']);
/** Function words that never start a speaker name even when capitalised at a sentence start. */
export const CAP_FUNCTION: ReadonlySet<string> = new Set([
  'when', 'while', 'if', 'as', 'after', 'before', 'since', 'because', 'although', 'though', 'unless', 'until',
  'whether', 'once', 'where', 'why', 'how', 'what', 'alongside', 'amid', 'despite', 'among', 'unlike', 'like',
  'without', 'within', 'throughout', 'during', 'against', 'about', 'across', 'through', 'upon', 'toward',
  'towards', 'regarding', 'besides', 'beyond', 'asked', 'pressed', 'but', 'and', 'so', 'yet', 'in', 'on', 'at',
  'to', 'by', 'for', 'from', 'with', 'into', 'over', 'under', 'still', 'also', 'then', 'now', 'here', 'there',
  'likewise', 'similarly', 'meanwhile', 'however', 'moreover', 'indeed', 'instead', 'nonetheless', 'nevertheless',
  'furthermore', 'additionally', 'separately', 'finally', 'previously', 'recently', 'today', 'yesterday', 'later',
]);
const UPPER = /^[\p{Lu}]/u;
const LOWER = /^[\p{Ll}]/u;
const HAS_LETTER = /\p{L}/u;
const DIGITS = /^\d+$/;

/**
 * Per-document cache, filled once by `prepare(doc)` before the scans: the cue end of every token.
 * The scans call `cueAt` many times per token; computing it once keeps the analyzer linear with a
 * small constant. (Lower-cased token text comes with the token itself: `Token.lower`.)
 */
let cueTokens: Token[] | null = null;
let cueEnd: Int32Array = new Int32Array(0);
export function prepare(doc: Doc): void {
  const t = doc.tokens;
  cueTokens = null;
  // one buffer, grown as needed: no allocation per article
  if (cueEnd.length < t.length) cueEnd = new Int32Array(Math.max(t.length, 2 * cueEnd.length));
  cueEnd.fill(-1, 0, t.length);
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    // One Set probe on the lower-cased form rejects ~97% of tokens (cheaper than reading the
    // characters of a sliced string); the rest keep the exact earlier conditions.
    if (!SPEECH_VERBS.has(tok.lower)) continue;
    const w = tok.text;
    if (w.charCodeAt(0) < 97) {
      if (i === 0 || isSentenceEnd(t[i - 1])) cueEnd[i] = computeCueAt(t, i);
      continue;
    }
    const a = w.charCodeAt(0) - 97;
    const b = w.charCodeAt(1) - 97;
    if (a >= 0 && a < 26 && b >= 0 && b < 26 && w.length < 32 && SPEECH_VERBS.has(w)) cueEnd[i] = computeCueAt(t, i);
  }
  cueTokens = t;
}


export function low(t: Token | undefined): string {
  return t === undefined ? '' : t.lower;
}

/** If a cue starts at token i, its end token index (exclusive); else -1. */
export function cueAt(tokens: Token[], i: number): number {
  if (tokens === cueTokens) return i >= 0 && i < tokens.length ? cueEnd[i]! : -1;
  return computeCueAt(tokens, i);
}

function computeCueAt(tokens: Token[], i: number): number {
  const w = low(tokens[i]);
  // A capitalised verb form is a name or a headline word ("the United States", "Hollande Says"),
  // except an inverted frame opening a sentence before a name ("Said Dorothy Poynter, …").
  if (!SPEECH_VERBS.has(w)) return -1;
  // "Pyongyang's claims", "the reports of", "her notes": a cue form after a determiner or a
  // possessive, or before "of", is a noun; a finite verb never sits there.
  if (NOUN_BEFORE.has(low(tokens[i - 1])) || (PLURAL_NOUNS.has(w) && low(tokens[i + 1]) === 'of')) return -1;
  // "32% of Republican claims as “false”": a plural-noun form after "of" and one modifier is a noun.
  if (PLURAL_NOUNS.has(w) && OF_LIKE.has(low(tokens[i - 2])) && !PRONOUNS.has(low(tokens[i - 1]))) return -1;
  if (UPPER.test(tokens[i]!.text) && !((i === 0 || isSentenceEnd(tokens[i - 1])) && UPPER.test(tokens[i + 1]?.text ?? '') && !PRONOUNS.has(low(tokens[i + 1])))) return -1;
  const particle = PARTICLE_CUES.get(w);
  if (particle !== undefined) {
    if (low(tokens[i + 1]) !== particle || low(tokens[i + 2]) === 'to') return -1;
    return i + 2;
  }
  return i + 1;
}

function isSkippable(tokens: Token[], j: number): boolean {
  const w = low(tokens[j]);
  // An adverb in -ly is lower-case as written: "Kelly said" keeps its speaker.
  return SKIPPABLE.has(w) || DAYS.has(w) || (w.endsWith('ly') && w.length > 4 && LOWER.test(tokens[j]!.text));
}

/**
 * Words allowed inside (not at the edge of) a speaker phrase that isNpToken rejects: a
 * participle adjective after a determiner or hyphen ("the gambling tycoon", "the
 * conservative-leaning newspaper") and "in" before a determiner or name ("a staffer in the room").
 */
export function innerWord(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!LOWER.test(t.text)) return false;
  const w = low(t);
  const p = tokens[j - 1];
  // "Cruz’s thinking": a gerund after a possessive is a noun, even at the phrase end.
  if (w.endsWith('ing') && p !== undefined && (p.text === '’s' || p.text === "'s")) return true;
  // "…,” said the ruling." — a gerund noun after a determiner may also end the phrase at the sentence end.
  if (w.endsWith('ing') && !SPEECH_VERBS.has(w) && p !== undefined && (DETS.has(low(p)) || p.text === '-')) return isNpToken(tokens, j + 1) || (DETS.has(low(p)) && isSentenceEnd(tokens[j + 1]));
  if (w === 'in') return DETS.has(low(tokens[j + 1])) || UPPER.test(tokens[j + 1]?.text ?? '');
  return false;
}

/** Can token j be part of a speaker noun phrase? */
export function isNpToken(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  const w = t.text.toLowerCase();
  if (w === "'s" || w === '’s' || w === '-' || w === '&') return true;
  if (w === '.') return TITLE_ABBR.has(low(tokens[j - 1])) || /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '');
  // "the 46-year-old": a number joined by a hyphen to the next word.
  // "a 2008 Clinton veteran": a year after a determiner.
  // "9/11 widow Terry Strada": digits joined by a slash.
  if (!HAS_LETTER.test(t.text)) {
    if (w === '/') return DIGITS.test(tokens[j - 1]?.text ?? '') && DIGITS.test(tokens[j + 1]?.text ?? '') && tokens[j - 1]!.end === t.start && t.end === tokens[j + 1]!.start;
    return DIGITS.test(w) && (tokens[j + 1]?.text === '-' || (w.length === 4 && DETS.has(low(tokens[j - 1]))) || (tokens[j + 1]?.text === '/' && DIGITS.test(tokens[j + 2]?.text ?? '')) || (tokens[j - 1]?.text === '/' && DIGITS.test(tokens[j - 2]?.text ?? '')));
  }
  // "When asked …", "Alongside BLM …": a capitalised function word opens a clause, not a name
  // (all-capital "US" or "IT" stays a name). A day name only after a determiner ("a Wednesday editorial").
  if (UPPER.test(t.text)) return (!DAYS.has(w) || DETS.has(low(tokens[j - 1]))) && !(CAP_FUNCTION.has(w) && LOWER.test(t.text.slice(1)));
  if (DETS.has(w) || INNER_PREPS.has(w)) return true;
  if (STOP.has(w) || SPEECH_VERBS.has(w) || w.endsWith('ing') || w.endsWith('ly')) return false;
  return true;
}

export interface Phrase {
  /** Token range [start, end). */
  tok: [number, number];
  span: Span;
  pronoun: boolean;
  /** For a relative pronoun ("Beck, who has described …"): its antecedent phrase, resolved instead. */
  ref?: Span;
}

export function phrase(tokens: Token[], a: number, b: number): Phrase {
  return { tok: [a, b], span: [tokens[a]!.start, tokens[b - 1]!.end], pronoun: b - a === 1 && PRONOUNS.has(low(tokens[a])) };
}

/** Trim a collected phrase to start at a determiner, capital or noun, never at a preposition. */
export function trimPhrase(tokens: Token[], a: number, b: number): [number, number] | null {
  while (a < b - 1 && LEADING_CONNECTIVES.has(low(tokens[a]))) a++;
  while (a < b && (INNER_PREPS.has(low(tokens[a])) || low(tokens[a]) === "'s" || low(tokens[a]) === '’s' || tokens[a]!.text === '-')) a++;
  while (b > a && (INNER_PREPS.has(low(tokens[b - 1])) || DETS.has(low(tokens[b - 1])) || tokens[b - 1]!.text === '-')) b--;
  if (b <= a) return null;
  // A lone determiner-less lower-case word ("officials") is allowed; a lone det is not.
  return [a, b];
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

export function isSentenceEnd(t: Token | undefined): boolean {
  return t === undefined || t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';';
}

/**
 * Sentence end at token j, except the period of a title abbreviation ("Gov. Kasich") or of an
 * abbreviation closed by a parenthesis ("Rep. Earl Blumenauer (D-Ore.) said").
 */
export function endsAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  // "…at a rally in Binghamton, N.Y. “Secretary Clinton …”": an abbreviation token that carries
  // the period ends the sentence when an opening quotation mark follows.
  if (t !== undefined && t.text.length >= 4 && t.text.charCodeAt(t.text.length - 1) === 46 && ABBR_DOT.test(t.text) && OPENING.has(tokens[j + 1]?.text ?? '') && UPPER.test(tokens[j + 2]?.text ?? '')) return true;
  // "(D-N.Y.) said", "McConnell, R-Ky., said": a period before a comma, or between the letters
  // of an abbreviation ("N . Y ."), ends nothing.
  return isSentenceEnd(t) && !(t!.text === '.' && (TITLE_ABBR.has(low(tokens[j - 1])) || tokens[j + 1]?.text === ')' || tokens[j + 1]?.text === ',' || (/^\p{Lu}$/u.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === '.') || (/^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '') && UPPER.test(tokens[j + 1]?.text ?? ''))));
}

/** A quotation mark, not a possessive apostrophe glued to its word ("Sanders’ campaign"). */
export function isMarkAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!isQuoteMark(t)) return false;
  const p = tokens[j - 1];
  return !(t!.text === '’' && p !== undefined && p.end === t!.start && /s$/i.test(p.text));
}

const ABBR_DOT = /^(?:\p{Lu}\.){2,}$/u;
const OPENING: ReadonlySet<string> = new Set(['“', '"']);
const MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»', '‘', '’', '„']);

export function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && MARKS.has(t.text);
}

export { DAYS, UPPER, LOWER, isSkippable };
export { speakerAfter, speakerBefore } from './speaker-phrase.js';
