// src/report/markdown.ts — a comparison as GitHub-flavoured Markdown (sections from
// compare-view.ts). Pure. Article text is escaped so it cannot break tables or inject markup.
import type { Article, Comparison } from '../types.js';
import { compareView } from './compare-view.js';

/** Escape Markdown and HTML-significant characters in article text. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>&~]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : '\\' + ch)).replace(/\s+/g, ' ');
}

export function comparisonMarkdown(c: Comparison, articles: Article[]): string {
  const out: string[] = [`# Comparison of ${c.articles.length} articles`];
  for (const sec of compareView(c, articles, 220)) {
    out.push('', `## ${mdEscape(sec.title)}`, '');
    if (sec.kind === 'table') {
      out.push(`| ${sec.head.map(mdEscape).join(' | ')} |`, `|${sec.head.map(() => ' --- ').join('|')}|`);
      for (const r of sec.rows) out.push(`| ${r.map((x) => mdEscape(x.text)).join(' | ')} |`);
    } else {
      for (const g of sec.groups) {
        out.push(`- **${g.heading.map((x) => mdEscape(x.text)).join(' ')}**`);
        for (const line of g.lines) {
          const [first, ...rest] = line;
          out.push(rest.length ? `  - *${mdEscape(first!.text)}*${rest.map((x, i) => (i === 0 && rest.length > 1 ? ` \`${x.text.replace(/`/g, '')}\`` : ` ${mdEscape(x.text)}`)).join('')}` : `  - ${mdEscape(first!.text)}`);
        }
      }
    }
  }
  return out.join('\n') + '\n';
}
