// script/eval/stories.ts — story grouping quality: B-cubed and pairwise P/R/F1 on BASIL-dev
// (each Fox/NYT/HuffPost triplet is one story) and ECB+-dev (`subtopic` = story), plus the
// seed pair check (two stories, one thread). Articles go through clean() + analyze() first,
// so entity features count as soon as the entity model provides them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { process as processRaw } from '../../src/pipeline.js';
import { storyFeatures } from '../../src/story/features.js';
import { bcubed, pairwise, type Prf } from '../../src/story/metrics.js';
import { refine, type RefineOptions } from '../../src/story/refine.js';
import { StoryIndex, type StoryOptions } from '../../src/story/story-index.js';
import { isInputError } from '../../src/errors.js';
import type { Article, RawArticle } from '../../src/types.js';

export const title = 'Stories: grouping articles into events (B-cubed, pairwise)';

interface Labeled {
  raw: RawArticle;
  gold: string;
}

function basil(dir: string): Labeled[] {
  const out: Labeled[] = [];
  const root = join(dir, 'articles');
  for (const year of readdirSync(root).sort()) {
    for (const f of readdirSync(join(root, year)).sort()) {
      if (!f.endsWith('.json')) continue;
      const j = JSON.parse(readFileSync(join(root, year, f), 'utf8')) as {
        title: string; source: string; date: string | null; 'triplet-uuid': string; 'body-paragraphs': string[][];
      };
      const text = j['body-paragraphs'].map((p) => p.join(' ')).join('\n\n');
      out.push({
        gold: j['triplet-uuid'],
        raw: { input: { path: f, url: null, format: 'json' }, text, title: j.title, outlet: j.source, published: j.date ?? null },
      });
    }
  }
  return out;
}

function ecb(file: string): Labeled[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const j = JSON.parse(l) as { doc_id: string; subtopic: string; sentences: string[] };
    // The headline is the first sentence, after the page URL in ECB+ (`+`) documents (tokenised
    // with spaces: "http: / / www. x. com / ..."). No dates are given.
    const s = [...j.sentences];
    const url = /^https?:/.test(s[0] ?? '') ? s.shift()!.replace(/ /g, '') : null;
    return {
      gold: j.subtopic,
      raw: { input: { path: j.doc_id, url, format: 'json' }, url, title: s[0] ?? null, text: s.slice(1).join('\n\n'), outlet: null, published: null },
    };
  });
}

/** Share of inputs that may come back as errors before the evaluation refuses to report. */
const MAX_ERROR_SHARE = 0.1;

function analyzeAll(items: Labeled[], name = 'set'): { articles: Article[]; gold: string[] } {
  const articles: Article[] = [];
  const gold: string[] = [];
  const errors: string[] = [];
  for (const it of items) {
    const a = processRaw(it.raw);
    if (isInputError(a)) {
      errors.push(`${it.raw.input.path ?? '?'}: ${a.error.message}`);
      continue;
    }
    articles.push(a);
    gold.push(it.gold);
  }
  // Silently dropping inputs would make the scores describe a different (easier) set.
  if (errors.length > items.length * MAX_ERROR_SHARE) {
    throw new Error(`stories eval: ${errors.length} of ${items.length} ${name} inputs came back as errors (limit ${MAX_ERROR_SHARE * 100}%), e.g. ${errors.slice(0, 3).join('; ')}`);
  }
  return { articles, gold };
}

/** Cluster in input order, then refine as cluster() does (`refine: false`: single pass only); the story index of each article. */
export function assign(articles: Article[], opts: Partial<StoryOptions> = {}, refineOpts: Partial<RefineOptions> | false = {}): number[] {
  const idx = new StoryIndex(opts);
  const feats = articles.map((a) => storyFeatures(a));
  const single = feats.map((f) => idx.add(f));
  return (refineOpts === false ? single : refine(feats, single, refineOpts)).map((x) => x.storyIndex);
}

/** For tuning scripts: the analysed articles and gold labels of one set. */
export function __load(set: 'basil' | 'ecb', dataDir = '/work/shared/data'): { articles: Article[]; gold: string[] } {
  return analyzeAll(set === 'basil' ? basil(join(dataDir, 'basil-dev')) : ecb(join(dataDir, 'ecbplus-dev', 'documents.jsonl')), set);
}

const fmt = (x: Prf) => `${x.p.toFixed(3)}  ${x.r.toFixed(3)}  ${x.f1.toFixed(3)}`;

export async function run(dataDir: string): Promise<string> {
  const rows: string[] = ['set                   docs stories gold   B3 P   B3 R   B3 F1   pair P pair R pair F1'];
  const sets: [string, () => Labeled[]][] = [];
  const b = join(dataDir, 'basil-dev');
  const e = join(dataDir, 'ecbplus-dev', 'documents.jsonl');
  if (existsSync(b)) sets.push(['basil-dev', () => basil(b)]);
  if (existsSync(e)) sets.push(['ecbplus-dev', () => ecb(e)]);
  for (const [name, load] of sets) {
    const { articles, gold } = analyzeAll(load(), name);
    for (const [label, r] of [['', {}], [' single pass', false]] as const) {
      const pred = assign(articles, {}, r);
      rows.push(
        `${(name + label).padEnd(21)} ${String(articles.length).padStart(4)} ${String(new Set(pred).size).padStart(7)} ${String(new Set(gold).size).padStart(4)}   ${fmt(bcubed(pred, gold))}   ${fmt(pairwise(pred, gold))}`,
      );
    }
  }
  const seeds = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'seeds');
  const seedArticles = readdirSync(seeds).sort().map((f) => processRaw({ input: { path: f, url: null, format: 'text' }, text: readFileSync(join(seeds, f), 'utf8') })).filter((a): a is Article => !isInputError(a));
  const idx = new StoryIndex();
  const seedFeats = seedArticles.map((a) => storyFeatures(a));
  const got = refine(seedFeats, seedFeats.map((f) => idx.add(f)));
  const ok = new Set(got.map((g) => g.story)).size === 2 && new Set(got.map((g) => g.thread)).size === 1;
  rows.push('', `seed pair: ${new Set(got.map((g) => g.story)).size} stories, ${new Set(got.map((g) => g.thread)).size} thread(s) — ${ok ? 'ok' : 'FAIL'} (score ${got.map((g) => g.score).join(', ')})`);
  return rows.join('\n');
}
