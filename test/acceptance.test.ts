// What a careful reader finds in the two seed articles (issue "walking skeleton", acceptance).
// Each expectation is a general capability shown on the user's own examples.
import { describe, expect, it } from 'vitest';
import type { Article, Comparison } from '../src/types.js';
import { seedOutputs } from './helpers/goldens.js';

const { analyses, comparison } = await seedOutputs();
const tass = analyses.get('000_67ea23102d894fe1')!;
const hill = analyses.get('001_1688ad1f1f691c47')!;
const at = (a: Article, s: [number, number] | null) => (s ? a.text.slice(s[0], s[1]) : null);
const entity = (a: Article, name: string) => a.entities.find((e) => e.name === name);
const names = (a: Article, type: string) => a.entities.filter((e) => e.type === type).map((e) => e.name);

describe('TASS seed', () => {
  it('cleaning', () => {
    expect(tass.title).toBe("Putin's spokesman says Kremlin never had any aversion to Macron");
    expect(tass.subtitle).toMatch(/^Emmanuel Macron was declared winner/);
    expect(tass.removed).toContainEqual({ text: 'All news', reason: 'navigation' });
    expect(tass.dateline).toEqual({ place: 'St. Petersburg', date: 'April 24', agency: 'TASS' });
    expect(tass.outlet).toBe('TASS');
    expect(tass.headings.map((h) => at(tass, h))).toEqual(['Alleged hacker attacks']);
    expect(tass.sentences.some((s) => at(tass, s) === 'Alleged hacker attacks')).toBe(false);
  });
  it('sentences: "En Marche!" does not end one', () => {
    expect(tass.sentences.some((s) => at(tass, s)!.endsWith('En Marche!'))).toBe(false);
  });
  it('entities', () => {
    expect(names(tass, 'person')).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Emmanuel Macron', 'Marine Le Pen']));
    expect(entity(tass, 'Emmanuel Macron')!.aliases).toContain('Emanuel Macron');
    const orgs = names(tass, 'organization').map((n) => n.replace(/^the /i, ''));
    for (const o of ['En Marche!', 'National Front', 'Kremlin']) expect(orgs).toContain(o);
    expect(orgs.some((o) => /interior ministry/i.test(o))).toBe(true);
    expect(orgs.some((o) => /Democratic Party/.test(o))).toBe(true);
  });
  it('quotes: at least 9 direct, all Peskov, through pronoun and descriptors', () => {
    const direct = tass.quotes.filter((q) => q.kind === 'direct');
    expect(direct.length).toBeGreaterThanOrEqual(9);
    for (const q of direct) expect(q.speaker).toBe('Dmitry Peskov');
    const via = new Set(direct.map((q) => at(tass, q.speakerSpan)!.toLowerCase()));
    for (const s of ['he', 'peskov', 'the kremlin spokesman', 'the russian presidential spokesman']) expect(via).toContain(s);
    const never = direct.find((q) => at(tass, q.span)!.startsWith('Russia has never interfered'))!;
    expect(never.cue).toBe('trumpeted');
    const indirect = tass.quotes.find((q) => q.kind === 'indirect' && at(tass, q.span)!.startsWith('It is wrong to say that Moscow was unhappy'));
    expect(indirect?.speaker).toBe('Dmitry Peskov');
  });
  it('numbers and the first-round conflict', () => {
    const pct = tass.numbers.filter((n) => n.kind === 'percent').map((n) => n.value);
    expect(pct).toEqual(expect.arrayContaining([23.75, 23.68, 21.43]));
    const conflict = tass.issues.find((i) => i.kind === 'number-conflict');
    expect(conflict).toBeDefined();
    expect(conflict!.spans.map((s) => at(tass, s)).join(' ')).toMatch(/23\.75.*23\.68|23\.68.*23\.75/);
    expect(conflict!.spans.map((s) => at(tass, s)).join(' ')).not.toMatch(/21\.43/);
  });
  it('cues', () => {
    const cue = (kind: string) => tass.cues.filter((c) => c.kind === kind).map((c) => at(tass, c.span)!.toLowerCase());
    expect(cue('allegation')).toContain('allegations');
    expect(cue('loaded')).toContain('trumpeted');
  });
});

