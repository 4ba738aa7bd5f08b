// src/analyze/quotes/via.ts — the intermediary of an attribution (Quote.via): "according to
// Reuters", "according to a transcript of the show", "told Reuters" (only when the object looks
// like an outlet), and an outlet relaying the whole attribution ("…, reports USA Today" / "As
// Breitbart News reported, …"). PolNeAR annotates only the outermost source of such nested
// attributions; we keep the speaker and put the outer source here. Bounded token scans.
import type { Span } from '../../types.js';
import type { Doc, Token } from '../doc.js';
import { AUDIENCE_WORDS, OUTLET_WORDS } from '../lexicons/reporting-verbs.js';
import { DAYS, DETS, isNpToken, low, LOWER, MONTHS, STOP, trimPhrase, UPPER } from './phrases.js';

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

/**
 * A common-noun source after "according to": "a transcript of the show", "the school’s Facebook
 * post", "excerpts of his speech". A determiner or possessor, then noun-phrase tokens.
 */
function sourcePhrase(tokens: Token[], i: number, max: number): [number, number] | null {
  if (!DETS.has(low(tokens[i])) && !(UPPER.test(tokens[i]?.text ?? '') || LOWER.test(tokens[i]?.text ?? ''))) return null;
  let b = i;
  while (b < max && b - i < 10 && isNpToken(tokens, b)) b++;
  const r = trimPhrase(tokens, i, b);
  if (r === null || (AUDIENCE_WORDS.has(low(tokens[r[0]])) && r[1] - r[0] === 1)) return null;
  // "audio provided by Wyoming Public Radio", "a memo obtained by The Post": the name is the source.
  // (The phrase scan takes the participle in: "audio provided" then "by".)
  const by = BY_PARTICIPLES.has(low(tokens[r[1] - 1])) && low(tokens[r[1]]) === 'by' ? r[1] : BY_PARTICIPLES.has(low(tokens[r[1]])) && low(tokens[r[1] + 1]) === 'by' ? r[1] + 1 : -1;
  if (by > 0) {
    let a = by + 1;
    if (low(tokens[a]) === 'the') a++;
    let e = a;
    while (e < max && e - a < 6 && UPPER.test(tokens[e]!.text)) e++;
    if (e > a) return [r[0], e];
  }
  return r;
}

const BY_PARTICIPLES: ReadonlySet<string> = new Set(['provided', 'obtained', 'released', 'published', 'reviewed', 'posted', 'seen', 'shared', 'aired', 'broadcast']);

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
  const n = nameAt(doc, i + 2, max) ?? sourcePhrase(tokens, i + 2, max);
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

const REPORTED = new Set(['reported', 'reports', 'reporting']);

/**
 * An outlet that relays the whole attribution: "…, said Kristen Day, reports USA Today." /
 * "…, the Washington Examiner reported." / "As Breitbart News reported, …". Scans tokens
 * [from, max); the name must look like an outlet (isOutlet), so "…, Smith reported" is no via.
 */
export function findReportedBy(doc: Doc, from: number, max: number): Via | null {
  const tokens = doc.tokens;
  for (let j = from; j < max; j++) {
    if (!REPORTED.has(tokens[j]!.text)) continue;
    const inv = nameAt(doc, j + 1, max);
    if (inv !== null && isOutlet(tokens, inv[0], inv[1])) {
      return { name: doc.text.slice(tokens[inv[0]]!.start, tokens[inv[1] - 1]!.end), span: [tokens[j]!.start, tokens[inv[1] - 1]!.end], end: inv[1] };
    }
    let a = j;
    while (a > from && a > j - 6 && ((UPPER.test(tokens[a - 1]!.text) && !STOP.has(low(tokens[a - 1]))) || low(tokens[a - 1]) === 'the')) a--;
    while (a < j && low(tokens[a]) === 'the') a++;
    if (a < j && isOutlet(tokens, a, j)) {
      const s0 = low(tokens[a - 1]) === 'the' ? a - 1 : a;
      return { name: doc.text.slice(tokens[a]!.start, tokens[j - 1]!.end), span: [tokens[s0]!.start, tokens[j]!.end], end: j + 1 };
    }
  }
  return null;
}


const SURVEY_NOUNS: ReadonlySet<string> = new Set(['poll', 'survey', 'study', 'polls', 'surveys']);

/**
 * "In a national CNN/ORC poll released Monday, 31% of Republicans said …": the respondents speak
 * through the poll, which PolNeAR (and a reader) takes as the source. Tokens [s0, sp0) are the
 * sentence opening before the speaker; the via is the introductory phrase after "In".
 */
export function findPollIntro(doc: Doc, s0: number, sp0: number): Via | null {
  const t = doc.tokens;
  if (low(t[s0]) !== 'in' || sp0 - s0 > 16) return null;
  let comma = -1;
  let survey = false;
  for (let k = s0 + 1; k < sp0; k++) {
    if (t[k]!.text === ',') {
      comma = k;
      break;
    }
    if (SURVEY_NOUNS.has(low(t[k]))) survey = true;
  }
  if (!survey || comma < s0 + 2) return null;
  const a = t[s0 + 1]!;
  const b = t[comma - 1]!;
  return { name: doc.text.slice(a.start, b.end), span: [a.start, b.end], end: comma };
}
