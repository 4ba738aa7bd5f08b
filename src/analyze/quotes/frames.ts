// src/analyze/quotes/frames.ts — attribution frames shared by the direct-quote scan (direct.ts):
// the Attribution record, sentence bounds, and the round-3 frames — the outermost attribution
// ("Lapp said she thinks …" -> Lapp), appositive speakers after a quote, a frame ending the
// previous sentence ("Bystrom agreed. “…”"), and a sentence subject framing a quoted fragment
// with a verb outside the lexicon ("Cruz blamed the law on “…”"). Pure, bounded token scans.
import type { Doc, Token } from '../doc.js';
import { CHANNEL_NOUNS } from '../lexicons/reporting-verbs.js';
import type { Span } from '../../types.js';
import { cueSubject, PASSIVE, subjectOf } from './subject.js';
import {
  cueAt, endsAt, extendCue, isNpToken, isQuoteMark, isSkippable, low, LOWER, speakerAfter, speakerBefore, UPPER, type Phrase,
} from './phrases.js';
import { findAccording, findPollIntro, findReportedBy, toldObject, type Via } from './via.js';

export interface Attribution {
  speaker: Phrase | null;
  cueSpan: Span;
  via: Via | null;
  /** Token indexes [first, end) of the cue (with its channel phrase). */
  cueTok: [number, number];
  /** A participle frame after a quote ("“…,” he said, adding …"): the previous speaker. */
  continues?: boolean;
}


/** Index of the last token of the sentence run containing token i (stops at . ! ? ; or `max`). */
/**
 * How far the sentence walks below go: a real sentence is far shorter, and a run of text with no
 * sentence end (pasted junk, a page without punctuation) must not make every quote in it rescan it.
 */
const MAX_WALK = 300;

export function sentenceEndTok(tokens: Token[], i: number, max: number): number {
  let j = i;
  const stop = Math.min(max, i + MAX_WALK);
  while (j < stop && !endsAt(tokens, j)) j++;
  return j;
}

export function attribution(doc: Doc, cue: number, cueEnd: number, speaker: Phrase | null, max: number): Attribution {
  const tokens = doc.tokens;
  const end = extendCue(tokens, cueEnd, max);
  const told = toldObject(doc, cue, max);
  // Back to the sentence start (the bound moved with s0 before, so in practice it was the sentence
  // start; MAX_WALK keeps that and caps it).
  let s0 = speaker?.tok[0] ?? cue;
  const floor = Math.max(0, s0 - MAX_WALK);
  while (s0 > floor && !endsAt(tokens, s0 - 1)) s0--;
  // "…,” Hewitt said, according to a transcript" / "According to pool reports, Obama said …"
  const sE = sentenceEndTok(tokens, end, max);
  const sp0 = speaker?.tok[0] ?? cue;
  const via = told ?? findAccording(doc, end, sE) ?? findAccording(doc, s0, sp0) ?? findReportedBy(doc, end, sE) ?? findReportedBy(doc, s0, sp0) ?? findPollIntro(doc, s0, sp0);
  return { speaker, cueSpan: [tokens[cue]!.start, tokens[end - 1]!.end], via, cueTok: [cue, end] };
}


/**
 * PolNeAR (and the reader) takes the OUTERMOST attribution: in "Lapp said she thinks
 * Republicans are “…”" the speaker of the clause is Lapp, not "she" of the nested "thinks".
 * If the speaker phrase `sp` opens the complement of an earlier cue ("X said (that) SP …"),
 * that earlier cue's attribution; else null.
 */
export function outer(doc: Doc, sp: Phrase, min: number, max: number): Attribution | null {
  const t = doc.tokens;
  let j = sp.tok[0] - 1;
  if (low(t[j]) === 'that') j--;
  while (j > min && isSkippable(t, j)) j--;
  let c = cueAt(t, j) === j + 1 ? j : cueAt(t, j - 1) === j + 1 ? j - 1 : -1;
  // "he told ABC’s “Good Morning America” that he agrees …", "Weiner admitted to the newspaper
  // that he …": a cue, its object or addressee (no comma), then "that" and the nested subject.
  if (c < 0 && low(t[sp.tok[0] - 1]) === 'that') {
    for (let k = sp.tok[0] - 2; k > min && k >= sp.tok[0] - 12; k--) {
      if (endsAt(t, k) || t[k]!.text === ',') break;
      if (cueAt(t, k) > k && cueAt(t, k) < sp.tok[0] - 1) {
        c = k;
        j = cueAt(t, k) - 1;
        break;
      }
    }
  }
  if (c <= min) return null;
  const o = speakerBefore(doc, c, min) ?? cueSubject(doc, min, c);
  return o === null ? null : attribution(doc, c, j + 1, o, max);
}

/** "…,” another friend, Mariam Emara told CNN": tokens [i, end) are a noun phrase and a comma. */
export function descriptorBefore(doc: Doc, i: number, end: number): boolean {
  const t = doc.tokens;
  if (end - i < 2 || end - i > 12 || t[end - 1]!.text !== ',') return false;
  for (let k = i; k < end - 1; k++) if (!isNpToken(t, k)) return false;
  return true;
}

/**
 * "…,” Jenna Golden, Twitter’s director of political advertising, said": right after a quote, a
 * name, then any aside between commas up to the cue. The name must start right at the mark.
 */
export function appositive(doc: Doc, i: number, cue: number): Phrase | null {
  const t = doc.tokens;
  const sp = speakerAfter(doc, i, cue);
  if (sp === null || sp.pronoun || t[sp.tok[1]]?.text !== ',') return null;
  let k = cue - 1;
  while (k > sp.tok[1] && isSkippable(t, k)) k--;
  return k > sp.tok[1] + 1 && t[k]!.text === ',' ? sp : null;
}


