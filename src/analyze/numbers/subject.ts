// src/analyze/numbers/subject.ts — what a number measures: "Emmanuel Macron, first round vote share".
// Contract: `entity` is the canonical name of the person/organisation the number belongs to (the nearest
// named subject before it in its sentence, never one behind a preposition such as "in France"), taken
// from ctx.entities when they are there, else from capitalised words; `measure` is the measured thing
// from the words around the number. Either may be null; `subject` joins the known parts.
import type { Entity, NumberKind, Span } from '../../types.js';
import { isSpace } from '../doc.js';
import { MONTHS, ORDINALS, WEEKDAYS } from './words.js';

export interface Subject {
  entity: string | null;
  measure: string | null;
  subject: string | null;
}

export interface NamedSpan {
  span: Span;
  name: string;
  /** Cache of behindPreposition for this span (several numbers of a sentence ask about the same names). */
  behind?: boolean;
}

const PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'of', 'by', 'into', 'on', 'across', 'against', 'with', 'for', 'over', 'about', 'toward', 'towards', 'than']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const CAP_STOP = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'it', 'in', 'on', 'at', 'according', 'this', 'that',
  'these', 'those', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'after', 'before', 'since', 'for', 'he', 'she',
  'they', 'we', 'i', 'there', 'some', 'many', 'most', 'all', 'both', 'rival', 'chief', 'leader', 'mr', 'mrs', 'ms',
]);
const CAP_RE = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|le|la|bin|al))*/gu;
const VOTE_RE = /\b(?:votes?|voting|voters?|ballots?|scor(?:e|ed|es|ing)|polls?|polled|elect\w*)\b/i;
const ORD_ALT = [...ORDINALS.keys()].join('|');
const QUALIFIER_RE = new RegExp(String.raw`\b(${ORD_ALT})\s+(round|ballot|quarter|half|leg|stage|phase|term|day|week|month|year)\b`, 'i');
const MEASURE_WORDS = /\b(turnout|inflation|unemployment|growth|approval rating|approval|support|interest rates?|rate|share|stake|budget|deficit|debt|revenue|profit|sales|prices?|tax|tariffs?|fine|aid|funding|salary|wages?|gdp|output|exports?|imports?|spending|investment|valuation|majority|lead)\b/gi;
const EVENT_WORDS = 'elections?|vote|runoff|round|referendum|meeting|summit|talks|attack|leak|hack|debate|inauguration|ceremony|visit|strike|trial|hearing|deadline|launch|announcement|ruling|verdict|crash|explosion|protest|rally';
const EVENT_WORD = new RegExp(EVENT_WORDS, 'i');
const EVENT_RE = new RegExp(String.raw`\b(?:(${ORD_ALT}|runoff|presidential|parliamentary|general|local|snap)\s+)?(${EVENT_WORDS})\b`, 'gi');

