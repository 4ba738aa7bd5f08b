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
import { CLAUSE_END_RE, CONDITIONAL, FORWARD_DISPUTE_RE, linked, quotedRanges, STANCE_STEMS, stagesIn } from './features.js';
import { NameIndex, stem } from './terms.js';

export { LINK_CHARS, QUOTE_SHARE, quotedRanges, stagesIn } from './features.js';

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
  /** The non-topic families of `fams` (predicates proper). */
  preds: string[];
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
  /**
   * Families the statement names without asserting them as its own predicate: a `denies`
   * statement's families its denial does not reach ("it is wrong to say that Moscow was unhappy
   * to see Macron win": the denial is about being unhappy, not about winning).
   */
  embedded: Set<string>;
  /** Event stages it names ("first round", "runoff", "final"): a stage is part of the fact. */
  stages: string[];
  /** Families a dispute covers: all of them, except for "no evidence of X" which covers only what follows it. */
  disputed: Set<string>;
  /** Content stems a denial or negation reaches ("never served in Vietnam": serv, vietnam): the polarity of what it shares. */
  negStems: Set<string>;
  /** Non-topic families named only in the frame of a quotation ("said in a congratulatory telegram"): for ranking, not alignment. */
  frameFams: string[];
  /** Words of the statement outside a direct quotation it mainly consists of (speaker, cue, "when asked about ..."). */
  framed: boolean;
}

const COUNTRIES = new Set(PLACE_ALIASES.values());

