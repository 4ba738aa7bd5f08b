// src/analyze/quotes/indirect.ts — indirect (reported) speech, one per sentence at most:
//   "X said (that) CLAUSE" / "X told Reuters (that) CLAUSE"   (head: speaker first)
//   "CLAUSE, X said on Monday." / "CLAUSE, said X."            (tail)
//   "According to X, CLAUSE." / "CLAUSE, according to X."     (according-to as the cue)
// The span is the reported clause, without the sentence's final period. Sentences whose clause
// is mostly a direct quote are left to direct.ts. The speaker must stand at the start of the
// sentence or after a comma (never "as he said", never inside a relative clause).
import type { Span } from '../../types.js';
import type { Doc, Token } from '../doc.js';
import { AUDIENCE_WORDS, CLAUSE_VERBS, OBJECT_VERBS } from '../lexicons/reporting-verbs.js';
import type { Candidate } from './candidate.js';
import { PARTICIPLE_CUES, subjectOf } from './subject.js';
import {
  cueAt, LEADING_CONNECTIVES, extendCue, isQuoteMark, isSkippable, low, speakerAfter, speakerBefore, type Phrase,
} from './phrases.js';
import { accordingTo, findAccording, toldObject, type Via } from './via.js';

const BAD_CLAUSE_START = new Set(['to', 'in', 'on', 'at', 'for', 'with', 'about', 'by', 'of', ',', '.', ':', ';', 'so', 'as', 'and', 'or', 'but', 'from', 'during', 'after', 'before', 'when', 'nothing', '?', '!', ')', '(', 'yes', 'no']);
const ADVERBIAL_START = new Set(['in', 'on', 'at', 'during', 'when', 'while', 'after', 'before', 'according', ',', 'last', 'this', 'earlier', 'from', 'to', 'via', 'through', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const WORD = /[\p{L}\p{N}]/u;

function countWords(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (WORD.test(tokens[i]!.text)) n++;
  return n;
}

/** Token index after the sentence's content: drops a final . ! ? (but keeps a closing mark). */
function contentEnd(tokens: Token[], a: number, b: number): number {
  let e = b;
  if (e > a && /^[.!?;]$/.test(tokens[e - 1]!.text)) e--;
  return e;
}

const COORD = new Set(['and', 'but', 'while', 'whereas']);
const SUBJECT_START = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'those', 'these']);

/**
 * End of a reported clause at a coordinated second clause with its own subject
 * ("denied Moscow interferes…, and the Kremlin voiced support…"): the second clause is the
 * writer's, not the speaker's. Returns `e` when there is none.
 */
function firstClauseEnd(t: Token[], p: number, e: number): number {
  for (let i = p + 3; i < e - 2; i++) {
    // "…, and added: “…”": a second frame with a direct quote of its own ends the clause.
    if (t[i]!.text === ':' && isQuoteMark(t[i + 1])) return cueAt(t, i - 1) >= 0 ? Math.max(p + 1, i - 3) : i;
    if (t[i]!.text !== ',' || !COORD.has(low(t[i + 1]))) continue;
    if (cueAt(t, i + 2) >= 0) return i;
    const next = t[i + 2]!.text;
    if (SUBJECT_START.has(next.toLowerCase()) || /^\p{Lu}/u.test(next)) return i;
  }
  return e;
}

function make(doc: Doc, a: number, b: number, speaker: Phrase, cue: Span, via: Via | null, para: number): Candidate {
  const t = doc.tokens;
  return { span: [t[a]!.start, t[b - 1]!.end], kind: 'indirect', speaker, cueSpan: cue, via, continues: false, para };
}

function span(t: Token[], a: number, b: number): Span {
  return [t[a]!.start, t[b - 1]!.end];
}

/** The index of a "that" within `reach` tokens from p (no clause punctuation before it), or -1. */
function thatAfter(t: Token[], p: number, e: number, reach: number): number {
  const stop = Math.min(e, p + reach);
  while (p < stop && low(t[p]) !== 'that' && !/^[,.;]$/.test(t[p]!.text)) p++;
  return low(t[p]) === 'that' ? p : -1;
}

