// src/analyze/quotes/speaker.ts — turn speaker phrases into canonical speakers.
// Order of evidence (see docs/quotes.md):
//  1. continuation quotes take the previous quote's speaker;
//  2. pronouns (he/she/I/we) take the person whose name opens their own sentence, else the
//     previous quote's speaker when it is within 3 paragraphs, else the nearest person entity
//     mentioned before, else the previous speaker; he/she skip any of these of the other sex
//     (quotes/gender.ts); they/it take the previous speaker or the nearest organization;
//  3. a phrase covered by an entity mention takes that entity (the rightmost mention: "Kremlin
//     spokesman Dmitry Peskov" -> Dmitry Peskov) — unless the mention is a possessor
//     ("Macron’s campaign"): a group speaker, kept as written, speakerEntity null;
//  4. a descriptor no entity covers ("The Kremlin spokesman") takes the most recent speaker whose
//     entity descriptors or whose written phrase share its head noun;
//  5. a name no entity covers is stripped of titles and merged with an earlier speaker of the
//     same last name ("Peskov" -> "Dmitry Peskov"); otherwise the phrase stays, entity null.
import type { Entity, Quote, Span } from '../../types.js';
import type { Doc } from '../doc.js';
import type { Candidate } from './candidate.js';
import { GenderIndex, phraseGender, pronounGender, type Gender } from './gender.js';
import { LEADING_CONNECTIVES } from './phrases.js';
import { TITLES } from '../lexicons/titles.js';

const DETERMINER = /^(?:the|a|an)\s+/i;
const PREP = /\s(?:of|for|at|with|from|on|in)\s/;
const POSSESSIVE = /['’]s\s+\p{Ll}/u;
const CAPWORD = /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u;
/** A capitalised word or abbreviation of a title run ("Former Arkansas Gov.", with "of" and "the": "Secretary of State"). */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\.)$/u;

interface Resolved {
  speaker: string | null;
  entity: string | null;
  /** The phrase as written when it was first resolved (used for descriptor heads). */
  phrase: string;
}

/** "Russian President Vladimir Putin" -> "Vladimir Putin"; null if the phrase is not a name. */
export function nameOf(phrase: string): string | null {
  const words = phrase.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => w !== '');
  let i = words.length;
  while (i > 0 && CAPWORD.test(words[i - 1]!)) i--;
  let run = words.slice(i);
  let lastTitle = -1;
  run.forEach((w, k) => {
    if (TITLES.has(w.replace(/\.$/, '').toLowerCase())) lastTitle = k;
  });
  run = run.slice(lastTitle + 1);
  return run.length === 0 ? null : run.join(' ');
}

function lastWord(s: string): string {
  const w = s.split(/\s+/);
  return (w[w.length - 1] ?? '').toLowerCase();
}

interface MentionIndex {
  entity: Entity;
  span: Span;
}

function mentionIndex(entities: Entity[]): MentionIndex[] {
  const out: MentionIndex[] = [];
  for (const e of entities) for (const m of e.mentions) out.push({ entity: e, span: m });
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** First index in `index` (sorted by start) whose mention starts at or after `pos`. */
function firstFrom(index: MentionIndex[], pos: number): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]!.span[0] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions are short: a mention overlapping a span starts at most this far before it. */
const MAX_MENTION = 300;

/** The entity of the latest mention ending at or before `pos` that passes `ok`. */
function nearestBefore(index: MentionIndex[], pos: number, ok: (e: Entity) => boolean): Entity | null {
  let best: MentionIndex | null = null;
  for (let i = firstFrom(index, pos) - 1; i >= 0; i--) {
    const m = index[i]!;
    if (m.span[1] > pos || !ok(m.entity)) continue;
    if (best === null || m.span[0] > best.span[0]) best = m;
    if (m.span[0] < (best?.span[0] ?? 0) - MAX_MENTION) break;
  }
  return best?.entity ?? null;
}

