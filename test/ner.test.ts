// The NER model as shipped (models/ner/), its features and the CoNLL helpers. No ../shared needed.
import { describe, expect, it } from 'vitest';
import { chunks, iob1ToBio, prf, score, sum, type ConllSentence } from '../src/analyze/ner/conll.js';
import { readdirSync, readFileSync } from 'node:fs';
import { buildDoc } from '../src/analyze/doc.js';
import { tagDoc, taggerSlab } from '../src/analyze/ner/decode.js';
import { markPair } from '../src/analyze/ner/decode-memo.js';
import { pairWeights, WordSlab } from '../src/analyze/ner/slab.js';
import { BOS_ATOM, docStats, EOS_ATOM, nextStamp, NTAGS, putKey, shape } from '../src/analyze/ner/features.js';
import {
  countryOfAdjective, gazBit, gazBits, INSIDE_SHIFT, lexiconForm, loadGazetteer, markEntries, markGazetteer, parseGazetteer,
} from '../src/analyze/ner/gazetteer.js';
import { KeyTable } from '../src/analyze/ner/keytable.js';
import { buildPairIndex, pairAfter, pairBefore, shapePairs, wordPairs } from '../src/analyze/ner/pairs.js';
import { neverEntityWords } from '../src/analyze/ner/never.js';
import { skippable, tagEntrySentences, taggerWord, tagSentences } from '../src/analyze/ner/tagger.js';

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

describe('document tagger (decode.ts)', () => {
  // tagDoc must give exactly the tags of the per-sentence tagger with docStats, whose sums it
  // regroups; the seeds exercise document evidence (words seen lower-case / capitalized mid-sentence).
  const docs = readdirSync('examples/seeds').sort().map((f) => buildDoc(readFileSync(`examples/seeds/${f}`, 'utf8')));
  it.each(docs.map((d, i) => [i, d] as const))('seed %i: same tags as tagEntrySentences', (_, doc) => {
    const ents = doc.tokens.map((t) => taggerWord(t.text));
    const sents = doc.sentenceTokens.map(([a, b]) => ents.slice(a, b));
    const bounds = Int32Array.from([...doc.sentenceTokens.map(([a]) => a), doc.tokens.length]);
    const flat = ents.slice(doc.sentenceTokens[0]?.[0] ?? 0);
    const first = doc.sentenceTokens[0]?.[0] ?? 0;
    const got = tagDoc(flat, bounds.map((b) => b - first), doc.sentenceTokens.length, nextStamp());
    const want = tagEntrySentences(sents, docStats(doc.sentenceTokens.map(([a, b]) => doc.tokens.slice(a, b).map((t) => t.text))));
    expect(Array.from(got)).toEqual(want.flatMap((x) => Array.from(x)));
    expect(got.length).toBeGreaterThan(100);
    // again with warm tables, and after the packed tables forget every word id (slab.ts)
    expect(Array.from(tagDoc(flat, bounds.map((b) => b - first), doc.sentenceTokens.length, nextStamp()))).toEqual(Array.from(got));
    taggerSlab().maybeReset(true);
    expect(Array.from(tagDoc(flat, bounds.map((b) => b - first), doc.sentenceTokens.length, nextStamp()))).toEqual(Array.from(got));
  });
  it('markEntries marks like markGazetteer', () => {
    const words = ['in', 'New', 'York', 'and', 'the', 'United', 'States', 'of', 'America', 'today'];
    const ents = words.map((w) => taggerWord(w));
    const a = new Int32Array(words.length);
    const b = new Int32Array(words.length);
    markGazetteer(loadGazetteer(), ents.map((e) => e.low), 0, words.length, a);
    markEntries(loadGazetteer(), ents, 0, words.length, b);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(a[2]! >> INSIDE_SHIFT).not.toBe(0); // "York": inside a name
  });
});

