// test/story.test.ts — story grouping: duplicates, look-alike events, dates, incremental = batch,
// determinism, JSON shape. Made-up texts only; never reads ../shared.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../src/errors.js';
import { process as processRaw } from '../src/pipeline.js';
import { articleDay } from '../src/story/dates.js';
import { actorConflict, addSig, emptySig, numberConflict } from '../src/story/conflict.js';
import type { StoryFeatures } from '../src/story/features.js';
import { cluster, StoryIndex, storyFeatures } from '../src/story/index.js';
import { averageLinkage, refine } from '../src/story/refine.js';
import type { Assignment } from '../src/story/story-index.js';
import type { Article } from '../src/types.js';

function art(title: string, text: string, published: string | null = null, outlet: string | null = null): Article {
  const a = processRaw({ input: { path: null, url: null, format: 'json' }, title, text, published, outlet });
  if (isInputError(a)) throw new Error(a.error.message);
  return a;
}

const QUAKE_A = [
  'A magnitude 6.1 earthquake struck near the town of Ludovica in northern Veloria early on Tuesday, killing at least 14 people and injuring 230.',
  'The quake collapsed the Ludovica cathedral bell tower and cut power to 40,000 homes, the Veloria civil protection agency said.',
  'Rescue teams from Marbenna dug through rubble in the old town of Ludovica, and Prime Minister Anselmo Trevi flew to the area.',
  'Aftershocks of magnitude 4.2 shook Ludovica through the night, and schools in the province of Castrana stayed closed.',
].join('\n\n');
const QUAKE_B = [
  'A magnitude 6.1 earthquake struck near the port city of Kessaro in southern Dravenia on Tuesday, killing at least 9 people and injuring 120.',
  'The quake damaged the Kessaro harbour and cut water to 25,000 homes, the Dravenia emergency ministry said.',
  'Rescue teams from Olvenport searched the harbour district of Kessaro, and President Mirela Dasko visited hospitals.',
  'Aftershocks of magnitude 4.5 shook Kessaro through the night, and ferries to the island of Tavros were suspended.',
].join('\n\n');
const QUAKE_A2 = [
  'Rescuers in northern Veloria pulled survivors from collapsed houses in Ludovica after Tuesday\'s magnitude 6.1 earthquake, which killed 14 people.',
  'Prime Minister Anselmo Trevi promised funds to rebuild the Ludovica cathedral bell tower, and the civil protection agency said 230 people were hurt.',
  'Power returned to most of the 40,000 homes around Ludovica, while schools in Castrana province stay closed after aftershocks.',
].join('\n\n');

describe('story grouping', () => {
  it.each([
    ['verbatim wire copy under another headline', QUAKE_A, QUAKE_A],
    ['copy with a sentence added', QUAKE_A, QUAKE_A + '\n\nThe agency said more information would follow.'],
  ])('near-duplicates share a story: %s', (_, t1, t2) => {
    const r = cluster([art('Earthquake kills 14 in Veloria', t1, null, 'Wire'), art('Deadly quake hits Veloria', t2, null, 'Local Site')]);
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]!.duplicates.flat()).toHaveLength(2);
  });

  it('two look-alike earthquakes (different places and dates) are two stories', () => {
    const r = cluster([
      art('Earthquake kills 14 in Veloria', QUAKE_A, '2021-03-02'),
      art('Earthquake kills 9 in Dravenia', QUAKE_B, '2021-09-14'),
    ]);
    expect(r.stories).toHaveLength(2);
  });

  it('two reports of one earthquake, differently written, are one story', () => {
    const r = cluster([art('Earthquake kills 14 in Veloria', QUAKE_A, '2021-03-02'), art('Veloria quake survivors pulled from rubble', QUAKE_A2, '2021-03-03')]);
    expect(r.stories).toHaveLength(1);
  });

  it.each([
    ['first undated', null, '2021-03-03'],
    ['second undated', '2021-03-02', null],
    ['both undated', null, null],
  ])('a missing date does not split a story (%s)', (_, d1, d2) => {
    const r = cluster([art('Earthquake kills 14 in Veloria', QUAKE_A, d1), art('Veloria quake survivors pulled from rubble', QUAKE_A2, d2)]);
    expect(r.stories).toHaveLength(1);
  });

  it.each([
    ['first undated', null, '2021-09-14'],
    ['both undated', null, null],
  ])('a missing date does not merge look-alike events (%s)', (_, d1, d2) => {
    const r = cluster([art('Earthquake kills 14 in Veloria', QUAKE_A, d1), art('Earthquake kills 9 in Dravenia', QUAKE_B, d2)]);
    expect(r.stories).toHaveLength(2);
  });

  it('far-apart dates split even identical topics that are not copies', () => {
    const r = cluster([art('Earthquake kills 14 in Veloria', QUAKE_A, '2019-03-02'), art('Veloria quake survivors pulled from rubble', QUAKE_A2, '2021-03-03')]);
    expect(r.stories).toHaveLength(2);
  });
});

