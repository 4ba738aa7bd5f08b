// src/analyze/quotes/direct.ts — direct and partial quotes from quoted regions.
// A region is a quote when a reporting verb with a speaker sits right after its closing mark
// ("…,” Peskov stressed. / "…,” said Peskov") or right before its opening mark ("Peskov said:
// “…" / "pointed out that “…"), when it continues the previous quote (a sentence-initial quote
// with no speaker right after another quote), or when it is a sentence-initial quote of six or
// more words (speaker null). A quoted fragment inside a sentence whose reporting verb has a
// speaker is `partial`. Anything else — titles, scare quotes, "so-called “reform”" — is dropped:
// precision first.
import type { Doc } from '../doc.js';
import { tokenAt } from '../doc.js';
import { AS_VERBS, OBJECT_VERBS, SPEECH_NOUNS } from '../lexicons/reporting-verbs.js';
import type { Span } from '../../types.js';
import type { Candidate } from './candidate.js';
import { clauseSpan } from './clause.js';
import { cueSubject, PARTICIPLE_CUES, subjectOf } from './subject.js';
import type { QuoteRegion } from './marks.js';
import {
  appositive, attribution, descriptorBefore, isTitle, outer, priorFrame, sentenceStartTok, SO_CALLED, subjectFrame,
  type Attribution,
} from './frames.js';
import {
  cueAt, endsAt, isMarkAt, isQuoteMark, isSentenceEnd, isSkippable, low, LOWER, speakerAfter, speakerBefore, UPPER, type Phrase,
} from './phrases.js';
import { bare, cueBeforeComma, nounOwner, premodifiers, sentenceEndsSoon } from './frame-parts.js';
import { LONG_WORDS, longFrame, namedParticiple, priorSpeech } from './loose-frames.js';
import { accordingTo } from './via.js';

const PROGRESSIVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', '’s', "'s", 'been']);
const DASHES: ReadonlySet<string> = new Set(['—', '―', '–', '-', '--']);

const CLAUSE_PUNCT: ReadonlySet<string> = new Set([',', '.', ';', ':']);

/** "as X put it": the verb forms. */
const PUT: ReadonlySet<string> = new Set(['put', 'puts']);

/** Words before a participle frame other than a comma: "by saying", "in calling", "while noting". */
const PARTICIPLE_LEADS = new Set(['by', 'in', 'while', 'when', 'as']);

/** Verbs that frame only a quoted fragment: "called it a “disaster”". */
const FRAGMENT_VERBS = new Set(['called', 'calls', 'call', 'calling', 'described', 'describes', 'describing', 'dubbed', 'dubbing', 'labeled', 'labelled', 'labeling', 'branded', 'branding', 'termed', 'deemed', 'accused', 'accuses', 'accusing']);
const WORD = /[\p{L}\p{N}]/u;
/** How far before the opening mark an AS_VERBS verb may stand ("portraying Mexican immigrants, in particular, as"). */
const AS_REACH = 12;

function words(doc: Doc, s: number, e: number): number {
  let n = 0;
  for (let i = tokenAt(doc, s); i < doc.tokens.length && doc.tokens[i]!.start < e; i++) if (WORD.test(doc.tokens[i]!.text)) n++;
  return n;
}

