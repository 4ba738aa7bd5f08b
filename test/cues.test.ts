// test/cues.test.ts — framing cues: positive rows, must-not-match rows, quotes, seed acceptance.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisContext } from '../src/analyze/context.js';
import { findCues } from '../src/analyze/cues.js';
import { buildDoc } from '../src/analyze/doc.js';
import type { CleanArticle, Cue, Quote } from '../src/types.js';

function ctxOf(text: string, quotes: Quote[] = []): AnalysisContext {
  const article: CleanArticle = {
    id: 't', input: { path: null, url: null, format: 'text' }, outlet: null, title: null, subtitle: null,
    published: null, dateline: null, language: 'en', text, removed: [], headings: [],
  };
  return { article, doc: buildDoc(text), entities: [], quotes, numbers: [], cues: [], issues: [] };
}
const run = (text: string, quotes: Quote[] = []): Cue[] => findCues(ctxOf(text, quotes));
// Seeds are raw scrapes: compare with no-break spaces as plain spaces (the span itself is exact).
const surface = (text: string, c: Cue) => text.slice(c.span[0], c.span[1]).replace(/\u00a0/g, ' ');

describe('findCues: positive rows', () => {
  it.each([
    ['The minister reportedly resigned.', 'hedge', 'reportedly'],
    ['Files purportedly from the campaign leaked.', 'hedge', 'purportedly'],
    ['The virus may have spread earlier.', 'hedge', 'may have'],
    ['He is believed to be in Paris.', 'hedge', 'is believed to'],
    ['The deal was signed, according to Reuters.', 'attribution', 'according to Reuters'],
    ['A consultancy told Reuters on Monday there were signs.', 'attribution', 'told Reuters'],
    ['Sources said the talks had stalled.', 'attribution', 'Sources said'],
    ['He rejected the allegations of fraud.', 'denial', 'rejected the allegations'],
    ['Putin has denied Moscow interferes in elections.', 'denial', 'denied'],
    ['The alleged bribe was paid in cash.', 'allegation', 'alleged'],
    ['The statements look like claims from Washington.', 'allegation', 'claims'],
    ['He faces accusations of fraud.', 'allegation', 'accusations'],
    ['It is unclear who orchestrated the leaks.', 'uncertainty', 'It is unclear'],
    ['The cause remains unknown.', 'uncertainty', 'remains unknown'],
    ['The video could not be verified.', 'uncertainty', 'could not be verified'],
    ['The report was unconfirmed.', 'uncertainty', 'unconfirmed'],
    ['"We will win," he trumpeted.', 'loaded', 'trumpeted'],
    ['The senator assailed the decision.', 'loaded', 'assailed'],
    ['The rollout was a fiasco from the first day.', 'loaded', 'fiasco'],
    ['The mayor hired thugs to break up the rally.', 'loaded', 'thugs'],
    ['Critics called it a witch hunt.', 'loaded', 'witch hunt'],
    // Outlets opening with "the"/"The" (match.ts outletMayStart) and two-word openings (Compiled.second).
    ['The Guardian reported the deal on Monday.', 'attribution', 'The Guardian reported'],
    ['An aide told the Wall Street Journal about it.', 'attribution', 'told the Wall Street Journal'],
    ['Reuters reported the deal first.', 'attribution', 'Reuters reported'],
    ['He was believed to be abroad.', 'hedge', 'was believed to'],
  ])('%s', (text, kind, words) => {
    const c = run(text).find((x) => x.kind === kind);
    expect(c, `${kind} in ${text}`).toBeDefined();
    expect(surface(text, c!)).toBe(words);
  });
});

