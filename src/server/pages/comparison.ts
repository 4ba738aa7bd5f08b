// src/server/pages/comparison.ts — a Comparison for people: outlets side by side, charts,
// claims (shared / unique / contested) with each statement quoted from its article via its span,
// conflicts, the voices matrix and framing per outlet. Used by story, thread and collection pages.
// Tolerates an empty or partial Comparison; extra fields are shown generically.
import type { Article, Claim, Comparison, CueKind, FramingWord, OutletFraming } from '../../types.js';
import { barChart, timeChart } from '../charts.js';
import { extLink, html, type SafeHtml } from '../html.js';
import { articleHref, badge, fmtDate, labels, quoteSpan, renderValue } from './parts.js';

const KNOWN = new Set(['articles', 'entities', 'voices', 'claims', 'conflicts', 'framing', 'voiceShare', 'coverage']);
const CUE_KINDS: CueKind[] = ['attribution', 'hedge', 'uncertainty', 'allegation', 'denial', 'loaded'];
const STATUS_ORDER: Record<string, number> = { contested: 0, shared: 1, unique: 2 };
const MAX_ROWS = 200;

type Ctx = { c: Comparison; byId: Map<string, Article>; cols: { id: string; label: string }[] };

function outletsSideBySide({ c, byId, cols }: Ctx): SafeHtml {
  const cards = cols.map(({ id, label }) => {
    const a = byId.get(id);
    const meta = c.articles.find((x) => x.id === id);
    const speakers = new Map<string, number>();
    for (const q of a?.quotes ?? []) if (q.speaker) speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
    const top = [...speakers].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 4);
    return html`<article class="card outlet">
<h3>${meta?.outlet ?? a?.outlet ?? 'outlet unknown'}</h3>
<p class="headline"><a href="${articleHref(id)}">${meta?.title ?? a?.title ?? '(untitled)'}</a></p>
<p class="meta">${fmtDate(meta?.published ?? a?.published)}${a?.url ? html` · ${extLink(a.url, 'source')}` : ''}</p>
${a ? html`<ul class="stats"><li><b>${a.entities.length}</b> names</li><li><b>${a.quotes.length}</b> quotes</li><li><b>${a.numbers.length}</b> numbers</li><li><b>${a.cues.length}</b> cues</li></ul>` : ''}
${top.length ? html`<p class="voices">Voices: ${top.map(([s, n], i) => html`${i ? ', ' : ''}${s.length > 40 ? s.slice(0, 39) + '…' : s} <span class="muted">×${n}</span>`)}</p>` : html`<p class="voices muted">No quoted voices found.</p>`}
</article>`;
  });
  return html`<section class="outlets"><h2>Outlets side by side</h2><div class="cards">${cards}</div></section>`;
}

function charts({ byId, cols }: Ctx): SafeHtml {
  const per = new Map<string, { n: number; q: number }>();
  for (const { id } of cols) {
    const a = byId.get(id);
    const k = a?.outlet ?? 'unknown outlet';
    const v = per.get(k) ?? { n: 0, q: 0 };
    v.n++;
    v.q += a?.quotes.length ?? 0;
    per.set(k, v);
  }
  const bars = [...per].sort((x, y) => y[1].n - x[1].n || x[0].localeCompare(y[0])).map(([label, v]) => ({ label, value: v.n, value2: v.q }));
  const dates = cols.map(({ id }) => byId.get(id)?.published ?? null);
  return html`<section class="charts"><h2>Coverage</h2><div class="chart-row">
${barChart('Articles and quotes per outlet', bars, ['articles', 'quotes'])}
${timeChart('Articles over time', dates)}</div></section>`;
}

/** The claim's label, unless it only repeats a statement already quoted in the row. */
function summaryOf(claim: Claim, byId: Map<string, Article>): string | null {
  const sum = claim.summary?.replace(/…$/, '').trim();
  if (!sum) return null;
  const repeats = claim.statements.some((st) => {
    const a = byId.get(st.article);
    return (st.text ?? a?.text.slice(st.span[0], st.span[1]) ?? '').startsWith(sum);
  });
  if (repeats) return null;
  return sum.length > 90 ? sum.slice(0, 89) + '…' : sum;
}

function claimRow(claim: Claim, { byId, cols }: Ctx): SafeHtml {
  const cells = cols.map(({ id }) => {
    const st = claim.statements.filter((s) => s.article === id);
    if (!st.length) return html`<td class="absent"><span class="muted">not reported</span></td>`;
    return html`<td>${st.map((s) => html`<div class="stmt">${badge(s.stance)} ${quoteSpan(byId.get(id), s.span)}</div>`)}</td>`;
  });
  return html`<tr class="claim st-${claim.status}"><th scope="row">${badge(claim.status)}${summaryOf(claim, byId) ? html`<div class="summary">${summaryOf(claim, byId)}</div>` : ''}</th>${cells}</tr>`;
}

