import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/analyze/doc.js';
import { compare } from '../src/compare/index.js';
import { sameValue, toleranceOf, type Num } from '../src/compare/numbers.js';
import { stanceOf } from '../src/compare/stance.js';
import { clauses } from '../src/compare/statements.js';
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
  ])('does not align: %s', (_name, a, b) => {
    expect(pairClaims(a, b, PEOPLE).both).toHaveLength(0);
  });

  it('keeps uniques, ranked by weight, and marks them unique', () => {
    const { c } = pairClaims('The ministry said the bridge will reopen in June after repairs costing $4 million. It rained.', 'The football club signed a new striker from Brazil on a three-year contract.');
    const uniques = c.claims.filter((x) => x.status === 'unique');
    expect(uniques.length).toBeGreaterThanOrEqual(2);
    for (const u of uniques) expect(u.weight).toBeGreaterThanOrEqual(0);
    expect(c.coverage!.outlets[0]!.alone.length).toBeGreaterThan(0);
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
