// src/compare/numbers.ts — quantities and dates inside one statement, and when two values
// are the same fact. Uses the article's NumberMentions; when the numbers analyzer found none,
// a small fallback reads percents, plain counts and month-day dates itself.
//
// Rounding: a value written with d decimals stands for anything within half a unit of its last
// digit, so "23.7%" and "23.75%" agree (|diff| <= 0.05) while "23.68%" and "23.75%" do not.
import type { NumberKind, NumberMention, Span } from '../types.js';

export interface Num {
  value: number;
  kind: NumberKind;
  unit: string | null;
  span: Span;
  surface: string;
  /** Half a unit of the last written digit, scaled ("1.2 million" -> 50,000). */
  tol: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = new RegExp(`\\b(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi');
const FALLBACK_RE = /(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(%|percent\b|per cent\b|million\b|billion\b|thousand\b)?/gi;
const MONTH_BEFORE_RE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$/;
const CURRENCY_BEFORE_RE = /[$€£]\s*$/;
const SCALE: Record<string, number> = { million: 1e6, billion: 1e9, thousand: 1e3 };

/** Tolerance of a written number: half a unit of its last digit, times its scale word. */
export function toleranceOf(surface: string, value: number): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(surface);
  if (!m) return 0;
  const literal = Number(m[1]!.replace(/,/g, '') + (m[2] ? '.' + m[2] : ''));
  const decimals = m[2]?.length ?? 0;
  const scale = literal !== 0 && value !== 0 ? Math.abs(value / literal) : 1;
  return 0.5 * Math.pow(10, -decimals) * scale;
}

/** Same quantity up to the rounding of the less precise one. Different kinds or units never match. */
export function sameValue(a: Num, b: Num): boolean {
  if (a.kind !== b.kind || (a.unit ?? '') !== (b.unit ?? '')) return false;
  return Math.abs(a.value - b.value) <= Math.max(a.tol, b.tol) + 1e-9;
}

/** Numbers of the same kind and unit on both sides, and none of them agree: a different fact. */
export function numbersDisagree(a: Num[], b: Num[]): [Num, Num] | null {
  let pair: [Num, Num] | null = null;
  for (const x of a) {
    if (x.kind === 'date' || x.kind === 'ordinal') continue;
    for (const y of b) {
      if (x.kind !== y.kind || (x.unit ?? '') !== (y.unit ?? '')) continue;
      if (sameValue(x, y)) return null;
      pair ??= [x, y];
    }
  }
  return pair;
}

/** Numbers inside `span`: the analyzer's when it found any in the article, else the fallback. */
export function numbersIn(text: string, span: Span, mentions: NumberMention[], useFallback: boolean): Num[] {
  const out: Num[] = [];
  if (!useFallback) {
    for (const n of mentions) {
      if (n.span[0] < span[0] || n.span[1] > span[1] || n.kind === 'date' || n.kind === 'ordinal') continue;
      const surface = text.slice(n.span[0], n.span[1]);
      out.push({ value: n.value, kind: n.kind, unit: n.unit, span: n.span, surface, tol: toleranceOf(surface, n.value) });
    }
    return out;
  }
  FALLBACK_RE.lastIndex = span[0];
  let m: RegExpExecArray | null;
  while ((m = FALLBACK_RE.exec(text)) !== null && m.index < span[1]) {
    if (m.index + m[0].trimEnd().length > span[1]) break;
    if (m[0].trim() === '') { FALLBACK_RE.lastIndex++; continue; }
    const lit = Number(m[1]!.replace(/,/g, '') + (m[2] ? '.' + m[2] : ''));
    const word = (m[3] ?? '').toLowerCase();
    const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
    if (MONTH_BEFORE_RE.test(before)) continue; // a date
    if (!word && lit >= 1900 && lit <= 2100 && !m[2]) continue; // a year
    const percent = word === '%' || word.startsWith('per');
    const value = lit * (SCALE[word] ?? 1);
    const kind: NumberKind = percent ? 'percent' : CURRENCY_BEFORE_RE.test(before) ? 'money' : 'count';
    const surface = m[0].trimEnd();
    out.push({ value, kind, unit: percent ? '%' : null, span: [m.index, m.index + surface.length], surface, tol: toleranceOf(surface, value) });
  }
  return out;
}

/** Explicit calendar dates and years in the span, normalised ("april 23", "2017"). */
export function datesIn(text: string, span: Span): string[] {
  const s = text.slice(span[0], span[1]);
  const out = new Set<string>();
  MONTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONTH_RE.exec(s)) !== null) {
    const mon = MONTHS.find((x) => x.startsWith(m![1]!.toLowerCase().slice(0, 3)))!;
    out.add(`${mon} ${Number(m[2])}`);
  }
  return [...out];
}
