// src/analyze/entities/mentions.ts — name mentions of one article: the NER model's tags per
// sentence, then rules for what the model (trained on 1996 Reuters) misses in today's news:
// names ending in "!" ("En Marche!"), metonyms ("the Kremlin" is an organization), lower-case
// institutions ("the French interior ministry"), a country glued to an organization ("US
// Democratic Party"), and junk (pronouns, sentence-initial adverbs, "MORE").
// Mentions are token ranges [s, e) into doc.tokens; spans are taken from the tokens, so
// text.slice(start, end) is always the words.
import type { EntityType } from '../../types.js';
import { EXCLAMATION_NAMES, type Doc } from '../doc.js';
import { nextStamp, TAGS } from '../ner/features.js';
import { tagDoc } from '../ner/decode.js';
import { gazBit } from '../ner/gazetteer.js';
import { adjectiveMentions, appositionNames, cutAffixes, retypeBySuffix, splitAtRoles } from './rules.js';
import { runInHead, taggerWords } from './sentences.js';
import { docWords, isCap, isInitial, isLow, lowAt, lowText, surface, tokenMarks, W, type Mention } from './tokens.js';
import { BANG_SUFFIX, INSTITUTION_DOMAINS, INSTITUTION_HEADS, METONYM_ORGS } from './words.js';

export { isInitial, lowText, surface, type Mention };

const TYPE: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
/** Entity type of tag ids 2k-1 (B-) and 2k (I-), as in TAGS. */
const TAG_TYPES = ['', ...TAGS.filter((t) => t.startsWith('B-')).map((t) => t.slice(2))];
/** Entity type of each TAG_TYPES index (an array read per mention, not a keyed object lookup). */
const TYPE_OF: EntityType[] = TAG_TYPES.map((t) => TYPE[t] ?? 'other');
const DEMONYM_BITS = gazBit('demonym');
const NATION_BITS = DEMONYM_BITS | gazBit('country');
const BANG_NAMES = new Set(EXCLAMATION_NAMES.map((n) => n.slice(0, -1)));

/** Trailing weekdays are dates, not names ("told Reuters Monday"). */
const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** Token-level NER over every sentence; returns mentions in text order. */
function tagged(doc: Doc, stamp: number): Mention[] {
  const { ents, first, bounds } = taggerWords(doc);
  const nsent = doc.sentenceTokens.length;
  const tags = tagDoc(ents, bounds, nsent, stamp);
  const out: Mention[] = [];
  for (let si = 0; si < nsent; si++) {
    const from = bounds[si]!;
    const to = bounds[si + 1]!;
    if (from === to) continue;
    const [ha, end] = doc.sentenceTokens[si]!;
    const colon = runInHead(doc, ha, end);
    let start = -1;
    let type = 0; // TAG_TYPES index of the open mention
    for (let i = from; i <= to; i++) {
      // tag ids (TAGS): 0 = O, odd = B-X, even = I-X; X = TAG_TYPES[(id + 1) >> 1]
      const t = i < to ? tags[i]! : 0;
      const ty = (t + 1) >> 1;
      const begins = t % 2 === 1 || (t !== 0 && ty !== type);
      if (start >= 0 && (t === 0 || begins)) {
        const s0 = first[start]!;
        let e = i < to ? first[i]! : end;
        while (e > s0 + 1 && (isLow(doc.tokens[e - 1]!.text) || WEEKDAYS.has(doc.tokens[e - 1]!.text))) e--;
        if (!(colon > 0 && s0 >= ha && e <= colon)) out.push({ s: s0, e, type: TYPE_OF[type]! });
        start = -1;
      }
      if (begins) (start = i), (type = ty);
    }
  }
  return out;
}

const WORD_START = /^[\p{L}\d]/u;
/**
 * WORD_START.test(w) with an ASCII fast path. Besides speed: V8 drops the compiled code of a
 * rarely run regex at garbage collection, and recompiling a \p{L} class allocates ~50 KB.
 */
function startsWordChar(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return WORD_START.test(w);
}

/** The "!" at token i belongs to the name before it (adjacent, and not the end of the sentence). */
function bangAt(doc: Doc, i: number, nameStart: number): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!t || !prev || t.text !== '!' || t.start !== prev.end) return false;
  if (BANG_NAMES.has(surface(doc, nameStart, i))) return true;
  const next = doc.tokens[i + 1];
  return !!next && next.sent === t.sent && next.sent >= 0 && startsWordChar(next.text);
}

