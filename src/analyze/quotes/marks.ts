// src/analyze/quotes/marks.ts — pair quotation marks into top-level quoted regions.
// Contract: every region's `inner` is the text between its marks (whitespace trimmed), so
// `text.slice(...inner)` never contains the outer marks. Quotes inside quotes stay inside
// their outer region. A mark opened and not closed by the end of its paragraph runs to the
// paragraph end (`closed: false`); a region in a paragraph that opens with a mark right after
// such an unclosed one is marked `continues` (the multi-paragraph quote convention).
// Apostrophes ("Russia’s", "’90s", "doesn’t") are never opening marks: only ‘ opens a
// single-quoted region, and ’ closes it only when no letter or digit follows.
import type { Span } from '../../types.js';

export interface QuoteRegion {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph end when unclosed. */
  close: number;
  inner: Span;
  closed: boolean;
  /** Paragraph index. */
  para: number;
  /** This region continues an unclosed quote from the previous paragraph. */
  continues: boolean;
  single: boolean;
}

const MARK_RE = /["“”«»‘’„]/g;
const WORDCHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORDCHAR.test(c);
}

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Quoted regions of one paragraph [ps, pe]. `marks` holds the offsets of every mark in the text
 * (one regex pass for the whole text: a per-paragraph search would run on past `pe` to the next
 * mark, rescanning mark-free paragraphs); `k` is the first entry at or after `ps`.
 */
function scanParagraph(text: string, ps: number, pe: number, para: number, prevUnclosed: boolean, marks: number[], k: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let openAt = -1;
  let openChar = '';
  for (; k < marks.length && marks[k]! < pe; k++) {
    const i = marks[k]!;
    const c = text[i]!;
    const prev = i > ps ? text[i - 1] : undefined;
    const next = i + 1 < pe ? text[i + 1] : undefined;
    if (openAt < 0) {
      // An HTML attribute value left in scraped text (`tweet-date="…">`) is markup, not a quote.
      if (c === '"' && prev === '=') {
        const q = text.indexOf('"', i + 1);
        if (q >= 0 && q < pe) while (k + 1 < marks.length && marks[k + 1]! <= q) k++;
        continue;
      }
      if (c === '“' || c === '«' || c === '„' || (c === '"' && next !== undefined && !/\s/.test(next))) {
        openAt = i;
        openChar = c;
      } else if (c === '”' && !isWordChar(prev) && prev !== '.' && prev !== ',' && next !== undefined && !/\s/.test(next) && closesLater(marks, k, pe, text)) {
        // A closing mark used to open ("¶”Mr. Trump embodies … shame.”", "He says,” there …"):
        // a common slip of scraped text; it opens when a ” closes it later in the paragraph.
        openAt = i;
        openChar = '“';
      } else if (c === '‘' && !isWordChar(prev) && next !== undefined && !/\s/.test(next)) {
        openAt = i;
        openChar = c;
      }
      continue;
    }
    // Inside a region: only its own closing mark ends it; other marks are nested quotes.
    let closes = false;
    // A “ glued to the preceding word or comma and followed by a space closes (a typo common in
    // scraped text: "“It's unusual,“ said Noble"); a nested opening “ follows a space.
    if (openChar === '“' || openChar === '„') closes = c === '”' || (c === '"' && !isWordChar(next)) || (c === '“' && (openChar === '„' || (prev !== undefined && !/\s/.test(prev) && (next === undefined || /\s/.test(next)))));
    else if (openChar === '«') closes = c === '»';
    else if (openChar === '"') closes = (c === '"' || c === '”') && !isWordChar(next);
    else if (openChar === '‘') closes = c === '’' && !isWordChar(next) && i > openAt + 1;
    if (!closes) continue;
    const inner = trimSpan(text, openAt + 1, i);
    if (inner[1] > inner[0]) {
      out.push({ open: openAt, close: i, inner, closed: true, para, continues: prevUnclosed && openAt === ps && out.length === 0, single: openChar === '‘' });
    }
    openAt = -1;
  }
  if (openAt >= 0 && openChar !== '‘') {
    const inner = trimSpan(text, openAt + 1, pe);
    if (inner[1] > inner[0]) {
      out.push({ open: openAt, close: pe, inner, closed: false, para, continues: prevUnclosed && openAt === ps && out.length === 0, single: false });
    }
  }
  return out;
}

/** Whether a ” after marks[k] (and before `pe`) can close a quote opened at marks[k]. */
function closesLater(marks: number[], k: number, pe: number, text: string): boolean {
  for (let j = k + 1; j < marks.length && marks[j]! < pe; j++) {
    const c = text[marks[j]!];
    if (c === '“') return false;
    if (c === '”') return true;
  }
  return false;
}

/** All top-level quoted regions, in text order. Linear in the text length. */
export function findRegions(text: string, paragraphs: Span[]): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  const marks: number[] = [];
  MARK_RE.lastIndex = 0;
  for (let m = MARK_RE.exec(text); m !== null; m = MARK_RE.exec(text)) marks.push(m.index);
  let prevUnclosed = false;
  let k = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const [ps, pe] = paragraphs[p]!;
    while (k < marks.length && marks[k]! < ps) k++;
    const regs = scanParagraph(text, ps, pe, p, prevUnclosed, marks, k);
    const last = regs[regs.length - 1];
    prevUnclosed = last !== undefined && !last.closed;
    out.push(...regs);
  }
  return out;
}
