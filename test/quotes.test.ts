// test/quotes.test.ts — quotes analyzer: table-driven rows (speaker before/after/inside,
// pronoun, descriptor, multi-paragraph, nested, via) and must-not-match rows. Contexts are built
// by hand (test/helpers/quotes.ts: buildDoc + hand-made entities) so these tests do not depend on the entities analyzer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean/index.js';
import { findRegions } from '../src/analyze/quotes/marks.js';
import type { Entity } from '../src/types.js';
import { runQuotes } from './helpers/quotes.js';

/** An entity whose mentions are every occurrence of each of `forms` in `text`. */
function entity(text: string, id: string, name: string, type: Entity['type'], forms: string[], descriptors: string[] = []): Entity {
  const mentions: [number, number][] = [];
  for (const f of forms) for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) mentions.push([i, i + f.length]);
  return { id, name, type, mentions: mentions.sort((a, b) => a[0] - b[0]), aliases: forms, descriptors };
}

const run = runQuotes;

describe('direct quotes', () => {
  const rows: [string, string, { said: string; speaker: string | null; who?: string; cue?: string; via?: string | null; kind?: string }][] = [
    ['speaker after', '“We will win,” Peskov stressed.', { said: 'We will win', speaker: 'Peskov', cue: 'stressed' }],
    ['inverted', '"The talks were useful," said Dmitry Peskov.', { said: 'The talks were useful', speaker: 'Dmitry Peskov', cue: 'said' }],
    ['speaker before, colon', 'Peskov said: “Russia never interfered in elections.”', { said: 'Russia never interfered in elections.', speaker: 'Peskov', cue: 'said' }],
    ['guillemets', 'Peskov said: «Russia never interfered in elections.»', { said: 'Russia never interfered in elections.', speaker: 'Peskov' }],
    ['channel phrase', '“We were hacked,” the campaign said in a statement.', { said: 'We were hacked', speaker: 'the campaign', cue: 'said in a statement' }],
    ['via according to', '“Trust me,” Putin said in a telegram to Macron, according to Reuters.', { said: 'Trust me', speaker: 'Putin', cue: 'said in a telegram', via: 'Reuters' }],
    ['told journalists is not via', '“It is primitive,” he told journalists.', { said: 'It is primitive', speaker: null, who: 'he', cue: 'told', via: null }],
    ['nested quote stays inside', '“He said ‘no’ to us,” Smith said.', { said: 'He said ‘no’ to us', speaker: 'Smith' }],
    ['appositive speaker', '“Prices will rise,” John Smith, an economist at the bank, said.', { said: 'Prices will rise', speaker: 'John Smith' }],
  ];
  it.each(rows)('%s', (_name, text, want) => {
    const q = run(text).find((x) => x.kind !== 'indirect');
    expect(q).toBeDefined();
    expect(q!.said).toBe(want.said);
    expect(q!.speaker).toBe(want.speaker);
    if (want.who) expect(q!.who).toBe(want.who);
    if (want.cue) expect(q!.cue).toBe(want.cue);
    if (want.via !== undefined) expect(q!.via).toBe(want.via);
    expect(q!.kind).toBe(want.kind ?? 'direct');
  });

  it('split quote: both halves, same speaker and cue', () => {
    const qs = run('“We are ready,” he said, “and we will talk.” Before that, Peskov had spoken.');
    const direct = qs.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.said)).toEqual(['We are ready', 'and we will talk.']);
    expect(direct[1]!.cueSpan).toEqual(direct[0]!.cueSpan);
  });

  it('pronoun takes the previous quote speaker; continuation paragraph keeps it', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said: “We respect the choice.”\n\n“We seek to develop these ties,” he stressed.\n\n“In these conditions it is important to unite efforts.”';
    const qs = run(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov']);
    expect(qs[1]!.who).toBe('he');
  });

  it('descriptor resolves through the entity mention, or the head noun of an earlier speaker', () => {
    const text = '“Russia is ready,” Kremlin spokesman Dmitry Peskov said.\n\n“We respect the French people,” the Russian presidential spokesman noted.';
    expect(run(text).map((q) => q.speaker)).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
    const ents = [entity(text, 'e1', 'Dmitry Peskov', 'person', ['Dmitry Peskov', 'Russian presidential spokesman'], ['Kremlin spokesman'])];
    const qs = run(text, ents);
    expect(qs.map((q) => q.speakerEntity)).toEqual(['e1', 'e1']);
    expect(qs[1]!.who).toBe('the Russian presidential spokesman');
  });

  it('group speaker: possessive phrase kept as written, no entity', () => {
    const text = '“We were the victim of a hack,” Macron’s campaign said in a statement.';
    const q = run(text, [entity(text, 'm', 'Emmanuel Macron', 'person', ['Macron'])])[0]!;
    expect(q.speaker).toBe('Macron’s campaign');
    expect(q.speakerEntity).toBeNull();
  });

  it('multi-paragraph quote: unclosed paragraph continued by a paragraph opening with a mark', () => {
    const text = 'Smith said: “The first part runs on.\n\n“The second part ends here,” he added later.';
    const qs = run(text);
    expect(qs.map((q) => q.said)).toEqual(['The first part runs on.', 'The second part ends here']);
    expect(qs.every((q) => q.speaker === 'Smith')).toBe(true);
  });

  it('partial quote inside a reported clause', () => {
    const qs = run('Putin told Macron that the two countries should end their “mutual mistrust.”');
    const p = qs.find((q) => q.kind === 'partial');
    expect(p?.said).toBe('mutual mistrust.');
    expect(p?.speaker).toBe('Putin');
  });
});

