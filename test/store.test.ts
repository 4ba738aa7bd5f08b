// test/store.test.ts — the SQLite store: migrations, round trip, duplicates, near-duplicates,
// collections, search filters and snippets, failures, stories. Fixtures are built here; no dev data.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInputError } from '../src/errors.js';
import { process as analyse } from '../src/pipeline.js';
import { matchExpression, unmark } from '../src/store/fts.js';
import { openStore, prepareArticle, rawHash, type Store } from '../src/store/index.js';
import { MIGRATIONS } from '../src/store/migrations/index.js';
import { minhash, similarity } from '../src/store/minhash.js';
import type { SqliteStore } from '../src/store/sqlite.js';
import { loadArticles } from '../src/cli/sources.js';
import { ingestToStore } from '../src/worker/ingest.js';
import { createPool } from '../src/worker/pool.js';
import type { Article, Entity, Quote } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const dbPath = () => join(dir, `t${n++}.db`);
const inline = () => createPool(0);

const SEED_TASS = readFileSync('examples/seeds/000_67ea23102d894fe1.txt', 'utf8');
const SEED_HILL = readFileSync('examples/seeds/001_1688ad1f1f691c47.txt', 'utf8');

function analysed(text: string, extra: Partial<Article> = {}): Article {
  const a = analyse({ input: { path: null, url: null, format: 'text' }, text });
  if (isInputError(a)) throw new Error(a.error.message);
  return { ...a, ...extra };
}

/** A hand-made Article (independent of the analyzers' current quality). */
function article(id: string, title: string, text: string, o: { outlet?: string; published?: string; entities?: [string, Entity['type'], string[]?][]; speakers?: string[] } = {}): Article {
  const entities: Entity[] = (o.entities ?? []).map(([name, type, aliases], i) => ({ id: `e${i}`, name, type, mentions: [], aliases: aliases ?? [], descriptors: [] }));
  const quotes: Quote[] = (o.speakers ?? []).map((s) => ({ span: [0, 1], kind: 'direct', speaker: s, speakerEntity: null, speakerSpan: null, cue: 'said', via: null }));
  return {
    id, input: { path: null, url: null, format: 'json' }, outlet: o.outlet ?? null, title, subtitle: null, published: o.published ?? null,
    dateline: null, language: 'en', text, removed: [], headings: [], sentences: [], entities, quotes, numbers: [], cues: [], issues: [],
  };
}

async function withStore<T>(f: (s: Store) => Promise<T>): Promise<T> {
  const s = await openStore(dbPath());
  try {
    return await f(s);
  } finally {
    await s.close();
  }
}

