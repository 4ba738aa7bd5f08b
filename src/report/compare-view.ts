// src/report/compare-view.ts — a Comparison laid out as report sections (plain rows of strings),
// shared by the text, Markdown and HTML renderers so all three say the same thing. Pure.
// Order: articles, voices, who names whom, claims (contested, shared, then the top unique claims
// of each outlet), conflicts, framing.
import { articleLabels } from '../compare/labels.js';
import type { Article, Claim, Comparison, Span } from '../types.js';

export type Tone = 'red' | 'green' | 'yellow' | 'cyan' | 'magenta' | 'dim' | null;
export interface Cell {
  text: string;
  tone?: Tone;
}
export interface Table {
  kind: 'table';
  title: string;
  head: string[];
  rows: Cell[][];
}
export interface Items {
  kind: 'items';
  title: string;
  /** Groups of lines: each group is one claim or conflict. */
  groups: { heading: Cell[]; lines: Cell[][] }[];
}
export type Section = Table | Items;

/** Unique claims shown per outlet; the JSON keeps all. */
export const TOP_UNIQUE = 3;

const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

export function compareView(c: Comparison, articles: Article[], width = 110): Section[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const label = articleLabels(c.articles.map((a) => ({ ...a, input: byId.get(a.id)?.input })));
  const L = (id: string) => label.get(id) ?? id.slice(0, 8);
  const ids = c.articles.map((a) => a.id);
  const textOf = (id: string, span: Span, fallback = '') => byId.get(id)?.text.slice(span[0], span[1]) ?? fallback;
  const out: Section[] = [];

  out.push({
    kind: 'table',
    title: `Articles (${c.articles.length})`,
    head: ['outlet', 'title', 'published'],
    rows: c.articles.map((a) => [{ text: L(a.id), tone: 'cyan' }, { text: a.title ?? '(untitled)' }, { text: a.published ?? '', tone: 'dim' }]),
  });
  if (c.voices.length) {
    out.push({
      kind: 'table',
      title: 'Voices (quotes per outlet)',
      head: ['speaker', 'affiliation', ...ids.map(L)],
      rows: c.voices.map((v) => [{ text: v.speaker, tone: 'magenta' }, { text: v.affiliation ?? '', tone: 'dim' }, ...ids.map((id) => ({ text: String(v.quotes[id] ?? 0), tone: (v.quotes[id] ? null : 'dim') as Tone }))]),
    });
  }
  if (c.entities.length) {
    out.push({
      kind: 'table',
      title: 'Who names whom (mentions per outlet)',
      head: ['name', 'type', ...ids.map(L)],
      rows: c.entities.slice(0, 25).map((e) => [{ text: e.name }, { text: e.type, tone: 'dim' }, ...ids.map((id) => ({ text: String(e.mentions[id] ?? 0), tone: (e.mentions[id] ? null : 'dim') as Tone }))]),
    });
  }
  const claimGroup = (cl: Claim) => ({
    heading: [{ text: cl.summary ?? clip(textOf(cl.statements[0]!.article, cl.statements[0]!.span), 80) }],
    lines: cl.statements.map((s) => [{ text: L(s.article), tone: 'cyan' as Tone }, { text: s.quoted ? 'quoted' : s.stance, tone: (s.stance === 'denies' ? 'red' : s.stance === 'hedged' ? 'yellow' : 'dim') as Tone }, { text: clip(textOf(s.article, s.span, s.text), width) }]),
  });
  const contested = c.claims.filter((x) => x.status === 'contested');
  const shared = c.claims.filter((x) => x.status === 'shared');
  if (contested.length) out.push({ kind: 'items', title: `Contested claims (${contested.length})`, groups: contested.map(claimGroup) });
  if (shared.length) out.push({ kind: 'items', title: `Shared claims (${shared.length})`, groups: shared.map(claimGroup) });
  const uniques = c.claims.filter((x) => x.status === 'unique');
  if (uniques.length) {
    const groups = ids.flatMap((id) => {
      const mine = uniques.filter((u) => u.statements[0]!.article === id).sort((x, y) => (y.weight ?? 0) - (x.weight ?? 0));
      if (!mine.length) return [];
      return [{
        heading: [{ text: `Only in ${L(id)}`, tone: 'cyan' as Tone }, { text: `(top ${Math.min(TOP_UNIQUE, mine.length)} of ${mine.length})`, tone: 'dim' as Tone }],
        lines: mine.slice(0, TOP_UNIQUE).map((u) => [{ text: clip(textOf(id, u.statements[0]!.span, u.statements[0]!.text), width) }]),
      }];
    });
    out.push({ kind: 'items', title: `Unique claims (${uniques.length}; what the others leave out)`, groups });
  }
  if (c.conflicts.length) {
    out.push({
      kind: 'items',
      title: `Conflicts (${c.conflicts.length})`,
      groups: c.conflicts.map((k) => ({
        heading: [{ text: k.kind, tone: 'red' }, { text: k.subject }],
        lines: [[{ text: k.message, tone: 'dim' }], ...k.items.map((it) => [{ text: L(it.article), tone: 'cyan' as Tone }, { text: clip(it.value, width) }])],
      })),
    });
  }
  if (c.framing?.length) {
    out.push({
      kind: 'table',
      title: 'Framing (per 1,000 words)',
      head: ['outlet', 'words', 'hedges', 'allegations', 'loaded', 'loaded words', 'reporting verbs'],
      rows: c.framing.map((f) => [
        { text: L(f.article), tone: 'cyan' },
        { text: String(f.words) },
        { text: f.rates.hedges.toFixed(1) },
        { text: f.rates.allegations.toFixed(1) },
        { text: f.rates.loaded.toFixed(1) },
        { text: [...new Set(f.loaded.map((w) => w.term))].slice(0, 8).join(', '), tone: 'yellow' },
        { text: Object.entries(f.reportingVerbs).slice(0, 6).map(([who, vs]) => `${who}: ${Object.keys(vs).join('/')}`).join('; '), tone: 'dim' },
      ]),
    });
  }
  return out;
}
