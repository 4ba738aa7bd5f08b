// src/analyze/quotes/clause.ts — the reported clause around a partial quote ("mixed" quotes).
// PolNeAR-style attribution content is the whole clause a source is reported to have said, with
// its verbatim fragment inside: "Clinton said the probe is “ongoing.”" reports "the probe is
// “ongoing.”", and "called him “a total stiff.”" reports "him “a total stiff.”". Contract:
// `clauseSpan` returns [start, end) character offsets that contain the quoted region, start
// right after the cue (past a told-object and "that") and end at the clause end — the closing
// mark when the quote ends with its own punctuation, else the sentence end, cut before a
// trailing ", saying …" / ", according to …" frame. Null when the cue is not before the quote.
import type { Span } from '../../types.js';
import type { Doc, Token } from '../doc.js';
import { AUDIENCE_WORDS, OBJECT_VERBS } from '../lexicons/reporting-verbs.js';
import { isQuoteMark, isSentenceEnd, low, toldObject } from './phrases.js';

/** Words after a comma that start a new frame, not more of the clause. */
const FRAME_AFTER_COMMA = new Set(['according', 'said', 'says', 'he', 'she', 'they', 'adding', 'saying', 'noting', 'which', 'who', 'while', 'but']);
const ENDS_WITH_PUNCT = /[.,!?;:]$/;

/** Token index of the clause start after a cue [cue, cueEnd), or -1 when it passes `open`. */
function clauseStart(doc: Doc, cue: number, cueEnd: number, open: number): number {
  const t = doc.tokens;
  let p = cueEnd;
  if (OBJECT_VERBS.has(low(t[cue]))) {
    const via = toldObject(doc, cue, open);
    if (via !== null) p = via.end;
    else if (AUDIENCE_WORDS.has(low(t[p]))) p += low(t[p]) === 'the' || low(t[p]) === 'a' ? 2 : 1;
    else {
      let k = p;
      while (k < open && k < p + 8 && low(t[k]) !== 'that') k++;
      if (low(t[k]) === 'that') p = k;
    }
  }
  if (t[p]?.text === ',' && low(t[p + 1]) === 'that') p++;
  if (low(t[p]) === 'that') p++;
  if (t[p]?.text === ',' || t[p]?.text === ':') p++;
  return p <= open ? p : -1;
}

/** Token index (exclusive) where the clause containing the quote closing at token `close` ends. */
function clauseEnd(doc: Doc, innerText: string, close: number, max: number): number {
  const t: Token[] = doc.tokens;
  if (ENDS_WITH_PUNCT.test(innerText)) return close + 1;
  let inQuote = false;
  for (let j = close + 1; j < max; j++) {
    const x = t[j]!;
    if (isQuoteMark(x)) inQuote = !inQuote;
    if (inQuote) continue;
    if (isSentenceEnd(x)) return j;
    if (x.text === ',' && (FRAME_AFTER_COMMA.has(low(t[j + 1])) || low(t[j + 1]).endsWith('ing'))) return j;
  }
  return max;
}

/**
 * The clause of a partial quote: from after the cue to the clause end. `cue`/`cueEnd` are
 * token indexes of the cue, `open`/`close` those of the quote marks, `max` the paragraph end.
 */
export function clauseSpan(doc: Doc, cue: number, cueEnd: number, open: number, close: number, inner: Span, max: number): Span | null {
  const a = clauseStart(doc, cue, cueEnd, open);
  if (a < 0) return null;
  const t = doc.tokens;
  const b = Math.min(clauseEnd(doc, doc.text.slice(inner[0], inner[1]), close, max), t.length);
  if (b <= a || a >= t.length) return null;
  return [t[a]!.start, t[b - 1]!.end];
}
