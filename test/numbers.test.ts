// test/numbers.test.ts — the numbers analyzer: table-driven rows, must-not-match rows, seed acceptance.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisContext } from '../src/analyze/context.js';
import { buildDoc } from '../src/analyze/doc.js';
import { findNumbers } from '../src/analyze/numbers.js';
import { docWords } from '../src/analyze/entities/tokens.js';
import { scanNumbers } from '../src/analyze/numbers/scan.js';
import type { CleanArticle, NumberMention } from '../src/types.js';

export function ctxOf(text: string, published: string | null = null): AnalysisContext {
  const article: CleanArticle = {
    id: 't', input: { path: null, url: null, format: 'text' }, outlet: null, title: null, subtitle: null,
    published, dateline: null, language: 'en', text, removed: [], headings: [],
  };
  return { article, doc: buildDoc(text), entities: [], quotes: [], numbers: [], cues: [], issues: [] };
}

const run = (text: string, published: string | null = null): NumberMention[] => findNumbers(ctxOf(text, published));

describe('findNumbers: kinds, values and units', () => {
  it.each([
    ['Turnout was 23.75% on the day.', '23.75%', 'percent', 23.75, '%'],
    ['Prices rose 12 percent last year.', '12 percent', 'percent', 12, '%'],
    ['The firm raised $300M from investors.', '$300M', 'money', 3e8, 'USD'],
    ['The deal is worth $1.5 billion to the city.', '$1.5 billion', 'money', 1.5e9, 'USD'],
    ['Brussels set aside 1.5 billion euros for it.', '1.5 billion euros', 'money', 1.5e9, 'EUR'],
    ['Tickets cost £20 each.', '£20', 'money', 20, 'GBP'],
    ['The club paid €3m for him.', '€3m', 'money', 3e6, 'EUR'],
    ['Police said 9 people were hurt.', '9 people', 'count', 9, 'people'],
    ['Thousands of protesters marched.', 'Thousands of protesters', 'count', 2000, 'protesters'],
    ['The talks lasted two days in all.', 'two days', 'count', 2, 'days'],
    ['He won the first round easily.', 'first round', 'ordinal', 1, 'round'],
    ['The runoff vote will be held on May 7.', 'May 7', 'date', 7, 'date'],
    ['It happened in 2017, officials said.', '2017', 'date', 2017, 'year'],
    // Starts the trigger filter (numbers/triggers.ts mayOpen) must keep: digits, "a", suffixes, "of", "US".
    ['He left 5 days ago.', '5 days ago', 'date', -5, 'days'],
    ['It was signed a week later.', 'a week later', 'date', 7, 'days'],
    ['They met on 23 March in Rome.', '23 March', 'date', 23, 'date'],
    ['They met on the 23rd of March.', '23rd of March', 'date', 23, 'date'],
    ['The fund holds 5 million dollars.', '5 million dollars', 'money', 5e6, 'USD'],
    ['It cost 40 US dollars.', '40 US dollars', 'money', 40, 'USD'],
    ['Support fell to 12 % in May.', '12 %', 'percent', 12, '%'],
    ['It is a 21st century problem.', '21st century', 'ordinal', 21, 'century'],
  ])('%s', (text, surface, kind, value, unit) => {
    const m = run(text).find((x) => text.slice(x.span[0], x.span[1]) === surface);
    expect(m, surface).toBeDefined();
    expect([m!.kind, m!.value, m!.unit]).toEqual([kind, value, unit]);
  });
});

describe('findNumbers: the entity is the nearest name not behind a preposition', () => {
  it.each([
    ['Officials in Zürich said Siemens cut 400 jobs.', 'Siemens'], // a non-ASCII window (slow path)
    ['In France, Renault cut 400 jobs.', 'Renault'],
    ['Siemens, in a statement, cut 400 jobs.', 'Siemens'],
    ['According to the ministry 400 jobs went.', null],
    ['Most of the cuts in France hit 400 workers.', null],
  ])('%s', (text, entity) => {
    const m = run(text).find((x) => text.slice(x.span[0], x.span[0] + 3) === '400');
    expect(m?.entity ?? null).toBe(entity);
  });
});

