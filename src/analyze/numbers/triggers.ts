// src/analyze/numbers/triggers.ts — where each number pattern of scan.ts can start, from one pass over tokens.
// Contract: for every pattern of scan.ts RE, `starts[key]` lists (ascending, no duplicates) every offset
// where a match of that pattern can begin; `matches` then runs the pattern as a sticky regex only there,
// skipping starts inside the previous match, which gives the same matches as a global scan of the whole text.
// Why: a dozen alternation-heavy regexes over the whole text cost ~1 ms per article; a Set lookup per token
// plus a sticky exec at the few real starts costs a few microseconds.
// Starts are token starts and, inside hyphenated tokens, the starts of the parts ("forty-two", "mid-May"),
// because the patterns open with \b, which also holds after a hyphen.
import { isSpace, type Token } from '../doc.js';
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

/** The patterns in a fixed order: a set of them is a bit mask (bit k = KEYS[k]). */
const KEYS: readonly PatternKey[] = ['mdy', 'dmy', 'my', 'money', 'moneyWord', 'percent', 'relative', 'vague', 'year', 'count', 'ordinal', 'weekday', 'bare'];
const maskOf = (keys: readonly PatternKey[]): number => keys.reduce((m, k) => m | (1 << KEYS.indexOf(k)), 0);

const DIGIT_MASK = maskOf(['dmy', 'moneyWord', 'percent', 'relative', 'year', 'count', 'ordinal', 'bare']);

