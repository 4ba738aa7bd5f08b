// src/clean/hover-card.ts — remove link hover cards pasted into scraped text.
// Some sites (The Hill, for one) render a popup for each linked name; scraping pastes it inline:
//   "Vladimir PutinVladimir Vladimirovich PutinRussia offered help ... MORE on Monday told"
// Shape: a name glued (no space) to a fuller form of itself that ends in the same surname, then
// teaser headlines, then the word "MORE". We keep the first name and drop the rest up to "MORE".
import type { Removal } from '../types.js';

/** How far the "MORE" that ends a card may be from its start (characters). */
const MAX_CARD = 1200;

function lastWord(s: string): string {
  const w = s.trim().split(/\s+/);
  return w[w.length - 1] ?? '';
}

/**
 * Remove hover cards from one line. Returns the cleaned line and what was removed.
 * A card is only removed when its full form ends with the glued name's last word and a
 * standalone "MORE" closes it; anything else is left untouched (precision first).
 */
export function removeHoverCards(line: string): { line: string; removed: Removal[] } {
  const removed: Removal[] = [];
  if (!line.includes('MORE')) return { line, removed };
  let out = line;
  let from = 0;
  for (let guard = 0; guard < 20; guard++) {
    const hit = findCard(out, from);
    if (!hit) break;
    removed.push({ text: out.slice(hit.start, hit.end).trim(), reason: 'hover-card' });
    const before = out.slice(0, hit.start);
    const after = out.slice(hit.end).replace(/^\s+/, '');
    out = before + (after && !/^[,.;:!?)]/.test(after) ? ' ' : '') + after;
    from = hit.start;
  }
  return { line: out, removed };
}

function findCard(s: string, from: number): { start: number; end: number } | null {
  // Candidate glue points: a lowercase letter directly followed by an uppercase one inside a token.
  const glue = /(\p{Ll})(\p{Lu})/gu;
  glue.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = glue.exec(s)) !== null) {
    const cut = m.index + 1; // start of the card
    const head = s.slice(Math.max(0, cut - 80), cut);
    const nameMatch = /((?:\p{Lu}[\p{L}'’.\-]*\s+){0,3}\p{Lu}[\p{L}'’.\-]*)$/u.exec(head);
    if (!nameMatch) continue;
    const surname = lastWord(nameMatch[1]!);
    if (surname.length < 2) continue;
    // The fuller form: capitalised words (and hyphenated parts) ending in the same surname.
    const rest = s.slice(cut, cut + 120);
    const full = new RegExp(String.raw`^((?:\p{Lu}[\p{L}'’.\-]*\s+){1,5})${escapeRe(surname)}`, 'u').exec(rest);
    if (!full) continue;
    const more = /\bMORE\b/g;
    more.lastIndex = cut;
    const mm = more.exec(s);
    if (!mm || mm.index - cut > MAX_CARD) continue;
    return { start: cut, end: mm.index + 4 };
  }
  return null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
