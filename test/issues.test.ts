// test/issues.test.ts — in-article issues: number-conflict, date-conflict, name-variant.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisContext } from '../src/analyze/context.js';
import { buildDoc } from '../src/analyze/doc.js';
import { findIssues } from '../src/analyze/issues.js';
import { findNumbers } from '../src/analyze/numbers.js';
import type { CleanArticle, Entity, Issue } from '../src/types.js';

function issuesOf(text: string, published: string | null = null, entities: Entity[] = []): Issue[] {
  const article: CleanArticle = {
    id: 't', input: { path: null, url: null, format: 'text' }, outlet: null, title: null, subtitle: null,
    published, dateline: null, language: 'en', text, removed: [], headings: [],
  };
  const ctx: AnalysisContext = { article, doc: buildDoc(text), entities, quotes: [], numbers: [], cues: [], issues: [] };
  ctx.numbers = findNumbers(ctx);
  return findIssues(ctx);
}
const kinds = (is: Issue[]) => is.map((i) => i.kind);

describe('findIssues: positive rows', () => {
  it.each([
    ['number-conflict', 'Jane Doe won the vote with 52% of the ballots.\n\nLater counts gave Jane Doe 48% of the vote.'],
    ['number-conflict', 'Acme Corp paid $2 million in fines.\n\nAcme Corp said it paid $3 million in fines.'],
    ['date-conflict', 'The summit will open on June 3.\n\nDelegates said the summit would open on June 5.'],
    ['date-conflict', 'The vote took place on Sunday, April 24, 2017.'],
    ['name-variant', 'Emmanuel Macron won. Rivals attacked Emanuel Macron on Monday. Emmanuel Macron replied.'],
  ])('%s: %s', (kind, text) => {
    const is = issuesOf(text);
    expect(kinds(is)).toContain(kind);
    for (const i of is) for (const s of i.spans) expect(s[1]).toBeGreaterThan(s[0]);
  });
});

describe('findIssues: must not match', () => {
  it.each([
    ['two people, two shares', 'Jane Doe took 52% of the vote. John Roe took 48% of the vote.'],
    ['same value twice', 'Jane Doe took 52% of the vote.\n\nJane Doe, with 52% of the vote, won.'],
    ['time spans are not quantities of an entity', 'Bill Gates said it takes two weeks. Bill Gates later said three weeks.'],
    ['two different events', 'The summit opens on June 3. The vote is on June 5.'],
    ['a weekday that fits', 'The vote took place on Sunday, April 23, 2017.'],
    ['short different first names', 'Joan Smith met John Smith.'],
    ['surname-only forms', 'Emmanuel Macron won. Macron thanked voters.'],
  ])('%s', (_name, text) => {
    expect(issuesOf(text)).toEqual([]);
  });

  it('name-variant from entity aliases, not from surname or longer forms', () => {
    const text = 'Emmanuel Macron won. Macron thanked Emmanuel Jean-Michel Macron fans and Emanuel Macron too.';
    const e: Entity = {
      id: 'e1', name: 'Emmanuel Macron', type: 'person', mentions: [[0, 15], [21, 27], [84, 98]],
      aliases: ['Emmanuel Macron', 'Macron', 'Emmanuel Jean-Michel Macron', 'Emanuel Macron'], descriptors: [],
    };
    const is = issuesOf(text, null, [e]).filter((i) => i.kind === 'name-variant');
    expect(is).toHaveLength(1);
    expect(is[0]!.spans.map((s) => text.slice(s[0], s[1]))).toEqual(['Emmanuel Macron', 'Emanuel Macron']);
  });
});

describe('findIssues: seed TASS article', () => {
  const text = readFileSync('examples/seeds/000_67ea23102d894fe1.txt', 'utf8');
  const is = issuesOf(text);
  it('flags 23.75% vs 23.68% for Macron, not Le Pen\'s 21.43%', () => {
    const nc = is.filter((i) => i.kind === 'number-conflict');
    expect(nc).toHaveLength(1);
    expect(nc[0]!.spans.map((s) => text.slice(s[0], s[1])).sort()).toEqual(['23.68%', '23.75%']);
    expect(nc[0]!.message).toContain('Macron');
  });
  it('flags "Emanuel Macron" as a variant of "Emmanuel Macron"', () => {
    const nv = is.find((i) => i.kind === 'name-variant');
    expect(nv && text.slice(nv.spans[1]![0], nv.spans[1]![1])).toBe('Emanuel Macron');
  });
});