describe('findNumbers: must not match', () => {
  it.each([
    ['a year inside a name', 'Fans flocked to Euro 2016 matches.', '2016'],
    ['a number inside a word', 'Cases of COVID-19 rose.', '19'],
    ['the 0M of a mangled $0M', 'Leaders pledge nearly 0M in aid after the explosion.', '0'],
    ['a phone number', 'Call 202-555-0143 for details.', '555'],
    ['a clock time', 'The meeting starts at 10:30 sharp.', '10'],
    ['"one of the"', 'She is one of the leaders.', 'one'],
    ['a modal "may"', 'He may 7 times a day.', 'may 7'],
  ])('%s', (_name, text, digits) => {
    for (const m of run(text)) expect(text.slice(m.span[0], m.span[1])).not.toContain(digits);
  });
});

describe('findNumbers: dates resolve to ISO only when the article pins them', () => {
  it('weekday + month/day pins the year among the years the article names', () => {
    const t = 'The vote was held on Sunday, April 23. Officials recalled the 2017 race and the 2012 one.';
    const d = run(t).find((m) => t.slice(m.span[0], m.span[1]) === 'Sunday, April 23');
    expect(d?.iso).toBe('2017-04-23');
    expect(d?.value).toBe(20170423);
  });
  it('no year anywhere: iso stays null', () => {
    const t = 'The vote was held on Sunday, April 23.';
    expect(run(t).find((m) => m.kind === 'date')?.iso).toBeNull();
  });
  it('relative weekdays resolve against published: past tense looks back, future looks ahead', () => {
    const t = 'Peskov said on Monday that talks are over. The runoff will be held on Sunday.';
    const ds = run(t, '2017-04-26').filter((m) => m.kind === 'date');
    expect(ds.map((d) => d.iso)).toEqual(['2017-04-24', '2017-04-30']);
  });
  it('"on Friday, two days before the election" is the Friday', () => {
    const t = 'The emails leaked on Friday, two days before the election.';
    const ds = run(t, '2017-05-08').filter((m) => m.kind === 'date');
    expect(ds.map((d) => [t.slice(d.span[0], d.span[1]), d.iso])).toEqual([
      ['Friday', '2017-05-05'],
      ['two days before the election', '2017-05-05'],
    ]);
  });
});

describe('findNumbers: seed TASS article', () => {
  const raw = readFileSync('examples/seeds/000_67ea23102d894fe1.txt', 'utf8');
  const nums = run(raw, '2017-04-24');
  const at = (s: string) => nums.find((m) => raw.slice(m.span[0], m.span[1]) === s);
  it('spans satisfy text.slice and subjects name the entity and the measure', () => {
    expect(at('23.75%')?.subject).toBe('Emmanuel Macron, first round vote share');
    expect(at('23.68%')?.subject).toBe('Macron, first round vote share');
    expect(at('21.43%')?.subject).toBe('Marine Le Pen, vote share');
    expect(at('Sunday, April 23')?.iso).toBe('2017-04-23');
    expect(at('May 7')?.iso).toBe('2017-05-07');
  });
});

describe('scanNumbers: the word flags only skip tokens, never change the candidates', () => {
  // With the entity word flags (W.NUM_START) patternStarts reads only flagged tokens; without, it
  // filters by characters. Digits open only the patterns their next characters allow (digitPatterns).
  it.each([
    'On Sunday, April 23, 2017, 9 people and forty-two others met; turnout was 23.75% and 1,000 voters left.',
    'He paid US$ 300 and 1.5 billion euros, two days before the 21st round on 5 May; mid-May 12th graders.',
    'Call 555-123-4567 at 10:30; it ended 5-4. Flight 370 and Euro 2016; the 1990s; 7 percentage points.',
    'Three weeks later, a day after the vote, thousands of protesters and 2,000,000 people, the 3rd, 22nd.',
  ])('%s', (text) => {
    const doc = buildDoc(text);
    expect(scanNumbers(text, doc.tokens, docWords(doc).flags)).toEqual(scanNumbers(text, doc.tokens));
  });
});
