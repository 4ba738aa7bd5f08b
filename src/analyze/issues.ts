// src/analyze/issues.ts — problems inside one article: number-conflict, date-conflict, name-variant.
// Contract: an issue is raised only when the article itself shows it; every span satisfies text.slice.
// - number-conflict: two values for one quantity = same kind, unit and measure ("first round vote share")
//   and the same entity (entity id when ctx.entities knows the name, else its last word). Counts of
//   time units ("two days", "three weeks") are not quantities of an entity and are skipped.
// - date-conflict: one event ("runoff vote") given two different explicit days, or a weekday that does
//   not fit the resolved date ("Sunday, April 24, 2017"). Weekday-only dates are guesses, never compared.
// - name-variant: a multi-word alias that is a near-spelling of the canonical name ("Emanuel Macron"
//   for "Emmanuel Macron"); surname-only forms, extra middle names and accent-only differences are not.
//   Without entities, capitalised two-word names in the text are compared the same way, but only for
//   one doubled/undoubled or swapped letter in a first name of 5+ letters (so "Joan"/"John" never match).
import type { Entity, Issue, NumberMention, Span } from '../types.js';
import type { AnalysisContext } from './context.js';

const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'times', 'seconds']);
const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const fmt = (n: NumberMention): string => (n.unit === '%' ? `${n.value}%` : n.unit ? `${n.value} ${n.unit}` : String(n.value));

function entityKey(name: string, entities: Entity[]): string {
  const e = entities.find((x) => x.name === name || x.aliases.includes(name));
  return e ? `id:${e.id}` : `w:${name.split(/\s+/).pop()!.toLowerCase()}`;
}

function numberConflicts(ctx: AnalysisContext): Issue[] {
  const groups = new Map<string, NumberMention[]>();
  for (const n of ctx.numbers) {
    if (n.kind !== 'percent' && n.kind !== 'money' && n.kind !== 'count') continue;
    if (!n.entity || !n.measure || (n.kind === 'count' && TIME_UNITS.has(n.measure))) continue;
    const key = [n.kind, n.unit, n.measure, entityKey(n.entity, ctx.entities)].join('|');
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const out: Issue[] = [];
  for (const list of groups.values()) {
    const byValue = new Map<number, NumberMention>();
    for (const n of list) if (!byValue.has(n.value)) byValue.set(n.value, n);
    if (byValue.size < 2) continue;
    const ms = [...byValue.values()];
    const name = ms.find((m) => m.entity!.includes(' '))?.entity ?? ms[0]!.entity!;
    out.push({
      kind: 'number-conflict',
      spans: ms.map((m) => m.span),
      message: `${name}, ${ms[0]!.measure} is given as ${ms.map(fmt).join(' and ')}`,
    });
  }
  return out;
}

function dateConflicts(ctx: AnalysisContext): Issue[] {
  const out: Issue[] = [];
  const text = ctx.doc.text;
  const byEvent = new Map<string, NumberMention[]>();
  for (const n of ctx.numbers) {
    if (n.kind !== 'date' || n.unit !== 'date') continue;
    const written = text.slice(n.span[0], n.span[1]);
    const wd = WEEKDAY_NAMES.findIndex((w) => written.toLowerCase().startsWith(w));
    const explicitYear = /\d{4}$/.test(written) || ctx.article.published !== null;
    if (wd >= 0 && n.iso && n.iso.length === 10 && explicitYear) {
      const actual = (new Date(`${n.iso}T00:00:00Z`).getUTCDay() + 6) % 7;
      if (actual !== wd) {
        out.push({ kind: 'date-conflict', spans: [n.span], message: `${n.iso} is a ${cap(WEEKDAY_NAMES[actual]!)}, not a ${cap(WEEKDAY_NAMES[wd]!)}` });
      }
    }
    if (n.measure) byEvent.set(n.measure, [...(byEvent.get(n.measure) ?? []), n]);
  }
  for (const [event, list] of byEvent) {
    const byDay = new Map<string, NumberMention>();
    for (const n of list) {
      const day = n.iso && n.iso.length === 10 ? n.iso : monthDay(text.slice(n.span[0], n.span[1]));
      if (day && !byDay.has(day)) byDay.set(day, n);
    }
    if (byDay.size < 2) continue;
    const ms = [...byDay.values()];
    out.push({ kind: 'date-conflict', spans: ms.map((m) => m.span), message: `the ${event} is dated ${ms.map((m) => text.slice(m.span[0], m.span[1])).join(' and ')}` });
  }
  return out;
}

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
const monthDay = (s: string): string | null => /([A-Za-z]+)\.?\s+(\d{1,2})/.exec(s)?.slice(1, 3).join(' ').toLowerCase() ?? null;
const plain = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Levenshtein distance, bounded by short names (a few dozen letters). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** One doubled/undoubled letter or one swap of adjacent letters. */
function slightMisspelling(a: string, b: string): boolean {
  if (a === b) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length === s.length + 1) {
    for (let i = 1; i < l.length; i++) if (l[i] === l[i - 1] && l.slice(0, i) + l.slice(i + 1) === s) return true;
    return false;
  }
  if (l.length !== s.length) return false;
  for (let i = 0; i + 1 < a.length; i++) {
    if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return false;
}

function firstSpan(text: string, needle: string, mentions: Span[]): Span | null {
  const m = mentions.find((x) => text.slice(x[0], x[1]) === needle);
  if (m) return m;
  const i = text.indexOf(needle);
  return i >= 0 ? [i, i + needle.length] : null;
}

function nameVariants(ctx: AnalysisContext): Issue[] {
  const text = ctx.doc.text;
  const out: Issue[] = [];
  const pairs: [string, string, Span[]][] = [];
  for (const e of ctx.entities) {
    const words = e.name.split(/\s+/).length;
    for (const a of e.aliases) {
      if (a === e.name || a.split(/\s+/).length !== words || words < 2 || plain(a) === plain(e.name)) continue;
      const d = distance(plain(a), plain(e.name));
      if (d >= 1 && d <= 2 && d <= e.name.length * 0.25) pairs.push([e.name, a, e.mentions]);
    }
  }
  if (ctx.entities.length === 0) {
    const names = new Map<string, string[]>();
    for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}{3,}) (\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\b/gu)) {
      const list = names.get(m[2]!) ?? [];
      if (!list.includes(m[1]!)) names.set(m[2]!, [...list, m[1]!]);
    }
    for (const [last, firsts] of names) {
      for (let i = 0; i < firsts.length; i++) {
        for (let j = i + 1; j < firsts.length; j++) {
          const [a, b] = [firsts[i]!, firsts[j]!];
          if (Math.min(a.length, b.length) >= 5 && slightMisspelling(a.toLowerCase(), b.toLowerCase())) {
            const count = (f: string) => text.split(`${f} ${last}`).length;
            const [canon, variant] = count(a) >= count(b) ? [a, b] : [b, a];
            pairs.push([`${canon} ${last}`, `${variant} ${last}`, []]);
          }
        }
      }
    }
  }
  for (const [name, alias, mentions] of pairs) {
    const s1 = firstSpan(text, name, mentions);
    const s2 = firstSpan(text, alias, mentions);
    if (!s2) continue;
    out.push({ kind: 'name-variant', spans: s1 ? [s1, s2] : [s2], message: `"${alias}" looks like a misspelling of "${name}"` });
  }
  return out;
}

export function findIssues(ctx: AnalysisContext): Issue[] {
  return [...numberConflicts(ctx), ...dateConflicts(ctx), ...nameVariants(ctx)];
}
