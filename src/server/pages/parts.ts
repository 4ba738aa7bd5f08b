// src/server/pages/parts.ts — small shared pieces of the pages: labels, dates, badges, and a
// generic, escaped renderer for extra JSON fields a Comparison may carry.
import type { Article, Span } from '../../types.js';
import { html, seg, type SafeHtml } from '../html.js';

export function fmtDate(d: string | null | undefined): string {
  if (!d) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  if (!m) return d;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Short human label for an article: its outlet, else its title, else its id. */
export function label(a: { id: string; outlet: string | null; title: string | null }): string {
  if (a.outlet) return a.outlet;
  if (a.title) return a.title.length > 28 ? a.title.slice(0, 27) + '…' : a.title;
  return a.id.slice(0, 8);
}

/** Column labels for several articles; repeated outlets get a number. */
export function labels(as: { id: string; outlet: string | null; title: string | null }[]): Map<string, string> {
  const base = as.map(label);
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const b of base) total.set(b, (total.get(b) ?? 0) + 1);
  const out = new Map<string, string>();
  as.forEach((a, i) => {
    const b = base[i]!;
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    out.set(a.id, (total.get(b) ?? 1) > 1 ? `${b} #${n}` : b);
  });
  return out;
}

export function articleHref(id: string): string {
  return `/articles/${seg(id)}`;
}

export function badge(kind: string, text?: string): SafeHtml {
  const cls = kind.replace(/[^a-z0-9-]/gi, '').toLowerCase();
  return html`<span class="badge b-${cls}">${text ?? kind}</span>`;
}

/** The sentence around `span`, if the article has one covering its start; else the span itself. */
export function sentenceAround(a: Article, span: Span): Span {
  const ss = a.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (s[1] <= span[0]) lo = mid + 1;
    else if (s[0] > span[0]) hi = mid - 1;
    else return [Math.min(s[0], span[0]), Math.max(s[1], span[1])];
  }
  return span;
}

/** Quote the words of `span` from the article, with the surrounding sentence as context. */
export function quoteSpan(a: Article | undefined, span: Span): SafeHtml {
  if (!a) return html`<span class="muted">(article not available)</span>`;
  const [s, e] = span;
  if (!(s >= 0 && e <= a.text.length && e > s)) return html`<span class="muted">(span outside the text)</span>`;
  const [cs, ce] = sentenceAround(a, span);
  return html`<span class="ctx">${a.text.slice(cs, s)}<mark>${a.text.slice(s, e)}</mark>${a.text.slice(e, ce)}</span>`;
}

/** Any JSON value as escaped HTML (depth-limited); for Comparison fields we do not know. */
export function renderValue(v: unknown, depth = 0): SafeHtml {
  if (v === null || v === undefined) return html`<span class="muted">—</span>`;
  if (typeof v !== 'object') return html`${String(v)}`;
  if (depth > 3) return html`<span class="muted">…</span>`;
  if (Array.isArray(v)) {
    if (!v.length) return html`<span class="muted">none</span>`;
    return html`<ul class="gen">${v.slice(0, 50).map((x) => html`<li>${renderValue(x, depth + 1)}</li>`)}</ul>`;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  return html`<dl class="gen">${entries.slice(0, 50).map(([k, x]) => html`<dt>${k}</dt><dd>${renderValue(x, depth + 1)}</dd>`)}</dl>`;
}
