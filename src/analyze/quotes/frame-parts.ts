// src/analyze/quotes/frame-parts.ts — smaller frame tests used by the direct-quote scan
// (direct.ts): a subject with a predicate outside the lexicon before a colon or comma (`bare`),
// the cue right before a participle ("Spicer said, adding"), premodifier runs before a speaker
// after a quote, whether a sentence ends right after a cue (split out of direct.ts, round 4), and
// the owner of a noun of speech ("his claim that “…”", round 5).
import type { Doc } from '../doc.js';
import type { Attribution } from './frames.js';
import { PASSIVE, subjectOf } from './subject.js';
import { cueAt, endsAt, isMarkAt, isSentenceEnd, low, LOWER, speakerAfter, speakerBefore, STOP, UPPER, type Phrase } from './phrases.js';
import { findAccording } from './via.js';

const INVERTING: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes']);

/** The sentence ends within a few tokens after token `k` (a time or channel phrase at most). */
export function sentenceEndsSoon(tokens: Doc['tokens'], k: number, max: number): boolean {
  for (let e = k; e < max && e < k + 8; e++) {
    if (endsAt(tokens, e)) return true;
    if (isMarkAt(tokens, e) || tokens[e]!.text === ',') return false;
  }
  return k >= max;
}

/**
 * "“…,” former State policy planning director Anne-Marie Slaughter wrote": tokens [a, b) are a
 * short run of premodifier words (no punctuation, function words or verbs) before the speaker.
 */
export function premodifiers(tokens: Doc['tokens'], a: number, b: number): boolean {
  if (b - a > 4 || b <= a) return false;
  for (let k = a; k < b; k++) {
    const w = low(tokens[k]);
    if (!/^[\p{L}-]+$/u.test(tokens[k]!.text) || STOP.has(w) || cueAt(tokens, k) >= 0 || w.endsWith('ed')) return false;
  }
  return true;
}

/** The speaker of a cue ending right at the comma token `comma` ("Spicer said," / "said Spicer,"). */
export function cueBeforeComma(doc: Doc, comma: number, min: number): Phrase | null {
  const t = doc.tokens;
  for (let c = comma - 1; c >= min && c >= comma - 7; c--) {
    if (endsAt(t, c) || isMarkAt(t, c)) return null;
    const ce = cueAt(t, c);
    if (ce < 0) continue;
    if (ce === comma) return speakerBefore(doc, c, min);
    // inverted only with a plain saying verb and a name or "the …": "said Spicer, adding"
    const inv = INVERTING.has(low(t[c])) ? speakerAfter(doc, ce, comma) : null;
    return inv !== null && inv.tok[1] === comma && (UPPER.test(t[inv.tok[0]]!.text) || low(t[inv.tok[0]]) === 'the') ? inv : null;
  }
  return null;
}

/**
 * "Clinton: “…" / "He jokes, “…" / "Trump issued a statement, “…": a short sentence opening
 * whose subject speaks through a verb outside the lexicon, ended by a colon or comma right
 * before a quote that runs to the sentence end. The cue is the predicate as written.
 */
export function bare(doc: Doc, sS: number, oi: number, max: number): Attribution | null {
  const t = doc.tokens;
  const m = oi - 1;
  if (m <= sS || m - sS > 30 || (t[m]!.text !== ':' && t[m]!.text !== ',')) return null;
  if (t[m]!.text === ':' && UPPER.test(t[sS]!.text)) {
    const sp = speakerAfter(doc, sS, m);
    if (sp !== null && sp.tok[0] === sS && sp.tok[1] === m && m - sS <= 5) return { speaker: sp, cueSpan: [t[m]!.start, t[m]!.end], via: null, cueTok: [m, m + 1] };
  }
  const subj = subjectOf(doc, sS, m);
  // the predicate stays short: a subject, a verb and a few words ("was conclusive in its findings")
  if (subj === null || subj === 'quote' || m - subj.tok[0] > 14) return null;
  // "Trump was asked, “…”": the subject is addressed; "was asked by Maher, “…”": Maher speaks.
  if (PASSIVE.has(low(t[subj.verb])) && /(?:ed|told|asked)$/.test(low(t[subj.verb + 1]))) {
    for (let k = subj.verb + 2; k < m; k++) {
      if (low(t[k]) !== 'by') continue;
      const agent = speakerAfter(doc, k + 1, m);
      return agent === null ? null : { speaker: agent, cueSpan: [t[subj.verb]!.start, t[k]!.end], via: null, cueTok: [subj.verb, k + 1] };
    }
    return null;
  }
  return { speaker: subj, cueSpan: [t[subj.verb]!.start, t[m - 1]!.end], via: findAccording(doc, subj.verb, m), cueTok: [subj.verb, m] };
}

/**
 * The owner of a noun of speech at token `k`: "his claim" -> his, "Donald Trump’s controversial
 * pledge" -> Donald Trump (one lower-case modifier may stand between). Null for any other
 * determiner ("the claim", "a statement": no owner, no speaker).
 */
export function nounOwner(doc: Doc, k: number, min: number): Phrase | null {
  const tokens = doc.tokens;
  let q = k - 1;
  if (q > min && LOWER.test(tokens[q]!.text) && !OWNER_PRONOUNS.has(low(tokens[q]))) q--;
  if (q < min) return null;
  const w = low(tokens[q]);
  if (OWNER_PRONOUNS.has(w)) return { tok: [q, q + 1], span: [tokens[q]!.start, tokens[q]!.end], pronoun: true };
  if (w !== '’s' && w !== "'s") return null;
  // The owner is the capitalised name glued to the possessive, never a longer phrase.
  let a = q;
  while (a > min && a > q - 4 && (UPPER.test(tokens[a - 1]!.text) || tokens[a - 1]!.text === '.') && !isSentenceEnd(tokens[a - 2])) a--;
  while (a < q && !UPPER.test(tokens[a]!.text)) a++;
  if (a === q || low(tokens[a]) === 'the') return null;
  return { tok: [a, q], span: [tokens[a]!.start, tokens[q - 1]!.end], pronoun: false };
}

/** Possessive pronouns that resolve like "he"/"she" ("their" and "its" are left out: groups). */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her']);
