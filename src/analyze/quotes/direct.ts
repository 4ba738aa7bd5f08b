// src/analyze/quotes/direct.ts — direct and partial quotes from quoted regions.
// A region is a quote when a reporting verb with a speaker sits right after its closing mark
// ("…,” Peskov stressed. / "…,” said Peskov") or right before its opening mark ("Peskov said:
// “…" / "pointed out that “…"), when it continues the previous quote (a sentence-initial quote
// with no speaker right after another quote), or when it is a sentence-initial quote of six or
// more words (speaker null). A quoted fragment inside a sentence whose reporting verb has a
// speaker is `partial`. Anything else — titles, scare quotes, "so-called “reform”" — is dropped:
// precision first.
import type { Doc, Token } from '../doc.js';
import { tokenAt } from '../doc.js';
import type { Span } from '../../types.js';
import type { Candidate } from './candidate.js';
import { clauseSpan } from './clause.js';
import { PARTICIPLE_CUES, subjectOf } from './subject.js';
import type { QuoteRegion } from './marks.js';
import {
  cueAt, extendCue, findAccording, isQuoteMark, isSentenceEnd, low, speakerAfter, speakerBefore,
  toldObject, UPPER, type Phrase, type Via,
} from './phrases.js';

/** Verbs that frame only a quoted fragment: "called it a “disaster”". */
const FRAGMENT_VERBS = new Set(['called', 'calls', 'call', 'calling', 'described', 'describes', 'describing', 'dubbed', 'dubbing', 'labeled', 'labelled', 'labeling', 'branded', 'branding', 'termed', 'deemed', 'accused', 'accuses', 'accusing']);
const WORD = /[\p{L}\p{N}]/u;

interface Attribution {
  speaker: Phrase | null;
  cueSpan: Span;
  via: Via | null;
  /** Token indexes [first, end) of the cue (with its channel phrase). */
  cueTok: [number, number];
  /** A participle frame after a quote ("“…,” he said, adding …"): the previous speaker. */
  continues?: boolean;
}

function words(doc: Doc, s: number, e: number): number {
  let n = 0;
  for (let i = tokenAt(doc, s); i < doc.tokens.length && doc.tokens[i]!.start < e; i++) if (WORD.test(doc.tokens[i]!.text)) n++;
  return n;
}

/** Index of the last token of the sentence run containing token i (stops at . ! ? ; or `max`). */
function sentenceEndTok(tokens: Token[], i: number, max: number): number {
  let j = i;
  while (j < max && !isSentenceEnd(tokens[j])) j++;
  return j;
}

function attribution(doc: Doc, cue: number, cueEnd: number, speaker: Phrase | null, max: number): Attribution {
  const tokens = doc.tokens;
  const end = extendCue(tokens, cueEnd, max);
  const told = toldObject(doc, cue, max);
  const via = told ?? findAccording(doc, end, sentenceEndTok(tokens, end, max));
  return { speaker, cueSpan: [tokens[cue]!.start, tokens[end - 1]!.end], via, cueTok: [cue, end] };
}

/** "…,” he said." / "…,” said Peskov." — a cue right after the closing mark. */
function after(doc: Doc, i: number, max: number): Attribution | null {
  const tokens = doc.tokens;
  if (tokens[i]?.text === ',') i++;
  const lim = Math.min(max, i + 16);
  const c0 = cueAt(tokens, i);
  if (c0 >= 0) {
    const sp = speakerAfter(doc, c0, lim);
    return sp === null ? null : attribution(doc, i, c0, sp, max);
  }
  for (let j = i; j < lim; j++) {
    if (isSentenceEnd(tokens[j]) || isQuoteMark(tokens[j])) return null;
    const ce = cueAt(tokens, j);
    if (ce < 0) continue;
    const sp = speakerBefore(doc, j, i);
    return sp !== null && sp.tok[0] === i ? attribution(doc, j, ce, sp, max) : null;
  }
  return null;
}

