// Entities: in-article merging (surnames, misspellings, descriptors) with must-not-merge rows,
// descriptor rows, and the two seed articles. Uses only the shipped model and examples/seeds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../src/analyze/doc.js';
import { entityAt, findEntities, slug } from '../src/analyze/entities.js';
import { editDistance, sameNameVariant } from '../src/analyze/entities/merge.js';
import { docWords, lowText, phraseBits, W } from '../src/analyze/entities/tokens.js';
import { gazBits } from '../src/analyze/ner/gazetteer.js';
import { clean } from '../src/clean/index.js';
import type { CleanArticle, Entity } from '../src/types.js';

function run(text: string): Entity[] {
  const article = { text, headings: [] } as unknown as CleanArticle;
  return findEntities({ article, doc: buildDoc(text), entities: [], quotes: [], numbers: [], cues: [], issues: [] });
}
const byName = (es: Entity[], n: string) => es.find((e) => e.name === n);
const texts = (text: string, e: Entity | undefined) => (e ? e.mentions.map(([s, t]) => text.slice(s, t)) : []);

describe('merging', () => {
  it.each([
    ['surname', 'Dmitry Peskov spoke on Monday. Later, Peskov added that talks would go on.', 'Dmitry Peskov', ['Peskov']],
    ['surname with particle', 'Marine Le Pen held a rally. Supporters cheered as Le Pen spoke.', 'Marine Le Pen', ['Le Pen']],
    ['misspelling', 'Emmanuel Macron won the vote. Critics said Emanuel Macron was lucky.', 'Emmanuel Macron', ['Emanuel Macron']],
    ['possessive', 'Angela Merkel arrived in Berlin. Merkel’s aides were silent.', 'Angela Merkel', ['Merkel']],
  ])('%s', (_, text, name, aliases) => {
    const es = run(text);
    const e = byName(es, name);
    expect(e, JSON.stringify(es.map((x) => x.name))).toBeDefined();
    for (const a of aliases) expect(e!.aliases).toContain(a);
    expect(es.filter((x) => x.type === 'person')).toHaveLength(1);
  });

  it('two people sharing a surname stay apart; the bare surname goes to the most recent', () => {
    const text = 'Donald Trump met reporters on Monday. Melania Trump visited a school on Tuesday. Trump said it went well.';
    const es = run(text);
    const donald = byName(es, 'Donald Trump');
    const melania = byName(es, 'Melania Trump');
    expect(donald).toBeDefined();
    expect(melania).toBeDefined();
    expect(donald).not.toBe(melania);
    expect(texts(text, donald)).not.toContain('Trump');
  });

  it('Paris the city is not Paris Hilton', () => {
    const text = 'Paris Hilton flew to France on Friday. She spent the weekend in Paris with friends.';
    const es = run(text);
    const hilton = byName(es, 'Paris Hilton');
    expect(texts(text, hilton)).toEqual(['Paris Hilton']);
    expect(byName(es, 'Paris')?.type).toBe('place');
  });

  it.each([
    [['emmanuel', 'macron'], ['emanuel', 'macron'], true],
    [['dmitry', 'peskov'], ['dmitri', 'peskov'], true],
    [['marc', 'smith'], ['mark', 'smith'], false], // short names: substitution = another name
    [['john', 'smith'], ['joan', 'smith'], false],
    [['jonn', 'smith'], ['john', 'smith'], false],
    [['jon', 'smith'], ['john', 'smith'], false], // under 4 letters: never
    [['johnn', 'smith'], ['john', 'smith'], true],
    [['christian', 'lee'], ['christina', 'lee'], false], // two edits
    [['donald', 'trump'], ['melania', 'trump'], false],
    [['john', 'smith'], ['john', 'smyth'], false],
  ])('sameNameVariant(%j, %j) = %s', (a, b, want) => {
    expect(sameNameVariant(a, b)).toBe(want);
  });
  it('editDistance is capped', () => {
    expect(editDistance('emmanuel', 'emanuel')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('descriptors', () => {
  it.each([
    ['Kremlin spokesman Dmitry Peskov said on Monday that talks would go on.', 'Dmitry Peskov', 'Kremlin spokesman'],
    ['Critics told French President-elect Emmanuel Macron to wait.', 'Emmanuel Macron', 'French President-elect'],
    ['His chief rival, National Front leader Marine Le Pen, scored 21%.', 'Marine Le Pen', 'National Front leader'],
    ['Flashpoint, a New York-based cyberintelligence consultancy, told Reuters on Monday there were signs of a hack.', 'Flashpoint', 'a New York-based cyberintelligence consultancy'],
    ['Moscow was unhappy to see the leader of the Forward movement, Jan Kowalski, win the vote.', 'Jan Kowalski', 'the leader of the Forward movement'],
  ])('%s', (text, name, desc) => {
    const e = byName(run(text), name);
    expect(e?.descriptors).toContain(desc);
    expect(texts(text, e)).toContain(desc);
  });

  it('a later definite description refers back when only one entity fits', () => {
    const text = 'Kremlin spokesman Dmitry Peskov spoke to reporters. Angela Merkel was in Berlin. The Kremlin spokesman pointed out that ties were good. Later the Russian presidential spokesman noted the date.';
    const e = byName(run(text), 'Dmitry Peskov')!;
    expect(texts(text, e)).toEqual(expect.arrayContaining(['The Kremlin spokesman', 'the Russian presidential spokesman']));
  });

  it('"the Russian leader" is the person described as Russian President', () => {
    const text = 'Russian President Vladimir Putin met Emmanuel Macron. The Russian leader said the talks were frank.';
    expect(texts(text, byName(run(text), 'Vladimir Putin'))).toContain('The Russian leader');
  });

  it.each([
    ['two spokesmen: ambiguous', 'Kremlin spokesman Dmitry Peskov and White House spokesman Sean Spicer spoke. The spokesman said no.', 'The spokesman'],
    ['no antecedent', 'The spokesman said no. Later Dmitry Peskov arrived.', 'The spokesman'],
    ['generic role', 'It is the French people who should decide who will be the country’s president.', 'the country’s president'],
  ])('must not resolve: %s', (_, text, phrase) => {
    for (const e of run(text)) expect(texts(text, e)).not.toContain(phrase);
  });
});

describe('rules for news names', () => {
  it.each([
    ['the leader of France’s En Marche! movement spoke.', 'En Marche!', 'organization'],
    ['According to the French interior ministry, turnout was high.', 'French interior ministry', 'organization'],
    ['Hackers attacked the US Democratic Party’s servers.', 'US Democratic Party', 'organization'],
    ['The statement came from the Kremlin on Monday.', 'Kremlin', 'organization'],
    ['Genesee County Sheriff Robert Pickell said the car was found.', 'Robert Pickell', 'person'],
    ['Genesee County Sheriff Robert Pickell said the car was found.', 'Genesee County', 'organization'],
    ['He lived in Bruce Township for years.', 'Bruce Township', 'place'],
    ['Flashpoint told Reuters Monday there are signs of a hack.', 'Reuters', 'organization'],
    ['In a preview clip for Mary J. Blige’s upcoming show, she sings.', 'Mary J. Blige', 'person'],
  ])('%s -> %s', (text, name, type) => {
    expect(byName(run(text), name)?.type).toBe(type);
  });
  it.each([
    ['"Traditionally, Russia is ready," he said.', ['Traditionally']],
    ['It is wrong to say that. MORE on this later.', ['It', 'MORE']],
    ['Sen. Jon Tester (D-Mont.) and Sen. David Vitter (R-La.) voted no.', ['D-Mont', 'R-La', 'Sens', 'Sen']],
    ['Veto Power Impedes Peace Efforts: Eliminating war is one of the goals.', ['Veto Power Impedes Peace Efforts', 'Eliminating']],
    ['Little Relief for Refugees\n\nThe crisis grew in Jordan.', ['Little', 'Little Relief', 'Refugees']],
  ])('no junk in %s', (text, junk) => {
    const names = run(text).map((e) => e.name);
    for (const j of junk) expect(names).not.toContain(j);
  });
});

describe('helpers', () => {
  it('slug', () => {
    expect(slug('Dmitry Peskov')).toBe('dmitry-peskov');
    expect(slug('En Marche!')).toBe('en-marche');
    expect(slug('Élysée')).toBe('elysee');
  });
  it('entityAt picks the tightest mention containing the span', () => {
    const text = 'Kremlin spokesman Dmitry Peskov spoke. The Kremlin spokesman noted it.';
    const es = run(text);
    const i = text.indexOf('The Kremlin spokesman');
    expect(entityAt(es, [i, i + 'The Kremlin spokesman'.length])?.name).toBe('Dmitry Peskov');
    const k = text.indexOf('Kremlin', i);
    expect(entityAt(es, [k, k + 7])?.name).toBe('Kremlin');
    expect(entityAt(es, [text.indexOf('noted'), text.indexOf('noted') + 5])).toBeUndefined();
  });
});

describe('seed articles', () => {
  const load = (f: string) => {
    const c = clean({ input: { path: f, url: null, format: 'text' }, text: readFileSync(new URL(`../examples/seeds/${f}`, import.meta.url), 'utf8') });
    return { text: c.text, es: findEntities({ article: c, doc: buildDoc(c.text, c.headings), entities: [], quotes: [], numbers: [], cues: [], issues: [] }) };
  };
  const tass = load('000_67ea23102d894fe1.txt');
  const hill = load('001_1688ad1f1f691c47.txt');
  const names = (es: Entity[], t: string) => es.filter((e) => e.type === t).map((e) => e.name);

  const seeds = { TASS: tass, Hill: hill };
  it.each([
    ['TASS', 'person', ['Dmitry Peskov', 'Emmanuel Macron', 'Marine Le Pen']],
    ['TASS', 'organization', ['En Marche!', 'National Front', 'Kremlin', 'French interior ministry', 'US Democratic Party']],
    ['TASS', 'place', ['Russia', 'France', 'Moscow', 'Washington']],
    ['Hill', 'person', ['Vladimir Putin', 'Emmanuel Macron', 'Marine Le Pen']],
    ['Hill', 'organization', ['Flashpoint', 'Reuters', 'En Marche!']],
    ['Hill', 'place', ['France', 'Russia', 'Moscow', 'Europe', 'New York']],
  ] as const)('%s %s', (seed, type, want) => {
    expect(names(seeds[seed].es, type)).toEqual(expect.arrayContaining([...want]));
  });

  it('TASS: merges, descriptors and no junk', () => {
    const macron = byName(tass.es, 'Emmanuel Macron')!;
    expect(macron.aliases).toContain('Emanuel Macron');
    const peskov = byName(tass.es, 'Dmitry Peskov')!;
    expect(peskov.descriptors).toEqual(expect.arrayContaining(['Kremlin spokesman', 'the Russian presidential spokesman']));
    expect(texts(tass.text, peskov)).toEqual(expect.arrayContaining(['The Kremlin spokesman', 'Peskov']));
    expect(byName(tass.es, 'Marine Le Pen')!.descriptors).toContain('National Front leader');
    for (const j of ['It', 'Traditionally', 'MORE', 'Peskov', 'Macron']) expect(byName(tass.es, j)).toBeUndefined();
  });

  it('Hill: descriptors', () => {
    expect(byName(hill.es, 'Emmanuel Macron')!.descriptors).toContain('French President-elect');
    expect(byName(hill.es, 'Vladimir Putin')!.descriptors).toContain('Russian President');
  });

  it.each(['TASS', 'Hill'] as const)('%s: spans, ids, order', (seed) => {
    const a = seeds[seed];
    const ids = new Set(a.es.map((e) => e.id));
    expect(ids.size).toBe(a.es.length);
    for (const e of a.es) {
      expect(e.id).toBe(slug(e.name).replace(/-\d+$/, '') === e.id ? slug(e.name) : e.id);
      for (const [s, t] of e.mentions) expect(t).toBeGreaterThan(s);
      expect(e.mentions.some(([s, t]) => a.text.slice(s, t) === e.name || e.aliases.includes(a.text.slice(s, t)))).toBe(true);
    }
    const firsts = a.es.map((e) => e.mentions[0]![0]);
    expect([...firsts].sort((x, y) => x - y)).toEqual(firsts);
  });
});

describe('per-word facts (tokens.ts, W)', () => {
  // Each bit is a pure function of the word; the rules read them instead of regexes per mention.
  const bitsOf = (text: string): Map<string, number> => {
    const doc = buildDoc(text);
    const { flags } = docWords(doc);
    return new Map(doc.tokens.map((t, i) => [t.text, flags[i]!]));
  };
  const f = bitsOf('“Quickly, Russian AP reporters said R-Ky and J. Smith met Kremlin staff!” Rus said.');
  it.each([
    ['Quickly', W.CAP | W.LY, W.LOW | W.NEVER],
    ['Russian', W.CAP | W.ADJ_COUNTRY | W.DEMONYMISH, W.LOW | W.NO_NAME],
    ['AP', W.CAP | W.ALL_CAPS, W.ADJ_COUNTRY],
    ['reporters', W.LOW | W.LOW_SELF, W.CAP | W.ALL_CAPS],
    ['said', W.LOW | W.LOW_SELF, W.CAP | W.ING_ED], // must not: "said" is no -ed form
    ['R-Ky', W.CAP | W.PARTY, W.NO_NAME],
    ['and', W.NEVER | W.LOW, W.CAP],
    ['J', W.NO_NAME | W.CAP, W.PARTY],
    ['.', W.DOT | W.NO_NAME, W.LETTER | W.BANG],
    ['Kremlin', W.METONYM_FIRST | W.CAP, W.NEVER],
    ['!', W.BANG, W.DOT | W.LETTER],
    ['“', W.OPENER, W.LETTER],
    ['Rus', W.CAP, W.ADJ_COUNTRY], // must not: too short for a nationality adjective
  ])('%s', (word, must, mustNot) => {
    const b = f.get(word);
    expect(b, word).toBeDefined();
    expect(b! & must).toBe(must);
    expect(b! & mustNot).toBe(0);
  });
  // The bits the analyzers after entities read: a cue or loaded entry opens at the token
  // (CUE_START), a number pattern may start in it (NUM_START).
  const g = bitsOf('Reportedly Reuters said the 12 forty-two May reports were a sham, according to reporters in mid-May.');
  it.each([
    ['Reportedly', W.CUE_START, W.NUM_START], // case-insensitive cue word
    ['Reuters', W.CUE_START, W.NUM_START], // case-sensitive outlet
    ['sham', W.CUE_START, W.NUM_START], // loaded word
    ['according', W.CUE_START, 0],
    ['12', W.NUM_START, W.CUE_START],
    ['forty-two', W.NUM_START, 0], // a part after a hyphen
    ['mid-May', W.NUM_START, 0],
    ['May', W.NUM_START, 0],
    ['a', W.NUM_START, 0], // "a day before"
    ['said', 0, W.CUE_START | W.NUM_START], // must not
    ['in', 0, W.CUE_START | W.NUM_START], // must not
  ])('%s (later analyzers)', (word, must, mustNot) => {
    const b = g.get(word);
    expect(b, word).toBeDefined();
    expect(b! & must).toBe(must);
    expect(b! & mustNot).toBe(0);
  });
});

describe('phraseBits', () => {
  // gazBits of the normalized words, skipping the lookup only where the gazetteer cannot know the phrase
  it.each([
    ['He flew to New York on Monday.', 'New York'],
    ['He flew to Paris on Monday.', 'Paris'],
    ['The Quick Brown Fox Party met.', 'Quick Brown Fox Party'], // must be 0 either way
    ['She met Emmanuel Macron there.', 'Emmanuel Macron'],
  ])('%s / %s', (text, name) => {
    const doc = buildDoc(text);
    const s = doc.tokens.findIndex((t) => t.text === name.split(' ')[0]);
    const e = s + name.split(' ').length;
    expect(phraseBits(doc, s, e)).toBe(gazBits(lowText(doc, s, e)));
  });
});
