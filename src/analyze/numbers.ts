// src/analyze/numbers.ts — the numbers analyzer: percentages, money, counts, dates and ordinals.
// Contract (spec/OUTPUT.md NumberMention): spans satisfy text.slice; `value` is a number —
//   percent: 23.75 for "23.75%"; money: in currency units (1.5e9 for "$1.5 billion"), `unit` an ISO code;
//   count: the count, `unit` the counted noun ("people"); "thousands of" counts their lower bound (2000);
//   ordinal: 1 for "first round", `unit` the noun; date: YYYYMMDD when `iso` resolves to a day, else
//   the day of month / year / ISO weekday (1 = Monday) / signed day offset as written (see dates.ts).
// Not reported: years inside names ("Euro 2016"), numbers glued to words ("COVID-19", the "0M" of a
// mangled "$0M"), phone numbers, clock times and scores. Extra fields: iso, entity, measure.
import type { Entity, NumberMention, Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import { sentenceAt, type Doc } from './doc.js';
import { docWords } from './entities/tokens.js';
import { resolveDates } from './numbers/dates.js';
import { excludedSpans, scanNumbers, type Candidate } from './numbers/scan.js';
import { namesIn, subjectOf, type NamedSpan } from './numbers/subject.js';

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/** Keep the first of overlapping candidates (they come in priority order), then sort by position. */
function pick(cands: Candidate[], blocked: Span[]): Candidate[] {
  const kept: Candidate[] = [];
  const taken: Span[] = [...blocked];
  for (const c of cands) {
    if (taken.some((t) => overlaps(t, c.span))) continue;
    kept.push(c);
    taken.push(c.span);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}

/** The sentence around `pos`, else its paragraph, else null. */
function sentenceOf(doc: Doc, pos: number): Span | null {
  const i = sentenceAt(doc, pos);
  if (i >= 0) return doc.sentences[i]!;
  return doc.paragraphs.find((p) => p[0] <= pos && pos < p[1]) ?? null;
}

/** Entity mentions (not places) with their entity's name, sorted by start. */
function sortedMentions(entities: readonly Entity[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const e of entities) if (e.type !== 'place') for (const m of e.mentions) out.push({ span: m, name: e.name });
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** The mentions inside `sent`, from the sorted list, by binary search for the first. */
function mentionsIn(mentions: readonly NamedSpan[], sent: Span): NamedSpan[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span[0] < sent[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: NamedSpan[] = [];
  for (let k = lo; k < mentions.length && mentions[k]!.span[0] < sent[1]; k++) if (mentions[k]!.span[1] <= sent[1]) out.push(mentions[k]!);
  return out;
}

// (Helpers are module functions, not closures in findNumbers: the loader's keepNames would name
// each closure on every call.)
export function findNumbers(ctx: AnalysisContext): NumberMention[] {
  const { text } = ctx.doc;
  // the entity analyzer's word flags (cached per Doc) mark the tokens where a number pattern may start
  const cands = pick(scanNumbers(text, ctx.doc.tokens, docWords(ctx.doc).flags), excludedSpans(text));
  const dates = cands.filter((c) => c.kind === 'date');
  const resolved = resolveDates(dates, {
    published: ctx.article.published,
    dateline: ctx.article.dateline?.date ?? null,
    sentenceOf(pos) {
      return sentenceOf(ctx.doc, pos);
    },
    text,
  });
  const dateInfo = new Map(dates.map((c, i) => [c, resolved[i]!]));
  // Named spans per sentence, built only for sentences whose numbers can have an entity (not dates or
  // ordinals). Entity mentions (not places) are sorted once, when first needed; each sentence takes
  // its slice by binary search.
  const namesCache = new Map<number, NamedSpan[]>();
  let mentions: NamedSpan[] | null = null;
  const NO_NAMES: NamedSpan[] = [];
  return cands.map((c) => {
    const sent = sentenceOf(ctx.doc, c.span[0]);
    let names = NO_NAMES;
    if (sent && c.kind !== 'date' && c.kind !== 'ordinal') { // subjectOf reads names for other kinds only
      let cached = namesCache.get(sent[0]);
      if (!cached) {
        cached = ctx.entities.length ? mentionsIn((mentions ??= sortedMentions(ctx.entities)), sent) : namesIn(text, sent, ctx.entities);
        namesCache.set(sent[0], cached);
      }
      names = cached;
    }
    const s = subjectOf(text, c.kind, c.span, c.unit, sent, names);
    const d = dateInfo.get(c);
    const m: NumberMention = {
      span: c.span,
      value: d ? d.value : c.value,
      unit: c.unit,
      kind: c.kind,
      subject: s.subject,
      entity: s.entity,
      measure: s.measure,
    };
    if (d) m.iso = d.iso;
    return m;
  });
}
