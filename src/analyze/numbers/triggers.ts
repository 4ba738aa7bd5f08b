// src/analyze/numbers/triggers.ts — where each number pattern of scan.ts can start, from one pass over tokens.
// Contract: for every pattern of scan.ts RE, `starts[key]` lists (ascending, no duplicates) every offset
// where a match of that pattern can begin; `matches` then runs the pattern as a sticky regex only there,
// skipping starts inside the previous match, which gives the same matches as a global scan of the whole text.
// Why: a dozen alternation-heavy regexes over the whole text cost ~1 ms per article; a Set lookup per token
// plus a sticky exec at the few real starts costs a few microseconds.
// Starts are token starts and, inside hyphenated tokens, the starts of the parts ("forty-two", "mid-May"),
// because the patterns open with \b, which also holds after a hyphen.
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
const MAX_FORM = Math.max(...[...BY_FORM.keys()].map((k) => k.length));
const CURRENCY_CODES = new Set([...CURRENCY_CHARS].map((ch) => ch.charCodeAt(0)));

/** For one word (a token or a part of a hyphenated token), the patterns that may start at it. */
function keysOf(w: string, first: boolean): PatternKey[] | undefined {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return DIGIT_KEYS;
  // A currency prefix ("US" of "US$") or symbol is never also a date or number word.
  if (first && (CURRENCY_CODES.has(c) || (w.length <= 2 && CURRENCY_PREFIX.has(w)))) return MONEY;
  return w.length <= MAX_FORM ? BY_FORM.get(w) : undefined;
}

export type Starts = Record<PatternKey, number[]>;

export function patternStarts(tokens: readonly Token[]): Starts {
  const starts: Starts = {
    mdy: [], dmy: [], my: [], money: [], moneyWord: [], percent: [], relative: [], vague: [], year: [], count: [],
    ordinal: [], weekday: [], bare: [],
  };
  const add = (keys: PatternKey[] | undefined, pos: number) => {
    if (keys) for (const k of keys) {
      const list = starts[k];
      if (list[list.length - 1] !== pos) list.push(pos);
    }
  };
  for (const t of tokens) {
    const s = t.text;
    add(keysOf(s, true), t.start);
    let h = s.indexOf('-');
    while (h >= 0) {
      const next = s.indexOf('-', h + 1);
      const part = s.slice(h + 1, next < 0 ? s.length : next);
      if (part) add(keysOf(part, false), t.start + h + 1);
      h = next;
    }
  }
  return starts;
}

/** Matches of `re` (compiled with the sticky flag) starting at `starts`, as a global scan would find them. */
export function* matches(re: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let lastEnd = 0;
  for (const pos of starts) {
    if (pos < lastEnd) continue;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    lastEnd = m.index + Math.max(1, m[0].length);
    yield m;
  }
}
