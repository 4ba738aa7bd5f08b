import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/index.js';
import { comparisonHtml, escapeHtml } from '../src/report/html.js';
import { comparisonMarkdown } from '../src/report/markdown.js';
import { makeStyle } from '../src/report/style.js';
import { comparisonText } from '../src/report/text.js';
import { makeArticle } from './compare-fixtures.js';

const HOSTILE = 'Officials said <script>alert(1)</script> and <img src=x onerror=alert(2)> and <a href="javascript:alert(3)">link</a> were posted.';

function fixture() {
  const a = makeArticle('a1', 'Alpha <b>News</b>', `Russia has never interfered in elections in other countries. ${HOSTILE}`);
  const b = makeArticle('b2', 'Beta', 'Putin has denied that Moscow interferes in foreign elections. The football club signed a striker.');
  a.title = '<script>document.title</script>';
  const articles = [a, b];
  return { articles, c: compare(articles) };
}

describe('html report', () => {
  it('escapes hostile article text, titles and outlets', () => {
    const { c, articles } = fixture();
    const html = comparisonHtml(c, articles);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<a\s/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('onerror=alert(2)&gt;'); // inert text inside an escaped tag
    expect(html).toContain('href=&quot;javascript:alert(3)&quot;');
  });

  it('is one standalone file: inline CSS, no external assets, no script', () => {
    const { c, articles } = fixture();
    const html = comparisonHtml(c, articles);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<link|<script|src=["']http|url\(/i);
    expect(html).toContain('Shared claims');
  });

  it.each([['<', '&lt;'], ['>', '&gt;'], ['&', '&amp;'], ['"', '&quot;'], ["'", '&#39;']])('escapeHtml(%s)', (ch, out) => {
    expect(escapeHtml(ch)).toBe(out);
  });
});

describe('markdown report', () => {
  it('has the sections and escapes markup', () => {
    const { c, articles } = fixture();
    const md = comparisonMarkdown(c, articles);
    expect(md).toMatch(/^# Comparison of 2 articles/);
    expect(md).toContain('## Shared claims');
    expect(md).not.toMatch(/<script/i);
  });
});

describe('text report', () => {
  it('has no colour codes with colour off, and lists claims contested/shared/unique', () => {
    const { c, articles } = fixture();
    const txt = comparisonText(c, articles, makeStyle(false));
    expect(txt).not.toMatch(/\x1b\[/);
    expect(txt).toContain('Shared claims (1)');
    expect(txt).toContain('Unique claims');
    expect(txt).toContain('Framing');
  });

  it('uses colour when asked', () => {
    const { c, articles } = fixture();
    expect(comparisonText(c, articles, makeStyle(true))).toMatch(/\x1b\[/);
  });
});
