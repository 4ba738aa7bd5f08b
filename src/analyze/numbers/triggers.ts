// src/analyze/numbers/triggers.ts — where each number pattern of scan.ts can start, from one pass over tokens.
// Contract: for every pattern of scan.ts RE, `starts[key]` lists (ascending, no duplicates) every offset
// where a match of that pattern can begin; `matches` then runs the pattern as a sticky regex only there,
// skipping starts inside the previous match, which gives the same matches as a global scan of the whole text.
// Why: a dozen alternation-heavy regexes over the whole text cost ~1 ms per article; a Set lookup per token
// plus a sticky exec at the few real starts costs a few microseconds.
// Starts are token starts and, inside hyphenated tokens, the starts of the parts ("forty-two", "mid-May"),
// because the patterns open with \b, which also holds after a hyphen.
import { insertSorted } from '../../util/sorted.js';
import type { Token } from '../doc.js';
import { CARDINALS, MONTHS, ORDINALS, WEEKDAYS } from './words.js';

export type PatternKey =
  | 'mdy' | 'dmy' | 'my' | 'money' | 'moneyWord' | 'percent' | 'relative' | 'vague' | 'year' | 'count' | 'ordinal' | 'weekday' | 'bare';

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const bothCases = (words: Iterable<string>): Set<string> => new Set([...words].flatMap((w) => [w, cap(w)]));

/** Exactly the word forms the scan.ts alternations accept at a match start. */
const MONTH_FORMS = new Set([...MONTHS.keys()].map(cap));
const WEEKDAY_FORMS = new Set([...WEEKDAYS.keys()].map(cap));
const CARDINAL_FORMS = bothCases(CARDINALS.keys());
const ORDINAL_FORMS = bothCases(ORDINALS.keys());
const VAGUE_FIRST = bothCases(['dozens', 'scores', 'hundreds', 'thousands', 'tens', 'millions', 'billions']);
const WEEKDAY_MODIFIERS = bothCases(['last', 'next', 'this']);
const CURRENCY_PREFIX = new Set(['US', 'CA', 'AU', 'HK', 'NZ', 'C', 'A', 'S']);
const CURRENCY_CHARS = new Set(['$', '€', '£', '¥', '₽', '₹', '₩', '₴']);

const DIGIT_KEYS: PatternKey[] = ['dmy', 'moneyWord', 'percent', 'relative', 'year', 'count', 'ordinal', 'bare'];

/** Word form -> the patterns that may start at it (digits and currency are checked by character). */
const BY_FORM: ReadonlyMap<string, PatternKey[]> = (() => {
  const m = new Map<string, PatternKey[]>();
  const add = (forms: Iterable<string>, ...keys: PatternKey[]) => {
    for (const f of forms) m.set(f, [...(m.get(f) ?? []), ...keys]);
  };
  add(MONTH_FORMS, 'mdy', 'my');
  add(WEEKDAY_FORMS, 'mdy', 'dmy', 'weekday');
  add(CARDINAL_FORMS, 'percent', 'relative', 'count');
  add(['a', 'one'], 'relative');
  add(VAGUE_FIRST, 'vague');
  add(ORDINAL_FORMS, 'ordinal');
  add(WEEKDAY_MODIFIERS, 'weekday');
  return m;
})();
const MONEY: PatternKey[] = ['money'];
/**
 * BY_FORM for the first word of a token, where a currency prefix ("US" of "US$") or symbol also
 * opens a money pattern (and is never also a date or number word). A token that starts with a
 * currency symbol is that symbol alone (symbols are not word characters in doc.ts), so a Map entry
 * per symbol covers "starts with".
 */
const FIRST_FORM: ReadonlyMap<string, PatternKey[]> = (() => {
  const m = new Map(BY_FORM);
  for (const w of [...CURRENCY_PREFIX, ...CURRENCY_CHARS]) m.set(w, MONEY);
  return m;
})();

/**
 * For each (first, last) ASCII character pair, a bit per length (1..30) of the FIRST_FORM words
 * spelled so: a token whose (first, last, length) has no bit opens no pattern unless it starts with a
 * digit, so most tokens ("the", "that", "from") are turned away reading only the text, not the token's
 * string. Bit 31 stands for every length above 30; a non-ASCII first or last character always passes.
 */
const EDGE_LENGTHS = new Uint32Array(128 * 128);
const lengthBit = (n: number): number => (n > 30 ? 1 << 31 : 1 << n);
for (const w of FIRST_FORM.keys()) {
  const c = w.charCodeAt(0);
  const z = w.charCodeAt(w.length - 1);
  if (c < 128 && z < 128) EDGE_LENGTHS[(c << 7) | z]! |= lengthBit(w.length);
}
/** Whether a token text[s, e) may open a pattern (necessary, not sufficient). */
function mayOpen(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (c >= 48 && c <= 57) return true;
  const z = text.charCodeAt(e - 1);
  if (c >= 128 || z >= 128) return true;
  return (EDGE_LENGTHS[(c << 7) | z]! & lengthBit(e - s)) !== 0;
}

/** For one word (a token, or a part of a hyphenated token), the patterns that may start at it. */
function keysOf(w: string, first: boolean): PatternKey[] | undefined {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGIT_KEYS;
  return (first ? FIRST_FORM : BY_FORM).get(w);
}

export type Starts = Record<PatternKey, number[]>;

/** Append pos to the start lists of `keys` (positions arrive in ascending order). */
function addStarts(starts: Starts, keys: PatternKey[], pos: number): void {
  for (const k of keys) {
    const list = starts[k];
    if (list[list.length - 1] !== pos) list.push(pos);
  }
}

/** Insert pos into the start lists of `keys`, keeping them ascending and without duplicates. */
function insertStarts(starts: Starts, keys: PatternKey[], pos: number): void {
  for (const k of keys) insertSorted(starts[k], pos);
}

/** Index of the last token starting at or before pos (tokens are in text order), or -1. */
function tokenBefore(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Where each pattern can start in `text`, whose tokens (in text order) are `tokens`. */
export function patternStarts(text: string, tokens: readonly Token[]): Starts {
  const starts: Starts = {
    mdy: [], dmy: [], my: [], money: [], moneyWord: [], percent: [], relative: [], vague: [], year: [], count: [],
    ordinal: [], weekday: [], bare: [],
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!mayOpen(text, t.start, t.end)) continue;
    const keys = keysOf(t.text, true);
    if (keys) addStarts(starts, keys, t.start);
  }
  // Parts of hyphenated tokens, found from the hyphens of the text (few) rather than by searching
  // every token for one. A hyphen inside a token (not a "-" token of its own) opens a part.
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    const k = tokenBefore(tokens, h);
    const t = tokens[k];
    if (!t || h <= t.start || h >= t.end) continue;
    const next = text.indexOf('-', h + 1);
    const part = text.slice(h + 1, next < 0 || next > t.end ? t.end : next);
    const keys = part ? keysOf(part, false) : undefined;
    if (keys) insertStarts(starts, keys, h + 1);
  }
  return starts;
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

/** Matches of `re` (compiled with the sticky flag) starting at `starts`, as a global scan would find them. */
export function matches(re: RegExp, text: string, starts: readonly number[]): readonly RegExpExecArray[] {
  let out: RegExpExecArray[] | null = null; // an array, not a generator: most lists are empty or short
  let lastEnd = 0;
  for (const pos of starts) {
    if (pos < lastEnd) continue;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    lastEnd = m.index + Math.max(1, m[0].length);
    (out ??= []).push(m);
  }
  return out ?? NO_MATCHES;
}
