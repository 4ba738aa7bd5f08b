// src/story/dates.ts — one calendar day per article, when the article lets us know it.
// Sources, best first: `published`; a full date in the URL path or the first lines; the dateline date ("ST. PETERSBURG, April 24"), whose year
// comes from the dateline itself, from `published`, or from weekday+date pairs in the text
// ("Sunday, April 23" fixes the year among the candidates). An unresolved year gives null:
// a missing date must never split or merge stories, so a guess is worse than nothing.
import type { CleanArticle } from '../types.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const MONTH_RE = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?`);
const WEEKDAY_DATE = new RegExp(
  `\\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),? \\(?(${MONTH_RE})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4})`,
  'g',
);
const TEXT_DATELINE = new RegExp(`^[A-Z][A-Za-z .'-]{1,40}, (${MONTH_RE})\\.? (\\d{1,2})\\b(?:,? (\\d{4}))?`);
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
// Dates in a URL path: /2009/02/04/, /2009/Feb/04/, /2009-02-04
const URL_DATE = new RegExp(`/((?:19|20)\\d{2})[/-](\\d{1,2}|${MONTH_RE})[/-](\\d{1,2})(?:[/-]|$)`, 'i');
// A full date near the top (byline or date line): "Feb. 04, 2009", "MONDAY, MAY 23, 2005", "16 September 2013".
const FULL_DATE = new RegExp(`\\b(?:(${MONTH_RE})\\.? (\\d{1,2}),? ((?:19|20)\\d{2})|(\\d{1,2}) (${MONTH_RE}) ((?:19|20)\\d{2}))\\b`, 'i');
const HEAD_CHARS = 300;
const YEAR_MIN = 1990;
const YEAR_MAX = 2035;

/** Days since 1970-01-01 (UTC) for a valid calendar date, else null. */
export function dayNumber(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return Math.floor(t / 86400000);
}

/** `YYYY-MM-DD` for a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

function monthOf(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** A date given in full in a URL path or in the first lines of the text, else null. */
export function explicitDay(url: string | null | undefined, text: string): number | null {
  const u = url ? URL_DATE.exec(url) : null;
  if (u) {
    const d = dayNumber(Number(u[1]), monthOf(u[2]!), Number(u[3]));
    if (d !== null) return d;
  }
  const m = FULL_DATE.exec(text.slice(0, HEAD_CHARS));
  if (!m) return null;
  return m[1] ? dayNumber(Number(m[3]), monthOf(m[1]), Number(m[2])) : dayNumber(Number(m[6]), monthOf(m[5]!), Number(m[4]));
}

/** Years in range where every weekday+date pair of the text holds; [] when the text has none. */
export function weekdayYears(text: string): number[] {
  const pairs: [number, number, number][] = [];
  for (const m of text.matchAll(WEEKDAY_DATE)) {
    pairs.push([WEEKDAYS[m[1]!.toLowerCase()]!, monthOf(m[2]!), Number(m[3])]);
    if (pairs.length >= 4) break;
  }
  if (!pairs.length) return [];
  const out: number[] = [];
  for (let y = YEAR_MIN; y <= YEAR_MAX; y++) {
    if (pairs.every(([wd, mo, d]) => new Date(Date.UTC(y, mo - 1, d)).getUTCDay() === wd)) out.push(y);
  }
  return out;
}

export interface DateOptions {
  /** Latest plausible year (e.g. the crawl year): picks the latest weekday-consistent year up to it. */
  refYear?: number;
}

/** The article's day (days since epoch), or null when it cannot be known. */
export function articleDay(a: Pick<CleanArticle, 'published' | 'dateline' | 'text' | 'url' | 'title'>, opts: DateOptions = {}): number | null {
  const iso = a.published ? ISO.exec(a.published) : null;
  if (iso) return dayNumber(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const given = explicitDay(a.url, (a.title ? a.title + '\n' : '') + a.text);
  if (given !== null) return given;
  let month = 0;
  let day = 0;
  let year = 0;
  const dl = a.dateline?.date ? MONTH_DAY.exec(a.dateline.date) : null;
  const head = dl ? null : TEXT_DATELINE.exec(a.text.slice(0, 160));
  const m = dl ?? head;
  if (!m) return null;
  month = monthOf(m[1]!);
  day = Number(m[2]);
  if (m[3]) year = Number(m[3]);
  if (!year) {
    let years = weekdayYears(a.text.slice(0, 20000));
    if (opts.refYear !== undefined) {
      const ref = opts.refYear;
      years = years.filter((y) => y <= ref).slice(-1);
    }
    if (years.length !== 1) return null;
    year = years[0]!;
  }
  return month ? dayNumber(year, month, day) : null;
}
