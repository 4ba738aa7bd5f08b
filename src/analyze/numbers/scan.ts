// src/analyze/numbers/scan.ts — finds number mentions in a text with regular expressions, each run only
// where a token can start a match (triggers.ts).
// Contract: every candidate's span satisfies text.slice(span) = the quantity as written; candidates
// are returned by priority (dates, money, percent, ... bare numbers), and the caller keeps the first
// of overlapping ones. Nothing here reads entities or resolves dates: see dates.ts and subject.ts.
import type { NumberKind, Span } from '../../types.js';
import {
  CARDINALS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DAY_UNITS, MONTHS, MULTIPLIERS, NOT_A_NOUN, ORDINALS, VAGUE,
  WEEKDAYS, WEEKDAY_NAME_PREFIX,
} from './words.js';
import { isSpace, tokenize, type Token } from '../doc.js';
import { matches, patternStarts, type PatternKey } from './triggers.js';
import { W } from '../entities/tokens.js';

/** What the text says about a date; unknown parts are null. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  /** "last"/"next"/"this" before a weekday, or the direction of "two days before/after". */
  modifier: string | null;
  /** Signed day offset of "two days before" (-2) / "three weeks later" (+21). */
  offset: number | null;
}

export interface Candidate {
  span: Span;
  kind: NumberKind;
  value: number;
  unit: string | null;
  date?: DateParts;
}

// Either capitalisation of a lower-case word list, as a regex alternation (longest first).
const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
const capAlt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');

// A number in digits, not glued to a word, another number, a decimal point or a hyphen.
// ASCII classes and no `u` flag: V8 runs these several times faster than \p{..} with lookbehind.
const LB = String.raw`(?<![A-Za-z0-9_.,:/#@$€£¥₽₹\-])`;
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const RB = String.raw`(?![A-Za-z0-9]|[.,:/]\d|-\w)`;
const WORDNUM = alt(CARDINALS.keys());
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MON = capAlt(FULL_MONTHS) + '|' + [...MONTHS.keys()].filter((m) => !FULL_MONTHS.includes(m))
  .sort((a, b) => b.length - a.length).map((m) => m[0]!.toUpperCase() + m.slice(1) + String.raw`\.?`).join('|');
const WD = capAlt(WEEKDAYS.keys());
const ORD = alt(ORDINALS.keys());