describe('bigram index (pairs.ts)', () => {
  // The lists must give exactly KeyTable.get's row for every (template, neighbour, word) key, and
  // nothing for keys the table lacks: same scores, same tags.
  const keys: number[] = [
    putKey(14, 5, 9), putKey(14, 2, 9), putKey(14, BOS_ATOM, 9), putKey(15, 9, 7), putKey(15, 9, EOS_ATOM),
    putKey(16, 3, 4), putKey(17, 4, 3), putKey(2, 9), putKey(14, 9, 5),
  ];
  it('finds every stored bigram key and no absent one', () => {
    const t = new KeyTable(keys);
    const P = buildPairIndex(t);
    const row = (k: number): number => t.get(k) * NTAGS;
    const w9 = wordPairs(P, 9);
    expect(pairBefore(w9, 5)).toBe(row(putKey(14, 5, 9)));
    expect(pairBefore(w9, 2)).toBe(row(putKey(14, 2, 9)));
    expect(pairBefore(w9, BOS_ATOM)).toBe(row(putKey(14, BOS_ATOM, 9)));
    expect(pairAfter(w9, 7)).toBe(row(putKey(15, 9, 7)));
    expect(pairAfter(w9, EOS_ATOM)).toBe(row(putKey(15, 9, EOS_ATOM)));
    expect(pairBefore(shapePairs(P, 4), 3)).toBe(row(putKey(16, 3, 4)));
    expect(pairAfter(shapePairs(P, 4), 3)).toBe(row(putKey(17, 4, 3)));
    // must not match: absent neighbours, unknown atoms, the other template's direction
    expect(pairBefore(w9, 7)).toBe(-1);
    expect(pairAfter(w9, 5)).toBe(-1);
    expect(pairBefore(w9, -1)).toBe(-1);
    expect(pairBefore(wordPairs(P, -1), 5)).toBe(-1);
    expect(pairBefore(wordPairs(P, 123), 5)).toBe(-1);
    expect(pairBefore(shapePairs(P, 9), 5)).toBe(-1);
  });
  it('the packed tables (slab.ts) hold the same bigrams with their weights, and no others', () => {
    const t = new KeyTable(keys);
    const w = Float32Array.from({ length: keys.length * NTAGS }, (_, i) => (i % 7) - 3.25);
    const S = new WordSlab(t, w, buildPairIndex(t));
    const weights = (o: number): number[] => (o < 0 ? [] : Array.from(S.pairW.subarray(o, o + NTAGS)));
    const row = (k: number): number[] => Array.from(w.subarray(t.get(k) * NTAGS, t.get(k) * NTAGS + NTAGS));
    const w9 = S.wordTable(9);
    expect(weights(pairWeights(S.pairs, w9, 0, 5))).toEqual(row(putKey(14, 5, 9)));
    expect(weights(pairWeights(S.pairs, w9, 0, 2))).toEqual(row(putKey(14, 2, 9)));
    expect(weights(pairWeights(S.pairs, w9, 0, BOS_ATOM))).toEqual(row(putKey(14, BOS_ATOM, 9)));
    expect(weights(pairWeights(S.pairs, w9, 1, 7))).toEqual(row(putKey(15, 9, 7)));
    expect(weights(pairWeights(S.pairs, w9, 1, EOS_ATOM))).toEqual(row(putKey(15, 9, EOS_ATOM)));
    expect(weights(pairWeights(S.pairs, S.shapeTable(4), 0, 3))).toEqual(row(putKey(16, 3, 4)));
    expect(weights(pairWeights(S.pairs, S.shapeTable(4), 1, 3))).toEqual(row(putKey(17, 4, 3)));
    // must not match: absent neighbours, unknown atoms, the other direction, atoms without bigrams
    for (const [o, kind, p] of [[w9, 0, 7], [w9, 1, 5], [w9, 0, -1], [S.wordTable(-1), 0, 5], [S.wordTable(123), 0, 5], [S.shapeTable(9), 0, 5]] as const) {
      expect(pairWeights(S.pairs, o, kind, p)).toBe(-1);
    }
    expect(S.wordTable(9)).toBe(w9); // built once per atom
  });
});

