// src/server/pages/article.ts — one article: cleaned text with every finding highlighted
// (non-overlapping segments, innermost mark wins; tooltips via title attributes), the findings
// listed, and what cleaning removed.
import type { Article } from '../../types.js';
import { segment, articleMarks } from '../highlight.js';
import { extLink, html, type SafeHtml } from '../html.js';
import { page } from './layout.js';
import { badge, fmtDate, quoteSpan } from './parts.js';

const CLASS_OK = /[^a-z0-9 -]/gi;

/** The article text as escaped HTML spans; whitespace preserved by CSS (pre-wrap). */
export function highlighted(a: Article): SafeHtml {
  const segs = segment(a.text.length, articleMarks(a));
  return html`${segs.map((s) => {
    const t = a.text.slice(s.start, s.end);
    if (!s.mark) return html`${t}`;
    const layers = s.layers.map((l) => `in-${l}`).join(' ');
    return html`<span class="${`hl ${s.mark.cls} ${layers}`.replace(CLASS_OK, '')}" title="${s.mark.title}">${t}</span>`;
  })}`;
}

const LEGEND = html`<div class="legend" id="layers">
<label><input type="checkbox" data-layer="entity" checked> <span class="hl ent ent-person">people</span> <span class="hl ent ent-organization">organizations</span> <span class="hl ent ent-place">places</span></label>
<label><input type="checkbox" data-layer="quote" checked> <span class="hl q">quotes</span> <span class="hl spk">speakers</span></label>
<label><input type="checkbox" data-layer="number" checked> <span class="hl num">numbers</span></label>
<label><input type="checkbox" data-layer="cue" checked> <span class="hl cue cue-hedge">hedges</span> <span class="hl cue cue-loaded">loaded</span> <span class="hl cue cue-denial">denials</span></label>
</div>`;

function findings(a: Article): SafeHtml {
  const quotes = a.quotes.map((q) => html`<li>${badge(q.kind)} <b>${q.speaker ?? 'unattributed'}</b>${q.cue ? html` <span class="muted">${q.cue}</span>` : ''}${q.via ? html` <span class="muted">via ${q.via}</span>` : ''}: “${a.text.slice(q.span[0], q.span[1])}”</li>`);
  const ents = a.entities.map((e) => html`<li>${badge(e.type)} <b>${e.name}</b> <span class="muted">×${e.mentions.length}${e.aliases.length ? ` · also ${e.aliases.join(', ')}` : ''}${e.descriptors.length ? ` · ${e.descriptors.join('; ')}` : ''}</span></li>`);
  const nums = a.numbers.map((n) => html`<li>${badge(n.kind)} <b>${a.text.slice(n.span[0], n.span[1])}</b> <span class="muted">= ${n.iso ?? n.value}${n.unit ? ` ${n.unit}` : ''}${n.subject ? ` · ${n.subject}` : ''}</span></li>`);
  const cues = a.cues.map((c) => html`<li>${badge(c.kind)} <b>${a.text.slice(c.span[0], c.span[1])}</b>${c.note ? html` <span class="muted">${c.note}</span>` : ''}</li>`);
  const issues = a.issues.map((i) => html`<li>${badge(i.kind)} ${i.message} ${i.spans.slice(0, 3).map((s) => html`<div>${quoteSpan(a, s)}</div>`)}</li>`);
  const block = (title: string, items: SafeHtml[], empty: string) => html`<section class="card"><h3>${title} <span class="muted small">${items.length}</span></h3>${items.length ? html`<ul class="findings">${items}</ul>` : html`<p class="empty">${empty}</p>`}</section>`;
  return html`<div class="findings-grid">${block('Quotes', quotes, 'No quotes found.')}${block('Names', ents, 'No names found.')}${block('Numbers', nums, 'No numbers found.')}${block('Framing cues', cues, 'No cues found.')}${block('Issues', issues, 'No issues found.')}</div>`;
}

export function articlePage(a: Article): string {
  const d = a.dateline;
  const body = html`<article class="reader">
<p class="kicker">${a.outlet ?? 'unknown outlet'} · ${fmtDate(a.published)}${a.author ? html` · ${a.author}` : ''}</p>
<h1>${a.title ?? '(untitled)'}</h1>
${a.subtitle ? html`<p class="standfirst">${a.subtitle}</p>` : ''}
<p class="meta">${d ? html`Dateline: ${[d.place, d.date, d.agency].filter(Boolean).join(', ')} · ` : ''}${a.url ? html`Source: ${extLink(a.url)} · ` : ''}language ${a.language} · id <code>${a.id}</code> · <a href="/api/articles/${encodeURIComponent(a.id)}">JSON</a></p>
${LEGEND}
<div class="text" id="article-text">${highlighted(a)}</div>
</article>
${findings(a)}
<section class="card removed"><h2>What cleaning removed <span class="muted small">${a.removed.length}</span></h2>${a.removed.length
    ? html`<ul>${a.removed.map((r) => html`<li>${badge('removed', r.reason)} <span class="removed-text">${r.text.length > 300 ? r.text.slice(0, 299) + '…' : r.text}</span></li>`)}</ul>`
    : html`<p class="empty">Nothing was removed.</p>`}</section>`;
  return page(a.title ?? 'Article', body);
}
