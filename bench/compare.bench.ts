// bench/compare.bench.ts — compare() on a synthetic 200-article story: 30 sentences per article
// drawn from a pool of 400 facts (so many statements align across articles), plus filler.
import { buildDoc } from '../src/analyze/doc.js';
import { compare } from '../src/compare/index.js';
import type { Article } from '../src/types.js';

export const title = 'compare: 200 synthetic articles of one story';

const PEOPLE = ['Anna Berg', 'Carlos Diaz', 'Mei Chen', 'Omar Haddad', 'Lena Fischer', 'Tom Walker', 'Sara Novak', 'Ivan Petrov'];
const PLACES = ['Paris', 'Berlin', 'Ohio', 'Lagos', 'Kyiv', 'Lima', 'Oslo', 'Seoul'];
const VERBS = ['met', 'criticized', 'supported', 'accused', 'investigated', 'congratulated', 'sued', 'arrested'];
const NOUNS = ['budget', 'election', 'pipeline', 'treaty', 'strike', 'merger', 'vaccine', 'tariff', 'bridge', 'verdict'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * `vary`: each reprinted fact gets one of 36 lead-ins ("Meanwhile, sources said, ..."), so few
 * statements are word-for-word copies and the copy shortcut in alignPairs does not apply.
 */
export function syntheticStory(n = 200, perArticle = 30, vary = false): Article[] {
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const facts = Array.from({ length: 400 }, (_, i) => {
    const who = pick(PEOPLE);
    return `${who} ${pick(VERBS)} ${pick(PEOPLE)} over the ${pick(NOUNS)} in ${pick(PLACES)} on ${['Monday', 'Tuesday', 'Friday'][i % 3]}, saying ${(r() * 90 + 5).toFixed(1)}% of voters agreed.`;
  });
  return Array.from({ length: n }, (_, k) => {
    const sents: string[] = [];
    const lead = () => (vary ? `${pick(['Meanwhile', 'Separately', 'Earlier', 'Later', 'Also', 'Elsewhere'])}, ${pick(['officials noted', 'sources said', 'reports said', 'it emerged', 'observers noted', 'aides said'])}, ` : '');
    for (let i = 0; i < perArticle; i++) sents.push(r() < 0.7 ? lead() + pick(facts) : `Officials in ${pick(PLACES)} said the ${pick(NOUNS)} ${pick(['would', 'could', 'might'])} ${pick(['change', 'stall', 'grow'])} by ${Math.floor(r() * 100)} units, reportedly.`);
    const text = sents.reduce((acc, s, i) => acc + (i === 0 ? '' : i % 4 === 0 ? '\n\n' : ' ') + s, '');
    const doc = buildDoc(text);
    return {
      id: `a${k}`, input: { path: null, url: null, format: 'text' }, outlet: `Outlet ${k}`, title: `Story ${k}`, subtitle: null, published: null,
      dateline: null, language: 'en', text, removed: [], headings: [], sentences: doc.sentences,
      entities: PEOPLE.map((p, i) => ({ id: `e${i}`, name: p, type: 'person' as const, mentions: [...text.matchAll(new RegExp(p, 'g'))].map((m) => [m.index!, m.index! + p.length] as [number, number]), aliases: [p], descriptors: [] })).filter((e) => e.mentions.length),
      quotes: [], numbers: [], cues: [], issues: [],
    };
  });
}

export async function run(): Promise<string> {
  // Best of 3 runs, wall and CPU time: the machine is shared, so wall time alone is noisy.
  const out: string[] = [];
  for (const [n, vary] of [[2, false], [20, false], [200, false], [200, true]] as const) {
    const arts = syntheticStory(n, 30, vary);
    compare(arts); // warm-up
    let wall = Infinity;
    let cpu = Infinity;
    let c = compare(arts);
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      const u0 = process.cpuUsage();
      c = compare(arts);
      const u = process.cpuUsage(u0);
      wall = Math.min(wall, performance.now() - t0);
      cpu = Math.min(cpu, (u.user + u.system) / 1000);
    }
    const counts = { shared: 0, unique: 0, contested: 0 };
    for (const k of c.claims) counts[k.status]++;
    out.push(`${String(n).padStart(3)} articles (${n * 30} sentences${vary ? ', few verbatim copies' : ''}): ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (best of 3); claims ${counts.shared} shared, ${counts.contested} contested, ${counts.unique} unique; ${c.conflicts.length} conflicts`);
  }
  return out.join('\n');
}