export const RE = {
  mdy: new RegExp(String.raw`\b(?:(${WD}),?\s+)?(${MON})\s+(\d{1,2})(?:st|nd|rd|th)?(?![0-9:])(?:,?\s+(\d{4})(?![0-9]))?`, 'g'),
  dmy: new RegExp(String.raw`\b(?:(${WD}),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MON})\b(?:,?\s+(\d{4})(?![0-9]))?`, 'g'),
  my: new RegExp(String.raw`\b(${MON})\s+(?:of\s+)?(\d{4})(?![0-9])`, 'g'),
  money: new RegExp(String.raw`(?<![A-Za-z0-9])((?:US|CA|AU|HK|NZ|[CAS])?[$€£¥₽₹₩₴])\s?(${NUM})(?:\s(thousand|million|billion|trillion)\b|\s?(mln|mn|bn|tn|trn)\b|([kmbKMB])\b)?${RB}`, 'g'),
  moneyWord: new RegExp(String.raw`${LB}(${NUM})\s?(?:(thousand|million|billion|trillion|mln|mn|bn)\s+)?(?:US\s)?(dollars|euros|pounds(?: sterling)?|rubles|roubles|yen|yuan|rupees|francs|pesos|hryvnias|USD|EUR|GBP|RUB|JPY|CNY)\b`, 'g'),
  percent: new RegExp(String.raw`(${LB}(?:${NUM})|\b(?:${WORDNUM}))\s?(%|percent\b|per cent\b|percentage points?\b)`, 'g'),
  relative: new RegExp(String.raw`\b(${NUM}|${WORDNUM}|a|one)\s+(days?|weeks?)\s+(before|after|earlier|later|ago)\b(?:\s+the\s+([a-z]+)(?:\s+([a-z]+))?)?`, 'g'),
  vague: new RegExp(String.raw`\b(${alt(VAGUE.keys())})\s+of\s+([A-Za-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?`, 'g'),
  year: new RegExp(String.raw`${LB}(1[89]\d\d|20\d\d)(?!s\b)${RB}`, 'g'),
  count: new RegExp(String.raw`(${LB}(?:${NUM})|\b(?:${WORDNUM}))(?:\s+(thousand|million|billion|hundred))?\s+([A-Za-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?`, 'g'),
  ordinal: new RegExp(String.raw`\b(${ORD}|\d+(?:st|nd|rd|th))\s+([a-z][a-z-]*)`, 'g'),
  weekday: new RegExp(String.raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(${WD})(?![A-Za-z])`, 'g'),
  bare: new RegExp(`${LB}(${NUM})${RB}`, 'g'),
  // Phone numbers, times, scores, ranges and codes: digits that are not quantities.
  phone: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b|\b\d{1,2}:\d{2}\b|\b\d+-\d+\b/g,
};

/** The same patterns, sticky: run only where triggers.ts says a match can start. */
const STICKY = Object.fromEntries(Object.entries(RE).map(([k, re]) => [k, new RegExp(re.source, 'y')])) as Record<PatternKey, RegExp>;

/** Value of a number as written: a number word, or digits with thousands commas. */
const num = (s: string): number => {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return Number(s.includes(',') ? s.replace(/,/g, '') : s); // no number word starts with a digit
  const w = CARDINALS.get(s.toLowerCase());
  return w ?? Number(s.replace(/,/g, ''));
};

/** Spans that must never yield a number (phone numbers, clock times, "5-4"). */
export function excludedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(RE.phone)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function dateParts(p: Partial<DateParts>): DateParts {
  return { year: null, month: null, day: null, weekday: null, modifier: null, offset: null, ...p };
}

const month = (s: string): number => MONTHS.get(s.replace('.', '').toLowerCase())!;
const weekday = (s: string | undefined): number | null => (s ? WEEKDAYS.get(s.toLowerCase()) ?? null : null);

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Adjective endings of a word after a number ("two Russian diplomats", "three armed men"). */
const ADJECTIVE_ENDINGS = ['ed', 'ing', 'al', 'ian', 'ese', 'ish', 'ive', 'ous', 'ful', 'ic'];
const endsWithAny = (w: string, ends: readonly string[]): boolean => ends.some((e) => w.endsWith(e));

/** The counted noun after a number ("9 people", "two Russian diplomats"), or null. */
function countedNoun(w1: string, w2: string | undefined): string | null {
  const l1 = w1.toLowerCase();
  if (NOT_A_NOUN.has(l1) || MONTHS.has(l1) || CURRENCY_WORDS.has(l1) || MULTIPLIERS.has(l1)) return null;
  const c = w1.charCodeAt(0);
  const adjective = (c >= 65 && c <= 90) || endsWithAny(l1, ADJECTIVE_ENDINGS) || l1 === 'new' || l1 === 'more' || l1 === 'other';
  if (adjective) {
    if (w2 && !NOT_A_NOUN.has(w2) && !w2.endsWith('ly')) return w2;
    return c >= 97 && c <= 122 && !l1.endsWith('ed') && !l1.endsWith('ing') ? l1 : null;
  }
  if (l1.endsWith('ly')) return null;
  return l1;
}

/** Append a candidate (a module function, not a closure in scanNumbers: the loader's keepNames names closures per call). */
function add(out: Candidate[], s: number, e: number, kind: NumberKind, value: number, unit: string | null, date?: DateParts): void {
  out.push(date ? { span: [s, e], kind, value, unit, date } : { span: [s, e], kind, value, unit });
}

/**
 * Every candidate in the text, in priority order (earlier kinds win overlaps). `flags`, when given,
 * are the tokens' entity word flags (entities/tokens.ts docWords): patternStarts then reads only the
 * tokens marked W.NUM_START.
 */
export function scanNumbers(text: string, tokens: readonly Token[] = tokenize(text), flags?: Int32Array): Candidate[] {
  const starts = patternStarts(text, tokens, flags, W.NUM_START);
  const out: Candidate[] = [];

  for (const m of matches(STICKY.mdy, text, starts.mdy)) {
    const day = Number(m[3]);
    if (day < 1 || day > 31) continue;
    const d = dateParts({ weekday: weekday(m[1]), month: month(m[2]!), day, year: m[4] ? Number(m[4]) : null });
    add(out, m.index, m.index + m[0].length, 'date', day, 'date', d);
  }
  for (const m of matches(STICKY.dmy, text, starts.dmy)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const d = dateParts({ weekday: weekday(m[1]), month: month(m[3]!), day, year: m[4] ? Number(m[4]) : null });
    add(out, m.index, m.index + m[0].length, 'date', day, 'date', d);
  }
  for (const m of matches(STICKY.my, text, starts.my)) {
    add(out, m.index, m.index + m[0].length, 'date', Number(m[2]), 'month', dateParts({ month: month(m[1]!), year: Number(m[2]) }));
  }
  for (const m of matches(STICKY.money, text, starts.money)) {
    const cur = CURRENCY_SYMBOLS.get(m[1]!.toLowerCase());
    if (!cur) continue;
    const mult = MULTIPLIERS.get((m[3] ?? m[4] ?? m[5] ?? '').toLowerCase()) ?? 1;
    add(out, m.index, m.index + m[0].length, 'money', num(m[2]!) * mult, cur);
  }
  for (const m of matches(STICKY.moneyWord, text, starts.moneyWord)) {
    const mult = MULTIPLIERS.get((m[2] ?? '').toLowerCase()) ?? 1;
    add(out, m.index, m.index + m[0].length, 'money', num(m[1]!) * mult, CURRENCY_WORDS.get(m[3]!.toLowerCase()) ?? m[3]!);
  }
  for (const m of matches(STICKY.percent, text, starts.percent)) {
    const unit = m[2]!.startsWith('percentage') ? 'percentage points' : '%';
    add(out, m.index, m.index + m[0].length, 'percent', num(m[1]!), unit);
  }
  for (const m of matches(STICKY.relative, text, starts.relative)) {
    const n = /^(?:a|one)$/i.test(m[1]!) ? 1 : num(m[1]!);
    const sign = m[3] === 'before' || m[3] === 'earlier' || m[3] === 'ago' ? -1 : 1;
    const offset = sign * n * DAY_UNITS.get(m[2]!)!;
    // Keep "the election" / "the runoff vote" as the reference; drop a trailing function word.
    let end = m.index + m[0].length;
    if (m[5] && NOT_A_NOUN.has(m[5])) end -= m[5].length + 1;
    if (m[4] && NOT_A_NOUN.has(m[4])) end = m.index + m[0].indexOf(m[3]!, m[1]!.length) + m[3]!.length;
    add(out, m.index, end, 'date', offset, 'days', dateParts({ offset, modifier: m[3]! }));
  }
  for (const m of matches(STICKY.vague, text, starts.vague)) {
    const noun = countedNoun(m[2]!, m[3]);
    if (!noun) continue;
    const end = noun === m[2]!.toLowerCase() ? m.index + m[0].length - (m[3] ? m[3].length + 1 : 0) : m.index + m[0].length;
    add(out, m.index, end, 'count', VAGUE.get(m[1]!.toLowerCase())!, noun);
  }
  for (const m of matches(STICKY.year, text, starts.year)) {
    const y = Number(m[1]);
    if (!isYearContext(text, m.index, m.index + 4)) continue;
    add(out, m.index, m.index + 4, 'date', y, 'year', dateParts({ year: y }));
  }
  for (const m of matches(STICKY.count, text, starts.count)) {
    const noun = countedNoun(m[3]!, m[4]);
    if (!noun || (isDigitCode(m[1]!.charCodeAt(0)) && followsName(text, m.index))) continue;
    const mult = m[2] ? MULTIPLIERS.get(m[2]) ?? 100 : 1;
    const end = noun === m[3]!.toLowerCase() ? m.index + m[0].length - (m[4] ? m[4].length + 1 : 0) : m.index + m[0].length;
    add(out, m.index, end, 'count', num(m[1]!) * mult, noun);
  }
  for (const m of matches(STICKY.ordinal, text, starts.ordinal)) {
    const noun = m[2]!;
    if (NOT_A_NOUN.has(noun) || noun.endsWith('ly') || isTimeSecond(text, m.index, m[1]!)) continue;
    const v = ORDINALS.get(m[1]!.toLowerCase()) ?? parseInt(m[1]!, 10);
    add(out, m.index, m.index + m[0].length, 'ordinal', v, noun);
  }
  for (const m of matches(STICKY.weekday, text, starts.weekday)) {
    const prev = m[1] ? undefined : /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]; // read only without a modifier
    if (!m[1] && prev && WEEKDAY_NAME_PREFIX.has(prev.toLowerCase())) continue;
    if (/^\s*[A-Z][a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && !/^\s*[A-Z][a-z]+\s*[,.]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue; // "Sunday Times"
    const d = dateParts({ weekday: weekday(m[2]), modifier: m[1]?.toLowerCase() ?? null });
    add(out, m.index, m.index + m[0].length, 'date', d.weekday!, 'weekday', d);
  }
  for (const m of matches(STICKY.bare, text, starts.bare)) {
    if (followsName(text, m.index)) continue;
    add(out, m.index, m.index + m[0].length, 'other', num(m[1]!), null);
  }
  return out;
}

/** "2017" is a year unless it counts a plural noun ("2000 people") or follows a name ("Euro 2016"). */
function isYearContext(text: string, s: number, e: number): boolean {
  const after = /^\s+([a-z]+)/.exec(text.slice(e, e + 24))?.[1];
  if (after && after.endsWith('s') && !/^(?:elections|olympics|games|midterms|polls|primaries|was|is|has|as)$/.test(after)) return false;
  return !followsName(text, s);
}

const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'-]*)\s$/u;

/**
 * Whether NAME_BEFORE cannot match the window text[lo, s): true when the window does not end in a
 * space, or when the run of letters, apostrophes and hyphens before that space is ASCII without a
 * capital (the name NAME_BEFORE captures is a suffix of that run, starting with a capital).
 */
function surelyNoName(text: string, lo: number, s: number): boolean {
  if (s - 1 < lo || !isSpace(text.charCodeAt(s - 1))) return true;
  for (let k = s - 2; k >= lo; k--) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    if (c === 39 || c === 45) continue;
    return !((c >= 65 && c <= 90) || c >= 128); // a capital, or a non-ASCII letter maybe: ask the regex
  }
  return true;
}

/** A capitalised word right before a number, not starting a sentence: "Flight 370", "Euro 2016". */
function followsName(text: string, s: number): boolean {
  const lo = Math.max(0, s - 30);
  if (surelyNoName(text, lo, s)) return false;
  const m = NAME_BEFORE.exec(text.slice(lo, s));
  if (!m) return false;
  const word = m[1]!;
  const l = word.toLowerCase();
  if (MONTHS.has(l) || WEEKDAYS.has(l) || /^(?:in|since|by|until|from|of|the|on|at|for|after|before|during|about|around|nearly|almost|some|over|and|last|early|late|mid|circa)$/.test(l)) return false;
  return true;
}

/** "a second", "per second", "split second": the unit of time, not the ordinal. */
function isTimeSecond(text: string, s: number, word: string): boolean {
  if (word.toLowerCase() !== 'second') return false;
  return /(?:\ba|\bper|\bsplit|\d)\s+$/i.test(text.slice(Math.max(0, s - 8), s));
}
