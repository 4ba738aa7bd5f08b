// src/story/signature.ts — the *event signature* of an article: who (main actors), how much (lead
// numbers) and when (a month-day even when the year is unknown). Topic words say which affair an
// article is about; the signature says which event. Two look-alike events (two DUI arrests of two
// players of one team, two pirate attacks, two coach firings, a denial and a telegram in one
// election) share their topic words but not their main actor, their counts or their day.
//
// Contract: pure, linear in the text, plain-number output (hashes) so a story index can keep it as
// JSON. Conflicts are evidence *against* a join only when both sides state the thing: an article
// that names no actor, gives no number or has no date is never split by this module.
import type { Article } from '../types.js';
import { hash32, isStopWord, stem, type Word } from './text.js';
import { insertSorted } from '../util/sorted.js';

export interface Signature {
  /** Main actors, most central first (at most KEYS): name keys (last word of a name). */
  keys: number[];
  /** The first main actor is named in the headline (a confident main actor). */
  keyInTitle: boolean;
  /** Every name key the article mentions (entities and capitalised words), sorted, capped. */
  known: number[];
  /** Lead numbers: hashed noun and value, parallel arrays ("23 pirates" -> stem("pirates"), 23). */
  numNouns: number[];
  numVals: number[];
  /** Month*100+day of a date whose year is unknown (dateline "April 24"), else null. */
  md: number | null;
}

const KEYS = 3;
const MAX_KNOWN = 96;
const LEAD_CHARS = 400;
const MAX_NUMS = 6;
/** Points per quote an entity speaks: the person who talks is the actor of a statement story. */
const SPEAKER_POINTS = 1;
const LEAD_POINTS = 2;
const TITLE_POINTS = 3;
/** A key needs this score (e.g. two mentions and one in the lead) to count as a main actor. */
const MIN_KEY_SCORE = 3;

/** Name key: the last word of a name, lower-cased ("Vincent Jackson", "Jackson" -> "jackson"). */
export function nameKey(name: string): number {
  const parts = name.toLowerCase().replace(/['’]s$/, '').split(/[\s.]+/).filter(Boolean);
  return hash32('n:' + (parts[parts.length - 1] ?? ''));
}


/**
 * Main actors: entities scored by mentions, presence in the title and lead, and quotes spoken.
 * People first (the actor of an event is usually a person); other names fill in when the
 * article names no person. Without entities, capitalised words seen twice stand in.
 */
function mainKeys(a: Article, body: Word[]): { keys: number[]; inTitle: boolean } {
  const title = (a.title ?? '').toLowerCase();
  const spoken = new Map<string, number>();
  for (const q of a.quotes) if (q.speakerEntity) spoken.set(q.speakerEntity, (spoken.get(q.speakerEntity) ?? 0) + 1);
  const titled = new Set<number>();
  const people: [number, number][] = [];
  const others: [number, number][] = [];
  for (const e of a.entities) {
    if (e.type === 'other') continue;
    const first = e.mentions[0]?.[0] ?? Infinity;
    const last = e.name.toLowerCase().split(/\s+/).pop() ?? '';
    const score =
      e.mentions.length + (first < LEAD_CHARS ? LEAD_POINTS : 0) + (last.length > 2 && title.includes(last) ? TITLE_POINTS : 0) + SPEAKER_POINTS * (spoken.get(e.id) ?? 0);
    if (score < MIN_KEY_SCORE) continue;
    const k = nameKey(e.name);
    if (last.length > 2 && title.includes(last)) titled.add(k);
    (e.type === 'person' ? people : others).push([k, score]);
  }
  const rank = (l: [number, number][]) => l.sort((x, y) => y[1] - x[1] || x[0] - y[0]).map((x) => x[0]);
  const keys = [...rank(people), ...rank(others)];
  if (keys.length === 0) {
    const caps = new Map<string, number>();
    for (const w of body) if (w.cap && w.w.length > 2 && !isStopWord(w.w)) caps.set(w.w, (caps.get(w.w) ?? 0) + 1);
    for (const [w, c] of [...caps].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) if (c >= 2) keys.push(hash32('n:' + w));
  }
  const out = [...new Set(keys)].slice(0, KEYS);
  return { keys: out, inTitle: out.length > 0 && titled.has(out[0]!) };
}

function knownNames(a: Article, body: Word[]): number[] {
  const out: number[] = [];
  for (const e of a.entities) {
    if (out.length >= MAX_KNOWN) break;
    insertSorted(out, nameKey(e.name));
    for (const al of e.aliases) insertSorted(out, nameKey(al));
  }
  for (const w of body) {
    if (out.length >= MAX_KNOWN) break;
    if (w.cap && w.w.length > 2) insertSorted(out, hash32('n:' + w.w));
  }
  return out;
}

/** "23 pirates", "killing 14 people": a number in the lead and the next content word. Years, times and ordinals are skipped. */
function leadNumbers(lead: Word[]): { nouns: number[]; vals: number[] } {
  const nouns: number[] = [];
  const vals: number[] = [];
  for (let i = 0; i < lead.length && nouns.length < MAX_NUMS; i++) {
    const w = lead[i]!.w;
    const c = w.charCodeAt(0);
    if (c < 48 || c > 57 || !/^\d+(\.\d+)?$/.test(w)) continue;
    const v = Number(w);
    if (v >= 1900 && v <= 2100 && !w.includes('.')) continue;
    for (let j = i + 1; j <= i + 2 && j < lead.length; j++) {
      const n = lead[j]!.w;
      if (n.length < 3 || isStopWord(n) || /^\d/.test(n)) continue;
      nouns.push(hash32('#' + stem(n)));
      vals.push(v);
      break;
    }
  }
  return { nouns, vals };
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MD = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b/;
const TEXT_DATELINE = /^[A-Z][A-Za-z .'-]{1,40}, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b/m;

/** The dateline's month and day (no year needed), as month*100+day. */
export function monthDay(a: Pick<Article, 'dateline' | 'text'>): number | null {
  const m = (a.dateline?.date ? MD.exec(a.dateline.date) : null) ?? TEXT_DATELINE.exec(a.text.slice(0, 200));
  if (!m) return null;
  const mo = MONTHS[m[1]!.toLowerCase()];
  const d = Number(m[2]);
  return mo && d >= 1 && d <= 31 ? mo * 100 + d : null;
}

/** Day of the year (1..365, leap day folded) of a month*100+day. */
const CUM = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
export function mdDayOfYear(md: number): number {
  return (CUM[Math.floor(md / 100)] ?? 0) + Math.min(md % 100, 31);
}
/** Days between two month-days, around the year (Dec 30 and Jan 2 are 3 days apart). */
export function mdGap(a: number, b: number): number {
  const d = Math.abs(mdDayOfYear(a) - mdDayOfYear(b));
  return Math.min(d, 365 - d);
}
/** Month*100+day of a day number. */
export function mdOfDay(day: number): number {
  const dt = new Date(day * 86400000);
  return (dt.getUTCMonth() + 1) * 100 + dt.getUTCDate();
}

export function signature(a: Article, body: Word[], lead: Word[], day: number | null): Signature {
  const nums = leadNumbers(lead);
  const main = mainKeys(a, body);
  return {
    keys: main.keys,
    keyInTitle: main.inTitle,
    known: knownNames(a, body),
    numNouns: nums.nouns,
    numVals: nums.vals,
    md: day === null ? monthDay(a) : null,
  };
}