/** Word form -> the patterns that may start at it (digits and currency are checked by character). */
const BY_FORM: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (forms: Iterable<string>, ...keys: PatternKey[]) => {
    for (const f of forms) m.set(f, (m.get(f) ?? 0) | maskOf(keys));
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
/**
 * BY_FORM for the first word of a token, where a currency prefix ("US" of "US$") or symbol also
 * opens a money pattern (and is never also a date or number word). A token that starts with a
 * currency symbol is that symbol alone (symbols are not word characters in doc.ts), so a Map entry
 * per symbol covers "starts with".
 */
const FIRST_FORM: ReadonlyMap<string, number> = (() => {
  const m = new Map(BY_FORM);
  for (const w of [...CURRENCY_PREFIX, ...CURRENCY_CHARS]) m.set(w, maskOf(['money']));
  return m;
})();

/**
 * For each (first, last) ASCII character pair, a bit per length (1..30) of the FIRST_FORM words
 * spelled so: a token whose (first, last, length) has no bit opens no pattern unless it starts with a
 * digit, so most tokens ("the", "that", "from") are turned away reading only the text, not the token's
 * string. Bit 31 stands for every length above 30; a non-ASCII first or last character always passes.
 * (Used when the caller has no word flags, see patternStarts.)
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

/** For one word (a token, or a part of a hyphenated token), the mask of patterns that may start at it. */
function patternsOf(w: string, first: boolean): number {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGIT_MASK;
  return (first ? FIRST_FORM : BY_FORM).get(w) ?? 0;
}

const keyBit = (k: PatternKey): number => 1 << KEYS.indexOf(k);
const B = {
  dmy: keyBit('dmy'), moneyWord: keyBit('moneyWord'), percent: keyBit('percent'), relative: keyBit('relative'), year: keyBit('year'),
  count: keyBit('count'), ordinal: keyBit('ordinal'), bare: keyBit('bare'),
};
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const isLetterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
};
/** "st", "nd", "rd" or "th" at i. */
function suffixAt(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/**
 * Of the patterns a digit at `pos` may open (DIGIT_MASK), those whose next characters fit, from a
 * few characters of the text (necessary conditions read off scan.ts RE; `bare` always). With
 * j the end of the run of [0-9.,] from pos (where a match of NUM must end, as every NUM match is
 * such characters and what follows it in these patterns is not) and d the end of the digits:
 *   count:     NUM \s               relative: NUM \s+ d|w (days, weeks)
 *   percent:   NUM \s? %|p           moneyWord: NUM \s? a letter (multiplier, "US", currency)
 *   year:      exactly 4 digits, 1[89] or 20     ordinal: \d+ st|nd|rd|th \s
 *   dmy:       1 or 2 digits, st|nd|rd|th optional, \s (the weekday before it cannot start at a digit)
 * (\s is JS white space, isSpace; every white space character is one UTF-16 unit.)
 */
function digitPatterns(text: string, pos: number): number {
  let m = B.bare;
  let d = pos + 1;
  while (isDigitAt(text, d)) d++;
  let j = d;
  for (let c = text.charCodeAt(j); (c >= 48 && c <= 57) || c === 46 || c === 44; c = text.charCodeAt(++j));
  const after = text.charCodeAt(j);
  const space = isSpace(after);
  if (space) {
    m |= B.count;
    let k = j + 1;
    while (isSpace(text.charCodeAt(k))) k++;
    const w = text.charCodeAt(k);
    if (w === 100 || w === 119) m |= B.relative;
  }
  const p = space ? text.charCodeAt(j + 1) : after;
  if (p === 37 || p === 112) m |= B.percent;
  if (space ? isLetterAt(text, j + 1) : isLetterAt(text, j)) m |= B.moneyWord;
  if (d - pos === 4) {
    const c0 = text.charCodeAt(pos);
    const c1 = text.charCodeAt(pos + 1);
    if ((c0 === 49 && (c1 === 56 || c1 === 57)) || (c0 === 50 && c1 === 48)) m |= B.year;
  }
  const suffixed = suffixAt(text, d);
  if (suffixed && isSpace(text.charCodeAt(d + 2))) m |= B.ordinal;
  if (d - pos <= 2 && (isSpace(text.charCodeAt(d)) || (suffixed && isSpace(text.charCodeAt(d + 2))))) m |= B.dmy;
  return m;
}

/**
 * Whether a number pattern may start in a token written `raw`: at its start, or after a hyphen inside
 * it ("forty-two", "mid-May", "COVID-19": tokens longer than one character never start or end with a
 * hyphen). The per-word-type fact the entity word flags cache (entities/tokens.ts, W.NUM_START), so
 * patternStarts reads only these tokens.
 */
export function numberStartWord(raw: string): boolean {
  return patternsOf(raw, true) !== 0 || (raw.length > 1 && raw.includes('-'));
}

export type Starts = Record<PatternKey, number[]>;

/**
 * Where each pattern can start in `text`, whose tokens (in text order) are `tokens`: token starts,
 * and inside hyphenated tokens the starts of the parts ("forty-two", "mid-May"), because the
 * patterns open with \b, which also holds after a hyphen. With `flags` (the tokens' entity word
 * flags) and `bit` (W.NUM_START, numberStartWord), only tokens with the bit are read; without, the
 * text's characters turn most token starts away (mayOpen). Both give the same starts.
 */
export function patternStarts(text: string, tokens: readonly Token[], flags?: Int32Array, bit = 0): Starts {
  const lists: number[][] = [[], [], [], [], [], [], [], [], [], [], [], [], []]; // one per KEYS entry
  for (let i = 0; i < tokens.length; i++) {
    if (flags && !(flags[i]! & bit)) continue;
    const t = tokens[i]!;
    if (flags || mayOpen(text, t.start, t.end)) {
      // a digit: the patterns its next characters allow; a word: its form's (no string read for digits)
      const mask = isDigitAt(text, t.start) ? digitPatterns(text, t.start) : FIRST_FORM.get(t.text) ?? 0;
      addStarts(lists, mask, t.start);
    }
    // Parts after hyphens inside the token, in order: every start pushed lies in [t.start, t.end),
    // before the next token's, so each list stays ascending and without duplicates.
    for (let h = t.start + 1; h < t.end - 1; h++) {
      if (text.charCodeAt(h) !== 45) continue;
      let e = h + 1;
      while (e < t.end && text.charCodeAt(e) !== 45) e++;
      const mask = isDigitAt(text, h + 1) ? digitPatterns(text, h + 1) : BY_FORM.get(text.slice(h + 1, e)) ?? 0;
      addStarts(lists, mask, h + 1);
      h = e - 1;
    }
  }
  return {
    mdy: lists[0]!, dmy: lists[1]!, my: lists[2]!, money: lists[3]!, moneyWord: lists[4]!, percent: lists[5]!, relative: lists[6]!,
    vague: lists[7]!, year: lists[8]!, count: lists[9]!, ordinal: lists[10]!, weekday: lists[11]!, bare: lists[12]!,
  };
}

/** Push pos onto the list of each pattern in `mask` (bit k = KEYS[k]). */
function addStarts(lists: number[][], mask: number, pos: number): void {
  for (let m = mask; m !== 0; m &= m - 1) lists[31 - Math.clz32(m & -m)]!.push(pos);
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
