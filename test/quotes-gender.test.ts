// test/quotes-gender.test.ts — he/she never resolve to a speaker of the other sex (quotes/gender.ts,
// quotes/speaker.ts), with must-not rows: a surname alone and ambiguous first names are unknown,
// and unknown never blocks a resolution.
import { describe, expect, it } from 'vitest';
import { phraseGender } from '../src/analyze/quotes/gender.js';
import { analyzedQuotes } from './helpers/quotes.js';

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

describe('he/she and the previous speaker', () => {
  // [name, text, how the quote starts, its speaker]
  it.each([
    ['“he” skips a previous speaker named as a woman', '“We will win this state,” said Sarah Palin.\n\nBernie Sanders spoke to supporters in Nashua on Monday.\n\n“We have come a long way,” he told them.', 'We have come', 'Bernie Sanders'],
    ['the document’s own pronouns place a name the list does not know', 'Hillary Clinton said she would campaign in Ohio.\n\n“We are ready,” said Tim Kaine.\n\n“It is a great day,” she said.', 'It is a great day', 'Hillary Clinton'],
    ['the document’s own pronouns, twice, outrank the US first-name counts', 'Andrea Orlando said he would step down. Orlando added that he was tired.\n\n“We are done,” said Maria Rossi.\n\n“I am leaving,” he said.', 'I am leaving', 'Andrea Orlando'],
    ['an unknown gender never blocks the previous speaker (must not move)', '“We will respond,” said Jordan Smith.\n\n“It is a breach,” she said.', 'It is a breach', 'Jordan Smith'],
  ])('%s', (_name, text, start, speaker) => {
    expect(analyzedQuotes(text).find((q) => q.kind === 'direct' && q.said.startsWith(start))?.speaker).toBe(speaker);
  });
});