describe('The Hill seed', () => {
  it('cleaning', () => {
    expect(hill.title).toBe('Putin to France’s Macron: Let’s ‘overcome mutual mistrust’');
    expect(hill.removed).toContainEqual({ text: '© Getty Images', reason: 'photo-credit' });
    expect(hill.removed.filter((r) => r.reason === 'hover-card')).toHaveLength(2);
    expect(hill.text).toMatch(/^Russian President Vladimir Putin on Monday told French President-elect Emmanuel Macron that the two countries/);
  });
  it('entities', () => {
    expect(names(hill, 'person')).toEqual(expect.arrayContaining(['Vladimir Putin', 'Emmanuel Macron', 'Marine Le Pen']));
    expect(names(hill, 'organization')).toEqual(expect.arrayContaining(['Flashpoint', 'Reuters', 'En Marche!']));
  });
  it('quotes', () => {
    const putin = hill.quotes.filter((q) => q.kind === 'direct' && q.speaker === 'Vladimir Putin');
    expect(putin.length).toBeGreaterThanOrEqual(3);
    expect(putin.find((q) => at(hill, q.span)!.startsWith('The citizens of France'))!.via).toMatch(/Reuters/);
    const campaign = hill.quotes.find((q) => at(hill, q.span)!.startsWith('The En Marche! Movement has been the victim'));
    expect(campaign?.speaker).toMatch(/Macron.s campaign/);
    const flash = hill.quotes.find((q) => q.kind === 'indirect' && q.speaker === 'Flashpoint');
    expect(flash?.via).toMatch(/Reuters/);
  });
  it('cues', () => {
    const cue = (kind: string) => hill.cues.filter((c) => c.kind === kind).map((c) => at(hill, c.span)!.toLowerCase());
    expect(cue('hedge')).toEqual(expect.arrayContaining(['purportedly', 'reportedly']));
    expect(cue('uncertainty').some((c) => c.includes('unclear'))).toBe(true);
    expect(cue('denial').some((c) => c.includes('denied'))).toBe(true);
  });
});

describe('comparison of the seeds', () => {
  const c: Comparison = comparison;
  const voice = (name: string) => c.voices.find((v) => v.speaker === name);
  const statementText = (article: string, span: [number, number]) => (article === tass.id ? tass : hill).text.slice(span[0], span[1]);
  const claimsWith = (re: RegExp) => c.claims.filter((cl) => cl.statements.some((s) => re.test(statementText(s.article, s.span))));

  it('voices', () => {
    expect(voice('Dmitry Peskov')!.quotes[tass.id]).toBeGreaterThan(0);
    expect(voice('Dmitry Peskov')!.quotes[hill.id] ?? 0).toBe(0);
    expect(voice('Vladimir Putin')!.quotes[hill.id]).toBeGreaterThan(0);
    expect(voice('Vladimir Putin')!.quotes[tass.id] ?? 0).toBe(0);
    expect(voice('Flashpoint')!.quotes[hill.id]).toBeGreaterThan(0);
  });
  it('entities named by both', () => {
    for (const n of ['Emmanuel Macron', 'Marine Le Pen']) {
      const e = c.entities.find((x) => x.name === n)!;
      expect(e.mentions[tass.id]).toBeGreaterThan(0);
      expect(e.mentions[hill.id]).toBeGreaterThan(0);
    }
  });
  it('the denial of interference is aligned across both', () => {
    const cl = claimsWith(/never interfered|denied Moscow interferes/);
    expect(cl.some((x) => new Set(x.statements.map((s) => s.article)).size === 2)).toBe(true);
  });
  it('favouritism and the hacking attribution are contested', () => {
    const fav = claimsWith(/favoritism|voiced support/).find((x) => x.status === 'contested');
    expect(fav).toBeDefined();
    expect(c.claims.some((x) => x.status === 'contested' && x.statements.some((s) => /hacker|hack/i.test(statementText(s.article, s.span))))).toBe(true);
  });
  it('unique reports', () => {
    expect(claimsWith(/23\.68%|first round of presidential elections was held/).some((x) => x.status === 'unique')).toBe(true);
    expect(claimsWith(/telegram/).some((x) => x.status === 'unique' && x.statements.every((s) => s.article === hill.id))).toBe(true);
  });
});