export const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back']);
export const SO_CALLED = /so[- ]called\s*$/i;

/** Verbs after which a quoted fragment is a description, not the subject's words. */
export const NOT_SPEECH = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'became', 'becomes', 'seemed', 'seems', 'remains', 'remained', 'got', 'gets', 'read', 'reads', 'titled', 'entitled', 'named', 'dubbed', 'known', 'won', 'watched', 'saw', 'sees', 'heard', 'hears', 'wore', 'wears', 'played', 'plays', 'sang', 'sings', 'starred', 'stars', 'appeared', 'appears']);

/**
 * "Cruz blamed the law on “knuckleheaded Democratic politicians.”" / "Trump is promising to
 * “bomb the hell” out of …": a quoted fragment in the predicate of a sentence whose subject is a
 * name, a pronoun or a determiner phrase is that subject's words even when the verb is outside
 * the reporting lexicon (PolNeAR annotates these as attributions). Copulas and verbs of
 * perception or naming are excluded ("The show is called “…”", "He watched “…”").
 */
export function subjectFrame(doc: Doc, sS: number, oi: number): Attribution | null {
  const t = doc.tokens;
  const subj = subjectOf(doc, sS, oi);
  if (subj === null || subj === 'quote' || oi - subj.verb > 14) return null;
  let v = subj.verb;
  while (v < oi - 1 && (AUX_CHAIN.has(low(t[v])) || isSkippable(t, v))) v++;
  const w = low(t[v]);
  // "played down … as “…”" is speech; "played “Hey Jude”" is not.
  if ((NOT_SPEECH.has(w) && low(t[v + 1]) !== 'down') || (NOT_SPEECH.has(low(t[subj.verb])) && low(t[subj.verb + 1]) !== 'down') || !LOWER.test(t[v]!.text) || PASSIVE.has(low(t[v - 1]))) return null;
  const f = low(t[subj.tok[0]]);
  if (NOT_SUBJECT.has(f) || f.endsWith('ing')) return null;
  if (PARTICLES.has(low(t[v + 1])) && v + 1 < oi) v++;
  return { speaker: subj, cueSpan: [t[subj.verb]!.start, t[v]!.end], via: null, cueTok: [subj.verb, v + 1] };
}

/** Sentence openers that look like a subject but name no speaker ("Here, …", "Several waved"). */
export const NOT_SUBJECT = new Set(['it', 'this', 'that', 'these', 'those', 'here', 'there', 'what', 'which', 'who', 'several', 'many', 'some', 'most', 'such', 'each', 'all', 'both', 'few', 'much', 'more', 'one', 'another', 'other', 'others']);

/**
 * A short quoted fragment in title case ("Fox News Sunday", "The Walking Dead", “This Week”) is
 * a title, not reported speech.
 */
export const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'de', 'vs']);
export function isTitle(text: string): boolean {
  const ws = text.replace(/[.,!?;:]+$/, '').split(/\s+/);
  if (ws.length === 0 || ws.length > 7) return false;
  for (const w of ws) if (!UPPER.test(w) && !MINOR.has(w.toLowerCase()) && !/^\d/.test(w)) return false;
  return UPPER.test(ws[0]!);
}

export const AUX_CHAIN = new Set(['has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'not', 'also', 'been']);


/**
 * "Iowa State's Dianne Bystrom agreed. “Mainstream Republicans …”": a quote opening a sentence
 * right after a sentence that ends with its own frame (speaker + cue, then only adverbs or a
 * day) takes that frame. `sS` is the quote's sentence start; `min` the earliest token to look at
 * (the previous paragraph's start when the quote opens its paragraph).
 */
export function priorFrame(doc: Doc, sS: number, min: number): Attribution | null {
  const t = doc.tokens;
  let k = sS - 1;
  if (k < min || !endsAt(t, k) || t[k]!.text === '?') return null;
  k--;
  // "Sam Lau … said in a statement." — a channel phrase after the cue.
  if (CHANNEL_NOUNS.has(low(t[k]))) {
    let p = k - 1;
    while (p > min && p > k - 5 && low(t[p]) !== 'in' && low(t[p]) !== 'on') p--;
    if (low(t[p]) === 'in' || low(t[p]) === 'on') k = p - 1;
  }
  while (k > min && isSkippable(t, k)) k--;
  // the cue's last token: "agreed", "says", "pointed out"
  const c = cueAt(t, k) === k + 1 ? k : cueAt(t, k - 1) === k + 1 ? k - 1 : -1;
  if (c < 0) return null;
  const ps = sentenceStartTok(doc, c, min);
  const sp = speakerBefore(doc, c, ps) ?? cueSubject(doc, ps, c);
  if (sp === null) return null;
  return { speaker: sp, cueSpan: [t[c]!.start, t[k]!.end], via: null, cueTok: [c, k + 1] };
}

export function sentenceStartTok(doc: Doc, i: number, paraStart: number): number {
  const t = doc.tokens;
  let j = i;
  paraStart = Math.max(paraStart, i - MAX_WALK);
  // A quote closed by its own period ends the sentence too: "…grassroots.” Asked which county
  // was his favorite, he demurred: “…”" — the next sentence starts at the capital after the mark.
  while (j > paraStart && !endsAt(t, j - 1) && !(j < i && j - 2 >= paraStart && isQuoteMark(t[j - 1]) && endsAt(t, j - 2) && UPPER.test(t[j]!.text))) j--;
  return j;
}