function claims(ctx: Ctx): SafeHtml {
  const weight = (c: Claim) => (typeof (c as { weight?: unknown }).weight === 'number' ? (c as { weight: number }).weight : 0);
  const cs = [...ctx.c.claims].sort((a, b) => (STATUS_ORDER[a.status] ?? 3) - (STATUS_ORDER[b.status] ?? 3) || weight(b) - weight(a));
  const count = (s: string) => cs.filter((c) => c.status === s).length;
  if (!cs.length) return html`<section class="claims"><h2>Claims</h2><p class="empty">No statements were aligned across these articles.</p></section>`;
  const shown = cs.slice(0, MAX_ROWS);
  return html`<section class="claims"><h2>Claims</h2>
<p class="summary-line">${badge('contested')} ${count('contested')} contested · ${badge('shared')} ${count('shared')} shared · ${badge('unique')} ${count('unique')} reported by one outlet only</p>
<div class="scroll"><table class="claims-table"><thead><tr><th>Claim</th>${ctx.cols.map((c) => html`<th>${c.label}</th>`)}</tr></thead>
<tbody>${shown.map((c) => claimRow(c, ctx))}</tbody></table></div>
${cs.length > shown.length ? html`<p class="muted">${cs.length - shown.length} more claims not shown.</p>` : ''}${omissions(ctx)}</section>`;
}

function conflicts({ c, byId, cols }: Ctx): SafeHtml {
  if (!c.conflicts.length) return html`<section class="conflicts"><h2>Conflicts</h2><p class="empty">No disagreements found between the articles.</p></section>`;
  const name = new Map(cols.map((x) => [x.id, x.label]));
  return html`<section class="conflicts"><h2>Conflicts</h2>${c.conflicts.map((k) => html`<div class="card conflict">
<h3>${badge(k.kind)} ${k.subject}</h3><p>${k.message}</p>
<ul>${k.items.map((it) => html`<li><b>${name.get(it.article) ?? it.article}</b>: <span class="value">${it.value}</span> — ${quoteSpan(byId.get(it.article), it.span)}</li>`)}</ul></div>`)}</section>`;
}

function matrix(title: string, cls: string, rows: { head: SafeHtml; counts: Record<string, number> }[], cols: Ctx['cols'], empty: string): SafeHtml {
  if (!rows.length) return html`<section class="${cls}"><h2>${title}</h2><p class="empty">${empty}</p></section>`;
  return html`<section class="${cls}"><h2>${title}</h2><div class="scroll"><table class="matrix"><thead><tr><th></th>${cols.map((c) => html`<th>${c.label}</th>`)}</tr></thead><tbody>
${rows.map((r) => html`<tr><th scope="row">${r.head}</th>${cols.map(({ id }) => {
    const n = r.counts[id] ?? 0;
    return n ? html`<td class="n">${n}</td>` : html`<td class="zero">·</td>`;
  })}</tr>`)}</tbody></table></div></section>`;
}

