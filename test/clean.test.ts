import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { randomTexts } from './helpers/random.js';
import { clean } from '../src/clean/index.js';
import { findDateline } from '../src/clean/dateline.js';
import { removeHoverCards } from '../src/clean/hover-card.js';
import { isNavigation, junkReason } from '../src/clean/lines.js';
import { outletFromUrl } from '../src/clean/outlet.js';
import { fold, FOLD_SPEC } from '../src/clean/structure.js';
import { articleId } from '../src/clean/id.js';
import { createHash } from 'node:crypto';
import { normalisePublished } from '../src/clean/published.js';
import type { RawArticle } from '../src/types.js';

const seed = (name: string) => readFileSync(new URL(`../examples/seeds/${name}`, import.meta.url), 'utf8');
const raw = (text: string, extra: Partial<RawArticle> = {}): RawArticle => ({ input: { path: null, url: null, format: 'text' }, text, ...extra });

describe('clean: the TASS seed', () => {
  const a = clean(raw(seed('000_67ea23102d894fe1.txt')));
  it('finds the title, standfirst, dateline and outlet', () => {
    expect(a.title).toBe("Putin's spokesman says Kremlin never had any aversion to Macron");
    expect(a.subtitle).toMatch(/^Emmanuel Macron was declared winner in the first round .* scoring 23\.75%$/);
    expect(a.dateline).toEqual({ place: 'St. Petersburg', date: 'April 24', agency: 'TASS' });
    expect(a.outlet).toBe('TASS');
  });
  it('records each removal with its reason', () => {
    expect(a.removed).toEqual([
      { text: 'All news', reason: 'navigation' },
      { text: 'ST. PETERSBURG, April 24. /TASS/.', reason: 'dateline' },
    ]);
    expect(a.text.startsWith('Emmanuel Macron was declared winner')).toBe(true);
    expect(a.text).toContain('\n\nIt is wrong to say that Moscow');
    expect(a.text).not.toContain('/TASS/');
  });
  it('keeps the heading in the text and lists it', () => {
    expect(a.headings.map(([s, e]) => a.text.slice(s, e))).toEqual(['Alleged hacker attacks']);
  });
});

describe('clean: The Hill seed', () => {
  const a = clean(raw(seed('001_1688ad1f1f691c47.txt')));
  it('keeps the title once and drops the photo credit', () => {
    expect(a.title).toBe('Putin to France’s Macron: Let’s ‘overcome mutual mistrust’');
    expect(a.text).not.toContain('overcome mutual mistrust’');
    expect(a.removed.filter((r) => r.reason === 'duplicate-title')).toHaveLength(1);
    expect(a.removed).toContainEqual({ text: '© Getty Images', reason: 'photo-credit' });
  });
  it('removes both hover cards so the lead reads cleanly', () => {
    expect(a.removed.filter((r) => r.reason === 'hover-card')).toHaveLength(2);
    expect(a.text.split('\n\n')[0]).toBe(
      'Russian President Vladimir Putin on Monday told French President-elect Emmanuel Macron that the two countries should end their “mutual mistrust.”',
    );
    expect(a.text).not.toMatch(/MORE|coronavirus/);
  });
  it('guesses no outlet it cannot see', () => {
    expect(a.outlet).toBeNull();
    expect(a.dateline).toBeNull();
  });
});

describe('clean: metadata given by the input is taken as true', () => {
  it('title null means no headline is guessed', () => {
    const a = clean(raw('First line is body.\n\nSecond paragraph here.', { title: null }));
    expect(a.title).toBeNull();
    expect(a.text).toBe('First line is body.\n\nSecond paragraph here.');
  });
  it('a given title is removed when repeated as the first body line', () => {
    const a = clean(raw('Big News Today\n\nThe body starts here and goes on for a while.', { title: 'Big News Today' }));
    expect(a.text).toBe('The body starts here and goes on for a while.');
    expect(a.removed).toEqual([{ text: 'Big News Today', reason: 'duplicate-title' }]);
  });
  it('outlet from the URL host', () => {
    const a = clean(raw('Headline\n\nBody text of the article, long enough.', { url: 'https://www.reuters.com/world/x' }));
    expect(a.outlet).toBe('Reuters');
  });
  it('the same content gives the same id', () => {
    expect(clean(raw('T\n\nBody.')).id).toBe(clean(raw('T\n\nBody.')).id);
    expect(clean(raw('T\n\nBody.')).id).not.toBe(clean(raw('T\n\nBody!')).id);
  });
});

describe('datelines', () => {
  it.each([
    ['ST. PETERSBURG, April 24. /TASS/. It is wrong to say that Moscow was unhappy.', { place: 'St. Petersburg', date: 'April 24', agency: 'TASS' }],
    ['WASHINGTON (Reuters) - The U.S. Senate on Tuesday voted to approve the bill.', { place: 'Washington', date: null, agency: 'Reuters' }],
    ['LONDON, May 8 (AP) — British officials said on Monday that the talks would go on.', { place: 'London', date: 'May 8', agency: 'AP' }],
    ['NEW YORK (CNN) The city council approved the budget on a narrow vote late Monday.', { place: 'New York', date: null, agency: 'CNN' }],
    ['PARIS — French voters went to the polls on Sunday in a tense runoff election.', { place: 'Paris', date: null, agency: null }],
  ])('%s', (p, expected) => {
    expect(findDateline(p)?.dateline).toEqual(expected);
  });
  it.each([
    'US officials said on Monday that the talks would continue into next week.',
    'BREAKING — The president has resigned, according to a statement issued today.',
    'Washington, the capital, was quiet on Monday as lawmakers left for the recess.',
    'NATO',
  ])('not a dateline: %s', (p) => {
    expect(findDateline(p)).toBeNull();
  });
});