/** "X said (that) CLAUSE": the first clause-taking cue whose speaker opens the sentence or follows a comma. */
function head(doc: Doc, a: number, b: number, para: number): Candidate | null {
  const t = doc.tokens;
  const e = contentEnd(t, a, b);
  for (let k = a + 1; k < e; k++) {
    const ce = cueAt(t, k);
    if (ce < 0 || !CLAUSE_VERBS.has(low(t[k]))) continue;
    const sp = speakerBefore(doc, k, a);
    if (sp === null || !(sp.tok[0] === a || t[sp.tok[0] - 1]?.text === ',' || (sp.tok[0] === a + 1 && LEADING_CONNECTIVES.has(low(t[a]))))) return null;
    let p = extendCue(t, ce, e);
    const cueEnd = p;
    let via: Via | null = null;
    if (OBJECT_VERBS.has(low(t[k]))) {
      via = toldObject(doc, k, e);
      if (via !== null) {
        p = via.end;
        // "told MSNBC’s “Morning Joe” that …": the outlet's show, then "that".
        if (low(t[p]) === '’s' || low(t[p]) === "'s") {
          p = thatAfter(t, p + 1, e, 9);
          if (p < 0) return null;
        }
      } else if (AUDIENCE_WORDS.has(low(t[p]))) p += low(t[p]) === 'the' || low(t[p]) === 'a' ? 2 : 1;
      else {
        // "told French President-elect Emmanuel Macron that …": skip the addressee's name.
        p = thatAfter(t, p, e, cueEnd + 8 - p);
        if (p < 0) return null;
      }
    }
    while (p < e && (isSkippable(t, p) || (low(t[p]) === 'on' && isSkippable(t, p + 1)))) p++;
    p = extendCue(t, p, e) === p ? p : extendCue(t, p, e);
    if (t[p]?.text === ',' && low(t[p + 1]) === 'that') p++;
    if (low(t[p]) === 'that') p++;
    if (p >= e || BAD_CLAUSE_START.has(low(t[p])) || isQuoteMark(t[p]) || countWords(t, p, e) < 4) return null;
    via ??= findAccording(doc, p, e);
    return make(doc, p, firstClauseEnd(t, p, e), sp, span(t, k, cueEnd), via, para);
  }
  return null;
}

/** Index of the last comma not inside quotation marks, or -1. */
function lastComma(t: Token[], a: number, e: number): number {
  let inQuote = false;
  let last = -1;
  for (let i = a; i < e; i++) {
    const x = t[i]!.text;
    if (x === '“' || x === '«') inQuote = true;
    else if (x === '”' || x === '»') inQuote = false;
    else if (x === '"') inQuote = !inQuote;
    else if (x === ',' && !inQuote) last = i;
  }
  return last;
}