function cueTable({ byId, cols }: Ctx): SafeHtml {
  const rows = cols.map(({ id, label }) => {
    const a = byId.get(id);
    const counts = new Map<string, number>();
    for (const cue of a?.cues ?? []) counts.set(cue.kind, (counts.get(cue.kind) ?? 0) + 1);
    const loaded = [...new Set((a?.cues ?? []).filter((x) => x.kind === 'loaded').map((x) => x.term))];
    return html`<tr><th scope="row">${label}</th>${CUE_KINDS.map((k) => html`<td class="${counts.get(k) ? 'n' : 'zero'}">${counts.get(k) ?? '·'}</td>`)}<td>${loaded.length ? loaded.slice(0, 8).join(', ') : html`<span class="muted">none</span>`}</td></tr>`;
  });
  return html`<div class="scroll"><table class="matrix"><thead><tr><th>Cues found</th>${CUE_KINDS.map((k) => html`<th>${k}</th>`)}<th>loaded words</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

const isFraming = (x: unknown): x is OutletFraming =>
  typeof x === 'object' && x !== null && typeof (x as OutletFraming).article === 'string' && typeof (x as OutletFraming).rates === 'object' && Array.isArray((x as OutletFraming).loaded);

function terms(ws: FramingWord[]): string {
  const n = new Map<string, number>();
  for (const w of ws) n.set(w.term, (n.get(w.term) ?? 0) + 1);
  return [...n].map(([t, k]) => (k > 1 ? `${t} ×${k}` : t)).join(', ');
}

/** compare()'s framing field when present (per article: rates, words, reporting verbs). */
function framingTable(fs: OutletFraming[], cols: Ctx['cols']): SafeHtml {
  const name = new Map(cols.map((c) => [c.id, c.label]));
  const rate = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
  return html`<div class="scroll"><table class="framing-table"><thead><tr><th>Outlet</th><th>words</th><th>hedges /1k</th><th>allegations /1k</th><th>loaded /1k</th><th>loaded words</th><th>how speakers are introduced</th></tr></thead><tbody>
${fs.map((f) => {
    const verbs = Object.entries(f.reportingVerbs ?? {}).map(([who, vs]) => `${who}: ${Object.entries(vs).map(([v, k]) => (k > 1 ? `${v} ×${k}` : v)).join(', ')}`);
    return html`<tr><th scope="row">${name.get(f.article) ?? f.article}</th><td>${f.words}</td><td>${rate(f.rates.hedges)}</td><td>${rate(f.rates.allegations)}</td><td>${rate(f.rates.loaded)}</td>
<td>${f.loaded.length ? terms(f.loaded) : html`<span class="muted">none</span>`}</td><td>${verbs.length ? html`<ul class="gen">${verbs.slice(0, 6).map((v) => html`<li>${v}</li>`)}</ul>` : html`<span class="muted">—</span>`}</td></tr>`;
  })}</tbody></table></div>`;
}

function framing(ctx: Ctx): SafeHtml {
  const extra: unknown = ctx.c.framing;
  const known = Array.isArray(extra) && extra.length > 0 && extra.every(isFraming);
  return html`<section class="framing"><h2>Framing per outlet</h2>
${known ? framingTable(extra, ctx.cols) : extra !== undefined && !Array.isArray(extra) ? html`<div class="extra">${renderValue(extra)}</div>` : ''}
${cueTable(ctx)}</section>`;
}

/** voiceShare (per article: affiliation -> share of quotes) as a matrix of percentages. */
function voiceShare({ c, cols }: Ctx): SafeHtml {
  const vs = c.voiceShare;
  if (!vs || typeof vs !== 'object') return html``;
  const groups = [...new Set(Object.values(vs).flatMap((r) => Object.keys(r ?? {})))].sort();
  if (!groups.length) return html``;
  const pct = (v: number | undefined) => (typeof v === 'number' && v > 0 ? `${Math.round(v <= 1 ? v * 100 : v)}%` : '·');
  return html`<div class="scroll"><table class="matrix"><thead><tr><th>Share of quotes by affiliation</th>${cols.map((x) => html`<th>${x.label}</th>`)}</tr></thead><tbody>
${groups.map((g) => html`<tr><th scope="row">${g}</th>${cols.map(({ id }) => html`<td class="n">${pct(vs[id]?.[g])}</td>`)}</tr>`)}</tbody></table></div>`;
}

/** coverage.outlets: what each outlet alone reports and what it leaves out. */
function omissions({ c, cols }: Ctx): SafeHtml {
  const cov = c.coverage;
  if (!cov || !Array.isArray(cov.outlets) || !cov.outlets.length) return html``;
  const summary = new Map(c.claims.map((k) => [k.id, k.summary ?? k.id]));
  const name = new Map(cols.map((x) => [x.id, x.label]));
  const list = (ids: string[]) => (ids.length ? html`<ul class="gen">${ids.slice(0, 6).map((i) => html`<li>${summary.get(i) ?? i}</li>`)}</ul>` : html`<span class="muted">—</span>`);
  return html`<h3>What each outlet alone reports, and leaves out</h3><div class="scroll"><table><thead><tr><th>Outlet</th><th>only here</th><th>left out (others carry it)</th></tr></thead><tbody>
${cov.outlets.map((o) => html`<tr><th scope="row">${name.get(o.article) ?? o.article}</th><td>${list(o.alone ?? [])}</td><td>${list(o.omits ?? [])}</td></tr>`)}</tbody></table></div>`;
}

function others(c: Comparison): SafeHtml {
  const extra = Object.entries(c as unknown as Record<string, unknown>).filter(([k]) => !KNOWN.has(k));
  if (!extra.length) return html``;
  return html`<section class="other"><h2>Other findings</h2>${extra.map(([k, v]) => html`<h3>${k}</h3>${renderValue(v)}`)}</section>`;
}

/** The whole comparison view. `articles` supplies text for span quotes; missing ones are tolerated. */
export function comparisonView(c: Comparison, articles: Article[]): SafeHtml {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const metas = c.articles.length ? c.articles : articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, published: a.published }));
  const names = labels(metas);
  const ctx: Ctx = { c, byId, cols: metas.map((m) => ({ id: m.id, label: names.get(m.id)! })) };
  const voices = c.voices.map((v) => ({ head: html`${v.speaker}${v.affiliation ? html` <span class="muted">(${v.affiliation})</span>` : ''}`, counts: v.quotes }));
  const ents = c.entities.slice(0, 30).map((e) => ({ head: html`${e.name} <span class="muted">${e.type}</span>`, counts: e.mentions }));
  return html`${outletsSideBySide(ctx)}${claims(ctx)}${conflicts(ctx)}
${matrix('Voices: who each outlet lets speak', 'voices', voices, ctx.cols, 'No quoted speakers found.')}${voiceShare(ctx)}
${framing(ctx)}${charts(ctx)}
${matrix('Who and what each article names', 'entities', ents, ctx.cols, 'No names found.')}${others(c)}`;
}
