// script/regenerate-goldens.ts — rewrites the golden files of the seed articles:
//   test/goldens/<seed>.analyze.json (the full Article) and test/goldens/seeds.compare.json.
// Run `npm run goldens`, then read the diff before committing: a golden is a reviewed claim
// about what Parallax finds in the user's own examples.
import { writeFileSync } from 'node:fs';
import { goldenPaths, seedOutputs } from '../test/helpers/goldens.js';

const { analyses, comparison } = await seedOutputs();
const paths = goldenPaths();
for (const [name, a] of analyses) writeFileSync(paths.analyze(name), JSON.stringify(a, null, 2) + '\n');
writeFileSync(paths.compare, JSON.stringify(comparison, null, 2) + '\n');
console.log(`wrote ${analyses.size} analyses and 1 comparison to test/goldens/`);
