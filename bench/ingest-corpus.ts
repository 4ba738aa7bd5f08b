// bench/ingest-corpus.ts — a synthetic news corpus for the ingest bench and the crash test:
// sentences of examples/seeds/ recombined, with names, places, outlets and numbers varied by a
// seeded PRNG, so every article is distinct but reads like news. Deterministic for a given seed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from '../src/util/random.js';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'seeds');
const FILES = ['000_67ea23102d894fe1.txt', '001_1688ad1f1f691c47.txt'];
const PEOPLE = ['Dmitry Peskov', 'Emmanuel Macron', 'Vladimir Putin', 'Angela Merkel', 'Marine Le Pen', 'Sergey Lavrov', 'Jean-Yves Le Drian', 'Maria Zakharova', 'Theresa May', 'Rex Tillerson', 'Olaf Scholz', 'Ursula von der Leyen'];
const PLACES = ['Paris', 'Moscow', 'Berlin', 'St. Petersburg', 'Brussels', 'London', 'Washington', 'Versailles', 'Lyon', 'Kyiv'];
const OUTLETS = ['TASS', 'The Hill', 'Reuters', 'Le Monde', 'BBC News', 'RT', 'Politico', 'Der Spiegel'];
const NAME = /\b(Dmitry Peskov|Peskov|Emmanuel Macron|Macron|Vladimir Putin|Putin|Marine Le Pen|Le Pen)\b/g;
const PLACE = /\b(France|Russia|Moscow|Paris|St\. Petersburg|Europe)\b/g;
const NUM = /\d+(?:[.,]\d+)?/g;


/** Body sentences of the seeds (lines long enough to be prose, split at sentence ends). */
function seedSentences(): string[] {
  const out: string[] = [];
  for (const f of FILES) {
    for (const line of readFileSync(join(SEEDS, f), 'utf8').split('\n')) {
      if (line.length < 60 || /MORE|©|Getty|Share|Tweet/.test(line)) continue;
      for (const s of line.split(/(?<=[.!?”"])\s+(?=[“"A-Z])/)) if (s.length > 40) out.push(s.trim());
    }
  }
  return out;
}

export interface SyntheticArticle {
  title: string;
  text: string;
  outlet: string;
  published: string;
  url: string;
}

/** `sentences`: [min, max) sentences per article; the default gives ~350-700 words. */
export function syntheticCorpus(n: number, seed = 42, sentences: [number, number] = [12, 26]): SyntheticArticle[] {
  const pool = seedSentences();
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const vary = (s: string) => s.replace(NAME, () => pick(PEOPLE)).replace(PLACE, () => pick(PLACES)).replace(NUM, (m) => (m.includes('.') ? (r() * 100).toFixed(2) : String(1 + Math.floor(r() * 500))));
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < n; i++) {
    const paras: string[] = [];
    const len = sentences[0] + Math.floor(r() * (sentences[1] - sentences[0]));
    for (let p = 0; p < len; p += 3) paras.push([0, 1, 2].map(() => vary(pick(pool))).join(' '));
    const outlet = pick(OUTLETS);
    const day = 1 + Math.floor(r() * 28);
    out.push({
      title: `${pick(PEOPLE)} ${pick(['says', 'denies', 'warns', 'meets', 'rejects'])} ${pick(PEOPLE)} on ${pick(PLACES)} talks (${i})`,
      text: paras.join('\n\n'),
      outlet,
      published: `2017-${String(4 + (i % 3)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/news/${i}`,
    });
  }
  return out;
}

/** Write the corpus as JSON Lines; returns the path. */
export function writeCorpus(path: string, n: number, seed = 42, sentences?: [number, number]): string {
  writeFileSync(path, syntheticCorpus(n, seed, sentences).map((a) => JSON.stringify(a)).join('\n') + '\n');
  return path;
}
