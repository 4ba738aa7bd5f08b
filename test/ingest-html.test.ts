// test/ingest-html.test.ts — HTML extraction: boilerplate rules (with rows that must NOT match),
// metadata sources and their precedence, the <p>-cluster fallback and fragments.
import { describe, expect, it } from 'vitest';
import { extractHtml, fragmentToText } from '../src/ingest/html.js';
import { isoDate, stripSiteSuffix } from '../src/ingest/html-meta.js';
import { classReason, paragraphReason } from '../src/ingest/html-rules.js';
import type { RawArticle } from '../src/types.js';
import { PAGE, PARAS } from './ingest-helpers.js';

describe('paragraph rules', () => {
  const rows: [text: string, reason: string | null][] = [
    ['Advertisement', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['Photo: Alexei Druzhinin/TASS', 'photo-credit'],
    ['President Macron at the Elysee Palace. (AP Photo/Michel Euler)', 'photo-credit'],
    ['Share this article', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['Sign up for our morning newsletter to get the news in your inbox.', 'newsletter'],
    ['RELATED: Kremlin denies hacking claims', 'related-links'],
    ['Read more: What the leak means for France', 'related-links'],
    ['By Jane Smith and Ali Khan', 'byline'],
    ['Published 3:45 PM ET Mon, 24 April 2017', 'timestamp'],
    // must not match: ordinary body sentences that share words with the rules
    ['The advertisement campaign cost the state $449,000, officials said.', null],
    ['Share prices fell 3% on Monday after the announcement.', null],
    ['By Tuesday, the ministry had published its response to the report.', null],
    ['The newsletter, which goes to 40,000 readers, first reported the leak on Monday, citing two sources.', null],
    ['Related charges were filed against two other people in the case.', null],
    ['He said the photo was taken in 2016 and showed the meeting.', null],
    ['Published reports say the talks collapsed.', null],
    ['Watch the skies tonight, astronomers say.', null],
  ];
  it.each(rows)('%s -> %s', (text, reason) => expect(paragraphReason(text)).toBe(reason));
});

describe('class rules', () => {
  const rows: [attrs: string, reason: string | null][] = [
    ['share-bar', 'share'],
    ['social_links', 'share'],
    ['related-articles', 'related-links'],
    ['newsletter-signup', 'newsletter'],
    ['article-byline', 'byline'],
    ['ad-slot', 'advert'],
    ['rollover-people-block', 'hover-card'],
    ['shareholder-news', null],
    ['article-body', null],
    ['header-adjacent', null],
    ['headline', null],
  ];
  it.each(rows)('%s -> %s', (attrs, reason) => expect(classReason(attrs)).toBe(reason));
});

describe('metadata', () => {
  it.each([
    ['Kremlin denies meddling | Example News', 'Example News', 'Kremlin denies meddling'],
    ['Kremlin denies meddling - The Hill', 'The Hill', 'Kremlin denies meddling'],
    ['Putin to Macron: Let’s overcome mistrust', undefined, 'Putin to Macron: Let’s overcome mistrust'],
    ['Macron - Le Pen debate turns bitter over Russia', 'Example', 'Macron - Le Pen debate turns bitter over Russia'],
  ])('strips the site suffix of %s', (title, site, want) => expect(stripSiteSuffix(title, site)).toBe(want));

  it.each([
    ['2017-04-24T10:00:00Z', '2017-04-24T10:00:00Z'],
    ['2017-04-24', '2017-04-24'],
    ['Mon, 24 Apr 2017 10:00:00 GMT', '2017-04-24T10:00:00.000Z'],
    ['yesterday', undefined],
  ])('isoDate(%s)', (s, want) => expect(isoDate(s)).toBe(want));

  it('prefers og:title and JSON-LD, reads author, standfirst and drops the duplicate headline', () => {
    const html = `<html><head><title>Short | Site</title><meta property="og:title" content="Kremlin rejects claims">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"X","datePublished":"2017-04-24T09:00:00+03:00","author":{"@type":"Person","name":"Ivan Petrov"},"publisher":{"@type":"Organization","name":"Agency"}}]}</script>
<meta name="description" content="The Kremlin has never had any aversion to the French candidate, a spokesman said."></head>
<body><article><h1>Kremlin rejects claims</h1><p class="article-dek">The Kremlin has never had any aversion to the French candidate, a spokesman said.</p>
<div class="share-bar">Share Tweet</div>${PARAS(3, 'Paris')}<figure><img src="x.jpg"><figcaption>Dmitry Peskov. Photo: TASS</figcaption></figure>
<p>Advertisement</p><ul class="x"><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></article></body></html>`;
    const a = extractHtml(html, 'p.html', 'https://agency.example/news/1') as RawArticle;
    expect(a.title).toBe('Kremlin rejects claims');
    expect(a.published).toBe('2017-04-24T09:00:00+03:00');
    expect(a.author).toBe('Ivan Petrov');
    expect(a.outlet).toBe('Agency');
    expect(a.subtitle).toMatch(/^The Kremlin has never had/);
    expect(a.text).not.toMatch(/Share|Photo: TASS|Advertisement|Other story/);
    const reasons = new Set(a.removed!.map((r) => r.reason));
    for (const r of ['share', 'caption', 'advert', 'related-links']) expect(reasons).toContain(r);
  });

  it('outlet falls back to the host without www; no title anywhere is null', () => {
    const a = extractHtml(`<html><body><div>${PARAS(3, 'Lyon')}</div></body></html>`, null, 'https://www.paper.example/x') as RawArticle;
    expect(a.outlet).toBe('paper.example');
    expect(a.title).toBeNull();
    expect(a.text!.split('\n\n')).toHaveLength(3);
  });
});

describe('fallbacks', () => {
  it('a short page Readability gives up on still yields its paragraphs', () => {
    const a = extractHtml('<html><body><p>Only one short paragraph of news text here, with some detail.</p></body></html>', null, null) as RawArticle;
    expect(a.text).toBe('Only one short paragraph of news text here, with some detail.');
  });
  it('an HTML fragment is the article itself', () => {
    expect(fragmentToText('<p>One.</p><p>Two <a href="#">link</a>.</p><p>Advertisement</p>', null).text).toBe('One.\n\nTwo link.');
  });
  it('the full page fixture keeps only the body', () => {
    const a = extractHtml(PAGE('Title here', PARAS(5, 'Moscow')), null, null) as RawArticle;
    expect(a.text!.split('\n\n')).toHaveLength(5);
  });
});
