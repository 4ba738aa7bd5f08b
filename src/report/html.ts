// src/report/html.ts — a comparison as one standalone HTML file a journalist can send: inline CSS,
// no external assets, no script. Every piece of text (article text, titles, names) is
// HTML-escaped, so hostile input (<script>, onerror=, javascript: links) stays inert text. Pure.
import type { Article, Comparison } from '../types.js';
import { compareView, type Cell } from './compare-view.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (ch) => ESC[ch]!);
}

const CSS = `body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.92em}th,td{border:1px solid #e3e3e3;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f6f6f6}.group{margin:.8em 0}.group>p{margin:.2em 0;font-weight:600}.line{margin:.15em 0 .15em 1.2em}
.red{color:#b00020}.green{color:#1b7a2c}.yellow{color:#8a6d00}.cyan{color:#006f87;font-weight:600}.magenta{color:#7b2d8e}.dim{color:#777}`;

function cell(c: Cell): string {
  const t = escapeHtml(c.text);
  return c.tone ? `<span class="${c.tone}">${t}</span>` : t;
}

export function comparisonHtml(c: Comparison, articles: Article[]): string {
  const title = `Comparison of ${c.articles.length} articles`;
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  for (const sec of compareView(c, articles, 400)) {
    body.push(`<h2>${escapeHtml(sec.title)}</h2>`);
    if (sec.kind === 'table') {
      body.push('<table><thead><tr>' + sec.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('') + '</tr></thead><tbody>');
      for (const r of sec.rows) body.push('<tr>' + r.map((x) => `<td>${cell(x)}</td>`).join('') + '</tr>');
      body.push('</tbody></table>');
    } else {
      for (const g of sec.groups) {
        body.push(`<div class="group"><p>${g.heading.map(cell).join(' ')}</p>`);
        for (const line of g.lines) body.push(`<div class="line">${line.map(cell).join(' ')}</div>`);
        body.push('</div>');
      }
    }
  }
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title><style>${CSS}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