const seeds = (): Article[] =>
  readdirSync('examples/seeds').sort().map((f) => {
    const a = processRaw({ input: { path: f, url: null, format: 'text' }, text: readFileSync(join('examples/seeds', f), 'utf8') });
    if (isInputError(a)) throw new Error(a.error.message);
    return a;
  });

describe('seeds', () => {
  it('are in one thread', () => {
    const r = cluster(seeds());
    expect(r.threads).toHaveLength(1);
  });
  // The Kremlin spokesman's denial (24 April) and Putin's telegram (8 May) share names and topic
  // words; their main actors differ (Peskov, never named by The Hill, vs Putin).
  it('are two stories', () => {
    expect(cluster(seeds()).stories).toHaveLength(2);
  });
});

describe('event signature', () => {
  const ARREST = (who: string, first: string, n: number) =>
    [
      `Chargers lineman ${first} ${who} was arrested early Sunday on suspicion of drunk driving, the highway patrol said.`,
      `${who}, ${n}, was stopped on Route 52 and failed sobriety tests. ${who} was booked into the county jail and released.`,
      `The team said it was aware of the arrest of ${who} and would have no further comment on ${who}.`,
    ].join('\n\n');
  it.each([
    // [name, first article, second article, stories]
    ['two players arrested (different main actor)', art('Chargers lineman Jamal Williams arrested on DUI suspicion', ARREST('Williams', 'Jamal', 32)), art('Chargers receiver Vincent Jackson arrested on DUI suspicion', ARREST('Jackson', 'Vincent', 25)), 2],
    ['one arrest told twice (must not split)', art('Chargers lineman Jamal Williams arrested on DUI suspicion', ARREST('Williams', 'Jamal', 32)), art('Williams arrested, Chargers say', ARREST('Williams', 'Jamal', 32) + '\n\nHe is expected to play on Sunday.'), 1],
  ])('%s', (_, a, b, n) => {
    expect(cluster([a, b]).stories).toHaveLength(n);
    expect(cluster([a, b]).threads).toHaveLength(1);
  });

  const PIRATES = (n: number) => art(`Navy captures ${n} pirates`, `The navy captured ${n} pirates in the Gulf of Aden after a distress call.`);
  it.each([
    // [name, article count, story count, conflict]
    ['same noun, other count', 23, 26, true],
    ['same noun, same count', 23, 23, false],
  ])('lead counts: %s', (_, x, y, want) => {
    const sig = emptySig();
    addSig(sig, storyFeatures(PIRATES(y)));
    expect(numberConflict(storyFeatures(PIRATES(x)), sig)).toBe(want);
  });
  it('a count for another noun is no conflict', () => {
    const sig = emptySig();
    addSig(sig, storyFeatures(art('Quake kills 14', 'A quake killed 14 people in the north of the island.')));
    expect(numberConflict(storyFeatures(PIRATES(23)), sig)).toBe(false);
  });
});