describe('markEntry memo', () => {
  it('repeated and longer names mark like markGazetteer', () => {
    // "united states" then "united states of america": the memo of "united" + "states" must not
    // hide the longer name; sentence ends cut names short.
    const words = 'the united states and the united states of america met new york in new york city . new'.split(' ');
    const g = loadGazetteer();
    for (let round = 0; round < 2; round++) {
      const ents = words.map((w) => taggerWord(w));
      for (const to of [words.length, 8, 4]) {
        const a = new Int32Array(words.length);
        const b = new Int32Array(words.length);
        markGazetteer(g, ents.map((e) => e.low), 0, to, a);
        markEntries(g, ents, 0, to, b);
        expect(Array.from(b)).toEqual(Array.from(a));
      }
    }
  });
  it('the per-pair and per-triple memo of tagDoc (decode-memo.ts, markPair) marks like markGazetteer', () => {
    // "new york" is remembered only with its third word ("new york city" exists); "united states"
    // is never complete before "of america"; sentence ends cut names short
    // ("el paso" and "new port richey" are complete: remembered per pair and per triple)
    const words = 'the united states and the united states of america met new york in new york city . new york new york city the united states of america new york el paso and new port richey and'.split(' ');
    const g = loadGazetteer();
    const S = taggerSlab();
    const ents = words.map((w) => taggerWord(w));
    for (let round = 0; round < 3; round++) {
      for (const to of [words.length, 8, 12, 17, 19, 33]) {
        const want = new Int32Array(words.length);
        markGazetteer(g, ents.map((e) => e.low), 0, to, want);
        const ID = Int32Array.from(ents, (e) => S.idOf(e));
        const got = new Int32Array(words.length);
        for (let i = 0; i < to; i++) {
          const e = ents[i]!;
          got[i] = got[i]! | e.gbits;
          if (e.glen >= 2 && i + 1 < to) markPair(S, g, ents, i, to, ID, got);
        }
        expect(Array.from(got)).toEqual(Array.from(want));
      }
    }
  });
});

describe('never-a-name list (never.ts) and the skip rules', () => {
  // eng.train-like fixture: "said" is O at all 3 occurrences; "of" is inside a name once; "Monday"
  // and "on" occur only twice (too few to trust); "," is O everywhere.
  const s = (toks: string, tags: string): ConllSentence => ({ tokens: toks.split(' '), tags: tags.split(' ') });
  const fixture = [[
    s('Smith said on Monday , he said', 'B-PER O O O O O O'),
    s('Bank of England said on Monday , .', 'B-ORG I-ORG I-ORG O O O O O'),
    s('of course , .', 'O O O O'),
  ]];
  it.each([['said'], [',']])('lists %s (always O, >= 3 times)', (w) => {
    expect(neverEntityWords(fixture, 3)).toContain(w);
  });
  it.each([['of'], ['Monday'], ['on'], ['Smith'], ['England'], ['course']])('must not list %s', (w) => {
    expect(neverEntityWords(fixture, 3)).not.toContain(w);
  });
  it('the shipped list is loaded: lower-case listed words are skipped whatever their context', () => {
    const said = taggerWord('said');
    expect(said.never).toBe(true);
    expect(skippable(said, false, true)).toBe(true); // after a name, before a capital
    const of = taggerWord('of'); // inside names in training ("Bank of England")
    expect(of.never).toBe(false);
    expect(skippable(of, false, false)).toBe(false);
    expect(skippable(of, true, false)).toBe(true); // rule 1: plain, after O, before a non-capital
    expect(skippable(of, true, true)).toBe(false);
  });
  it('a capitalized listed word is still scored', () => {
    const e = taggerWord('Said'); // the capitalized form is a different word; even if listed, capitals are scored
    expect(skippable(e, true, true)).toBe(false);
  });
  it('tags "Peskov said on Monday" with "said" skipped and the name intact', () => {
    expect(tagSentences([['Dmitry', 'Peskov', 'said', 'on', 'Monday', '.']])).toEqual([['B-PER', 'I-PER', 'O', 'O', 'O', 'O']]);
  });
});