/** "CLAUSE, X said (on Monday)." / "CLAUSE, said X." / "CLAUSE, according to X." */
function tail(doc: Doc, a: number, b: number, para: number): Candidate | null {
  const t = doc.tokens;
  const e = contentEnd(t, a, b);
  const c = lastComma(t, a, e);
  if (c < 0 || c - a < 4 || isQuoteMark(t[c - 1]) || isQuoteMark(t[a])) return null;
  const s = c + 1;
  const acc = accordingTo(doc, s, e);
  if (acc !== null && acc.end === e) {
    const sp = speakerAfter(doc, s + 2, e);
    return sp === null ? null : make(doc, a, c, sp, span(t, s, s + 2), null, para);
  }
  const c0 = cueAt(t, s);
  let sp: Phrase | null = null;
  let k = s;
  let ce = c0;
  if (c0 >= 0) sp = speakerAfter(doc, c0, e);
  else {
    for (k = s; k < e && k < s + 12; k++) {
      ce = cueAt(t, k);
      if (ce >= 0) break;
    }
    if (ce < 0) return null;
    sp = speakerBefore(doc, k, s);
    if (sp !== null && sp.tok[0] !== s) sp = null;
  }
  if (sp === null || !CLAUSE_VERBS.has(low(t[k]))) return null;
  if (countWords(t, a, c) < 4 || BAD_CLAUSE_START.has(low(t[a]))) return null;
  const cueEnd = extendCue(t, ce, e);
  // The attribution must close the sentence: only a short adverbial may follow the cue.
  const rest = Math.max(e - cueEnd, sp.tok[1] > cueEnd ? e - sp.tok[1] : 0);
  const restStart = low(t[sp.tok[1] > cueEnd ? sp.tok[1] : cueEnd]);
  if (rest > 0 && !(rest <= 3 || (ADVERBIAL_START.has(restStart) && rest <= 14))) return null;
  const via = toldObject(doc, k, e) ?? findAccording(doc, cueEnd, e);
  return make(doc, a, c, sp, span(t, k, cueEnd), via, para);
}

/** "According to X, CLAUSE." */
function according(doc: Doc, a: number, b: number, para: number): Candidate | null {
  const t = doc.tokens;
  const e = contentEnd(t, a, b);
  if (low(t[a]) !== 'according' || low(t[a + 1]) !== 'to') return null;
  const sp = speakerAfter(doc, a + 2, e);
  if (sp === null || t[sp.tok[1]]?.text !== ',') return null;
  const p = sp.tok[1] + 1;
  if (p >= e || isQuoteMark(t[p]) || countWords(t, p, e) < 4) return null;
  return make(doc, p, e, sp, span(t, a, a + 2), null, para);
}

/** "…, adding that CLAUSE." / "…, saying CLAUSE.": the sentence subject's reported clause. */
function participleFrame(doc: Doc, a: number, b: number, para: number): Candidate | null {
  const t = doc.tokens;
  const e = contentEnd(t, a, b);
  for (let k = a + 3; k < e - 4; k++) {
    if (t[k - 1]!.text !== ',' || !PARTICIPLE_CUES.has(low(t[k]))) continue;
    const subj = subjectOf(doc, a, k);
    if (subj === null) return null;
    let p = k + 1;
    if (low(t[p]) === 'that') p++;
    if (p >= e || BAD_CLAUSE_START.has(low(t[p])) || isQuoteMark(t[p]) || countWords(t, p, e) < 4) return null;
    const c = make(doc, p, e, subj === 'quote' ? { tok: [k, k], span: [t[k]!.start, t[k]!.start], pronoun: false } : subj, span(t, k, k + 1), null, para);
    if (subj === 'quote') {
      c.speaker = null;
      c.continues = true;
    }
    return c;
  }
  return null;
}

function paraOf(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]![0] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Indirect quotes, one per sentence at most. `quoted` are the direct quote spans: a clause that
 * is more than half direct quote is not reported again as indirect.
 */
export function findIndirect(doc: Doc, quoted: Span[]): Candidate[] {
  const out: Candidate[] = [];
  let qi = 0;
  for (let s = 0; s < doc.sentences.length; s++) {
    const [a, b] = doc.sentenceTokens[s]!;
    if (b - a < 6) continue;
    const para = paraOf(doc, doc.tokens[a]!.start);
    const c = according(doc, a, b, para) ?? head(doc, a, b, para) ?? tail(doc, a, b, para) ?? participleFrame(doc, a, b, para);
    if (c === null) continue;
    let covered = 0;
    while (qi < quoted.length && quoted[qi]![1] <= c.span[0]) qi++;
    for (let j = qi; j < quoted.length && quoted[j]![0] < c.span[1]; j++) {
      covered += Math.min(quoted[j]![1], c.span[1]) - Math.max(quoted[j]![0], c.span[0]);
    }
    if (covered * 2 > c.span[1] - c.span[0]) continue;
    out.push(c);
  }
  return out;
}
