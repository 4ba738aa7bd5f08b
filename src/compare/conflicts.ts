// src/compare/conflicts.ts — where articles disagree, each with evidence spans.
//   number:      the same subject given values that differ beyond rounding (numbers.ts), from
//                statements that align but for their numbers, or NumberMentions with one subject;
//   stance:      a contested claim: one article denies (or calls unconfirmed) what another asserts;
//   attribution: who is behind something: one article names a culprit ("signs a hacker group with
//                Russian military ties was behind the incident"), another calls it unproven
//                ("claims from Washington", "not been confirmed").
import type { Article, Claim, Conflict, ConflictItem, Span } from '../types.js';
import type { Pair } from './align.js';
import { contestedSides } from './claims.js';
import { TOPIC_FAMILIES } from './lexicon.js';
import { sameValue, toleranceOf, type Num } from './numbers.js';
import type { Statement } from './statements.js';

const clip = (s: string, n = 90) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

function subjectOf(members: Statement[], fam: string | null): string {
  const ents = new Map<string, number>();
  for (const s of members) for (const e of s.ents) ents.set(e, (ents.get(e) ?? 0) + 1);
  const common = [...ents.entries()].filter(([, n]) => n >= 2).map(([e]) => e).slice(0, 3);
  if (!fam && !common.length) return clip(members[0]!.text, 60);
  return fam ? `${fam}${common.length ? ' — ' + common.join(', ') : ''}` : common.join(', ');
}

/**
 * Number conflicts, one per subject: each statement keeps only its most similar disagreeing
 * partner, and all values given for one subject are listed together (one item per article+value).
 */
function numberConflicts(stmts: Statement[], numberPairs: Pair[], articles: Article[], label: (id: string) => string, copies: Map<number, number[]>): Conflict[] {
  const groups = new Map<string, { items: Map<string, ConflictItem>; values: Num[] }>();
  const add = (subject: string, article: string, n: Num) => {
    let g = groups.get(subject);
    if (!g) groups.set(subject, (g = { items: new Map(), values: [] }));
    const key = `${article}|${n.surface}`;
    if (!g.items.has(key)) {
      g.items.set(key, { article, span: n.span, value: n.surface });
      g.values.push(n);
    }
  };
  const best = new Map<number, Pair>();
  for (const p of numberPairs) for (const i of [p.a, p.b]) if ((best.get(i)?.score ?? -1) < p.score) best.set(i, p);
  for (const p of new Set(best.values())) {
    const a = stmts[p.a]!;
    const b = stmts[p.b]!;
    for (const x of a.numbers) for (const y of b.numbers) {
      if (x.kind !== y.kind || (x.unit ?? '') !== (y.unit ?? '') || sameValue(x, y)) continue;
      const subject = `${subjectOf([a, b], null)} (${x.kind})`;
      add(subject, a.article, x);
      add(subject, b.article, y);
      // Word-for-word copies of either statement (judged once, see alignPairs) carry the same value.
      for (const [s, v] of [[a, x], [b, y]] as const) {
        for (const k of copies.get(s.idx) ?? []) {
          const c = stmts[k]!;
          const same = c.numbers.find((n) => n.surface === v.surface);
          if (same) add(subject, c.article, same);
        }
      }
    }
  }
  // Analyzer subjects: the same subject across articles with disagreeing values.
  const bySubject = new Map<string, { article: string; n: Num }[]>();
  for (const a of articles) for (const m of a.numbers) {
    if (!m.subject || m.kind === 'date' || m.kind === 'ordinal') continue;
    const surface = a.text.slice(m.span[0], m.span[1]);
    const list = bySubject.get(m.subject.toLowerCase()) ?? [];
    list.push({ article: a.id, n: { value: m.value, kind: m.kind, unit: m.unit, span: m.span, surface, tol: toleranceOf(surface, m.value) } });
    bySubject.set(m.subject.toLowerCase(), list);
  }
  for (const [subject, list] of bySubject) {
    if (new Set(list.map((x) => x.article)).size < 2) continue;
    const odd = list.filter((x) => list.some((y) => y.article !== x.article && x.n.kind === y.n.kind && (x.n.unit ?? '') === (y.n.unit ?? '') && !sameValue(x.n, y.n)));
    for (const x of odd) add(subject, x.article, x.n);
  }
  const out: Conflict[] = [];
  for (const [subject, g] of groups) {
    const items = [...g.items.values()];
    if (new Set(items.map((i) => i.article)).size < 2) continue;
    const shown = items.slice(0, 4).map((i) => `${label(i.article)} ${i.value}`).join(', ');
    out.push({ kind: 'number', subject, items, message: `different values beyond rounding: ${shown}${items.length > 4 ? ', …' : ''}` });
  }
  return out;
}