describe('indirect quotes', () => {
  const rows: [string, string, { said: string; speaker: string; via?: string | null }][] = [
    ['tail', 'It is wrong to say that Moscow was unhappy with the result, Kremlin spokesman Dmitry Peskov said on Monday.', { said: 'It is wrong to say that Moscow was unhappy with the result', speaker: 'Dmitry Peskov' }],
    ['head with that', 'The minister claimed that the deal would collapse within weeks.', { said: 'the deal would collapse within weeks', speaker: 'The minister' }],
    ['told Reuters', 'Flashpoint, a New York-based consultancy, told Reuters Monday there are signs a hacker group was behind it.', { said: 'there are signs a hacker group was behind it', speaker: 'Flashpoint', via: 'Reuters' }],
    ['according to', 'According to the interior ministry, Macron is leading with 23 percent of the vote.', { said: 'Macron is leading with 23 percent of the vote', speaker: 'the interior ministry' }],
    ['denied', 'Putin has denied that Moscow interferes in foreign elections.', { said: 'Moscow interferes in foreign elections', speaker: 'Putin' }],
    ['stops at a second clause with its own subject', 'Putin has denied Moscow interferes in foreign elections, and the Kremlin voiced support for his rivals.', { said: 'Moscow interferes in foreign elections', speaker: 'Putin' }],
    ['keeps a coordinated object', 'The minister said the plan would cut taxes, and raise wages within a year.', { said: 'the plan would cut taxes, and raise wages within a year', speaker: 'The minister' }],
  ];
  it.each(rows)('%s', (_name, text, want) => {
    const q = run(text).find((x) => x.kind === 'indirect');
    expect(q?.said).toBe(want.said);
    expect(q?.speaker).toBe(want.speaker);
    if (want.via !== undefined) expect(q?.via).toBe(want.via);
  });
});

describe('round 2: mixed clauses, participle and bare frames', () => {
  it('a partial quote also yields its reported clause (indirect, containing the fragment)', () => {
    const qs = run('The senator said the investigation is “ongoing and serious.”');
    expect(qs.find((q) => q.kind === 'partial')?.said).toBe('ongoing and serious.');
    const cl = qs.find((q) => q.kind === 'indirect');
    expect(cl?.said).toBe('the investigation is “ongoing and serious.”');
    expect(cl?.speaker).toBe('The senator');
  });

  it.each([
    ['"and" with a new subject pronoun', 'Kasich called him a “nice guy” and he did not describe the others.', 'him a “nice guy”'],
    ['a dash and a determiner', 'Sanders said he was “encouraged” by the plan — a modest boost for Obama since 2009.', 'he was “encouraged” by the plan'],
  ])('the clause ends where the writer resumes: %s', (_name, text, clause) => {
    expect(run(text).find((q) => q.kind === 'indirect')?.said).toBe(clause);
  });

  it('told an outlet’s show that: the clause starts after "that"', () => {
    const qs = run('Sanders told MSNBC’s “Morning Joe” that nobody would question her intelligence.');
    expect(qs.find((q) => q.kind === 'indirect')?.said).toBe('nobody would question her intelligence');
  });

  it('called X “Y”: the clause is the object with its label', () => {
    const qs = run('Trump went after Bush on Monday, calling him “a total stiff.”');
    expect(qs.find((q) => q.kind === 'indirect')?.said).toBe('him “a total stiff.”');
    expect(qs.find((q) => q.kind === 'partial')?.speaker).toBe('Trump');
  });

  const rows: [string, string, { said: string; speaker: string; cue?: string }][] = [
    ['participle saying', 'Warren endorsed Clinton on Thursday, saying, “She is exactly what this country needs.”', { said: 'She is exactly what this country needs.', speaker: 'Warren', cue: 'saying' }],
    ['participle after intro phrase', 'On Thursday, the governor defended the plan, adding: “We will not back down.”', { said: 'We will not back down.', speaker: 'the governor', cue: 'adding' }],
    ['name and colon', 'Bush: “The mission is to destroy ISIS, not to contain it.”', { said: 'The mission is to destroy ISIS, not to contain it.', speaker: 'Bush', cue: ':' }],
    ['verb outside the lexicon', 'He jokes, “It is a never ending line!”', { said: 'It is a never ending line!', speaker: 'He', cue: 'jokes' }],
  ];
  it.each(rows)('%s', (_name, text, want) => {
    const q = run(text).find((x) => x.kind === 'direct');
    expect(q?.said).toBe(want.said);
    expect(q?.who).toBe(want.speaker);
    if (want.cue) expect(q?.cue).toBe(want.cue);
  });

  it('“…,” he said, adding that …: the participle clause continues the quote’s speaker', () => {
    const qs = run('“We will win this state,” Smith said, adding that the campaign would spend heavily on ads.');
    const ind = qs.find((q) => q.kind === 'indirect');
    expect(ind?.said).toBe('the campaign would spend heavily on ads');
    expect(ind?.speaker).toBe('Smith');
  });

  const never: [string, string][] = [
    ['intro phrase then quote', 'In the statement, “the deal is off,” which surprised many people.'],
    ['object of emphasized is not a speaker', 'Officials emphasized the threat that “radical groups” pose to the region.'],
  ];
  it.each(never)('no wrong speaker: %s', (_name, text) => {
    for (const q of run(text)) expect(q.speaker === 'the threat' || q.speaker === 'the statement').toBe(false);
  });
});