/** "Peskov said: “…" / "pointed out that “…" — a cue right before the opening mark. */
function before(doc: Doc, oi: number, min: number, max: number): { att: Attribution; that: boolean } | null {
  const tokens = doc.tokens;
  let j = oi - 1;
  let that = false;
  if (j >= min && (tokens[j]!.text === ',' || tokens[j]!.text === ':')) j--;
  else if (j >= min && low(tokens[j]) === 'that') {
    that = true;
    j--;
  }
  for (let k = j; k >= min && k > j - 9; k--) {
    if (isSentenceEnd(tokens[k]) || isQuoteMark(tokens[k])) return null;
    const p = participle(doc, k, min, max);
    if (p !== null) return p === 'none' ? null : { att: p, that };
    const ce = cueAt(tokens, k);
    if (ce < 0 || ce > j + 1) continue;
    // "said the spokesman: “…" inverts; "emphasized the threat that “…" does not.
    const sp = speakerBefore(doc, k, min) ?? (that ? null : speakerAfter(doc, ce, j + 1));
    if (sp === null) return null;
    return { att: attribution(doc, k, ce, sp, max), that };
  }
  return null;
}

/** ", saying …" / ", adding …": a participle frame whose speaker is the sentence subject. */
function participle(doc: Doc, k: number, min: number, max: number): Attribution | 'none' | null {
  const tokens = doc.tokens;
  const w = low(tokens[k]);
  if (!(PARTICIPLE_CUES.has(w) || FRAGMENT_VERBS.has(w)) || !w.endsWith('ing') || tokens[k - 1]?.text !== ',') return null;
  const subj = subjectOf(doc, sentenceStartTok(doc, k, min), k);
  if (subj === null) return 'none';
  const att = attribution(doc, k, k + 1, subj === 'quote' ? null : subj, max);
  if (subj === 'quote') att.continues = true;
  return att;
}

/**
 * "Clinton: “…" / "He jokes, “…" / "Trump issued a statement, “…": a short sentence opening
 * whose subject speaks through a verb outside the lexicon, ended by a colon or comma right
 * before a quote that runs to the sentence end. The cue is the predicate as written.
 */
function bare(doc: Doc, sS: number, oi: number, max: number): Attribution | null {
  const t = doc.tokens;
  const m = oi - 1;
  if (m <= sS || m - sS > 14 || (t[m]!.text !== ':' && t[m]!.text !== ',')) return null;
  if (t[m]!.text === ':' && UPPER.test(t[sS]!.text)) {
    const sp = speakerAfter(doc, sS, m);
    if (sp !== null && sp.tok[0] === sS && sp.tok[1] === m && m - sS <= 5) return { speaker: sp, cueSpan: [t[m]!.start, t[m]!.end], via: null, cueTok: [m, m + 1] };
  }
  const subj = subjectOf(doc, sS, m);
  if (subj === null || subj === 'quote') return null;
  return { speaker: subj, cueSpan: [t[subj.verb]!.start, t[m - 1]!.end], via: findAccording(doc, subj.verb, m), cueTok: [subj.verb, m] };
}

/** A reporting verb with a speaker earlier in the sentence: the frame of a partial quote. */
function frame(doc: Doc, oi: number, min: number): Attribution | null {
  const tokens = doc.tokens;
  for (let k = oi - 1; k >= min && k > oi - 40; k--) {
    if (isSentenceEnd(tokens[k])) return null;
    const p = participle(doc, k, min, oi);
    if (p !== null) return p === 'none' ? null : p;
    if (low(tokens[k]).endsWith('ing')) continue;
    let ce = cueAt(tokens, k);
    if (ce < 0 && FRAGMENT_VERBS.has(low(tokens[k]))) ce = k + 1;
    if (ce < 0) continue;
    const sp = speakerBefore(doc, k, min);
    if (sp !== null) return attribution(doc, k, ce, sp, oi);
  }
  return null;
}

function sentenceStartTok(doc: Doc, i: number, paraStart: number): number {
  let j = i;
  while (j > paraStart && !isSentenceEnd(doc.tokens[j - 1])) j--;
  return j;
}

