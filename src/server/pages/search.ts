// src/server/pages/search.ts — search results with highlighted snippets.
import { html, seg, type SafeHtml } from '../html.js';
import type { SearchHit, Snippet } from '../source.js';
import { page } from './layout.js';
import { articleHref, fmtDate } from './parts.js';

/** Snippet text with its marks as <mark>; marks are clipped to the text and must not overlap. */
export function snippetHtml(s: Snippet): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = 0;
  for (const [a, b] of [...s.marks].sort((x, y) => x[0] - y[0])) {
    if (a < at || b > s.text.length || b <= a) continue;
    parts.push(html`${s.text.slice(at, a)}<mark>${s.text.slice(a, b)}</mark>`);
    at = b;
  }
  parts.push(html`${s.text.slice(at)}`);
  return html`<blockquote class="snippet">${s.offset > 0 ? '…' : ''}${parts}…</blockquote>`;
}

export function searchPage(q: string, hits: SearchHit[]): string {
  const body = html`<h1>Search</h1>
${q ? html`<p class="lede">${hits.length} result${hits.length === 1 ? '' : 's'} for “${q}”</p>` : html`<p class="lede">Type words to find in article titles and text.</p>`}
<ol class="hits">${hits.map((h) => html`<li class="card hit"><h3><a href="${articleHref(h.article.id)}">${h.article.title ?? '(untitled)'}</a></h3>
<p class="meta">${h.article.outlet ?? 'unknown outlet'} · ${fmtDate(h.article.published)}${h.story ? html` · <a href="/stories/${seg(h.story)}">story</a>` : ''}</p>
${h.snippets.map(snippetHtml)}</li>`)}</ol>`;
  return page(q ? `Search: ${q}` : 'Search', body, { q });
}
