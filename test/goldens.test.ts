// Golden tests: the full analysis and comparison of the two seed articles, as committed JSON.
// Regenerate with `npm run goldens` and review the diff by hand.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenPaths, seedOutputs } from './helpers/goldens.js';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));

describe('goldens', async () => {
  const { analyses, comparison } = await seedOutputs();
  const paths = goldenPaths();
  it.each([...analyses.keys()])('analysis of %s matches its golden', (name) => {
    expect(existsSync(paths.analyze(name))).toBe(true);
    expect(JSON.parse(JSON.stringify(analyses.get(name)))).toEqual(read(paths.analyze(name)));
  });
  it('comparison matches its golden', () => {
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(read(paths.compare));
  });
});