describe('actor veto (conflict.ts)', () => {
  // Minimal features: only the signature fields the veto reads. Keys are small made-up numbers.
  const f = (keys: number[], known: number[] = keys): StoryFeatures =>
    ({ id: 'x', terms: [], weights: [], entities: [], names: [], bands: [], day: null, keys, keyInTitle: false, known: [...known].sort((a, b) => a - b), numNouns: [], numVals: [], md: null }) as StoryFeatures;
  const story = (...members: StoryFeatures[]) => {
    const g = emptySig();
    for (const m of members) addSig(g, m);
    return g;
  };
  it.each([
    // [name, story members, article, conflict]
    ['other actor, never mentions the story\'s', [f([1]), f([1])], f([2]), true],
    ['same main actor', [f([1]), f([1])], f([1]), false],
    ['story actor among the article\'s main actors', [f([1]), f([1])], f([2, 1]), false],
    ['article mentions the story actor', [f([1]), f([1])], f([2], [1, 2]), false],
    ['article actor known to the story', [f([1], [1, 2]), f([1])], f([2]), false],
    // must not veto: the story has no dominant actor (a tie of noisy entity outputs)
    ['no dominant story actor', [f([1]), f([3]), f([4])], f([2]), false],
    // must not veto: the article's actor is main in half the story's members
    ['article actor main in half the members', [f([1, 2]), f([1]), f([2])], f([2], [2]), false],
  ])('%s', (_, members, a, want) => {
    expect(actorConflict(a, story(...members))).toBe(want);
  });
  it('a big story keeps the names it saw first (no arbitrary drop at the cap)', () => {
    // The old code sorted the union and cut it, dropping the largest keys (here 5000).
    const many = Array.from({ length: 300 }, (_, i) => 3 + i);
    const g = story(f([1], [1, 5000]), f([1], many));
    expect(g.known).toContain(5000);
    expect(actorConflict(f([5000]), g)).toBe(false);
  });
});

describe('StoryIndex', () => {
  const corpus = (): Article[] => [
    art('Earthquake kills 14 in Veloria', QUAKE_A, '2021-03-02'),
    art('Earthquake kills 9 in Dravenia', QUAKE_B, '2021-09-14'),
    art('Veloria quake survivors pulled from rubble', QUAKE_A2, '2021-03-03'),
    ...seeds(),
  ];

  it('incremental add, with a JSON round trip midway, equals the batch single pass', () => {
    const list = corpus();
    const batch = cluster(list, { refine: false });
    let idx = new StoryIndex();
    const got: string[] = [];
    list.forEach((a, i) => {
      if (i === 2) idx = StoryIndex.fromJSON(JSON.parse(JSON.stringify(idx.toJSON())));
      got.push(idx.add(storyFeatures(a)).story);
    });
    const fromBatch = list.map((a) => batch.stories.find((s) => s.articles.includes(a.id))!.id);
    expect(got).toEqual(fromBatch);
  });

  it('a copy shifted by a word still shares its LSH bands (near-duplicate of the single pass)', () => {
    const idx = new StoryIndex();
    idx.add(storyFeatures(art('Earthquake kills 14 in Veloria', QUAKE_A)));
    const copy = idx.add(storyFeatures(art('Deadly quake hits Veloria', 'Meanwhile, ' + QUAKE_A[0]!.toLowerCase() + QUAKE_A.slice(1))));
    expect(copy.via).toBe('duplicate');
  });

  it('place() puts articles where a batch decided; the state round-trips and later adds see it', () => {
    const list = corpus();
    const idx = new StoryIndex();
    // Force the first two (different quakes) into one story, the rest into stories of their own.
    const feats = list.map((a) => storyFeatures(a));
    idx.place(feats[0]!, 's-x', 't-x');
    idx.place(feats[1]!, 's-x', 't-x');
    idx.place(feats[1]!, 's-y', 't-y'); // placed already: no change
    const back = StoryIndex.fromJSON(JSON.parse(JSON.stringify(idx.toJSON())));
    expect(back.lookup(list[1]!.id)).toEqual({ story: 's-x', thread: 't-x' });
    expect(back.storyCount).toBe(1);
    // The follow-up report of quake A joins the placed story.
    expect(back.add(feats[2]!).story).toBe('s-x');
  });

  it('is deterministic and adding an article twice changes nothing', () => {
    const a = JSON.stringify(cluster(corpus()));
    expect(JSON.stringify(cluster(corpus()))).toBe(a);
    const idx = new StoryIndex();
    const f = storyFeatures(corpus()[0]!);
    const first = idx.add(f);
    expect(idx.add(f).story).toBe(first.story);
    expect(idx.size).toBe(1);
  });
});

