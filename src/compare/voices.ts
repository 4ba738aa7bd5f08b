// src/compare/voices.ts — who each article lets speak: a speaker x article matrix of quotes
// (direct, indirect and partial), speakers merged across articles like entities, each with an
// affiliation read from descriptors, and each article's share of voice by affiliation.
//
// Affiliation rules, first that applies:
//   1. the speaker is an organization, or a group phrase ("Macron's campaign"): itself;
//   2. a descriptor's leading proper name before a role word: "Kremlin spokesman" -> "Kremlin",
//      "National Front leader" -> "National Front"; a demonym maps to its country
//      ("Russian President" -> "Russia"); "spokesman for the Kremlin" -> "Kremlin";
//   3. otherwise null (unknown, never guessed).
import type { Article, Comparison, EntityType, Quote } from '../types.js';
import { DEMONYMS, NOT_NAMES, PLACE_ALIASES } from './lexicon.js';
import type { MergedEntities } from './entities.js';

const GROUP_RE = /(?:['’]s\s+(?:campaign|team|office|government|administration|party|spokesman|spokeswoman|camp|lawyers?|family)|\b(?:ministry|department|agency|committee|commission|council|party|campaign|government|administration|office|police|army|military|court|company|inc\.?|corp\.?|group|union|association|institute|university|foundation)\b)/i;
const ROLE_BEFORE_RE = /((?:\p{Lu}[\p{L}!'’.-]*\s+){1,3}(?:presidential\s+)?(?:spokes(?:man|woman|person)|President(?:-elect)?|president(?:-elect)?|[Pp]rime [Mm]inister|[Mm]inister|[Ll]eader|[Ss]ecretary|[Cc]hief|[Aa]mbassador|[Oo]fficial))\s+$/u;
const DEMONYM_FIRST = /^(?:the\s+|a\s+|an\s+)?/i;

/** Affiliation from one descriptor, or null. */
export function affiliationFromDescriptor(d: string): string | null {
  const s = d.replace(DEMONYM_FIRST, '').trim();
  const forOf = /\b(?:for|of|at|with)\s+(?:the\s+)?(\p{Lu}[\p{L}!.'’-]*(?:\s+\p{Lu}[\p{L}!.'’-]*)*)/u.exec(s);
  const words = s.split(/\s+/);
  const lead: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,.;:]$/, '');
    if (!/^\p{Lu}/u.test(bare) || NOT_NAMES.has(bare.toLowerCase()) || NOT_NAMES.has(bare.toLowerCase().replace(/-.*$/, ''))) break;
    lead.push(bare);
  }
  // "Russian presidential spokesman": a demonym stands for its country.
  const name = lead.join(' ');
  if (name) return DEMONYMS.has(name.toLowerCase()) ? PLACE_ALIASES.get(name.toLowerCase()) ?? name : name;
  if (forOf) return PLACE_ALIASES.get(forOf[1]!.toLowerCase()) ?? forOf[1]!;
  return null;
}

export interface Voices {
  voices: Comparison['voices'];
  voiceShare: Record<string, Record<string, number>>;
}

export function buildVoices(articles: Article[], merged: MergedEntities, typeOf: Map<string, EntityType>): Voices {
  // Descriptors per canonical name, across all articles.
  const descriptors = new Map<string, string[]>();
  for (const a of articles) {
    for (const e of a.entities) {
      const name = merged.canonicalOf.get(`${a.id}\u0000${e.id}`) ?? e.name;
      const list = descriptors.get(name) ?? [];
      list.push(...e.descriptors);
      descriptors.set(name, list);
    }
  }
  // Descriptors the quotes themselves give: "the Kremlin spokesman" as speaker span, or a role
  // phrase right before the name ("Kremlin spokesman Dmitry Peskov", "Russian President Vladimir Putin").
  for (const a of articles) {
    for (const q of a.quotes) {
      if (!q.speaker || !q.speakerSpan) continue;
      const speaker = (q.speakerEntity ? merged.canonicalOf.get(`${a.id}\u0000${q.speakerEntity}`) : undefined) ?? merged.index.resolve(q.speaker) ?? q.speaker;
      const list = descriptors.get(speaker) ?? [];
      const said = a.text.slice(q.speakerSpan[0], q.speakerSpan[1]);
      if (/\b(?:spokes\w*|president\w*|minister|leader|secretary|official|chief|head|director|ambassador)\b/i.test(said) && !said.includes(speaker)) list.push(said);
      const before = ROLE_BEFORE_RE.exec(a.text.slice(Math.max(0, q.speakerSpan[0] - 60), q.speakerSpan[0]));
      if (before) list.push(before[1]!);
      descriptors.set(speaker, list);
    }
  }
  const rows = new Map<string, Comparison['voices'][number]>();
  const voiceShare: Record<string, Record<string, number>> = {};
  for (const a of articles) {
    const counts: Record<string, number> = {};
    let total = 0;
    for (const q of a.quotes) {
      const speaker = speakerOf(a, q, merged);
      if (speaker === null) continue;
      let row = rows.get(speaker);
      if (!row) rows.set(speaker, (row = { speaker, affiliation: affiliationOf(speaker, typeOf.get(speaker), descriptors.get(speaker) ?? []), quotes: {} }));
      row.quotes[a.id] = (row.quotes[a.id] ?? 0) + 1;
      const key = row.affiliation ?? 'unknown';
      counts[key] = (counts[key] ?? 0) + 1;
      total++;
    }
    voiceShare[a.id] = Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, Math.round((n / total) * 100) / 100]));
  }
  const sum = (v: Comparison['voices'][number]) => Object.values(v.quotes).reduce((s, n) => s + n, 0);
  const voices = [...rows.values()].sort((x, y) => sum(y) - sum(x) || (x.speaker < y.speaker ? -1 : 1));
  return { voices, voiceShare };
}

/**
 * The canonical speaker of a quote, or null. A speaker the quotes analyzer tied to an entity is
 * always kept (by its merged name); a bare speaker string must look like a name or role phrase
 * (plausibleSpeaker); a run-away string (a whole sentence) falls back to an entity mentioned inside
 * its speaker span, so a real speaker is not hidden behind a bad string.
 */
export function speakerOf(a: Article, q: Quote, merged: MergedEntities): string | null {
  const byEntity = q.speakerEntity ? merged.canonicalOf.get(`${a.id}\u0000${q.speakerEntity}`) : undefined;
  if (byEntity) return byEntity;
  if (plausibleSpeaker(q.speaker)) return merged.index.resolve(q.speaker) ?? q.speaker;
  if (!q.speakerSpan) return null;
  const [from, to] = q.speakerSpan;
  for (const e of a.entities) {
    if (e.type === 'place') continue;
    if (e.mentions.some((m) => m[0] >= from && m[1] <= to)) return merged.canonicalOf.get(`${a.id}\u0000${e.id}`) ?? e.name;
  }
  return null;
}

/** Guard against run-away speaker strings from an upstream analyzer: at most 8 words, no sentence end. */
export function plausibleSpeaker(s: string | null): s is string {
  return s !== null && s.trim() !== '' && s.split(/\s+/).length <= 8 && !/[.!?]["”]?$/.test(s.trim());
}

function affiliationOf(speaker: string, type: EntityType | undefined, descs: string[]): string | null {
  if (type === 'organization' || (type !== 'person' && GROUP_RE.test(speaker))) return speaker;
  for (const d of descs) {
    const aff = affiliationFromDescriptor(d);
    if (aff && aff !== speaker) return aff;
  }
  return null;
}