/** Direct and partial quote candidates, in text order. */
export function findDirect(doc: Doc, regions: QuoteRegion[]): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  let prevPara = -10;
  let clauseEndPos = -1;
  for (const r of regions) {
    const para = doc.paragraphs[r.para]!;
    const pS = tokenAt(doc, para[0]);
    const pE = tokenAt(doc, para[1]);
    const oi = tokenAt(doc, r.open);
    const ci = r.closed ? tokenAt(doc, r.close) : pE;
    const sS = sentenceStartTok(doc, oi, pS);
    // Sentence-initial: nothing but a closing mark of an earlier quote before it in its sentence.
    let k = oi - 1;
    while (k >= sS && isQuoteMark(tokens[k])) k--;
    const initial = k < sS;
    const n = words(doc, r.inner[0], r.inner[1]);
    const span = trimComma(doc.text, r.inner);
    let att: Attribution | null = r.closed ? after(doc, ci + 1, pE) : null;
    let kind: Candidate['kind'] = initial ? 'direct' : 'partial';
    if (att === null) {
      let b = before(doc, oi, pS, pE);
      if (b === null && oi === pS && r.para > 0 && !r.continues) {
        const prev = doc.paragraphs[r.para - 1]!;
        const lastTok = tokenAt(doc, prev[1]) - 1;
        if (tokens[lastTok]?.text === ':') {
          b = before(doc, lastTok + 1, tokenAt(doc, prev[0]), lastTok + 1);
          // "Cruz called them on it:" — the frame of the previous paragraph's last sentence.
          const f = b === null ? frame(doc, lastTok, sentenceStartTok(doc, lastTok, tokenAt(doc, prev[0]))) : null;
          if (f !== null) b = { att: f, that: false };
        }
      }
      const reaches = !r.closed || isSentenceEnd(tokens[ci + 1]) || ci + 1 >= pE;
      if (b === null && reaches) {
        const bb = bare(doc, sS, oi, pE);
        if (bb !== null) b = { att: bb, that: false };
      }
      if (b !== null) {
        att = b.att;
        const reachesEnd = !r.closed || isSentenceEnd(tokens[ci + 1]) || ci + 1 >= pE || /[.?!]$/.test(doc.text.slice(r.inner[0], r.inner[1]));
        kind = b.that && !reachesEnd ? 'partial' : b.that ? 'direct' : initial || tokens[oi - 1]?.text === ':' || tokens[oi - 1]?.text === ',' ? 'direct' : 'partial';
      }
    }
    if (att === null && !initial) {
      att = frame(doc, oi, sS);
      kind = 'partial';
    }
    const continues = att === null && !r.single && initial && n >= 3 && out.length > 0 && (r.continues || r.para - prevPara <= 2);
    if (att === null && !continues && !(initial && !r.single && n >= 6)) continue;
    if (kind === 'partial' && att === null) continue;
    const cont = continues || att?.continues === true;
    out.push({ span, kind, speaker: att?.speaker ?? null, cueSpan: att?.cueSpan ?? null, via: att?.via ?? null, continues: cont, para: r.para });
    prevPara = r.para;
    if (kind === 'partial' && att !== null && att.cueTok[0] < oi && r.open >= clauseEndPos) {
      // The reported clause around the fragment: emitted as an indirect quote containing it.
      const cl = clauseSpan(doc, att.cueTok[0], att.cueTok[1], oi, ci, r.inner, pE);
      if (cl !== null && (cl[0] < span[0] || cl[1] > span[1])) {
        out.push({ span: cl, kind: 'indirect', speaker: att.speaker, cueSpan: att.cueSpan, via: att.via, continues: cont, para: r.para, clause: true });
        clauseEndPos = cl[1];
      }
    }
  }
  return out;
}

/** Drop a trailing comma inside the marks ("primitive,”): it is punctuation of the frame. */
function trimComma(text: string, s: Span): Span {
  let e = s[1];
  while (e > s[0] && (text[e - 1] === ',' || /\s/.test(text[e - 1]!))) e--;
  return [s[0], e];
}