/** Extend names over a following "!" and drop generic words after it ("En Marche! Party"). */
function fixBang(doc: Doc, ms: Mention[]): void {
  if (!docWords(doc).hasBang) return; // every change below needs a "!" token (bangAt)
  for (const m of ms) {
    for (let k = m.s + 1; k < m.e; k++) {
      if (bangAt(doc, k, m.s) && Array.from({ length: m.e - k - 1 }, (_, j) => doc.tokens[k + 1 + j]!.text.toLowerCase()).every((w) => BANG_SUFFIX.has(w))) {
        m.e = k + 1;
        break;
      }
    }
    if (bangAt(doc, m.e, m.s)) m.e++;
  }
  // Names the model missed: capitalized words right before a mid-sentence "!".
  const flags = docWords(doc).flags;
  for (let i = 1; i < doc.tokens.length; i++) {
    if (!(flags[i]! & W.BANG)) continue;
    let s = i;
    while (s > 0 && i - s < 3 && (flags[s - 1]! & (W.CAP | W.NEVER)) === W.CAP &&
      doc.tokens[s - 1]!.sent === doc.tokens[i]!.sent) s--;
    if (s === i || !bangAt(doc, i, s)) continue;
    if (ms.some((m) => m.s < i + 1 && s < m.e && (m.s < s || m.e > i + 1))) continue;
    const inside = ms.filter((m) => m.s >= s && m.e <= i + 1);
    for (const m of inside) ms.splice(ms.indexOf(m), 1);
    // a generic word right after the name ("En Marche! Party") is not a name of its own
    const after = ms.findIndex((m) => m.s === i + 1 && m.e === i + 2 && BANG_SUFFIX.has(doc.tokens[i + 1]!.text.toLowerCase()));
    if (after >= 0) ms.splice(after, 1);
    const keep = inside.find((m) => m.type !== 'other');
    ms.push({ s, e: i + 1, type: keep?.type ?? 'organization' });
  }
}

/** "French interior ministry", "US embassy": demonym or country, domain words, institution head. */
function institutions(doc: Doc, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  const toks = doc.tokens;
  const { bits: allBits, flags } = docWords(doc);
  for (let i = 0; i < toks.length; i++) {
    if (!(allBits[i]! & NATION_BITS) || !(flags[i]! & W.CAP) || toks[i]!.sent < 0) continue;
    let j = i + 1;
    while (j < toks.length && j - i <= 2 && INSTITUTION_DOMAINS.has(toks[j]!.text)) j++;
    const head = toks[j]?.text;
    if (!head || !INSTITUTION_HEADS.has(head) || toks[j]!.sent !== toks[i]!.sent) continue;
    out.push({ s: i, e: j + 1, type: 'organization' });
    i = j;
  }
  if (out.length === 0) return ms;
  return [...ms.filter((m) => !out.some((o) => m.s < o.e && o.s < m.e)), ...out];
}

/** Metonyms: retype known ones, and add the ones the model missed. */
function metonyms(doc: Doc, ms: Mention[]): void {
  const covered = tokenMarks(doc.tokens.length); // reused buffer: findMentions takes it only after this returns
  const flags = docWords(doc).flags;
  for (const m of ms) {
    // every METONYM_ORGS name starts with a W.METONYM_FIRST word
    if (m.e - m.s <= 2 && flags[m.s]! & W.METONYM_FIRST && METONYM_ORGS.has(lowText(doc, m.s, m.e))) m.type = 'organization';
    for (let k = m.s; k < m.e; k++) covered[k] = 1;
  }
  const BOTH = W.CAP | W.METONYM_FIRST;
  for (let i = 0; i < doc.tokens.length; i++) {
    if ((flags[i]! & BOTH) !== BOTH || covered[i] || doc.tokens[i]!.sent < 0) continue;
    for (const n of [2, 1]) {
      if (i + n <= doc.tokens.length && METONYM_ORGS.has(lowText(doc, i, i + n)) && (n === 1 || isCap(doc.tokens[i + 1]!.text))) {
        ms.push({ s: i, e: i + n, type: 'organization' });
        break;
      }
    }
  }
}

