// test/quotes-gender.test.ts — he/she never resolve to a speaker of the other sex (quotes/gender.ts,
// quotes/speaker.ts), with must-not rows: a surname alone and ambiguous first names are unknown,
// and unknown never blocks a resolution.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze/index.js';
import { phraseGender } from '../src/analyze/quotes/gender.js';
import type { CleanArticle } from '../src/types.js';

describe('phraseGender', () => {
  it.each([
    ['Hillary Clinton', null], // 96% female in the SSA counts: below the bar, the document decides
    ['Sarah Palin', 'f'],
    ['Donald Trump', 'm'],
    ['Former Sen. Jeb Bush', 'm'],
    ['the spokeswoman', 'f'],
    ['her husband', 'm'],
    // must not: a surname alone ("Clinton" is also a boy's name), ambiguous names, no name
    ['Clinton', null],
    ['Jordan Peele', null],
    ['the campaign', null],
  ])('%s -> %s', (phrase, want) => {
    expect(phraseGender(phrase)).toBe(want);
  });
});

function quotes(text: string): { said: string; speaker: string | null }[] {
  const article: CleanArticle = { id: 't', input: { path: null, url: null, format: 'text' }, outlet: null, title: null, subtitle: null, published: null, dateline: null, language: 'en', text, removed: [], headings: [] };
  return analyze(article).quotes.filter((q) => q.kind === 'direct').map((q) => ({ said: text.slice(q.span[0], q.span[1]), speaker: q.speaker }));
}

describe('he/she and the previous speaker', () => {
  it('“he” skips a previous speaker named as a woman', () => {
    const text = '“We will win this state,” said Sarah Palin.\n\nBernie Sanders spoke to supporters in Nashua on Monday.\n\n“We have come a long way,” he told them.';
    expect(quotes(text).find((q) => q.said.startsWith('We have come'))?.speaker).toBe('Bernie Sanders');
  });
  it('the document’s own pronouns place a name the list does not know', () => {
    const text = 'Hillary Clinton said she would campaign in Ohio.\n\n“We are ready,” said Tim Kaine.\n\n“It is a great day,” she said.';
    expect(quotes(text).find((q) => q.said.startsWith('It is a great day'))?.speaker).toBe('Hillary Clinton');
  });
  it('the document’s own pronouns, twice, outrank the US first-name counts', () => {
    const text = 'Andrea Orlando said he would step down. Orlando added that he was tired.\n\n“We are done,” said Maria Rossi.\n\n“I am leaving,” he said.';
    expect(quotes(text).find((q) => q.said.startsWith('I am leaving'))?.speaker).toBe('Andrea Orlando');
  });
  it('an unknown gender never blocks the previous speaker (must not move)', () => {
    const text = '“We will respond,” said Jordan Smith.\n\n“It is a breach,” she said.';
    expect(quotes(text).find((q) => q.said.startsWith('It is a breach'))?.speaker).toBe('Jordan Smith');
  });
});