describe('contract shape', () => {
  it('every article in one story, every story in one thread', () => {
    const list = seeds();
    const r = cluster(list);
    expect(Object.keys(r).sort()).toEqual(['articles', 'stories', 'threads']);
    expect(r.articles.map((a) => a.id)).toEqual(list.map((a) => a.id));
    for (const a of r.articles) {
      expect(Object.keys(a).sort()).toEqual(['id', 'outlet', 'path', 'title']);
      expect(r.stories.filter((s) => s.articles.includes(a.id))).toHaveLength(1);
    }
    for (const s of r.stories) {
      expect(typeof s.id).toBe('string');
      expect(s.title === null || typeof s.title === 'string').toBe(true);
      expect(Array.isArray(s.outlets)).toBe(true);
      for (const d of [s.first, s.last]) expect(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d)).toBe(true);
      expect(r.threads.filter((t) => t.stories.includes(s.id))).toHaveLength(1);
      expect(r.threads.find((t) => t.id === s.thread)).toBeDefined();
    }
  });
});

describe('dates', () => {
  const base = { published: null, dateline: null, title: null, url: null };
  it.each([
    ['published wins', { ...base, published: '2017-05-08T10:00:00Z', text: 'x' }, '2017-05-08'],
    ['URL path date', { ...base, url: 'https://x.com/news/2009/02/04/story', text: 'x' }, '2009-02-04'],
    ['full date in the first lines', { ...base, text: 'Posted: Apr 02, 2009 11:06 PM\n\nBody.' }, '2009-04-02'],
    ['dateline with year from an explicit dateline year', { ...base, dateline: { place: 'X', date: 'April 24, 2017', agency: null }, text: 'x' }, '2017-04-24'],
    ['weekday pins the year when only one fits', { ...base, dateline: { place: 'X', date: 'March 3', agency: null }, text: 'On Tuesday, March 2, and Sunday, February 28 ...' }, null],
    ['ambiguous year: null, never a guess', { ...base, dateline: { place: 'X', date: 'April 24', agency: null }, text: 'on Sunday, April 23, voters' }, null],
    ['no date at all', { ...base, text: 'It happened on Monday.' }, null],
  ])('%s', (_, a, want) => {
    const d = articleDay(a);
    expect(d === null ? null : new Date(d * 86400000).toISOString().slice(0, 10)).toBe(want);
  });
});

// Batch refinement (refine.ts) on hand-made features: topic words 1..9 are shared by every
// article, event words 100+ / 200+ tell two look-alike events apart.
function feat(id: string, terms: number[], extra: Partial<StoryFeatures> = {}): StoryFeatures {
  const t = [...new Set(terms)].sort((x, y) => x - y);
  return { id, terms: t, weights: t.map(() => 1), entities: [], names: [], bands: [], day: null, keys: [], keyInTitle: false, known: [], numNouns: [], numVals: [], md: null, ...extra };
}
const TOPIC = [1, 2, 3];
const evA = (i: number) => feat('a' + i, [...TOPIC, 101, 102, 103, 104, 105, 106, 110 + i]);
const evB = (i: number) => feat('b' + i, [...TOPIC, 201, 202, 203, 204, 205, 206, 210 + i]);
function placed(feats: StoryFeatures[], story: (i: number) => number, thread: (i: number) => number = () => 0): Assignment[] {
  return feats.map((f, i) => ({ story: 's-' + feats[feats.findIndex((_, j) => story(j) === story(i))]!.id, thread: 't' + thread(i), storyIndex: story(i), threadIndex: thread(i), via: 'similar', score: 0.5, duplicateOf: null }));
}
const storiesOf = (a: Assignment[]) => new Set(a.map((x) => x.story)).size;

