// The NER model as shipped (models/ner/), its features and the CoNLL helpers. No ../shared needed.
import { describe, expect, it } from 'vitest';
import { chunks, iob1ToBio, prf, score, sum } from '../src/analyze/ner/conll.js';
import { shape } from '../src/analyze/ner/features.js';
import { countryOfAdjective, gazBit, gazBits, lexiconForm, markGazetteer, parseGazetteer } from '../src/analyze/ner/gazetteer.js';
import { KeyTable } from '../src/analyze/ner/keytable.js';
import { tagSentences } from '../src/analyze/ner/tagger.js';

describe('shipped model', () => {
  it('loads and tags "Angela Merkel visited Paris ."', () => {
    expect(tagSentences([['Angela', 'Merkel', 'visited', 'Paris', '.']])).toEqual([['B-PER', 'I-PER', 'O', 'B-LOC', 'O']]);
  });
  it.each([
    [['Kremlin', 'spokesman', 'Dmitry', 'Peskov', 'said', 'on', 'Monday', '.'], 'PER:2:4'],
    [['The', 'talks', 'in', 'Geneva', 'ended', '.'], 'LOC:3:4'],
    [['Shares', 'of', 'Microsoft', 'fell', '.'], 'ORG:2:3'],
  ])('finds the name in %j', (toks, chunk) => {
    expect(chunks(tagSentences([toks])[0]!)).toContain(chunk);
  });
  it.each([
    [['Traditionally', ',', 'it', 'rains', '.']],
    [['It', 'is', 'wrong', '.']],
  ])('must not tag %j', (toks) => {
    expect(chunks(tagSentences([toks])[0]!)).toEqual([]);
  });
});

describe('features', () => {
  it.each([
    ['Peskov', 'Xx'],
    ['U.S.', 'X.X.'],
    ['23.75%', 'd.d%'],
    ['McDonald', 'XxXx'],
    ['Émile', 'Xx'],
  ])('shape(%s) = %s', (w, s) => expect(shape(w)).toBe(s));
});

describe('gazetteer', () => {
  const g = parseGazetteer(['#city', lexiconForm('New York'), lexiconForm('Paris'), '#first', 'paris', '#adjective', 'Ruritanian\tRuritania'].join('\n'));
  it('marks multi-token names, first and inside tokens', () => {
    const out = new Int32Array(4);
    markGazetteer(g, ['in', 'new', 'york', 'today'], 0, 4, out);
    const city = gazBit('city');
    expect(out[1]! & city).toBe(city);
    expect(out[2]! & city).toBe(0);
    expect(out[2]).not.toBe(0);
    expect(out[0]).toBe(0);
  });
  it('keeps every category of a name', () => {
    expect(g.phrases.get('paris')).toBe(gazBit('city') | gazBit('first'));
    expect(g.adjectives.get('Ruritanian')).toBe('Ruritania');
  });
  it('shipped lexicon knows countries and adjectives', () => {
    expect(gazBits('france') & gazBit('country')).toBeTruthy();
    expect(countryOfAdjective('Russian')).toBe('Russia');
    expect(countryOfAdjective('Korean')).toBeUndefined(); // two Koreas: ambiguous
  });
});

describe('conll helpers', () => {
  it.each([
    [['I-PER', 'I-PER', 'O', 'I-LOC'], ['B-PER', 'I-PER', 'O', 'B-LOC']],
    [['I-ORG', 'B-ORG', 'I-ORG'], ['B-ORG', 'B-ORG', 'I-ORG']],
    [['I-MISC', 'I-LOC'], ['B-MISC', 'B-LOC']],
  ])('iob1ToBio(%j)', (a, b) => expect(iob1ToBio(a)).toEqual(b));
  it('chunks and scores entity-level exact matches', () => {
    expect(chunks(['B-PER', 'I-PER', 'O', 'I-LOC'])).toEqual(['PER:0:2', 'LOC:3:4']);
    const m = score([['B-PER', 'I-PER', 'O', 'B-LOC']], [['B-PER', 'O', 'O', 'B-LOC']]);
    expect(sum(m, ['PER', 'LOC'])).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(prf(sum(m, ['PER', 'LOC'])).f).toBeCloseTo(0.5);
  });
});

describe('KeyTable', () => {
  it('finds large integer keys and misses absent ones', () => {
    const keys = [0, 1, 2 ** 40 + 7, 2 ** 52 - 1, 123456789];
    const t = new KeyTable(keys);
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    expect(t.get(5)).toBe(-1);
    expect(t.get(2 ** 40 + 8)).toBe(-1);
  });
});
