// src/compare/statements.ts — split each article into statements and describe each one by
// comparable features: content stems, canonical entities, predicate families (with polarity),
// numbers, dates and stance. A statement is a sentence, or a clause of a long sentence split at
// ";", ", but" or ", and <new subject>" when both halves are at least MIN_CLAUSE words.
// Headings (not in article.sentences), boilerplate and fragments under MIN_WORDS words are skipped.
import { buildDoc, tokenize, type Token } from '../analyze/doc.js';
import type { Article, EntityType, Span, Stance } from '../types.js';
import { BOILERPLATE_RE, FAMILY_OF, NOT_NAMES, PLACE_ALIASES, STOPWORDS, TOPIC_FAMILIES } from './lexicon.js';
import { datesIn, numbersIn, type Num } from './numbers.js';
import { deniedAt, stanceOf } from './stance.js';
import { NameIndex, stem } from './terms.js';

export interface Statement {
  /** Index in the comparison's statement list. */
  idx: number;
  /** Index of the article in input order. */
  art: number;
  article: string;
  span: Span;
  text: string;
  stems: string[];
  /** Canonical entity names. */
  ents: string[];
  persons: string[];
  /** Named actors that are not places (people, organizations, unknown names). */
  actors: string[];
  /** Predicate family -> -1 when the statement denies it, else +1. */
  fams: Map<string, 1 | -1>;
  /** Families the statement names only by an antonym ("lost" for win, "fell" for rise). */
  anti: Set<string>;
  /** `family|entity` when the entity is named within LINK_CHARS of the family word ("Russian hackers"). */
  links: string[];
  numbers: Num[];
  dates: string[];
  stance: Stance;
  disputes: Span | null;
  responsible: Span | null;
  /** Position in its article, 0 (lead) .. 1 (last). */
  position: number;
}

const COUNTRIES = new Set(PLACE_ALIASES.values());

export const MIN_WORDS = 4;
export const MIN_CLAUSE = 5;
/** How close (in characters) an entity must be to a family word to count as its actor or target. */
export const LINK_CHARS = 40;

// Words that carry stance, not content: they must not make two statements look alike.
const STANCE_STEMS = new Set(['deny', 'deni', 'reject', 'refut', 'dismiss', 'reportedly', 'report', 'alleg', 'allegedly', 'purport', 'apparent', 'possib', 'probab', 'perhap', 'likely', 'unclear', 'wrong', 'claim', 'believ', 'accord']);

const isWord = (t: string) => /[\p{L}\p{N}]/u.test(t);
const isCapital = (t: string) => /^\p{Lu}/u.test(t);