describe('batch refinement (refine.ts)', () => {
  it('average linkage: two tight groups stay apart under the threshold, join above it', () => {
    const sim = (x: number, y: number) => (Math.floor(x / 10) === Math.floor(y / 10) ? 0.9 : 0.1);
    expect(averageLinkage([0, 1, 2, 10, 11, 12], sim, 0.5)).toEqual([[0, 1, 2], [10, 11, 12]]);
    expect(averageLinkage([0, 1, 2, 10, 11, 12], sim, 0.05)).toEqual([[0, 1, 2, 10, 11, 12]]);
  });

  it.each([
    // [case, A members, B members, stories after]
    ['two look-alike events merged by the single pass split', 4, 4, 2],
    ['one outlier is not an event: no split', 6, 1, 1],
    ['parts under minPart: no split', 3, 3, 1],
  ])('%s', (_, na, nb, want) => {
    const feats = [...Array.from({ length: na }, (_, i) => evA(i)), ...Array.from({ length: nb }, (_, i) => evB(i))];
    expect(storiesOf(refine(feats, placed(feats, () => 0)))).toBe(want);
  });

  it.each([
    ['two stories of one event in one thread merge', {}, {}, 0, 1],
    ['different lead counts never merge', { numNouns: [7], numVals: [23] }, { numNouns: [7], numVals: [26] }, 0, 2],
    ['dates far apart never merge', { day: 100 }, { day: 130 }, 0, 2],
    ['stories of different threads never merge', {}, {}, 1, 2],
  ])('%s', (_, xa: Partial<StoryFeatures>, xb: Partial<StoryFeatures>, otherThread, want) => {
    const feats = [feat('x0', [...TOPIC, 101, 102, 103, 104], xa), feat('x1', [...TOPIC, 101, 102, 103, 105], xb)];
    expect(storiesOf(refine(feats, placed(feats, (i) => i, (i) => i * otherThread)))).toBe(want);
  });

  it('a confident single-pass veto keeps two stories apart', () => {
    const feats = [feat('x0', [...TOPIC, 101, 102, 103, 104]), feat('x1', [...TOPIC, 101, 102, 103, 105])];
    const a = placed(feats, (i) => i);
    a[1]!.vetoed = 0;
    expect(storiesOf(refine(feats, a))).toBe(2);
  });

  it('keeps threads, re-derives story ids from first members, and is deterministic', () => {
    const feats = [evA(0), evB(0), evA(1), evB(1), evA(2), evB(2), evA(3), evB(3)];
    const a = refine(feats, placed(feats, () => 0));
    expect(a.map((x) => x.story)).toEqual(['s-a0', 's-b0', 's-a0', 's-b0', 's-a0', 's-b0', 's-a0', 's-b0']);
    expect(a.map((x) => x.storyIndex)).toEqual([0, 1, 0, 1, 0, 1, 0, 1]);
    expect(new Set(a.map((x) => x.thread))).toEqual(new Set(['t0']));
    expect(refine(feats, placed(feats, () => 0))).toEqual(a);
  });

  it('threads above maxThread are left as they are', () => {
    const feats = [...Array.from({ length: 4 }, (_, i) => evA(i)), ...Array.from({ length: 4 }, (_, i) => evB(i))];
    expect(storiesOf(refine(feats, placed(feats, () => 0), { maxThread: 5 }))).toBe(1);
  });
});
