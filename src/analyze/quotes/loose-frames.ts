// src/analyze/quotes/loose-frames.ts — frames of the direct-quote scan (direct.ts) whose speaker
// is not next to a reporting verb (round 6, docs/quotes.md): an absolute participle with its own
// subject ("…, with Trump reportedly yelling: “…”"), reported speech followed by the same person
// verbatim ("Carter said that … ¶ “That’s because …”"), and the speaker of a long quotation no
// frame claims ("Mark Blumenthal: “…”", "The email goes on to say: “…”"). Pure, bounded scans.
import type { Doc } from '../doc.js';
import { CLAUSE_VERBS } from '../lexicons/reporting-verbs.js';
import { attribution, NOT_SUBJECT, sentenceStartTok, type Attribution } from './frames.js';
import { cueAt, DETS, endsAt, isQuoteMark, LEADING_CONNECTIVES, low, speakerAfter, speakerBefore, UPPER, type Phrase } from './phrases.js';
import { cueSubject, PARTICIPLE_CUES, subjectOf } from './subject.js';

/** Participles of shouting that frame a quote like the PARTICIPLE_CUES ("with Trump yelling: “…”"). */
const SHOUT_PARTICIPLES: ReadonlySet<string> = new Set(['yelling', 'shouting', 'chanting', 'screaming', 'exclaiming']);

/**
 * "…, with Trump reportedly yelling: “…”" / "…, Sanders saying “…”": a participle frame with its
 * own subject right before it (an absolute clause), after "with" or a comma. The named subject
 * speaks, not the sentence subject.
 */
export function namedParticiple(doc: Doc, k: number, min: number, max: number): Attribution | null {
  const tokens = doc.tokens;
  const w = low(tokens[k]);
  if (!PARTICIPLE_CUES.has(w) && !SHOUT_PARTICIPLES.has(w)) return null;
  const sp = speakerBefore(doc, k, min);
  if (sp === null || sp.pronoun || sp.ref !== undefined) return null;
  // a name or a determiner phrase, never a stray word ("…, despite admitting that …")
  const first = tokens[sp.tok[0]]!;
  if (!UPPER.test(first.text) && !DETS.has(first.lower)) return null;
  const lead = low(tokens[sp.tok[0] - 1]);
  if (lead !== 'with' && lead !== ',') return null;
  return attribution(doc, k, k + 1, sp, max);
}

/**
 * "Carter said that for decades critics had predicted a withdrawal. ¶ “That’s because …”": a
 * quote opening a sentence right after a sentence with no quotation of its own whose subject is
 * reported by a clause verb takes that subject (the same person goes on, now verbatim).
 */
export function priorSpeech(doc: Doc, sS: number, min: number): Attribution | null {
  const t = doc.tokens;
  const k = sS - 1;
  if (k < min || !endsAt(t, k)) return null;
  const ps = sentenceStartTok(doc, k, min);
  for (let j = ps; j < k; j++) if (isQuoteMark(t[j])) return null;
  let a = ps;
  while (a < k && LEADING_CONNECTIVES.has(t[a]!.lower)) a++;
  for (let c = a + 1; c < k && c < a + 30; c++) {
    const ce = cueAt(t, c);
    if (ce < 0 || !CLAUSE_VERBS.has(t[c]!.lower)) continue;
    const sp = speakerBefore(doc, c, a) ?? cueSubject(doc, ps, c);
    if (sp === null || sp.tok[0] !== a || sp.ref !== undefined) return null;
    return attribution(doc, c, ce, sp, k + 1);
  }
  return null;
}

/**
 * Words from which a frameless quotation inside a sentence is kept as a direct quote. Chosen on
 * PolNeAR train by the sum of content and right-speaker F1 (6/8/10/12 tried): first 10, then 8 once
 * quotations with no speaker were dropped — 8 and 10 are tied there (1.7662 each, within 0.0001),
 * and on dev 8 is better (0.904 / 0.862 against 0.899 / 0.858). Shorter fragments are mostly scare
 * quotes and titles.
 */
export const LONG_WORDS = 8;

/** The speaker of a long frameless quote: "NAME: “…" (the name ends at the colon), else the sentence subject. */
export function longFrame(doc: Doc, sS: number, oi: number): Attribution | null {
  const t = doc.tokens;
  const m = oi - 1;
  if (t[m]?.text === ':') {
    const sp = speakerBefore(doc, m, sS);
    if (sp !== null && sp.tok[1] === m && !sp.pronoun && UPPER.test(t[sp.tok[0]]!.text)) return { speaker: sp, cueSpan: [t[m]!.start, t[m]!.end], via: null, cueTok: [m, m + 1] };
  }
  const subj = subjectOf(doc, sS, oi);
  if (subj !== null && subj !== 'quote') return { speaker: subj, cueSpan: [t[subj.verb]!.start, t[subj.verb]!.end], via: null, cueTok: [subj.verb, subj.verb + 1] };
  // No finite verb found: the phrase opening the sentence ("The email goes on to say: “…”").
  let a = sS;
  while (a < oi && LEADING_CONNECTIVES.has(t[a]!.lower)) a++;
  const sp = speakerAfter(doc, a, oi);
  if (sp === null || sp.tok[1] >= oi - 1) return null;
  // It must look like a subject: no introductory word opens it and no comma closes it
  // ("Last month, …", "Holding signs, …", "According to …", "That’s …").
  const f = t[sp.tok[0]]!.lower;
  if (NOT_SUBJECT.has(f) || f.endsWith('ing') || f === 'according' || f === 'last' || t[sp.tok[1]]!.text === ',') return null;
  // "The email goes on to say": a common verb the phrase scan took in is not part of the name.
  let e = sp.tok[1];
  if (e - sp.tok[0] > 2 && PHRASE_VERBS.has(t[e - 1]!.lower)) e--;
  const who: Phrase = { ...sp, tok: [sp.tok[0], e], span: [sp.span[0], t[e - 1]!.end] };
  return { speaker: who, cueSpan: [t[e]!.start, t[e]!.end], via: null, cueTok: [e, e + 1] };
}

/** Verbs the noun-phrase scan does not stop at ("goes", "appears"): trimmed off a subject. */
const PHRASE_VERBS: ReadonlySet<string> = new Set(['goes', 'went', 'makes', 'made', 'appears', 'seems', 'puts', 'put', 'gets', 'got', 'takes', 'took', 'offers', 'offered', 'sums', 'summed', 'lays', 'laid', 'spells', 'spelled']);
