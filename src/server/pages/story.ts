// src/server/pages/story.ts — story, collection and thread pages (all built on comparisonView).
import type { Article, Story } from '../../types.js';
import { html, seg, type SafeHtml } from '../html.js';
import type { CollectionView, StoryView, ThreadView } from '../source.js';
import { comparisonView } from './comparison.js';
import { page } from './layout.js';
import { articleHref, fmtDate, label } from './parts.js';

function articleList(articles: Article[]): SafeHtml {
  return html`<ul class="article-list">${articles.map((a) => html`<li><a href="${articleHref(a.id)}">${a.title ?? '(untitled)'}</a> <span class="muted">${label(a)} · ${fmtDate(a.published)}</span></li>`)}</ul>`;
}

export function storyPage(v: StoryView): string {
  const s = v.story;
  const body = html`<h1>${s.title ?? '(untitled story)'}</h1>
<p class="lede">${v.articles.length} article${v.articles.length === 1 ? '' : 's'} from ${s.outlets.length || 'unknown'} outlet${s.outlets.length === 1 ? '' : 's'} · ${fmtDate(s.first)}${s.last && s.last !== s.first ? ` – ${fmtDate(s.last)}` : ''} · part of <a href="/threads/${seg(s.thread)}">its thread</a></p>
${comparisonView(v.comparison, v.articles)}
<section><h2>Articles</h2>${articleList(v.articles)}</section>`;
  return page(s.title ?? 'Story', body, { crumbs: [['thread', `/threads/${seg(s.thread)}`]] });
}

export function collectionPage(v: CollectionView): string {
  const body = html`<h1>Collection: ${v.name}</h1>
<p class="lede">${v.articles.length} articles</p>
${comparisonView(v.comparison, v.articles)}
<section><h2>Articles</h2>${articleList(v.articles)}</section>`;
  return page(`Collection ${v.name}`, body);
}

/** What each story adds to the thread: names and voices not seen in earlier stories. */
function additions(stories: Story[], byId: Map<string, Article>): Map<string, { names: string[]; voices: string[] }> {
  const seenNames = new Set<string>();
  const seenVoices = new Set<string>();
  const out = new Map<string, { names: string[]; voices: string[] }>();
  for (const s of stories) {
    const names: string[] = [];
    const voices: string[] = [];
    for (const id of s.articles) {
      const a = byId.get(id);
      if (!a) continue;
      for (const e of a.entities) if (!seenNames.has(e.name)) { seenNames.add(e.name); names.push(e.name); }
      for (const q of a.quotes) if (q.speaker && !seenVoices.has(q.speaker)) { seenVoices.add(q.speaker); voices.push(q.speaker); }
    }
    out.set(s.id, { names, voices });
  }
  return out;
}

export function threadPage(v: ThreadView): string {
  const byId = new Map(v.articles.map((a) => [a.id, a]));
  const stories = [...v.stories].sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999') || a.id.localeCompare(b.id));
  const adds = additions(stories, byId);
  const timeline = html`<ol class="timeline">${stories.map((s) => {
    const ad = adds.get(s.id)!;
    const arts = s.articles.map((id) => byId.get(id)).filter((a): a is Article => !!a);
    return html`<li class="card"><div class="when">${fmtDate(s.first)}</div>
<h3><a href="/stories/${seg(s.id)}">${s.title ?? '(untitled story)'}</a></h3>
<p class="meta">${s.articles.length} article${s.articles.length === 1 ? '' : 's'}${s.outlets.length ? ` · ${s.outlets.join(', ')}` : ''}</p>
${articleList(arts)}
<p class="adds"><b>Adds:</b> ${ad.names.length || ad.voices.length
      ? html`${ad.voices.length ? html`voices ${ad.voices.slice(0, 6).join(', ')}` : ''}${ad.voices.length && ad.names.length ? '; ' : ''}${ad.names.length ? html`names ${ad.names.slice(0, 10).join(', ')}${ad.names.length > 10 ? '…' : ''}` : ''}`
      : html`<span class="muted">nothing new detected</span>`}</p></li>`;
  })}</ol>`;
  const body = html`<h1>${v.thread.title ?? '(untitled thread)'}</h1>
<p class="lede">Thread of ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} and ${v.articles.length} article${v.articles.length === 1 ? '' : 's'}.</p>
<section><h2>Timeline</h2>${timeline}</section>
<h2 class="divider">Across the whole thread</h2>
${comparisonView(v.comparison, v.articles)}`;
  return page(v.thread.title ?? 'Thread', body);
}