describe('hover cards', () => {
  it('removes a glued full name with teasers up to MORE', () => {
    const r = removeHoverCards('Senator Ted CruzRafael Edward Cruz Cruz slams plan Another teaser MORE said on Tuesday that');
    expect(r.line).toBe('Senator Ted Cruz said on Tuesday that');
    expect(r.removed[0]!.reason).toBe('hover-card');
  });
  it.each([
    'The company McDonald said MORE jobs would come.',
    'He met with Emmanuel Macron on Monday.',
    'iPhone sales rose, MORE than expected.',
  ])('leaves ordinary text alone: %s', (line) => {
    expect(removeHoverCards(line)).toEqual({ line, removed: [] });
  });
});

describe('whole-line boilerplate', () => {
  it.each([
    ['© Getty Images', 'photo-credit'],
    ['Photo: Reuters', 'photo-credit'],
    ['John Smith/AFP via Getty Images', 'photo-credit'],
    ['Advertisement', 'advert'],
    ['Share this article', 'share'],
    ['Facebook Twitter Email', 'share'],
    ['READ MORE: Putin says Russia never interfered', 'related-links'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['Follow us on Twitter', 'social'],
    ['By John Smith and Jane Doe', 'byline'],
    ['Reporting by Denis Pinchuk; Editing by Tom Heneghan', 'byline'],
    ['Copyright 2017 The Associated Press. All rights reserved.', 'copyright'],
    ['Updated: May 8, 2017 10:42 AM', 'timestamp'],
    // The rules junkReason pre-screens (a "/", "photo by", "By ", a line ending) and word limits.
    ['(Photo by Jane Doe)', 'photo-credit'],
    ['Jane Doe / Reuters', 'photo-credit'],
    ['The Example Times Company, all rights reserved.', 'copyright'],
    ['by Jane Doe', 'byline'],
  ])('%s -> %s', (line, reason) => {
    expect(junkReason(line)).toBe(reason);
  });
  it.each([
    'Getty Images said on Monday it would cut 100 jobs.',
    'By Sunday, the vote count had been completed in every region.',
    'Recommended doses were cut by half after the trial.',
    'Published reports say the talks have stalled.',
    'Share prices fell 3% on the news.',
    'Related talks will continue in Geneva next week, officials said.',
    'Image of the day shows the crowd outside the palace.',
    'Photo by photo, the exhibition retraces the whole long and winding history of the city and its people.',
    'Analysts at the bank, in a long note to its many clients that was published late on Monday evening, said that all rights reserved',
    'By Jane Doe and John Smith and Mary Major and Richard Roe and Ann Other, for a report',
  ])('keeps a real sentence: %s', (line) => {
    expect(junkReason(line)).toBeNull();
  });
  it.each([['All news', true], ['Home › World › Europe', true], ['World | Politics', true], ['Putin wins the vote', false], ['News of the day.', false]])(
    'navigation %s -> %s',
    (line, nav) => {
      expect(isNavigation(line)).toBe(nav);
    },
  );
});

describe('helpers', () => {
  it.each([
    ['2017-04-24', '2017-04-24'],
    ['2017-05-08T14:03:00Z', '2017-05-08T14:03:00Z'],
    ['Mon, 08 May 2017 14:03:00 GMT', '2017-05-08T14:03:00Z'],
    ['not a date', null],
    ['', null],
  ])('published %s -> %s', (v, iso) => {
    expect(normalisePublished(v)).toBe(iso);
  });
  it.each([
    ['https://thehill.com/policy/x', 'The Hill'],
    ['https://news.example.org/a', 'news.example.org'],
    ['not a url', null],
  ])('outlet of %s', (url, name) => {
    expect(outletFromUrl(url)).toBe(name);
  });
});

describe('fold = FOLD_SPEC', () => {
  it.each([
    ['Putin to France’s Macron: Let’s ‘overcome mutual mistrust’'],
    ['  “Quoted” «guillemets» „low“ `grave´  '],
    ['ÉMILE İstanbul ΣΑΣ straße 𝐀𝐁𝐂 ٣٤ \ud800 lone'],
    ['---'],
    [''],
  ])('%j', (s) => {
    expect(fold(s)).toBe(FOLD_SPEC(s));
  });
  it('on random strings of tricky characters', () => {
    const alphabet = ['a', 'Z', ' ', '\t', '-', "'", '"', '‘', '’', '`', '´', '“', '”', '«', '»', '„', 'É', 'İ', 'Σ', '1', '\ud835\udc00', '\ud800', '…', '\u00a0'];
    for (const t of randomTexts(alphabet, 5000, 11, 99)) expect(fold(t)).toBe(FOLD_SPEC(t));
  });
});

describe('articleId', () => {
  it('is the sha256 of title, blank line, text (hashed in parts)', () => {
    for (const [title, text] of [['Putin’s spokesman', 'It is “wrong”.'], [null, 'x'], ['\ud835', '\udc00 lone halves']] as const) {
      expect(articleId(title, text)).toBe(createHash('sha256').update(`${title ?? ''}\n\n${text}`).digest('hex').slice(0, 16));
    }
  });
});
