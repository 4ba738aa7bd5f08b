// test/helpers/goldens.ts — the seed outputs that the goldens pin, computed one way for the
// regeneration script and the golden test alike.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInputError } from '../../src/errors.js';
import { analyzePaths, compare } from '../../src/pipeline.js';
import type { Article, Comparison } from '../../src/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const SEED_DIR = join(root, 'examples', 'seeds');

export function goldenPaths() {
  return {
    analyze: (name: string) => join(root, 'test', 'goldens', `${name}.analyze.json`),
    compare: join(root, 'test', 'goldens', 'seeds.compare.json'),
  };
}

/** Analyses keyed by seed file name (without extension), and their comparison. Paths are repo-relative. */
export async function seedOutputs(): Promise<{ analyses: Map<string, Article>; comparison: Comparison }> {
  const analyses = new Map<string, Article>();
  const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join('examples', 'seeds', f));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    for await (const a of analyzePaths(files)) {
      if (isInputError(a)) throw new Error(`seed failed: ${a.error.message}`);
      analyses.set(basename(a.input.path!, '.txt'), a);
    }
  } finally {
    process.chdir(cwd);
  }
  return { analyses, comparison: compare([...analyses.values()]) };
}
