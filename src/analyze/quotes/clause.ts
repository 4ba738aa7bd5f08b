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
import { isQuoteMark, isSentenceEnd, low } from './phrases.js';
import { toldObject } from './via.js';

/** Words after a comma that start a new frame, not more of the clause. */
const FRAME_AFTER_COMMA = new Set(['according', 'said', 'says', 'he', 'she', 'they', 'adding', 'saying', 'noting', 'which', 'who', 'while', 'but', 'it', 'a', 'an', 'part', 'in']);
const ENDS_WITH_PUNCT = /[.!?;:]$/;
/** Openers of an adverbial between a cue and its "that"-clause. */
const ADVERBIAL = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'repeatedly', 'again', 'also', 'later', 'recently', 'publicly', 'privately']);

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
      while (k < open && k < p + 14 && low(t[k]) !== 'that') k++;
      if (low(t[k]) === 'that') p = k;
    }
  } else if (ADVERBIAL.has(low(t[p]))) {
    // "said on Monday that …", "said in a town hall in Salem that …": the clause follows "that".
    let k = p;
    while (k < open && k < p + 14 && low(t[k]) !== 'that' && !isSentenceEnd(t[k])) k++;
    if (low(t[k]) === 'that') p = k;
  }
  if (t[p]?.text === ',' && low(t[p + 1]) === 'that') p++;
  if (low(t[p]) === 'that') p++;
  if (t[p]?.text === ',' || t[p]?.text === ':') p++;
  return p <= open ? p : -1;
}

const DASH: ReadonlySet<string> = new Set(['—', '–', '-', '--', '―']);
/** After a dash these open the writer's next clause: "“an incredible feat” - but he said …". */
const DASH_NEW_CLAUSE: ReadonlySet<string> = new Set(['but', 'and', 'while', 'though', 'although', 'which', 'he', 'she', 'they', 'it', 'we']);
/** "… “a nice guy” and he didn’t …": a subject pronoun after "and"/"but" opens the writer's next clause even without a comma. */
const SUBJECT_PRONOUN: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
/** "… “encouraged” by the plan — a modest boost for Obama …": a dash and a determiner open the writer's aside. */
const DASH_APPOSITIVE: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const NEW_SUBJECT: ReadonlySet<string> = new Set(['the', 'a', 'his', 'her', 'their', 'its', 'he', 'she', 'they', 'it', 'we', 'i', 'some', 'many']);
const PREDICATE_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'said', 'says', 'cast', 'put', 'set', 'made', 'took', 'gave', 'told', 'went']);

/** Token j looks like a finite verb opening a coordinated predicate ("and argues", "but promised"). */
function predicateWord(t: Token[], j: number): boolean {
  const x = t[j];
  if (x === undefined || !/^\p{Ll}/u.test(x.text)) return false;
  const w = low(x);
  return PREDICATE_AUX.has(w) || w.endsWith('ed') || (w.endsWith('ing') && w.length > 5) || (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && /^\p{Ll}+$/u.test(w) && (t[j + 1] === undefined || !/^\p{Ll}+s$/u.test(t[j + 1]!.text)));
}

/** Token index (exclusive) where the clause containing the quote closing at token `close` ends. */
function clauseEnd(doc: Doc, innerText: string, close: number, max: number, relative: boolean): number {
  const t: Token[] = doc.tokens;
  if (ENDS_WITH_PUNCT.test(innerText)) return close + 1;
  // In a relative clause ("Smith, who estimates his costs were “in the seven figures,” has sued")
  // the comma closes the relative clause: the main clause is the writer's.
  if (relative && (innerText.endsWith(',') || t[close + 1]?.text === ',')) return close + 1;
  // A comma inside the marks belongs to the sentence: the clause ends there only if a new frame
  // follows ("“ongoing,” adding …"); "is “peanuts,” compared to …" runs on.
  if (innerText.endsWith(',') && (FRAME_AFTER_COMMA.has(low(t[close + 1])) || low(t[close + 1]).endsWith('ing') || /^\p{Lu}/u.test(t[close + 1]?.text ?? ''))) return close + 1;
  let inQuote = false;
  for (let j = close + 1; j < max; j++) {
    const x = t[j]!;
    if (isQuoteMark(x)) inQuote = !inQuote;
    if (inQuote) continue;
    if (isSentenceEnd(x)) return j;
    if (x.text === ',' && (FRAME_AFTER_COMMA.has(low(t[j + 1])) || low(t[j + 1]).endsWith('ing'))) return j;
    // The reported clause stops where the writer's own words resume: at a coordinated predicate
    // ("… “passion” but argues …", "… “cartel” and cast himself …") or a new clause (", and a
    // few lawmakers"). (Dashes and subordinators — "before", "while" — were tried: on PolNeAR
    // train they cut more clauses wrongly than rightly.)
    if (DASH.has(x.text) && (DASH_NEW_CLAUSE.has(low(t[j + 1])) || DASH_APPOSITIVE.has(low(t[j + 1])))) return j;
    if ((low(x) === 'and' || low(x) === 'but') && (predicateWord(t, j + 1) || ((t[j - 1]?.text === ',' || SUBJECT_PRONOUN.has(low(t[j + 1]))) && NEW_SUBJECT.has(low(t[j + 1]))))) return t[j - 1]?.text === ',' ? j - 1 : j;
  }
  return max;
}

/**
 * The clause of a partial quote: from after the cue to the clause end. `cue`/`cueEnd` are
 * token indexes of the cue, `open`/`close` those of the quote marks, `max` the paragraph end.
 */
export function clauseSpan(doc: Doc, cue: number, cueEnd: number, open: number, close: number, inner: Span, max: number, relative = false): Span | null {
  const a = clauseStart(doc, cue, cueEnd, open);
  if (a < 0) return null;
  const t = doc.tokens;
  const b = Math.min(clauseEnd(doc, doc.text.slice(inner[0], inner[1]), close, max, relative), t.length);
  if (b <= a || a >= t.length) return null;
  return [t[a]!.start, t[b - 1]!.end];
}