function writeJsonl(name: string, recs: object[]): string {
  const p = join(dir, name);
  writeFileSync(p, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return p;
}

describe('migrations', () => {
  it('migrate an empty file to the latest version, and reopening changes nothing', async () => {
    const path = dbPath();
    const s = await openStore(path);
    expect(await s.schemaVersion()).toBe(MIGRATIONS.length);
    expect((s as SqliteStore).integrity()).toBe('ok');
    await s.close();
    const again = await openStore(path);
    expect(await again.schemaVersion()).toBe(MIGRATIONS.length);
    expect(await again.stats()).toEqual({ articles: 0, nearDuplicates: 0, failures: 0, collections: 0, stories: 0 });
    await again.close();
  });

  it('refuses to create a database for read-only use', async () => {
    await expect(openStore(join(dir, 'missing.db'), { create: false })).rejects.toThrow(/no database/);
    await expect(loadArticles({ db: join(dir, 'missing2.db') })).rejects.toThrow(/no database/);
  });
});

describe('articles', () => {
  it('round-trips an Article exactly', () =>
    withStore(async (s) => {
      const a = analysed(SEED_TASS);
      const r = await s.commit({ articles: [prepareArticle(a, 'raw1')], failures: [] });
      expect(r.added).toEqual([a.id]);
      expect(await s.articles()).toEqual([a]);
      expect(await s.articles({ ids: [a.id, 'nope'] })).toEqual([a]);
      expect(await s.knownRaw(['raw1', 'raw2'])).toEqual(new Map([['raw1', a.id]]));
    }));

  it('stores the same content once: a second ingest counts duplicates and skips analysis', () =>
    withStore(async (s) => {
      const p = writeJsonl('dup.jsonl', [{ text: SEED_TASS }, { text: SEED_HILL }, { text: SEED_TASS, url: 'https://elsewhere.example/x' }]);
      const first = await ingestToStore([p], s, inline);
      expect(first).toMatchObject({ new: 2, duplicate: 1, failed: 0 });
      const second = await ingestToStore([p], s, inline);
      expect(second).toMatchObject({ new: 0, duplicate: 3, failed: 0 });
      expect((await s.stats()).articles).toBe(2);
    }));

  it('raw hashes ignore the path but not the content', () => {
    const a = { input: { path: 'a.txt', url: null, format: 'text' as const }, text: 'x' };
    expect(rawHash(a)).toBe(rawHash({ ...a, input: { ...a.input, path: 'b.txt' } }));
    expect(rawHash(a)).not.toBe(rawHash({ ...a, text: 'y' }));
  });
});

describe('near-duplicates', () => {
  // edits inside the body (the scraped junk around it is cleaned away and would not count)
  const oneWordChanged = SEED_HILL.replace('at a difficult time', 'at a hard time');
  it.each([
    ['one word changed', oneWordChanged, true],
    ['a paragraph dropped', SEED_HILL.split('\n\n').slice(0, -2).join('\n\n'), true],
    ['a different article', SEED_TASS, false],
    ['a short unrelated stub', 'Putin met Macron.', false],
  ])('%s: linked = %s', (_name, text, linked) =>
    withStore(async (s) => {
      const orig = analysed(SEED_HILL);
      await s.commit({ articles: [prepareArticle(orig, null)], failures: [] });
      const copy = analysed(text);
      const r = await s.commit({ articles: [prepareArticle(copy, null)], failures: [] });
      expect(r.added).toEqual([copy.id]);
      expect(r.nearDuplicates.map((x) => x.of)).toEqual(linked ? [orig.id] : []);
      expect((await s.stats()).nearDuplicates).toBe(linked ? 1 : 0);
    }));

  it('a copy of a copy joins the first article’s group', () =>
    withStore(async (s) => {
      const [a, b, c] = [SEED_HILL, oneWordChanged, oneWordChanged.replace('international stability', 'global stability')].map((t) => prepareArticle(analysed(t), null));
      const r = await s.commit({ articles: [a!, b!, c!], failures: [] });
      expect(r.nearDuplicates.map((x) => x.of)).toEqual([a!.id, a!.id]);
    }));

  it('MinHash estimates track Jaccard similarity', () => {
    expect(similarity(minhash(SEED_HILL)!, minhash(oneWordChanged)!)).toBeGreaterThan(0.85);
    expect(similarity(minhash(SEED_HILL)!, minhash(SEED_TASS)!)).toBeLessThan(0.2);
    expect(minhash('too short to judge')).toBeNull();
  });

  // Stored signatures are compared with new ones: any change to the hashing (even a faster rewrite)
  // must leave these bit-identical. Non-ASCII letters (BMP and astral), digits, punctuation, short text.
  it('signatures are pinned (stored signatures stay comparable)', () => {
    const mixed = 'The Straße in İstanbul: ÉLAN, naïve café-owners (ΑΘΗΝΑ) said 3,500 people 𝒜𝒷𝒸 Ｆｕｌｌ wide; one two three four five six seven eight nine ten.';
    expect([...minhash(mixed)!]).toEqual([3914219073, 38800972, 31655946, 20216076, 50488346, 4241482071, 3471591180, 2253045022, 2446639079, 20916287, 52564539, 4152291439, 2564795797, 48606835, 16671196, 3077895888, 8745664, 4269521019, 3362671617, 2412538177, 3553898092, 2967336666, 2898539946, 19949646, 2553832111, 2990461640, 2893104013, 67041082, 3919083783, 2258305115, 2965919145, 3301573608, 2923888854, 54864505, 9331996, 3166895308, 4101424176, 5804884, 41936146, 2251933832, 19086282, 4016214821, 3196614054, 3492250963, 3425518704, 4283703597, 3819186852, 2866353933, 2882217168, 2224375648, 2977621749, 21790047, 4211667697, 3809222480, 3627887990, 2181711258, 2300929339, 2806296050, 29943449, 2515315436, 21547804, 4201685689, 3551591331, 3003034558]);
    const ascii = 'one two three four five six seven eight nine ten eleven twelve';
    expect([...minhash(ascii)!]).toEqual([42707563, 2751472726, 2215176423, 3751016400, 2331583855, 4241482071, 3471591180, 2253045022, 2446639079, 20916287, 3421701127, 4152291439, 2564795797, 48606835, 2668389326, 2615082920, 3404219908, 2157476697, 2417586502, 2327841300, 3368634605, 3607512395, 2337626239, 2360785558, 4058097882, 22333089, 2893104013, 67041082, 4161398323, 2312285522, 4082639321, 2271093370, 2453587388, 2440277825, 9331996, 3166895308, 4101424176, 5804884, 3283744339, 4186727913, 4212147056, 2677958509, 3092914650, 3761411584, 2467800252, 4230035856, 2559890857, 3470938409, 2252921390, 4148469088, 3095937058, 3226644376, 2914231130, 2812559025, 2177464601, 3625071659, 3515278963, 4067726981, 2838696497, 2515315436, 21547804, 2706861869, 3574571839, 2667151568]);
  });
});

describe('collections', () => {
  it('files articles under a collection, also ones stored before, without re-analysis', () =>
    withStore(async (s) => {
      const p = writeJsonl('coll.jsonl', [{ text: SEED_TASS }, { text: SEED_HILL }]);
      await ingestToStore([p], s, inline, { collection: 'first' });
      let analysedAgain = 0;
      const counting = () => ({ workers: 1, run: async () => (analysedAgain++, []), reanalyse: async () => [], close: async () => {} });
      const r = await ingestToStore([p], s, counting, { collection: 'second' });
      expect(r).toMatchObject({ new: 0, duplicate: 2 });
      expect(analysedAgain).toBe(0);
      expect((await s.collections()).map((c) => [c.name, c.articles])).toEqual([['first', 2], ['second', 2]]);
      expect(await s.articles({ collection: 'second' })).toHaveLength(2);
      expect(await s.articles({ collection: 'none' })).toHaveLength(0);
    }));
});

describe('search', () => {
  const docs = [
    article('a1', 'Kremlin denies meddling in French election', 'Dmitry Peskov said the Kremlin never interfered in the French presidential election.', { outlet: 'TASS', published: '2017-04-24', entities: [['Dmitry Peskov', 'person', ['Peskov']], ['Kremlin', 'organization']], speakers: ['Dmitry Peskov'] }),
    article('a2', 'Macron wins first round', 'Emmanuel Macron won the first round of the French election with 23.75 percent.', { outlet: 'The Hill', published: '2017-04-23T21:00:00Z', entities: [['Emmanuel Macron', 'person']], speakers: ['Emmanuel Macron'] }),
    article('a3', 'Putin telegram to Macron', 'Vladimir Putin sent a telegram congratulating Macron on the election win.', { outlet: 'TASS', published: '2017-05-08', entities: [['Vladimir Putin', 'person']] }),
  ];
  const open = async () => {
    const s = await openStore(dbPath());
    await s.commit({ articles: docs.map((d) => prepareArticle(d, null)), failures: [], collection: null });
    await s.commit({ articles: [], failures: [], known: ['a3'], collection: 'telegram' });
    return s;
  };
  it.each([
    ['election', {}, ['a1', 'a2', 'a3']],
    ['election', { outlet: 'tass' }, ['a1', 'a3']],
    ['election', { from: '2017-04-24' }, ['a1', 'a3']],
    ['election', { to: '2017-04-23' }, ['a2']],
    ['election', { entity: 'peskov' }, ['a1']],
    ['election', { speaker: 'Emmanuel Macron' }, ['a2']],
    ['election', { collection: 'telegram' }, ['a3']],
    ['election', { limit: 1 }, ['a1']],
    ['kremlin', {}, ['a1']],
    ['elect*', { outlet: 'The Hill' }, ['a2']],
    ['"first round"', {}, ['a2']],
    ['kremlin OR telegram', {}, ['a1', 'a3']],
    // must not match
    ['macron', { speaker: 'Dmitry Peskov' }, []],
    ['zebra', {}, []],
    ['!!!', {}, []],
  ])('%s %j -> %j', async (query, filters, ids) => {
    const s = await open();
    try {
      const hits = await s.search({ query, ...filters });
      expect(hits.map((h) => h.id).sort()).toEqual([...ids].sort());
      if (query === 'election' && !Object.keys(filters).length) expect(hits[0]!.id).toBe('a1'); // title match ranks first
    } finally {
      await s.close();
    }
  });

  it('returns snippets with highlight offsets and a score', async () => {
    const s = await open();
    const [hit] = await s.search({ query: 'telegram' });
    await s.close();
    expect(hit).toMatchObject({ id: 'a3', outlet: 'TASS', published: '2017-05-08' });
    expect(hit!.highlights.length).toBeGreaterThan(0);
    for (const [a, b] of hit!.highlights) expect(hit!.snippet.slice(a, b).toLowerCase()).toBe('telegram');
    expect(hit!.score).toBeGreaterThan(0);
  });

  it.each([
    ['macron kremlin', '"macron" "kremlin"'],
    ["Putin's spokesman", '"Putin" "s" "spokesman"'],
    ['"first round"', '"first round"'],
    ['a OR b', 'a OR b'],
    ['?!', null],
  ])('matchExpression(%j) = %j', (q, m) => expect(matchExpression(q)).toBe(m));

  it('unmark turns markers into spans and collapses whitespace', () => {
    expect(unmark('a\n\n\u0002big\u0003  deal \u0002x\u0003')).toEqual({ text: 'a big deal x', highlights: [[2, 5], [11, 12]] });
  });
});

describe('failures and stories', () => {
  it('stores failures with their reasons', () =>
    withStore(async (s) => {
      const p = join(dir, 'broken.json');
      writeFileSync(p, '{"text": ');
      const seen: string[] = [];
      const r = await ingestToStore([p, join(dir, 'absent.txt')], s, inline, { onFailure: (e) => seen.push(e.error.code) });
      expect(r).toMatchObject({ new: 0, failed: 2 });
      expect(seen).toEqual(['invalid-json', 'not-found']);
      expect((await s.failures()).map((f) => [f.input, f.code])).toEqual([[p, 'invalid-json'], [join(dir, 'absent.txt'), 'not-found']]);
    }));

  it('saves stories and threads as given, and loads a story’s articles', async () => {
    const path = dbPath();
    const s = await openStore(path);
    const a = analysed(SEED_TASS);
    const b = analysed(SEED_HILL);
    await s.commit({ articles: [prepareArticle(a, null), prepareArticle(b, null)], failures: [] });
    await s.saveStories({
      stories: [{ id: 's1', title: 'Kremlin on Macron', thread: 't1', articles: [a.id], outlets: ['TASS'], first: null, last: null }],
      threads: [{ id: 't1', title: 'Russia and Macron', stories: ['s1'] }],
      articles: [],
    });
    expect((await s.stats()).stories).toBe(1);
    await s.close();
    expect((await loadArticles({ db: path, story: 's1' })).map((x) => x.id)).toEqual([a.id]);
    expect((await loadArticles({ db: path })).map((x) => x.id)).toEqual([a.id, b.id]);
  });
});