function quoteOf(s: Statement, span: Span | null, text: Map<string, string>): ConflictItem {
  const t = text.get(s.article) ?? '';
  const sp = span ?? s.span;
  return { article: s.article, span: sp, value: t.slice(sp[0], sp[1]) };
}

/** Extend a dispute match like "claims from" to the name after it ("claims from Washington"). */
function widen(s: Statement, span: Span, text: string): Span {
  const after = /^\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*/u.exec(text.slice(span[1], s.span[1]));
  return after && /from$/.test(text.slice(span[0], span[1])) ? [span[0], span[1] + after[0].length] : span;
}

export function findConflicts(
  articles: Article[],
  claims: Claim[],
  members: Map<string, Statement[]>,
  stmts: Statement[],
  numberPairs: Pair[],
  label: (id: string) => string,
  copies: Map<number, number[]> = new Map(),
): Conflict[] {
  const text = new Map(articles.map((a) => [a.id, a.text]));
  const out: Conflict[] = numberConflicts(stmts, numberPairs, articles, label, copies);
  const attributionKeys = new Set<string>();
  const attribution = (resp: Statement, disp: Statement, fam: string | null) => {
    const key = `${resp.idx}|${disp.art}`;
    if (attributionKeys.has(key)) return;
    attributionKeys.add(key);
    const rItem = quoteOf(resp, resp.responsible, text);
    const dItem = quoteOf(disp, widen(disp, disp.disputes!, text.get(disp.article) ?? ''), text);
    out.push({
      kind: 'attribution',
      subject: subjectOf([resp, disp], fam),
      items: [rItem, dItem],
      message: `${label(resp.article)} says who is behind it (“${clip(rItem.value, 60)}”); ${label(disp.article)} calls it unproven (“${clip(dItem.value, 60)}”)`,
    });
  };
  for (const c of claims) {
    if (c.status !== 'contested') continue;
    const ms = members.get(c.id) ?? [];
    const sides = contestedSides(ms);
    if (!sides) continue;
    const { pos, neg, family: fam } = sides;
    for (const r of pos) for (const d of neg) if (r.responsible && d.disputes) attribution(r, d, fam);
    out.push({
      kind: 'stance',
      subject: subjectOf(ms, fam),
      items: ms.map((s) => ({ article: s.article, span: s.span, value: `${s.stance}: ${clip(s.text, 120)}` })),
      message: `${[...new Set(pos.map((s) => label(s.article)))].join(', ')} ${pos.length > 1 ? 'report' : 'reports'} it; ${[...new Set(neg.map((s) => label(s.article)))].join(', ')} ${neg.some((s) => s.disputes) ? 'calls it unconfirmed or denies it' : 'denies it'}`,
    });
  }
  // Attribution across statements that did not align but share an act and an entity.
  const resp = stmts.filter((s) => s.responsible && !s.disputes && s.stance !== 'denies' && s.stance !== 'hedged');
  const disp = stmts.filter((s) => s.disputes);
  for (const r of resp) for (const d of disp) {
    if (r.art === d.art) continue;
    const fam = [...r.fams.keys()].find((f) => !TOPIC_FAMILIES.has(f) && d.fams.has(f));
    if (fam && r.ents.some((e) => d.ents.includes(e))) attribution(r, d, fam);
  }
  return out;
}
