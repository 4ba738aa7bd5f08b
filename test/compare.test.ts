import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/analyze/doc.js';
import { compare } from '../src/compare/index.js';
import { sameValue, toleranceOf, type Num } from '../src/compare/numbers.js';
import { stanceOf } from '../src/compare/stance.js';
import { clauses, quotedRanges, stagesIn } from '../src/compare/statements.js';
import { articleLabels } from '../src/compare/labels.js';
import { affiliationFromDescriptor } from '../src/compare/voices.js';
import type { Comparison, Span } from '../src/types.js';
import { makeArticle, type Named } from './compare-fixtures.js';

/** Compare two one-sentence articles; the claims that hold both. */
function pairClaims(a: string, b: string, named: Named[] = []): { both: Comparison['claims']; c: Comparison } {
  const c = compare([makeArticle('a1', 'Alpha', a, named), makeArticle('b2', 'Beta', b, named)]);
  return { both: c.claims.filter((x) => x.statements.length === 2), c };
}

const PEOPLE: Named[] = [
  { name: 'John Smith', type: 'person', forms: ['John Smith', 'Smith'] },
  { name: 'Mary Jones', type: 'person', forms: ['Mary Jones', 'Jones'] },
  { name: 'Emmanuel Macron', type: 'person', forms: ['Emmanuel Macron', 'Macron'] },
  { name: 'Angela Merkel', type: 'person', forms: ['Angela Merkel', 'Merkel'] },
];