describe('must not match', () => {
  const rows: [string, string][] = [
    ['scare quote', 'The government pushed the so-called “reform” through parliament last year.'],
    ['song title', 'The band played “Hey Jude” at the end of the concert in Paris.'],
    ['book title', 'Her book “The Long Road” sold well across the country this spring.'],
    ['single quoted word', 'Critics dismissed the “plan” as too little, too late for the region.'],
    ['apostrophes', 'Russia’s economy in the ’90s wasn’t what the Kremlin’s critics expected.'],
    ['as he said', 'The vote went ahead as he said it would, despite the protests.'],
    ['infinitive after told', 'The officer told him to leave the building immediately.'],
  ];
  it.each(rows)('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });

  it('apostrophes never open a region', () => {
    const t = 'Russia’s ’90s and the Kremlin’s view';
    expect(findRegions(t, [[0, t.length]])).toEqual([]);
  });
});

describe('seeds', () => {
  // The seeds go through the real clean stage first (hover cards and navigation removed).
  const seed = (f: string): string => clean({ input: { path: f, url: null, format: 'text' }, text: readFileSync(new URL(`../examples/seeds/${f}`, import.meta.url), 'utf8') }).text;
  const tass = seed('000_67ea23102d894fe1.txt');
  const hill = seed('001_1688ad1f1f691c47.txt');

  it('TASS: nine or more direct quotes, all Peskov’s; trumpeted, reiterated, the indirect opening', () => {
    const qs = run(tass);
    const direct = qs.filter((q) => q.kind === 'direct');
    expect(direct.length).toBeGreaterThanOrEqual(9);
    expect(direct.every((q) => q.speaker === 'Dmitry Peskov')).toBe(true);
    expect(direct.find((q) => q.said.startsWith('Russia has never interfered'))?.cue).toBe('trumpeted');
    expect(direct.find((q) => q.said.startsWith('What groups are these?'))?.cue).toBe('reiterated');
    const ind = qs.find((q) => q.kind === 'indirect' && q.said.startsWith('It is wrong to say that Moscow was unhappy'));
    expect(ind?.speaker).toBe('Dmitry Peskov');
  });

  it('The Hill: Putin quotes with via Reuters, the campaign statement, Flashpoint via Reuters', () => {
    const qs = run(hill);
    const putin = qs.filter((q) => q.kind === 'direct' && q.speaker === 'Vladimir Putin');
    expect(putin.length).toBeGreaterThanOrEqual(3);
    expect(putin.find((q) => q.said.startsWith('The citizens of France'))?.via).toBe('Reuters');
    expect(qs.find((q) => q.said.startsWith('The En Marche! Movement'))?.speaker).toBe('Macron’s campaign');
    const fp = qs.find((q) => q.kind === 'indirect' && q.speaker === 'Flashpoint');
    expect(fp?.via).toBe('Reuters');
  });
});

describe('a closing mark used to open (scraped text)', () => {
  it('opens when a closing mark follows in the paragraph', () => {
    const qs = run('Getty.\n\n”Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame.” ― Ariana Huichapa.');
    expect(qs.find((q) => q.kind === 'direct')?.said).toBe('Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame.');
  });
  it('must not open after a word or a comma, or without a closer', () => {
    expect(run('It was “fine,” he said. He left, and “that was all.”').map((q) => q.said).filter((w) => w.includes('he said'))).toEqual([]);
    expect(run('She paused. ”Nothing more to say here today at all.').filter((q) => q.kind === 'direct')).toEqual([]);
  });
});
