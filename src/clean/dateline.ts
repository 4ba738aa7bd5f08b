// src/clean/dateline.ts — find and strip the dateline that opens a wire or agency story:
//   "ST. PETERSBURG, April 24. /TASS/. It is wrong..."   "WASHINGTON (Reuters) - The..."
//   "LONDON, May 8 (AP) — ..."   "PARIS — ..."   "NEW YORK (CNN) ..."
import type { Dateline } from '../types.js';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?`;
// An all-caps place: words of capitals, dots, hyphens, apostrophes; up to 5 words.
const PLACE = String.raw`[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,4}`;
const AGENCY = String.raw`[A-Z][A-Za-z&\-]{1,20}(?:\s[A-Z][A-Za-z&\-]{1,20})?`;
const DASH = String.raw`\s*[-—–]+\s*`;

interface Shape {
  re: RegExp;
}

// Each shape captures: place, date (optional), agency (optional). Anchored at paragraph start.
const SHAPES: Shape[] = [
  // ST. PETERSBURG, April 24. /TASS/.
  { re: new RegExp(String.raw`^(?<place>${PLACE}),\s+(?<date>${DATE})\.?\s*/(?<agency>${AGENCY})/\.?\s*`, 'u') },
  // WASHINGTON, May 8 (Reuters) -   /   WASHINGTON (Reuters) -   /  NEW YORK (CNN)
  { re: new RegExp(String.raw`^(?<place>${PLACE})(?:,\s+(?<date>${DATE}))?\s*\((?<agency>${AGENCY})\)(?:${DASH}|\s+)`, 'u') },
  // LONDON, May 8 —   /   PARIS —
  { re: new RegExp(String.raw`^(?<place>${PLACE})(?:,\s+(?<date>${DATE}))?${DASH}(?=\p{Lu}|["“‘])`, 'u') },
];

/** "ST. PETERSBURG" -> "St. Petersburg"; "NEW YORK" -> "New York". */
export function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-.'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function normaliseDate(d: string): string {
  return d.replace(/\s+/g, ' ').replace(/^(\w)(\w*)/, (_m, a: string, b: string) => a.toUpperCase() + b.toLowerCase());
}

/** An all-caps place must be a real word sequence, not an acronym-only sentence start ("US officials"). */
const LABELS = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'WATCH', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'LIVE', 'VIDEO', 'PHOTOS', 'FACT CHECK', 'COMMENT', 'REVIEW', 'NEWS']);

function plausiblePlace(place: string): boolean {
  const letters = place.replace(/[^A-Z]/g, '');
  return letters.length >= 3 && place === place.toUpperCase() && !LABELS.has(place.replace(/[.,]$/, ''));
}

/** If the paragraph opens with a dateline, return it with the prefix to strip. */
export function findDateline(paragraph: string): { dateline: Dateline; prefix: string } | null {
  for (const { re } of SHAPES) {
    const m = re.exec(paragraph);
    if (!m?.groups) continue;
    const place = m.groups.place?.trim() ?? '';
    if (!plausiblePlace(place)) continue;
    const rest = paragraph.slice(m[0].length);
    if (rest.trim().length < 20) continue; // a dateline introduces a body
    const agency = m.groups.agency ? m.groups.agency.trim() : null;
    return {
      dateline: {
        place: titleCase(place.replace(/[.,]$/, '')),
        date: m.groups.date ? normaliseDate(m.groups.date) : null,
        agency: agency ? (agency.length <= 5 ? agency.toUpperCase() : agency) : null,
      },
      prefix: m[0],
    };
  }
  return null;
}