describe('findCues: must not match', () => {
  it.each([
    ['"the report said" is not a hedge', 'The report said the plant was closed.', 'hedge'],
    ['"denied entry" is withholding', 'She was denied entry at the border.', 'denial'],
    ['"denied him a visa"', 'The embassy denied him a visa.', 'denial'],
    ['"claims adjuster" is a job', 'The claims adjuster visited the house.', 'allegation'],
    ['"jobless claims" are filings', 'Jobless claims fell last week.', 'allegation'],
    ['"he claims" is a reporting verb, not the noun', 'He claims the vote was fair.', 'allegation'],
    ['"a loaded gun" is not loaded wording', 'Police found a loaded gun in the car.', 'loaded'],
    ['"slammed the door" is literal', 'He slammed the door and left.', 'loaded'],
    ['"slammed" is not loaded on its own (PTC: 1 of 5 uses marked)', 'The senator slammed the decision.', 'loaded'],
    ['"shocking" as a description', 'He is known for his shocking pictures.', 'loaded'],
    ['"scoffed" is pruned (no support in the data)', 'Ron Paul scoffed at the plan on Sunday.', 'loaded'],
    ['"disastrous" flood is description', 'The disastrous flood destroyed the bridge.', 'loaded'],
    ['"a frenzy of coverage" is description', 'A frenzy of coverage followed the leak.', 'loaded'],
    ['"may have to" is obligation', 'Workers may have to move.', 'hedge'],
    ['"told Macron" is not a source', 'Putin told French President Emmanuel Macron that ties matter.', 'attribution'],
    ['a loaded word in a quote with no known speaker', 'The crowd chanted "this is a disgraceful sham" all night.', 'loaded'],
    ['"never interfered" outside a quote is narration', 'The court never interfered in the case.', 'denial'],
    ['"can be verified" is not uncertainty', 'The figures can be verified online.', 'uncertainty'],
    ['"the guardian" in lower case is no outlet', 'The court named the guardian reported missing.', 'attribution'],
    ['"was believed" without "to"', 'It was believed by many.', 'hedge'],
  ])('%s', (_name, text, kind) => {
    expect(run(text).filter((c) => c.kind === kind).map((c) => surface(text, c))).toEqual([]);
  });
});

describe('findCues: labels attributed with a naming verb', () => {
  it.each([
    ['He opposes the thaw, calling the government tyrannical.', 'tyrannical', 'a label attributed with "calling"'],
    ['They removed content over what they called hateful speech.', 'hateful', 'a label attributed with "called"'],
    ['Critics dubbed the inquiry a witch hunt.', 'witch hunt', 'a label attributed with "dubbed"'],
  ])('%s', (text, words, note) => {
    const c = run(text).find((x) => x.kind === 'loaded');
    expect(c && surface(text, c)).toBe(words);
    expect(c?.note).toBe(note);
  });
  it.each([
    ['a comma ends the frame', 'She called, and the tyrannical boss hung up.'],
    ['a naming verb five words back is too far', 'He called the long and winding speech hateful.'],
  ])('must not attribute: %s', (_name, text) => {
    expect(run(text).filter((c) => c.kind === 'loaded').map((c) => c.note)).toEqual([null]);
  });
});

describe('findCues: quotes', () => {
  const text = '"These are utterly erroneous allegations," Peskov said.';
  const quote: Quote = { span: [1, 40], kind: 'direct', speaker: 'Dmitry Peskov', speakerEntity: null, speakerSpan: [43, 49], cue: 'said', via: null };
  it('loaded words inside a quote carry whose words they are', () => {
    const c = run(text, [quote]).find((x) => x.kind === 'loaded');
    expect(c && surface(text, c)).toBe('utterly');
    expect(c?.note).toBe('in a quote by Dmitry Peskov');
  });
  it('without a known speaker the loaded word is not reported, the allegation is (noted)', () => {
    const cs = run(text);
    expect(cs.some((c) => c.kind === 'loaded')).toBe(false);
    expect(cs.find((c) => c.kind === 'allegation')?.note).toBe('in a quote');
  });
});

describe('findCues: seed acceptance', () => {
  const cuesOf = (file: string) => {
    const text = readFileSync(file, 'utf8');
    return { text, cues: run(text) };
  };
  it('TASS', () => {
    const { text, cues } = cuesOf('examples/seeds/000_67ea23102d894fe1.txt');
    const got = cues.map((c) => `${c.kind}:${surface(text, c)}`);
    for (const want of ['allegation:allegations', 'allegation:Allegations', 'loaded:trumpeted', 'allegation:claims', 'allegation:Alleged']) {
      expect(got).toContain(want);
    }
    for (const c of cues) expect(c.span[1]).toBeGreaterThan(c.span[0]);
  });
  it('The Hill', () => {
    const { text, cues } = cuesOf('examples/seeds/001_1688ad1f1f691c47.txt');
    const got = cues.map((c) => `${c.kind}:${surface(text, c)}`);
    for (const want of ['hedge:purportedly', 'hedge:reportedly', 'uncertainty:It is unclear', 'denial:denied', 'attribution:according to Reuters', 'attribution:told Reuters']) {
      expect(got).toContain(want);
    }
  });
});
