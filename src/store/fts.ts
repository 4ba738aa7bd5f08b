// src/store/fts.ts — FTS5 helpers, pure: user query -> MATCH expression, snippet markers -> spans.

const WORD = /[\p{L}\p{N}_]+/gu;
const SYNTAX = /["*^]|\b(AND|OR|NOT|NEAR)\b|\b(title|text)\s*:/;

/**
 * A MATCH expression for a user query. Plain words become quoted terms, all required
 * (`macron kremlin` -> `"macron" "kremlin"`), so punctuation never raises an FTS5 syntax error.
 * A query that already uses FTS5 syntax (quotes, AND/OR/NOT/NEAR, prefix `*`, `title:`) is passed as is.
 * Returns null when the query has no words.
 */
export function matchExpression(query: string): string | null {
  if (SYNTAX.test(query)) return query;
  const words = query.match(WORD);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

/** Markers snippet() puts around matches; control characters never occur in cleaned text. */
export const OPEN = '\u0002';
export const CLOSE = '\u0003';

/** Split a marked snippet into plain text and the [start, end] offsets of its matches. */
export function unmark(marked: string): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const ch of marked) {
    if (ch === OPEN) start = text.length;
    else if (ch === CLOSE) {
      if (start >= 0) highlights.push([start, text.length]);
      start = -1;
    } else text += ch;
  }
  return { text: text.replace(/\s+/g, ' '), highlights: respan(text, highlights) };
}

/** Recompute spans after collapsing whitespace runs to one space. */
function respan(text: string, spans: [number, number][]): [number, number][] {
  const map: number[] = [];
  let out = 0;
  let prevSpace = false;
  for (let i = 0; i <= text.length; i++) {
    map.push(out);
    const space = /\s/.test(text[i] ?? '');
    if (i < text.length && !(space && prevSpace)) out++;
    prevSpace = space;
  }
  return spans.map(([s, e]) => [map[s]!, map[e]!]);
}