/** "…,” he said." / "…,” said Peskov." — a cue right after the closing mark. */
function after(doc: Doc, i: number, max: number, fullStop: boolean): Attribution | null {
  const tokens = doc.tokens;
  // "…together.” He warns that …": a quote closed by its own period ends the sentence, so the
  // capitalised words after it start the next one — unless that sentence is only the frame
  // ("…missing.” Trump said."), a common slip for the comma.
  if (fullStop && !LOWER.test(tokens[i]?.text ?? '') && !DASHES.has(tokens[i]?.text ?? '')) {
    const a = after(doc, i, max, false);
    if (a === null) return null;
    let k = a.cueTok[1];
    while (k < max && isSkippable(tokens, k)) k++;
    return isSentenceEnd(tokens[k]) ? a : null;
  }
  // "“…” ― Pamela Padilla": a dash, then a name that ends the paragraph or sentence (a byline).
  if (DASHES.has(tokens[i]?.text ?? '')) {
    const sp = speakerAfter(doc, i + 1, max);
    const e = sp?.tok[1] ?? -1;
    return sp !== null && !sp.pronoun && (e >= max || isSentenceEnd(tokens[e]) || tokens[e]!.text === ',') ? { speaker: sp, cueSpan: [tokens[i]!.start, tokens[i]!.end], via: null, cueTok: [i, i + 1] } : null;
  }
  if (tokens[i]?.text === ',') i++;
  const lim = Math.min(max, i + 30);
  const c0 = cueAt(tokens, i);
  // "…,” saying the city …": a participle after a quote never inverts ("the city" is content).
  if (c0 >= 0 && low(tokens[i]).endsWith('ing')) return null;
  if (c0 >= 0) {
    const sp = speakerAfter(doc, c0, lim);
    return sp === null ? null : attribution(doc, i, c0, sp, max);
  }
  // "“…,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said": marks inside an
  // appositive after the name are stepped over.
  let apos = -2;
  for (let j = i; j < lim; j++) {
    if (endsAt(tokens, j)) return null;
    if (isMarkAt(tokens, j)) {
      if (apos === -2) {
        const sp = speakerAfter(doc, i, lim);
        apos = sp !== null && !sp.pronoun && tokens[sp.tok[1]]?.text === ',' ? sp.tok[1] : -1;
      }
      if (apos < 0 || j <= apos) return null;
      continue;
    }
    const ce = cueAt(tokens, j);
    if (ce < 0) continue;
    const sp = speakerBefore(doc, j, i);
    if (sp !== null && (sp.tok[0] === i || descriptorBefore(doc, i, sp.tok[0]) || premodifiers(tokens, i, sp.tok[0]))) return attribution(doc, j, ce, sp, max);
    // "“…” for Clinton, said Kunin.": a tail of the quoted sentence, then an inverted frame; a
    // long tail only with a named speaker ending the sentence ("“…” if she didn't win by a
    // margin larger than that, said David Wasserman, an analyst …").
    if (tokens[j - 1]?.text === ',' && j - i <= 7) {
      const inv = speakerAfter(doc, ce, max);
      if (inv !== null) return attribution(doc, j, ce, inv, max);
    }
    // "“…” that would respond to requests, Justice Department counsel Caroline Wolverton wrote in a
    // filing." / "“…” because she would expand her lead, he said.": a speaker set off by a comma
    // after the tail, with the cue ending the sentence.
    if (sp !== null && tokens[sp.tok[0] - 1]?.text === ',' && j - i <= 30 && sentenceEndsSoon(tokens, ce, max)) return attribution(doc, j, ce, sp, max);
    if (tokens[j - 1]?.text === ',' && j - i <= 30 && ce === j + 1 && !low(tokens[j]).endsWith('ing')) {
      const inv = speakerAfter(doc, ce, max);
      const e = inv?.tok[1] ?? -1;
      if (inv !== null && !inv.pronoun && UPPER.test(tokens[ce]!.text) && (e >= max || endsAt(tokens, e) || tokens[e]!.text === ',')) return attribution(doc, j, ce, inv, max);
    }
    const ap = appositive(doc, i, j);
    return ap === null ? null : attribution(doc, j, ce, ap, max);
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
  // "as anti-terrorist prosecutor Marc Trévidic put it, “…": the speaker of "put it".
  if (low(tokens[j]) === 'it' && PUT.has(low(tokens[j - 1]))) {
    const sp = speakerBefore(doc, j - 1, min);
    if (sp !== null && low(tokens[sp.tok[0] - 1]) === 'as') return { att: attribution(doc, j - 1, j + 1, sp, max), that };
  }
  // "According to the newspaper, “…" / "According to HuffPo: “…": the named source speaks.
  if (j + 1 < oi) {
    for (let k = j - 1; k >= min && k > j - 10; k--) {
      if (low(tokens[k]) !== 'according') continue;
      const v = accordingTo(doc, k, j + 1);
      if (v === null || v.end !== j + 1) break;
      const a = tokens[k + 2]!;
      const sp: Phrase = { tok: [k + 2, j + 1], span: [a.start, tokens[j]!.end], pronoun: false };
      return { att: { speaker: sp, cueSpan: [tokens[k]!.start, tokens[k + 1]!.end], via: null, cueTok: [k, k + 2] }, that };
    }
  }
  for (let k = j; k >= min && k > j - 9; k--) {
    if (endsAt(tokens, k) || isMarkAt(tokens, k)) return null;
    const p = participle(doc, k, min, max);
    if (p !== null) return p === 'none' ? null : { att: p, that };
    const np = namedParticiple(doc, k, min, max);
    if (np !== null) return { att: np, that };
    const ce = cueAt(tokens, k);
    if (ce < 0 || ce > j + 1) continue;
    // "said the spokesman: “…" inverts only when the phrase runs up to the colon or comma;
    // "said the Florida senator can “…" has the speaker before the verb (or none).
    // "told his supporters, “…": the object of a telling verb is the audience, never the speaker.
    const inv = that || j + 1 === oi || OBJECT_VERBS.has(low(tokens[k])) ? null : speakerAfter(doc, ce, j + 1);
    const sp = speakerBefore(doc, k, min) ?? (inv !== null && inv.tok[1] === j + 1 ? inv : null) ?? cueSubject(doc, sentenceStartTok(doc, k, min), k);
    if (sp === null) return null;
    return { att: outer(doc, sp, min, max) ?? attribution(doc, k, ce, sp, max), that };
  }
  return null;
}

/** ", saying …" / ", adding …": a participle frame whose speaker is the sentence subject. */
function participle(doc: Doc, k: number, min: number, max: number, asVerb = false): Attribution | 'none' | null {
  const tokens = doc.tokens;
  const w = low(tokens[k]);
  if (!(PARTICIPLE_CUES.has(w) || FRAGMENT_VERBS.has(w) || (asVerb && AS_VERBS.has(w))) || !w.endsWith('ing')) return null;
  // ", saying" / "values,” saying" / "by saying" / "in calling": the subject does the saying.
  const p = tokens[k - 1]?.text === '”' || tokens[k - 1]?.text === '"' ? tokens[k - 2]?.text : low(tokens[k - 1]);
  if (p !== ',' && !PARTICIPLE_LEADS.has(p ?? '')) return null;
  const subj = subjectOf(doc, sentenceStartTok(doc, k, min), k);
  // "…next week, Spicer said, adding, “…”": the participle continues the cue just before it.
  if (subj !== 'quote' && p === ',') {
    const near = cueBeforeComma(doc, k - 1, min);
    if (near !== null) return attribution(doc, k, k + 1, near, max);
  }
  if (subj === null) return 'none';
  const att = attribution(doc, k, k + 1, subj === 'quote' ? null : subj, max);
  if (subj === 'quote') att.continues = true;
  return att;
}

/** A reporting verb with a speaker earlier in the sentence: the frame of a partial quote. */
function frame(doc: Doc, oi: number, min: number): Attribution | null {
  const tokens = doc.tokens;
  // "dismissed the kerfuffle as “absurd”": an AS_VERBS verb close before "as" frames the fragment.
  const asFrame = low(tokens[oi - 1]) === 'as';
  for (let k = oi - 1; k >= min && k > oi - 40; k--) {
    if (endsAt(tokens, k)) return null;
    const asVerb = asFrame && oi - k <= AS_REACH;
    const p = participle(doc, k, min, oi, asVerb);
    if (p !== null) return p === 'none' ? null : p;
    if (low(tokens[k]).endsWith('ing')) {
      // "He’s predicting he will do “very, very well”", "Trump is telling a town hall that …":
      // a progressive reporting verb is finite; its subject stands before the auxiliary.
      if (PROGRESSIVE.has(low(tokens[k - 1])) && (PARTICIPLE_CUES.has(low(tokens[k])) || cueAt(tokens, k) >= 0)) {
        const sp = speakerBefore(doc, k - 1, min);
        if (sp !== null) return outer(doc, sp, min, oi) ?? attribution(doc, k, k + 1, sp, oi);
      }
      continue;
    }
    if (oi - k <= 8 && SPEECH_NOUNS.has(low(tokens[k]))) {
      const sp = nounOwner(doc, k, min);
      if (sp !== null) return attribution(doc, k, k + 1, sp, oi);
    }
    let ce = cueAt(tokens, k);
    // ("a swiftly called, late-afternoon meeting": a participle adjective before a comma frames nothing)
    if (ce < 0 && (FRAGMENT_VERBS.has(low(tokens[k])) || (asVerb && AS_VERBS.has(low(tokens[k])))) && !CLAUSE_PUNCT.has(tokens[k + 1]?.text ?? '')) ce = k + 1;
    if (ce < 0) continue;
    const sp = speakerBefore(doc, k, min) ?? cueSubject(doc, min, k);
    if (sp !== null) return outer(doc, sp, min, oi) ?? attribution(doc, k, ce, sp, oi);
  }
  return null;
}

/** Direct and partial quote candidates, in text order. */
export function findDirect(doc: Doc, regions: QuoteRegion[]): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  let prevPara = -10;
  let clauseEndPos = -1;
  let lastClause: Candidate | null = null;
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
    const fullStop = r.inner[1] > r.inner[0] && doc.text[r.inner[1] - 1] === '.';
    let att: Attribution | null = r.closed ? after(doc, ci + 1, pE, fullStop) : null;
    let kind: Candidate['kind'] = initial ? 'direct' : 'partial';
    if (att === null) {
      let b = before(doc, oi, pS, pE);
      if (b === null && oi === pS && r.para > 0 && !r.continues) {
        const prev = doc.paragraphs[r.para - 1]!;
        const lastTok = tokenAt(doc, prev[1]) - 1;
        if (tokens[lastTok]?.text === ':') {
          b = before(doc, lastTok + 1, tokenAt(doc, prev[0]), lastTok + 1);
          // "Cruz called them on it:" — the frame of the previous paragraph's last sentence.
          const prevS = sentenceStartTok(doc, lastTok, tokenAt(doc, prev[0]));
          // "Trump issued the following statement:" — a subject and a predicate outside the lexicon.
          const f = b === null ? frame(doc, lastTok, prevS) ?? bare(doc, prevS, lastTok + 1, lastTok + 1) : null;
          if (f !== null) b = { att: f, that: false };
        }
      }
      // "“…”¶¶- Bernie Sanders." — a quote that fills its paragraph, signed by a dash line below.
      if (b === null && initial && r.closed && ci + 1 >= pE - 1 && r.para + 1 < doc.paragraphs.length) {
        const next = doc.paragraphs[r.para + 1]!;
        const d = tokenAt(doc, next[0]);
        if (DASHES.has(tokens[d]?.text ?? '') || tokens[d]?.text === '-') {
          const nE = tokenAt(doc, next[1]);
          const sp = speakerAfter(doc, d + 1, nE);
          const e = sp?.tok[1] ?? -1;
          if (sp !== null && !sp.pronoun && UPPER.test(tokens[d + 1]!.text) && (e >= nE || isSentenceEnd(tokens[e]) || tokens[e]!.text === ',')) {
            b = { att: { speaker: sp, cueSpan: [tokens[d]!.start, tokens[d]!.end], via: null, cueTok: [d, d + 1] }, that: false };
          }
        }
      }
      const reaches = !r.closed || isSentenceEnd(tokens[ci + 1]) || ci + 1 >= pE || (UPPER.test(tokens[ci + 1]?.text ?? '') && /[.?!]$/.test(doc.text.slice(r.inner[0], r.inner[1])));
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
      // outside the lexicon only fragments of three or more words, never after "so-called"
      att = frame(doc, oi, sS) ?? (n >= 3 && !SO_CALLED.test(doc.text.slice(Math.max(0, r.open - 12), r.open)) ? subjectFrame(doc, sS, oi) : null);
      kind = 'partial';
    }
    if (att === null && initial && !r.continues && !r.single) {
      const min = oi === pS && r.para > 0 ? tokenAt(doc, doc.paragraphs[r.para - 1]![0]) : pS;
      att = priorFrame(doc, sS, min) ?? priorSpeech(doc, sS, min);
      if (att !== null) kind = 'direct';
    }
    // A long quotation inside a sentence with no frame found ("Here’s Clinton in 1992: “…”",
    // "Mark Blumenthal and Jon Cohen: “…”"): a direct quote; its speaker is the name right
    // before a colon, else the sentence subject, else the same paragraph's previous quote.
    let long = false;
    let longCont = false;
    if (att === null && !initial && r.closed && !r.single && n >= LONG_WORDS && !isTitle(doc.text.slice(span[0], span[1]))) {
      long = true;
      kind = 'direct';
      att = longFrame(doc, sS, oi);
      // none of these: the previous quote of the same paragraph continues
      if (att === null && out.length > 0 && r.para === prevPara) longCont = true;
      // with no speaker at all it is more often a quoted text nobody is said to have said (train:
      // right-speaker F1 +0.004, content F1 -0.001)
      if (att === null && !longCont) long = false;
    }
    const continues = att === null && !long && !r.single && initial && n >= 3 && out.length > 0 && (r.continues || r.para - prevPara <= 2);
    if (att === null && !continues && !long && !(initial && !r.single && n >= 6)) continue;
    if (kind === 'partial' && att === null) continue;
    if (kind === 'partial' && isTitle(doc.text.slice(span[0], span[1]))) continue;
    const cont = continues || longCont || att?.continues === true;
    out.push({ span, kind, speaker: att?.speaker ?? null, cueSpan: att?.cueSpan ?? null, via: att?.via ?? null, continues: cont, para: r.para });
    prevPara = r.para;
    if (kind === 'partial' && att !== null && att.cueTok[0] < oi && r.open >= clauseEndPos && !long) {
      // The reported clause around the fragment: emitted as an indirect quote containing it.
      const cl = clauseSpan(doc, att.cueTok[0], att.cueTok[1], oi, ci, r.inner, pE, att.speaker?.ref !== undefined);
      if (cl !== null && (cl[0] < span[0] || cl[1] > span[1])) {
        // A second fragment of the same reported clause ("said Trump has “several ways” …,
        // including … “unbound” delegates"): the clause of the same cue grows to take it in,
        // instead of a second, overlapping clause.
        if (lastClause !== null && lastClause.span[0] === cl[0] && lastClause.cueSpan?.[0] === att.cueSpan[0]) lastClause.span = [cl[0], Math.max(cl[1], lastClause.span[1])];
        else {
          lastClause = { span: cl, kind: 'indirect', speaker: att.speaker, cueSpan: att.cueSpan, via: att.via, continues: cont, para: r.para, clause: true };
          out.push(lastClause);
        }
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