/** First words that show a phrase the scans collected is no noun phrase ("in the past", "began"). */
const NOT_NP_START: ReadonlySet<string> = new Set(['in', 'amid', 'at', 'on', 'of', 'for', 'from', 'with', 'by', 'near', 'front', 'began', 'ran', 'made', 'wants', 'examines', 'describe', 'both', 'cited', 'named']);
const CONTRACTION = /['’](?:ve|re|ll|d)$/;

/**
 * A speaker phrase that cannot name anyone: no capitalised word, and it opens with a lower-case
 * preposition or verb form ("in the past", "rallied young people", "hacked") or a contraction
 * ("they’ve"). Such a quote keeps no speaker rather than a wrong one.
 */
export function notASpeaker(phrase: string): boolean {
  const first = phrase.split(/\s+/, 1)[0] ?? '';
  // a phrase with a name in it is kept ("retired Air Force general Lloyd Newton")
  if (!/^\p{Ll}/u.test(first) || /(?:^|\s)\p{Lu}/u.test(phrase)) return false;
  return NOT_NP_START.has(first) || (first.endsWith('ed') && first.length > 4) || CONTRACTION.test(first);
}

/** Resolve every candidate's speaker, in text order; returns the public Quote objects. */
export function resolveSpeakers(doc: Doc, cands: Candidate[], entities: Entity[]): Quote[] {
  const text = doc.text;
  const index = mentionIndex(entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const genders = new GenderIndex(doc, entities);
  const fits: Fits = (r, g) => {
    const ent = r.entity === null ? undefined : byId.get(r.entity);
    // (The entity type is not checked: persons typed as places — "Bolton" — are common enough.)
    const h = ent !== undefined ? genders.of(ent) : phraseGender(r.speaker ?? r.phrase);
    return h === null || h === g;
  };
  const out: Quote[] = [];
  const history: (Resolved & { para: number })[] = [];
  for (const c of cands) {
    const prev = history[history.length - 1];
    let r: Resolved = { speaker: null, entity: null, phrase: '' };
    let speakerSpan: Span | null = c.speaker?.span ?? null;
    if (c.continues && prev !== undefined) {
      r = prev;
      speakerSpan = out[out.length - 1]?.speakerSpan ?? null;
    } else if (c.speaker !== null) {
      const ps = c.speaker.ref ?? c.speaker.span;
      const phrase = text.slice(ps[0], ps[1]);
      if (!c.speaker.pronoun && notASpeaker(phrase)) speakerSpan = null;
      else r = c.speaker.pronoun ? pronoun(phrase, c, history, index, doc, fits) : named(phrase, ps, index, history, byId);
    }
    const via = c.via;
    out.push({
      span: c.span,
      kind: c.kind,
      speaker: r.speaker,
      speakerEntity: r.entity,
      speakerSpan,
      cue: c.cueSpan ? text.slice(c.cueSpan[0], c.cueSpan[1]) : null,
      via: via?.name ?? null,
      cueSpan: c.cueSpan,
      viaSpan: via?.span ?? null,
    });
    if (r.speaker !== null) history.push({ ...r, para: c.para });
  }
  return out;
}

/**
 * The entity whose mention opens the sentence of the pronoun at token `tok` (after a leading
 * connective and a run of capitalised title words), when that mention ends before `pos`:
 * "Secretary of State John Kerry condemned what he called …". The subject of the pronoun's own
 * sentence outranks the previous quote's speaker.
 */
function sentenceSubject(doc: Doc, index: MentionIndex[], tok: number, pos: number, ok: (e: Entity) => boolean): Entity | null {
  const t = doc.tokens[tok];
  if (t === undefined || t.sent < 0) return null;
  const range = doc.sentenceTokens[t.sent]!;
  let a = range[0];
  while (a < tok && LEADING_CONNECTIVES.has(doc.tokens[a]!.lower)) a++;
  if (a >= tok) return null;
  // Titles before the name may stand outside the mention: "Secretary General Ban Ki-moon".
  const i = firstFrom(index, doc.tokens[a]!.start);
  const m = index[i];
  if (m === undefined || m.span[1] > pos || !ok(m.entity)) return null;
  for (let k = a; k < tok && doc.tokens[k]!.start < m.span[0]; k++) {
    const x = doc.tokens[k]!;
    if (!TITLE_WORD.test(x.text) && x.lower !== 'of' && x.lower !== 'the') return null;
  }
  return m.entity;
}

/** Can a resolved speaker be the referent of a pronoun of gender `g`? */
type Fits = (r: Resolved, g: Gender) => boolean;

function pronoun(p: string, c: Candidate, history: (Resolved & { para: number })[], index: MentionIndex[], doc: Doc, fits: Fits): Resolved {
  const w = p.toLowerCase();
  let prev = history[history.length - 1];
  // Mentions inside the quote itself are not antecedents: "“Trump is bad,” he said."
  const pos = Math.min(c.speaker!.span[0], c.span[0]);
  const g = pronounGender(w);
  const person = (e: Entity): boolean => e.type === 'person' && (g === null || fits({ speaker: e.name, entity: e.id, phrase: '' }, g));
  if (w !== 'they' && w !== 'it' && w !== 'i' && w !== 'we') {
    const subj = sentenceSubject(doc, index, c.speaker!.tok[0], pos, person);
    if (subj !== null) return { speaker: subj.name, entity: subj.id, phrase: p };
  }
  // he/she never takes a previous speaker of the other sex: the nearest person mention that fits
  // does, else the latest fitting speaker of the last 3 paragraphs, else nobody.
  if (g !== null && prev !== undefined && !fits(prev, g)) {
    const near = nearestBefore(index, pos, person);
    if (near !== null) return { speaker: near.name, entity: near.id, phrase: p };
    let k = history.length - 2;
    while (k >= 0 && c.para - history[k]!.para <= 3 && !fits(history[k]!, g)) k--;
    prev = k >= 0 && c.para - history[k]!.para <= 3 ? history[k] : undefined;
    if (prev === undefined) return { speaker: null, entity: null, phrase: p };
  }
  if (w === 'they' || w === 'it') {
    if (prev !== undefined && c.para - prev.para <= 3) return { ...prev, phrase: p };
    const org = nearestBefore(index, pos, (e) => e.type === 'organization');
    return org ? { speaker: org.name, entity: org.id, phrase: p } : { speaker: null, entity: null, phrase: p };
  }
  if (prev !== undefined && c.para - prev.para <= 3) return { ...prev, phrase: p };
  const near = nearestBefore(index, pos, person);
  if (near) return { speaker: near.name, entity: near.id, phrase: p };
  return prev ? { ...prev, phrase: p } : { speaker: null, entity: null, phrase: p };
}

function named(p: string, span: Span, index: MentionIndex[], history: Resolved[], byId: Map<string, Entity>): Resolved {
  // 3. entity mentions inside the phrase; the rightmost wins.
  // A mention after a preposition is a modifier, not the speaker: "a spokesman for Trump",
  // "another delegate on the Cruz slate".
  const prep = PREP.exec(p);
  const headEnd = prep === null ? span[1] : span[0] + prep.index;
  let hit: MentionIndex | null = null;
  for (let i = firstFrom(index, span[0] - MAX_MENTION); i < index.length; i++) {
    const m = index[i]!;
    if (m.span[0] >= headEnd) break;
    if (m.span[1] > span[0] && (hit === null || m.span[1] >= hit.span[1])) hit = m;
  }
  if (hit !== null) {
    const tail = p.slice(Math.max(0, hit.span[1] - span[0]));
    if (/^['’]s\s+\p{Ll}/u.test(tail)) return { speaker: p.replace(DETERMINER, ''), entity: null, phrase: p };
    if (!/^['’]s\b/.test(tail)) return { speaker: hit.entity.name, entity: hit.entity.id, phrase: p };
  }
  if (POSSESSIVE.test(p)) return { speaker: p.replace(DETERMINER, ''), entity: null, phrase: p };
  const name = nameOf(p);
  if (name === null) {
    // 4. a descriptor: the latest speaker sharing its head noun.
    const head = lastWord(p);
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i]!;
      const ent = h.entity ? byId.get(h.entity) : undefined;
      if (ent?.descriptors.some((d) => lastWord(d) === head) || h.phrase.toLowerCase().split(/\s+/).includes(head)) {
        return { ...h, phrase: p };
      }
    }
    return { speaker: p, entity: null, phrase: p };
  }
  // 5. a bare name: merge with an earlier speaker of the same last name.
  const last = lastWord(name);
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.speaker !== null && lastWord(h.speaker) === last) return { ...h, phrase: p };
  }
  return { speaker: name, entity: null, phrase: p };
}