/** "US Democratic Party": a one-word country or demonym right before an organization joins it; a middle initial joins a person. */
function gluePrefix(doc: Doc, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    const last = out[out.length - 1];
    // "Mary" + "J. Blige": a middle initial continues a person's name
    if (last && last.e === m.s && last.type === 'person' && /^[A-Z]$/.test(doc.tokens[m.s]!.text) && doc.tokens[m.s + 1]?.text === '.') {
      last.e = m.e;
      continue;
    }
    if (last && last.e === m.s && m.type === 'organization' && last.e - last.s === 1 && last.type !== 'person' &&
      doc.tokens[m.s]!.start - doc.tokens[last.s]!.end <= 1 &&
      docWords(doc).bits[last.s]! & (gazBit('country') | DEMONYM_BITS)) { // one word: its gazBits
      last.e = m.e;
      last.type = 'organization';
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Junk: function words, pronouns, sentence-initial adverbs, lone demonyms, tokens without letters. */
function isJunk(doc: Doc, m: Mention, stamp: number): boolean {
  const before = doc.tokens[m.s - 1];
  if (before && (before.text === '@' || before.text === '#') && before.end === doc.tokens[m.s]!.start) return true;
  if (m.e - m.s > 1) return isJunkPhrase(doc, m);
  // One word: every test but the position and the document marks is a fact of the word type (W).
  const { flags, entries } = docWords(doc);
  const f = flags[m.s]!;
  if (f & (W.NO_NAME | W.PARTY | W.NEVER)) return true; // no letters or a lone initial; "R-Ky"; pronouns
  const initial = isInitial(doc, m);
  // a lower-case token of the article is written exactly `low` (marked in findMentions)
  const lowerSeen = entries[m.s]!.info.seenLow === stamp;
  if (initial && (f & W.LY || (lowerSeen && !(f & W.PLACE)))) return true;
  if (initial && f & W.ING_ED) return true; // "Eliminating ...", "Asked ..."
  if (m.type === 'other' && f & W.DEMONYMISH) return true;
  return (f & W.ALL_CAPS) !== 0 && lowerSeen;
}

/** isJunk for names of two or more tokens. */
function isJunkPhrase(doc: Doc, m: Mention): boolean {
  const f = docWords(doc).flags;
  let letter = false;
  for (let k = m.s; k < m.e && !letter; k++) letter = (f[k]! & W.LETTER) !== 0;
  if (!letter) return true; // no letters (the spaces joining the words are none)
  const toks = doc.tokens;
  // a lone initial: the surface is at most 3 UTF-16 units (an astral letter and ".")
  if (toks[m.e - 1]!.end - toks[m.s]!.start <= 3 && /^\p{L}\.?$/u.test(surface(doc, m.s, m.e))) return true;
  // "R-Ky", "D-Ohio": party-state tags; both patterns need the normalized text to start with r, d or i
  const c0 = lowAt(doc, m.s).charCodeAt(0);
  if ((c0 === 114 || c0 === 100 || c0 === 105) && (/^[rdi] - [a-z]/.test(lowText(doc, m.s, m.e)) || /^[RDI]-\p{Lu}/u.test(surface(doc, m.s, m.e)))) return true;
  return (f[m.s]! & W.NEVER) !== 0 && !(f[m.s + 1]! & W.CAP);
}

/** All name mentions of the article, in text order, non-overlapping. */
export function findMentions(doc: Doc): Mention[] {
  const stamp = nextStamp();
  let ms = splitAtRoles(doc, tagged(doc, stamp));
  retypeBySuffix(doc, ms);
  fixBang(doc, ms);
  metonyms(doc, ms);
  ms.sort((a, b) => a.s - b.s || b.e - a.e);
  ms = gluePrefix(doc, ms);
  ms = institutions(doc, ms);
  cutAffixes(doc, ms);
  ms.sort((a, b) => a.s - b.s || b.e - a.e);
  // "some token is written `low`, lower-case" as a stamp on the word's marks (features.ts,
  // WordInfo): a raw token equals a normalized word only if it is its own normalized form
  const { entries: ents, flags } = docWords(doc);
  for (let i = 0; i < ents.length; i++) if (flags[i]! & W.LOW_SELF) ents[i]!.info.seenLow = stamp;
  const out: Mention[] = [];
  for (const m of ms) {
    if (isJunk(doc, m, stamp)) continue;
    const last = out[out.length - 1];
    if (last && m.s < last.e) continue; // overlap: keep the earlier, longer one
    out.push(m);
  }
  const covered = tokenMarks(doc.tokens.length);
  for (const m of out) for (let k = m.s; k < m.e; k++) covered[k] = 1;
  appositionNames(doc, out, covered);
  adjectiveMentions(doc, out, covered);
  return out.sort((a, b) => a.s - b.s);
}