export const MIN_WORDS = 4;
export const MIN_CLAUSE = 5;
const WORD_RE = /[\p{L}\p{N}]/u;
const CAPITAL_RE = /^\p{Lu}/u;
const DIGIT_START_RE = /^\d/;
const OPENER_RE = /^["“‘(]$/;
const POSSESSIVE_RE = /[’']s$/;
const CURLY_RE = /’/g;
const isWord = (t: string) => WORD_RE.test(t);
const isCapital = (t: string) => CAPITAL_RE.test(t);
const bare = (low: string) => (low.length > 2 && (low.endsWith("'s") || low.endsWith('’s')) ? low.slice(0, -2) : low);

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
function mentionedIn(a: Article, span: Span, canonicalOf: Map<string, string>, sink: Map<string, number[]>, covered: Span[]): void {
  for (const e of a.entities) {
    for (const m of e.mentions) {
      if (m[0] < span[0] || m[1] > span[1]) continue;
      addPos(sink, canonicalOf.get(`${a.id}\u0000${e.id}`) ?? e.name, m[0]);
      covered.push(m);
    }
  }
}

const inSpans = (spans: Span[], at: number) => {
  for (const s of spans) if (at >= s[0] && at < s[1]) return true;
  return false;
};

function addPos(sink: Map<string, number[]>, raw: string, pos: number): void {
  // Metonyms compare as their country ("the Kremlin" and "Russia" are one actor for alignment).
  const name = PLACE_ALIASES.get(bare(raw.toLowerCase())) ?? raw;
  const list = sink.get(name);
  if (list) list.push(pos);
  else sink.set(name, [pos]);
}

/** Capitalised words (and two-word names) of the statement resolved to canonical names. */
function namesIn(toks: Token[], index: NameIndex, sink: Map<string, number[]>, consumed: Set<number>, covered: Span[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!.text;
    if (!isCapital(t) || !isWord(t)) continue;
    // Part of an entity mention already counted ("En" and "Marche" of "En Marche!").
    if (covered.length && inSpans(covered, toks[i]!.start)) {
      consumed.add(i);
      continue;
    }
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
    } else if (i > 0 && !NOT_NAMES.has(t.toLowerCase()) && !OPENER_RE.test(toks[i - 1]!.text)) {
      addPos(sink, t.replace(POSSESSIVE_RE, ''), toks[i]!.start);
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
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!;
      const toks = tokenize(a.text, span[0], span[1]);
      let wordCount = 0;
      for (const t of toks) if (isWord(t.text) && ++wordCount >= MIN_WORDS) break;
      if (wordCount < MIN_WORDS) continue;
      const text = a.text.slice(span[0], span[1]);
      const info = stanceOf(a.text, span, toks, a.quotes, a.cues);
      const ents = new Map<string, number[]>();
      const covered: Span[] = [];
      mentionedIn(a, span, canonicalOf, ents, covered);
      const consumed = new Set<number>();
      namesIn(toks, index, ents, consumed, covered);
      // Mostly a direct quotation: its frame (speaker, cue, "when asked about ...") is context, not the claim.
      const quoted = quotedRanges(text);
      const base = span[0];
      const stems = new Set<string>();
      const fams = new Map<string, 1 | -1>();
      const anti = new Set<string>();
      const plain = new Set<string>();
      const famAt: [string, number][] = [];
      const frameFams: string[] = [];
      const negStems = new Set<string>();
      const conditionalFams = new Set<string>();
      const famPos: [string, number][] = [];
      // Families after "if" / "whether" in the same clause are asked about, not reported.
      let conditional = false;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (CLAUSE_END_RE.test(t.text)) conditional = false;
        else if (CONDITIONAL.has(t.text.toLowerCase())) conditional = true;
        const low = bare(t.text.toLowerCase());
        const fam = FAMILY_OF.get(low) ?? (low.includes('’') ? FAMILY_OF.get(low.replace(CURLY_RE, "'")) : undefined);
        if (quoted !== null && !inSpans(quoted, t.start - base)) {
          if (fam && !TOPIC_FAMILIES.has(fam[0])) frameFams.push(fam[0]);
          continue;
        }
        if (fam) {
          const sign = deniedAt(info.denialAt, i) ? -1 : 1;
          (fam[1] === -1 ? anti : plain).add(fam[0]);
          if (!fams.has(fam[0]) || sign === -1) fams.set(fam[0], sign);
          famPos.push([fam[0], t.start]);
          if (conditional) conditionalFams.add(fam[0]);
          else famAt.push([fam[0], t.start]);
          continue;
        }
        if (consumed.has(i) || !isWord(t.text) || DIGIT_START_RE.test(t.text) || STOPWORDS.has(low) || low.length < 3) continue;
        const st = stem(low);
        if (STANCE_STEMS.has(st)) continue;
        stems.add(st);
        if (deniedAt(info.denialAt, i)) negStems.add(st);
      }
      for (const f of plain) anti.delete(f);
      const embedded = new Set<string>();
      if (info.stance === 'denies') for (const [f, sign] of fams) if (sign === 1 && !TOPIC_FAMILIES.has(f)) embedded.add(f);
      for (const f of conditionalFams) if (!famAt.some(([g]) => g === f)) embedded.add(f);
      const disputed = new Set<string>();
      if (info.disputes) {
        const forward = FORWARD_DISPUTE_RE.test(a.text.slice(info.disputes[0], info.disputes[1]));
        for (const [f, at] of famPos) if (!forward || at >= info.disputes[1]) disputed.add(f);
      }
      const entList = [...ents.keys()];
      const links = new Set<string>();
      for (const [f, at] of famAt) {
        if (TOPIC_FAMILIES.has(f)) continue;
        for (const [e, ps] of ents) if (ps.some((p) => linked(a.text, p, at))) links.add(`${f}|${e}`);
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
        preds: [...fams.keys()].filter((f) => !TOPIC_FAMILIES.has(f)),
        anti,
        links: [...links],
        numbers: numbersIn(a.text, span, a.numbers, fallbackNumbers),
        dates: datesIn(a.text, span),
        stance: info.stance,
        disputes: info.disputes,
        responsible: info.responsible,
        position: spans.length > 1 ? k / (spans.length - 1) : 0,
        embedded,
        negStems,
        disputed,
        stages: stagesIn(text),
        frameFams,
        framed: quoted !== null,
      });
    }
  });
  return out;
}