/** Clause spans of one sentence. Never splits inside a quotation. */
export function clauses(text: string, s: Span): Span[] {
  const body = text.slice(s[0], s[1]);
  const re = /;\s+|,\s+but\s+|,\s+and\s+(?=(?:the|a|an|his|her|its|their|[A-Z]))/g;
  const cuts: Span[] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const left = body.slice(from, m.index);
    const quotesBefore = (body.slice(0, m.index).match(/["“”]/g) ?? []).length;
    if (quotesBefore % 2 === 1) continue;
    const rest = body.slice(m.index + m[0].length);
    if (countWords(left) < MIN_CLAUSE || countWords(rest) < MIN_CLAUSE) continue;
    cuts.push([s[0] + from, s[0] + m.index]);
    from = m.index + m[0].length;
  }
  cuts.push([s[0] + from, s[1]]);
  return cuts;
}

function countWords(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Sentence spans of the article (its own, or the tokenizer's when an analyzer left them empty). */
function sentencesOf(a: Article): Span[] {
  return a.sentences.length ? a.sentences : buildDoc(a.text, a.headings).sentences;
}

/** Entity names whose mentions fall inside the span (analyzer entities, merged), with positions. */
function mentionedIn(a: Article, span: Span, canonicalOf: Map<string, string>, sink: Map<string, number[]>): void {
  for (const e of a.entities) {
    for (const m of e.mentions) {
      if (m[0] < span[0] || m[1] > span[1]) continue;
      addPos(sink, canonicalOf.get(`${a.id}\u0000${e.id}`) ?? e.name, m[0]);
    }
  }
}

function addPos(sink: Map<string, number[]>, raw: string, pos: number): void {
  // Metonyms compare as their country ("the Kremlin" and "Russia" are one actor for alignment).
  const name = PLACE_ALIASES.get(raw.toLowerCase().replace(/[’']s$/, '')) ?? raw;
  const list = sink.get(name);
  if (list) list.push(pos);
  else sink.set(name, [pos]);
}

/** Capitalised words (and two-word names) of the statement resolved to canonical names. */
function namesIn(toks: Token[], index: NameIndex, sink: Map<string, number[]>, consumed: Set<number>): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!.text;
    if (!isCapital(t) || !isWord(t)) continue;
    const next = toks[i + 1];
    const pair = next && isCapital(next.text) ? index.resolve(`${t} ${next.text}`) : null;
    if (pair) {
      addPos(sink, pair, toks[i]!.start);
      consumed.add(i).add(i + 1);
      i++;
      continue;
    }
    const one = index.resolve(t);
    if (one) {
      addPos(sink, one, toks[i]!.start);
      consumed.add(i);
    } else if (i > 0 && !NOT_NAMES.has(t.toLowerCase()) && !/^["“‘(]$/.test(toks[i - 1]!.text)) {
      addPos(sink, t.replace(/[’']s$/, ''), toks[i]!.start);
      consumed.add(i);
    }
  }
}

/** Statements of every article, with features. */
export function buildStatements(articles: Article[], index: NameIndex, canonicalOf: Map<string, string>, typeOf: Map<string, EntityType>): Statement[] {
  const out: Statement[] = [];
  articles.forEach((a, art) => {
    const sents = sentencesOf(a);
    const fallbackNumbers = a.numbers.length === 0;
    const spans: Span[] = [];
    for (const s of sents) {
      if (BOILERPLATE_RE.test(a.text.slice(s[0], s[1]))) continue;
      spans.push(...clauses(a.text, s));
    }
    spans.forEach((span, k) => {
      const toks = tokenize(a.text, span[0], span[1]);
      if (toks.filter((t) => isWord(t.text)).length < MIN_WORDS) return;
      const text = a.text.slice(span[0], span[1]);
      const info = stanceOf(a.text, span, toks, a.quotes, a.cues);
      const ents = new Map<string, number[]>();
      mentionedIn(a, span, canonicalOf, ents);
      const consumed = new Set<number>();
      namesIn(toks, index, ents, consumed);
      const stems = new Set<string>();
      const fams = new Map<string, 1 | -1>();
      const anti = new Set<string>();
      const plain = new Set<string>();
      const famAt: [string, number][] = [];
      toks.forEach((t, i) => {
        const low = t.text.toLowerCase().replace(/[’']s$/, '');
        const fam = FAMILY_OF.get(low) ?? FAMILY_OF.get(low.replace(/’/g, "'"));
        if (fam) {
          const sign = deniedAt(info.denialAt, i) ? -1 : 1;
          (fam[1] === -1 ? anti : plain).add(fam[0]);
          if (!fams.has(fam[0]) || sign === -1) fams.set(fam[0], sign);
          famAt.push([fam[0], t.start]);
          return;
        }
        if (consumed.has(i) || !isWord(t.text) || /^\d/.test(t.text) || STOPWORDS.has(low) || low.length < 3) return;
        const st = stem(low);
        if (!STANCE_STEMS.has(st)) stems.add(st);
      });
      for (const f of plain) anti.delete(f);
      const entList = [...ents.keys()];
      const links = new Set<string>();
      for (const [f, at] of famAt) {
        if (TOPIC_FAMILIES.has(f)) continue;
        for (const [e, ps] of ents) if (ps.some((p) => Math.abs(p - at) <= LINK_CHARS)) links.add(`${f}|${e}`);
      }
      out.push({
        idx: out.length,
        art,
        article: a.id,
        span,
        text,
        stems: [...stems],
        ents: entList,
        persons: entList.filter((e) => typeOf.get(e) === 'person'),
        actors: entList.filter((e) => typeOf.get(e) !== 'place' && !COUNTRIES.has(e)),
        fams,
        anti,
        links: [...links],
        numbers: numbersIn(a.text, span, a.numbers, fallbackNumbers),
        dates: datesIn(a.text, span),
        stance: info.stance,
        disputes: info.disputes,
        responsible: info.responsible,
        position: spans.length > 1 ? k / (spans.length - 1) : 0,
      });
    });
  });
  return out;
}
