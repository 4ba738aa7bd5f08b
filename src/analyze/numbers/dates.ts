// src/analyze/numbers/dates.ts — resolves date mentions to ISO dates.
// Contract: `iso` is set only when the article pins it; otherwise null ("leave iso null when unsure").
// The year comes from `published`, else from a weekday + month/day pair ("Sunday, April 23") whose
// weekday fits exactly one year the article names or is published in. Bare weekdays ("on Monday")
// resolve against an anchor day: `published`, else the dateline date once its year is known.
// `value` of a resolved full date becomes YYYYMMDD (20170423); unresolved mentions keep what the text
// says: the day of month, the year, the ISO weekday (1 = Monday) or the signed day offset.
import type { Span } from '../../types.js';
import type { Candidate, DateParts } from './scan.js';
import { MONTHS } from './words.js';

export interface DateContext {
  published: string | null;
  /** Dateline date as written, e.g. "April 24" (from clean or from the text). */
  dateline: string | null;
  /** Sentence span around an offset, for tense. */
  sentenceOf(pos: number): Span | null;
  text: string;
}

export interface ResolvedDate {
  iso: string | null;
  value: number;
}

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const isoWeekday = (dt: Date): number => ((dt.getUTCDay() + 6) % 7) + 1;
const isoOf = (dt: Date): string => dt.toISOString().slice(0, 10);
const valid = (y: number, m: number, d: number): boolean => utc(y, m, d).getUTCDate() === d;

function parsePublished(p: string | null): Date | null {
  const m = p ? /^(\d{4})-(\d{2})-(\d{2})/.exec(p) : null;
  return m ? utc(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Years among `years` in which month/day falls on `weekday`. */
function yearsFitting(parts: DateParts, years: Iterable<number>): number[] {
  const out: number[] = [];
  for (const y of years) {
    if (valid(y, parts.month!, parts.day!) && isoWeekday(utc(y, parts.month!, parts.day!)) === parts.weekday) out.push(y);
  }
  return out;
}

/** The year the article's undated month/day mentions belong to, or null. */
function articleYear(dates: DateParts[], pub: Date | null): number | null {
  if (pub) return pub.getUTCFullYear();
  const named = new Set(dates.filter((d) => d.year !== null).map((d) => d.year!));
  const pins = new Set<number>();
  for (const d of dates) {
    if (d.weekday === null || d.month === null || d.day === null || d.year !== null) continue;
    const fit = yearsFitting(d, named);
    if (fit.length === 1) pins.add(fit[0]!);
  }
  return pins.size === 1 ? [...pins][0]! : null;
}

/** The year nearest to `pub` (previous, same, next) for a month/day, so "December 30" in a January story is last year's. */
function yearNear(pub: Date, month: number, day: number): number {
  const y = pub.getUTCFullYear();
  let best = y;
  let bestGap = Infinity;
  for (const c of [y - 1, y, y + 1]) {
    const gap = Math.abs(utc(c, month, day).getTime() - pub.getTime());
    if (gap < bestGap) [best, bestGap] = [c, gap];
  }
  return best;
}

const FUTURE = /\b(?:will|shall|'ll|is to|are to|scheduled|set to|due to|planned|next|upcoming)\b/i;
const DATELINE_RE = /(?:^|\n)[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.\- ]+)?,\s+([A-Z][a-z]+)\.?\s+(\d{1,2})\b/;

/** The dateline's month/day, from clean's dateline or a "CITY, April 24." line near the top. */
function datelineParts(ctx: DateContext): { month: number; day: number } | null {
  const src = ctx.dateline ?? DATELINE_RE.exec(ctx.text.slice(0, 1500))?.slice(1, 3).join(' ') ?? null;
  const m = src ? /([A-Z][a-z]+)\.?\s+(\d{1,2})/.exec(src) : null;
  const month = m ? MONTHS.get(m[1]!.toLowerCase()) : undefined;
  return m && month ? { month, day: Number(m[2]) } : null;
}

/** Resolve every date candidate (same order as given). */
export function resolveDates(cands: Candidate[], ctx: DateContext): ResolvedDate[] {
  const pub = parsePublished(ctx.published);
  const parts = cands.map((c) => c.date!);
  const year = articleYear(parts, pub);
  // the dateline (a regex over the article's top) matters only without `published` and with a year
  const dl = pub || year === null ? null : datelineParts(ctx);
  const anchor = pub ?? (dl && year !== null && valid(year, dl.month, dl.day) ? utc(year, dl.month, dl.day) : null);
  const out: ResolvedDate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const d = parts[i]!;
    let iso: string | null = null;
    if (d.month !== null && d.day !== null) {
      const y = d.year ?? (pub ? yearNear(pub, d.month, d.day) : year);
      if (y !== null && valid(y, d.month, d.day)) iso = isoOf(utc(y, d.month, d.day));
    } else if (d.month !== null && d.year !== null) {
      iso = `${d.year}-${String(d.month).padStart(2, '0')}`;
    } else if (d.year !== null) {
      iso = String(d.year);
    } else if (d.weekday !== null && anchor) {
      iso = isoOf(weekdayNear(anchor, d.weekday, direction(c, d, ctx)));
    } else if (d.offset !== null) {
      iso = offsetIso(c, d, i, cands, out, anchor, ctx.text);
    }
    const value = iso && iso.length === 10 ? Number(iso.replace(/-/g, '')) : c.value;
    out.push({ iso, value });
  }
  return out;
}

function direction(c: Candidate, d: DateParts, ctx: DateContext): 'back' | 'forward' | 'this' {
  if (d.modifier === 'next') return 'forward';
  if (d.modifier === 'last') return 'back';
  const s = ctx.sentenceOf(c.span[0]);
  const sentence = s ? ctx.text.slice(s[0], s[1]) : '';
  return FUTURE.test(sentence) ? 'forward' : 'back';
}

/** The weekday on or before (back) / on or after (forward) the anchor, within a week. */
function weekdayNear(anchor: Date, wd: number, dir: 'back' | 'forward' | 'this'): Date {
  const diff = wd - isoWeekday(anchor);
  if (dir === 'forward') return new Date(anchor.getTime() + (((diff % 7) + 7) % 7) * DAY_MS);
  return new Date(anchor.getTime() - (((-diff % 7) + 7) % 7) * DAY_MS);
}

/** "three days ago" counts from the anchor; "on Friday, two days before X" is the Friday itself. */
function offsetIso(c: Candidate, d: DateParts, i: number, cands: Candidate[], done: ResolvedDate[], anchor: Date | null, text: string): string | null {
  if (d.modifier === 'ago') return anchor ? isoOf(new Date(anchor.getTime() + d.offset! * DAY_MS)) : null;
  const prev = cands[i - 1];
  if (prev && /^\s*,\s*$/.test(text.slice(prev.span[1], c.span[0]))) return done[i - 1]?.iso ?? null;
  return null;
}