describe('alignment', () => {
  it.each([
    ['denial paraphrase', 'Russia has never interfered in elections in other countries.', 'Putin has denied that Moscow interferes in foreign elections.', 'shared'],
    ['word order', 'The company said its profits rose to $5 billion in 2016 after strong sales in Asia.', 'Profits at the company rose to $5 billion in 2016 after strong sales in Asia, it said.', 'shared'],
    ['passive voice', 'Police arrested three men in Paris on Tuesday after the bombing.', 'Three men were arrested by police in Paris on Tuesday after the bombing.', 'shared'],
    ['support family, opposite stance', 'It is wrong to say that Russia shows favoritism towards any candidate.', 'The Kremlin voiced support for the rival candidates before the vote.', 'contested'],
    ['rounding is agreement', 'Emmanuel Macron won 23.7% of the vote in the first round in France.', 'Emmanuel Macron won 23.75% of the vote in the first round in France.', 'shared'],
  ])('aligns: %s', (_name, a, b, status) => {
    const { both } = pairClaims(a, b, PEOPLE);
    expect(both).toHaveLength(1);
    expect(both[0]!.status).toBe(status);
  });

  it.each([
    ['same people, different predicates', 'Angela Merkel met Emmanuel Macron in Berlin on Monday.', 'Angela Merkel sued Emmanuel Macron in Berlin on Monday.'],
    ['same predicate, different numbers', 'Emmanuel Macron won 23.68% of the vote in the first round in France.', 'Emmanuel Macron won 23.75% of the vote in the first round in France.'],
    ['same predicate, different dates', 'The runoff vote in France will be held on May 7, officials in Paris said.', 'The runoff vote in France was held on April 23, officials in Paris said.'],
    ['same predicate, different people', 'Police in Ohio arrested John Smith on Friday over the fraud.', 'Police in Ohio arrested Mary Jones on Friday over the fraud.'],
    ['unrelated sentences', 'The central bank raised interest rates by a quarter point.', 'The football club signed a new striker from Brazil.'],
    ['same topic, different facts', 'Polls open at 8 a.m. across the country on Sunday.', 'The incumbent conceded defeat late on Sunday night.'],
    // Round 2: a shared claim must share the predicate and its main arguments.
    ['predicate embedded under a denial of something else', 'It is wrong to say that Moscow was unhappy to see the leader of France’s movement, Emmanuel Macron, win the vote in France.', 'Emmanuel Macron, leader of the movement, won the vote in France on Sunday.'],
    ['different stage of the event', 'Emmanuel Macron was declared winner in the first round of the presidential election in France.', 'Emmanuel Macron won France’s presidential election on Sunday.'],
    ['different stages, antonym', 'Emmanuel Macron won the first round of the election in France.', 'Rival Marine Le Pen called Emmanuel Macron and conceded the runoff.'],
    ['act only in the frame of a quotation', '"All this is a reminder of the accusations from Washington that remain unconfirmed," the spokesman said when asked about speculation that Emmanuel Macron\'s team was hacked.', 'A large archive of emails from Emmanuel Macron\'s campaign was leaked on Friday.'],
    ['act only asked about ("asked if")', '“There should be no one-on-one meeting between this president and Vladimir Putin,” Warner said.', 'But asked if Mr. Trump should recalibrate his approach to the Vladimir Putin meeting, Mr. Gowdy said, “That’s above my pay grade.”'],
    ['same family, one side only its antonym', 'The mayors of Boston and Chicago supported calls to boycott the company in Washington.', 'Critics argue the company’s opposition to the law in Washington goes well beyond the statements.'],
    ['same entity and family word, not next to each other', 'Emmanuel Macron criticised the new pension report on Monday, days after hackers struck a bank in Germany.', 'Hackers struck the campaign of Emmanuel Macron, officials said.'],
  ])('does not align: %s', (_name, a, b) => {
    expect(pairClaims(a, b, PEOPLE).both).toHaveLength(0);
  });

  it('ranks informative uniques (names, numbers, dates, events, lead) above opinion quotes', () => {
    const a = makeArticle('a1', 'Alpha', [
      '"We always hope for the best and remain very open to dialogue with everybody," he said.',
      'The first round of the election was held in France on Sunday, April 23.',
      'According to the interior ministry, Emmanuel Macron leads with 23.68% of the vote.',
      '"It is a very important moment for all of us," he added.',
    ].join(' '), PEOPLE);
    const b = makeArticle('b2', 'Beta', 'The football club signed a new striker from Brazil on a three-year contract.');
    const c = compare([a, b]);
    const mine = c.claims.filter((x) => x.status === 'unique' && x.statements[0]!.article === 'a1').sort((x, y) => y.weight! - x.weight!);
    const top2 = mine.slice(0, 2).map((x) => x.statements[0]!.text ?? '');
    expect(top2.some((t) => t.includes('23.68%'))).toBe(true);
    expect(top2.some((t) => t.includes('April 23'))).toBe(true);
    expect(mine.at(-1)!.statements[0]!.text).toMatch(/^"/);
  });

  it('keeps uniques, ranked by weight, and marks them unique', () => {
    const { c } = pairClaims('The ministry said the bridge will reopen in June after repairs costing $4 million. It rained.', 'The football club signed a new striker from Brazil on a three-year contract.');
    const uniques = c.claims.filter((x) => x.status === 'unique');
    expect(uniques.length).toBeGreaterThanOrEqual(2);
    for (const u of uniques) expect(u.weight).toBeGreaterThanOrEqual(0);
    expect(c.coverage!.outlets[0]!.alone.length).toBeGreaterThan(0);
  });
});

describe('contested needs a shared predicate', () => {
  it('two versions of a quote, one with an extra "not": neither shared nor contested', () => {
    const { c } = pairClaims('"We will keep fighting for the workers of this great state every single day," she said.', '"We will keep fighting for the workers of this great state every single day. We will not stop fighting for the workers," she said.');
    expect(c.claims.filter((x) => x.status !== 'unique')).toHaveLength(0);
  });

  it('"no evidence of X" disputes X, not the investigation before it', () => {
    const named: Named[] = [{ name: 'Robert Mueller', type: 'person', forms: ['Robert Mueller', 'Mueller'] }];
    const { c } = pairClaims("Candidates faced a setback after Robert Mueller's investigation found no evidence of collusion.", "Documents related to Robert Mueller's investigation must be preserved and made available.", named);
    expect(c.claims.filter((x) => x.status === 'contested')).toHaveLength(0);
  });

  it('a denial against a report of the same act is contested', () => {
    const named: Named[] = [{ name: 'James Comey', type: 'person', forms: ['James Comey', 'Comey'] }, { name: 'Donald Trump', type: 'person', forms: ['Donald Trump', 'Trump'] }];
    const { c } = pairClaims('Donald Trump denied that he asked James Comey to stop investigating the adviser.', 'James Comey testified that Donald Trump had asked him to end the investigation into the adviser.', named);
    expect(c.claims.filter((x) => x.status === 'contested')).toHaveLength(1);
  });
});

describe('number conflicts', () => {
  const num = (surface: string, value: number, kind: Num['kind'] = 'percent', unit: string | null = '%'): Num => ({ value, kind, unit, span: [0, surface.length], surface, tol: toleranceOf(surface, value) });
  it.each([
    ['23.7%', 23.7, '23.75%', 23.75, true],
    ['24%', 24, '23.75%', 23.75, true],
    ['23.68%', 23.68, '23.75%', 23.75, false],
    ['21.4%', 21.4, '21.43%', 21.43, true],
    ['21.5%', 21.5, '21.43%', 21.43, false],
  ])('%s vs %s -> same: %s', (sa, va, sb, vb, same) => {
    expect(sameValue(num(sa, va), num(sb, vb))).toBe(same);
  });

  it('understands scale words', () => {
    expect(sameValue(num('1.2 million', 1.2e6, 'count', null), num('1,200,000', 1.2e6, 'count', null))).toBe(true);
    expect(sameValue(num('1.2 million', 1.2e6, 'count', null), num('1,260,000', 1.26e6, 'count', null))).toBe(false);
  });

  it('never matches different kinds', () => {
    expect(sameValue(num('5%', 5), num('5', 5, 'count', null))).toBe(false);
  });

  it('reports a number conflict for the same subject beyond rounding, with spans', () => {
    const { c } = pairClaims('Emmanuel Macron won 23.68% of the vote in the first round in France.', 'Emmanuel Macron won 23.75% of the vote in the first round in France.', PEOPLE);
    const k = c.conflicts.filter((x) => x.kind === 'number');
    expect(k).toHaveLength(1);
    expect(k[0]!.items.map((i) => i.value)).toEqual(['23.68%', '23.75%']);
  });

  it('reports no conflict for rounding', () => {
    const { c } = pairClaims('Emmanuel Macron won 23.7% of the vote in the first round in France.', 'Emmanuel Macron won 23.75% of the vote in the first round in France.', PEOPLE);
    expect(c.conflicts.filter((x) => x.kind === 'number')).toHaveLength(0);
  });
});

describe('stance', () => {
  it.each([
    ['Russia has never interfered in elections.', 'denies'],
    ['Putin denied that Moscow interfered.', 'denies'],
    ['It is wrong to say that Russia favours anyone.', 'denies'],
    ['Le Pen reportedly called Macron and conceded.', 'hedged'],
    ['The allegations have not been confirmed to this day.', 'hedged'],
    ['It is unclear who orchestrated the leaks.', 'hedged'],
    ['Those who did not vote were fined by the state.', 'asserts'],
    ['Not only did sales rise, profits grew too.', 'asserts'],
    ['Flashpoint told Reuters that a hacker group was behind the incident.', 'attributed'],
    ['"We seek to further develop these ties," he said.', 'quoted'],
    ['Macron won the election on Sunday.', 'asserts'],
  ])('%s -> %s', (text, stance) => {
    const span: Span = [0, text.length];
    expect(stanceOf(text, span, tokenize(text), [], []).stance).toBe(stance);
  });

  it('finds responsibility and disputes', () => {
    const t = 'Flashpoint said there are signs a hacker group with military ties was behind the incident.';
    const r = stanceOf(t, [0, t.length], tokenize(t), [], []).responsible!;
    expect(t.slice(r[0], r[1])).toBe('a hacker group with military ties was behind');
    const d = 'The statements look pretty much like claims from Washington.';
    expect(stanceOf(d, [0, d.length], tokenize(d), [], []).disputes).not.toBeNull();
  });
});

describe('attribution conflict', () => {
  it('one names a culprit, the other calls it unproven', () => {
    const a = 'Allegations about Russian hackers attacking the party servers have not been confirmed, the spokesman said.';
    const b = 'A security firm said there are signs a hacker group with Russian military ties was behind the leak.';
    const { c } = pairClaims(a, b);
    const k = c.conflicts.find((x) => x.kind === 'attribution');
    expect(k).toBeDefined();
    expect(k!.items.map((i) => i.article)).toEqual(['b2', 'a1']);
    expect(c.claims.some((x) => x.status === 'contested')).toBe(true);
  });
});

describe('statement features', () => {
  it.each([
    ['Macron won the first round on Sunday.', ['first round']],
    ['The run-off vote will be held on May 7.', ['runoff']],
    ['She lost in the semifinals and the 2nd round was cancelled.', ['semifinal', 'second round']],
    ['He came first and round trips are cheap.', []],
  ])('stages of %s', (text, stages) => {
    expect(stagesIn(text).sort()).toEqual([...stages].sort());
  });

  it.each([
    ['"We will win," he said.', true],
    ['He said that "we will win" and left the room after the long meeting with his team.', false],
    ['Macron won the vote.', false],
  ])('quotation frame of %s: %s', (text, framed) => {
    expect(quotedRanges(text) !== null).toBe(framed);
  });
});

describe('article labels', () => {
  it.each([
    [{ id: 'x', outlet: 'TASS', title: 'Anything' }, 'TASS'],
    [{ id: 'x', outlet: null, title: 'Putin to France’s Macron: Let’s ‘overcome mutual mistrust’' }, 'Putin to France’s Macron…'],
    [{ id: 'x', outlet: null, title: null, input: { path: 'examples/seeds/001_abc.txt', url: null, format: 'text' as const } }, '001_abc'],
    [{ id: 'x', outlet: null, title: null }, 'article 1'],
  ])('%o -> %s', (a, label) => {
    expect(articleLabels([a]).get('x')).toBe(label);
  });

  it('makes labels unique', () => {
    expect([...articleLabels([{ id: 'a', outlet: 'AP', title: null }, { id: 'b', outlet: 'AP', title: null }]).values()]).toEqual(['AP', 'AP (2)']);
  });
});

describe('clauses', () => {
  it.each([
    ['Putin has denied Moscow interferes in foreign elections, and the Kremlin voiced support for his rivals before the vote.', 2],
    ['The vote was held on Sunday; the results will be announced on Monday evening by officials.', 2],
    ['He came, and she left.', 1],
    ['"We will win this, and the others will lose badly in the end," he said to reporters.', 1],
  ])('%s -> %d', (text, n) => {
    expect(clauses(text, [0, text.length])).toHaveLength(n);
  });
});

describe('entities and voices', () => {
  it('merges a surname with the full name, keeps different first names apart', () => {
    const a = makeArticle('a1', 'Alpha', 'Emmanuel Macron met Bill Clinton in Paris.', [
      { name: 'Emmanuel Macron', type: 'person' }, { name: 'Bill Clinton', type: 'person' }]);
    const b = makeArticle('b2', 'Beta', 'Macron later met Hillary Clinton.', [
      { name: 'Macron', type: 'person' }, { name: 'Hillary Clinton', type: 'person' }]);
    const c = compare([a, b]);
    const macron = c.entities.find((e) => e.name === 'Emmanuel Macron')!;
    expect(macron.mentions).toEqual({ a1: 1, b2: 1 });
    expect(c.entities.filter((e) => e.name.endsWith('Clinton'))).toHaveLength(2);
  });

  it('builds the speaker x article matrix with affiliations', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said the talks went well.';
    const a = makeArticle('a1', 'Alpha', text, [{ name: 'Dmitry Peskov', type: 'person', forms: ['Dmitry Peskov'] }], [
      { span: [text.indexOf('the talks'), text.length - 1], kind: 'indirect', speaker: 'Dmitry Peskov', speakerEntity: 'e0', speakerSpan: [text.indexOf('Dmitry'), text.indexOf(' said')], cue: 'said', via: null }]);
    const b = makeArticle('b2', 'Beta', 'Peskov declined to comment on the talks.', [{ name: 'Peskov', type: 'person' }]);
    const c = compare([a, b]);
    expect(c.voices).toEqual([{ speaker: 'Dmitry Peskov', affiliation: 'Kremlin', quotes: { a1: 1 } }]);
    expect(c.voiceShare).toEqual({ a1: { Kremlin: 1 }, b2: {} });
    expect(c.framing![0]!.reportingVerbs).toEqual({ 'Dmitry Peskov': { said: 1 } });
  });

  it('keeps a real speaker behind a run-away speaker string, drops a sentence with no name', () => {
    const text = 'Asked about the vote, Dmitry Peskov, who spoke to reporters at length on Monday, said the talks went well. Later it was said that the talks had gone well.';
    const at = (s: string) => text.indexOf(s);
    const a = makeArticle('a1', 'Alpha', text, [{ name: 'Dmitry Peskov', type: 'person', forms: ['Dmitry Peskov'] }], [
      { span: [at('the talks went'), at(' Later') - 1], kind: 'indirect', speaker: 'Asked about the vote, Dmitry Peskov, who spoke to reporters at length on Monday.', speakerEntity: null, speakerSpan: [0, at(' said')], cue: 'said', via: null },
      { span: [at('that the talks had'), text.length - 1], kind: 'indirect', speaker: 'Later it was said.', speakerEntity: null, speakerSpan: [at('Later'), at('that the talks had')], cue: 'said', via: null },
    ]);
    const c = compare([a, makeArticle('b2', 'Beta', 'The football club signed a new striker from Brazil.')]);
    expect(c.voices.map((v) => v.speaker)).toEqual(['Dmitry Peskov']);
  });

  it.each([
    ['Kremlin spokesman', 'Kremlin'],
    ['Russian President', 'Russia'],
    ['the Russian presidential spokesman', 'Russia'],
    ['National Front leader', 'National Front'],
    ['spokesman for the State Department', 'State Department'],
    ['a senior official', null],
  ])('affiliation of "%s" is %s', (d, aff) => {
    expect(affiliationFromDescriptor(d)).toBe(aff);
  });
});

describe('contract', () => {
  it('every statement span slices its article text, stances are in the contract set', () => {
    const a = makeArticle('a1', 'Alpha', 'Russia has never interfered in elections. "We respect the choice," he said.\n\nThe vote was held on Sunday.');
    const b = makeArticle('b2', 'Beta', 'Putin has denied Moscow interferes in foreign elections. Turnout was high.');
    const c = compare([a, b]);
    const text = new Map([[a.id, a.text], [b.id, b.text]]);
    for (const cl of c.claims) for (const s of cl.statements) {
      expect(text.get(s.article)!.slice(s.span[0], s.span[1])).toBe(s.text);
      expect(['asserts', 'denies', 'hedged', 'attributed']).toContain(s.stance);
    }
  });
});