/** Named spans (entities or capitalised fallbacks) inside `sent`, in text order. */
export function namesIn(text: string, sent: Span, entities: Entity[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const e of entities) {
    if (e.type === 'place') continue;
    for (const m of e.mentions) if (m[0] >= sent[0] && m[1] <= sent[1]) out.push({ span: m, name: e.name });
  }
  if (entities.length > 0) return out.sort((a, b) => a.span[0] - b.span[0]);
  CAP_RE.lastIndex = sent[0];
  const body = text.slice(0, sent[1]);
  let m: RegExpExecArray | null;
  while ((m = CAP_RE.exec(body)) !== null) {
    let words = m[0].split(/\s+/);
    let start = m.index;
    while (words.length && CAP_STOP.has(words[0]!.toLowerCase().replace(/[’']s$/, ''))) {
      start += words[0]!.length + (text.slice(start + words[0]!.length).match(/^\s+/)?.[0].length ?? 0);
      words = words.slice(1);
    }
    const last = words[words.length - 1]?.toLowerCase();
    if (!words.length || (words.length === 1 && (MONTHS.has(last!) || WEEKDAYS.has(last!)))) continue;
    if (words.some((w) => /[’'](?:d|ll|re|ve|m)$|n[’']t$/i.test(w))) continue;
    const name = words.join(' ').replace(/[’']s$/, '').replace(/\.$/, '');
    out.push({ span: [start, start + name.length], name });
  }
  return out;
}

const SKIPPED_BEFORE_NAME = new Set(['french', 'russian', 'american', 'us', 'national', 'interior', 'foreign']);

/**
 * Whether a name is the object of a preposition ("in France", "according to the ministry"): the last
 * ASCII word in the 40 characters before it, skipping determiners and a few adjectives, is a
 * preposition, and no comma or semicolon comes right before the name.
 */
function behindPreposition(text: string, s: number): boolean {
  const lo = Math.max(0, s - 40);
  for (let k = lo; k < s; k++) if (text.charCodeAt(k) >= 128) return behindPrepositionSlow(text, s);
  // ASCII window: the words are the runs of ASCII letters, read from the end (what the slow path's
  // lower-cased /[a-z]+/g matches are, without building them all).
  let k = s;
  let w: string | undefined;
  for (;;) {
    while (k > lo && !isAsciiLetter(text.charCodeAt(k - 1))) k--;
    if (k === lo) {
      w = undefined;
      break;
    }
    const e = k;
    while (k > lo && isAsciiLetter(text.charCodeAt(k - 1))) k--;
    w = text.slice(k, e).toLowerCase();
    if (!DETERMINERS.has(w) && !SKIPPED_BEFORE_NAME.has(w)) break;
  }
  if (w === undefined || !PREPOSITIONS.has(w)) return false;
  // /[,;]\s*$/ over the last 3 characters
  let j = s - 1;
  const lo3 = Math.max(0, s - 3);
  while (j >= lo3 && isSpace(text.charCodeAt(j))) j--;
  const c = j >= lo3 ? text.charCodeAt(j) : -1;
  return c !== 44 && c !== 59;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** behindPreposition by regular expressions, for windows with non-ASCII characters (their lower-casing may add ASCII letters). */
function behindPrepositionSlow(text: string, s: number): boolean {
  const words = text.slice(Math.max(0, s - 40), s).toLowerCase().match(/[a-z]+/g) ?? [];
  let w = words.pop();
  while (w && (DETERMINERS.has(w) || SKIPPED_BEFORE_NAME.has(w))) w = words.pop();
  return w !== undefined && PREPOSITIONS.has(w) && !/[,;]\s*$/.test(text.slice(Math.max(0, s - 3), s));
}

/**
 * The last of the names before the first one ending after `pos` (names are in text order) that is
 * not behind a preposition. Read from that end back, so only the names after the answer are tested.
 */
function entityFor(text: string, pos: number, names: NamedSpan[]): string | null {
  let k = 0;
  while (k < names.length && names[k]!.span[1] <= pos) k++;
  while (--k >= 0) {
    const n = names[k]!;
    n.behind ??= behindPreposition(text, n.span[0]);
    if (!n.behind) return n.name;
  }
  return null;
}

function measureFor(text: string, kind: NumberKind, span: Span, unit: string | null, sent: Span): string | null {
  if (kind === 'count' || kind === 'ordinal') return unit;
  if (kind !== 'percent' && kind !== 'money' && kind !== 'date') return null;
  if (kind === 'date') return eventNear(text, span, sent);
  const before = text.slice(sent[0], span[0]);
  const after = text.slice(span[1], sent[1]);
  if (kind === 'percent') {
    if (VOTE_RE.test(after.slice(0, 30)) || VOTE_RE.test(before)) {
      const qualifier = QUALIFIER_RE.exec(text.slice(sent[0], sent[1]));
      return qualifier ? `${qualifier[1]!.toLowerCase()} ${qualifier[2]!.toLowerCase()} vote share` : 'vote share';
    }
    const of = /^\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z]+(?:\s+[a-z]+)?)/.exec(after)?.[1];
    if (of) return of.replace(/\s+(?:and|or|in|on|at|who|that|was|were|is|are)$/, '');
    const w = [...before.matchAll(MEASURE_WORDS)].pop()?.[1];
    return w ? w.toLowerCase() : null;
  }
  if (kind === 'money') {
    const of = /^\s+(?:in|of|for)\s+(?:the\s+)?([a-z]+)/.exec(after)?.[1];
    const w = [...before.matchAll(MEASURE_WORDS)].pop()?.[1];
    return of ?? (w ? w.toLowerCase() : null);
  }
  return null;
}

/** The measure of a date: the nearest event word of its sentence within 60 characters ("the May 7 runoff"). */
function eventNear(text: string, span: Span, sent: Span): string | null {
  let best: RegExpExecArray | null = null;
  let gap = Infinity;
  for (const m of eventsIn(text, sent)) {
    const at = sent[0] + m.index;
    const d = at < span[0] ? span[0] - (at + m[0].length) : at - span[1];
    if (d < gap && d <= 60) [best, gap] = [m, d];
  }
  return best ? best[0].toLowerCase() : null;
}

// The event words of the last sentence asked about: an article's dates often share a sentence
// ("on Sunday, April 23, ... the May 7 runoff"), and the scan of it is the same each time.
let eventsText = '';
let eventsSent: Span = [-1, -1];
let eventsCache: RegExpExecArray[] = [];

function eventsIn(text: string, sent: Span): RegExpExecArray[] {
  if (text !== eventsText || sent[0] !== eventsSent[0] || sent[1] !== eventsSent[1]) {
    const sentence = text.slice(sent[0], sent[1]);
    // EVENT_WORD is a necessary condition (every EVENT_RE match holds an event word) and a cheaper scan.
    eventsCache = EVENT_WORD.test(sentence) ? [...sentence.matchAll(EVENT_RE)] : [];
    eventsText = text;
    eventsSent = sent;
  }
  return eventsCache;
}

/** Subject of one number in its sentence. */
export function subjectOf(text: string, kind: NumberKind, span: Span, unit: string | null, sent: Span | null, names: NamedSpan[]): Subject {
  if (!sent) return { entity: null, measure: null, subject: null };
  const entity = kind === 'date' || kind === 'ordinal' ? null : entityFor(text, span[0], names);
  const measure = measureFor(text, kind, span, unit, sent);
  // the non-empty parts joined by ", " (no array per number)
  return { entity, measure, subject: entity && measure ? `${entity}, ${measure}` : entity || measure || null };
}
