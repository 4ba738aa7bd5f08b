// src/server/pages/home.ts — the story list: newest first, grouped by thread, plus collections.
import type { Story, Thread } from '../../types.js';
import { html, seg, type SafeHtml } from '../html.js';
import type { CollectionSummary } from '../source.js';
import { page } from './layout.js';
import { fmtDate } from './parts.js';

function dates(s: Story): string {
  if (!s.first && !s.last) return 'undated';
  return s.first === s.last || !s.last ? fmtDate(s.first) : `${fmtDate(s.first)} – ${fmtDate(s.last)}`;
}

function storyItem(s: Story): SafeHtml {
  return html`<li class="story"><a class="title" href="/stories/${seg(s.id)}">${s.title ?? '(untitled story)'}</a>
<span class="meta">${dates(s)} · ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}${s.outlets.length ? ' · ' : ''}${s.outlets.map((o, i) => html`${i ? ', ' : ''}<span class="outlet-name">${o}</span>`)}</span></li>`;
}

export function homePage(stories: Story[], threads: Thread[], collections: CollectionSummary[], q: string): string {
  const threadOf = new Map<string, Thread>();
  for (const t of threads) for (const s of t.stories) threadOf.set(s, t);
  // Threads in the order of their newest story (stories arrive newest first).
  const groups = new Map<string, { thread: Thread | null; stories: Story[] }>();
  for (const s of stories) {
    const t = threadOf.get(s.id) ?? null;
    const key = t?.id ?? s.thread;
    const g = groups.get(key) ?? { thread: t, stories: [] };
    g.stories.push(s);
    groups.set(key, g);
  }
  const list = [...groups.values()].map(({ thread, stories: ss }) => html`<section class="thread-group card">
<h2>${thread ? html`<a href="/threads/${seg(thread.id)}">${thread.title ?? '(untitled thread)'}</a>` : '(no thread)'}
<span class="muted small">${thread ? thread.stories.length : ss.length} stor${(thread ? thread.stories.length : ss.length) === 1 ? 'y' : 'ies'}</span></h2>
<ul class="stories">${ss.map(storyItem)}</ul></section>`);
  const body = html`<h1>${q ? html`Stories matching “${q}”` : 'Stories'}</h1>
<form class="filter" action="/" method="get"><input type="search" name="q" value="${q}" placeholder="Filter stories by title or outlet" aria-label="Filter stories"><button type="submit">Filter</button>${q ? html` <a href="/">clear</a>` : ''}</form>
${stories.length ? list : html`<p class="empty">No stories${q ? ' match this filter' : ' yet: ingest articles with POST /api/articles or parallax ingest'}.</p>`}
<section class="collections"><h2>Collections</h2>${collections.length
    ? html`<ul>${collections.map((c) => html`<li><a href="/collections/${seg(c.name)}">${c.name}</a> <span class="muted">${c.articles} articles</span></li>`)}</ul>`
    : html`<p class="empty">No collections.</p>`}</section>`;
  return page('Stories', body, { q });
}
