// script/eval.ts — `npm run eval`: quality tables on the development data in ../shared/data.
// Each file in script/eval/ exports `title` and `run(dataDir)`, returning printable text.
// Skips cleanly (exit 0) when the data folder is absent. Pass names to run only some: `npm run eval -- ner quotes`.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.PARALLAX_DATA ?? resolve(root, '..', 'shared', 'data');

interface EvalModule {
  title: string;
  run(dataDir: string): Promise<string>;
}

if (!existsSync(dataDir)) {
  console.log(`npm run eval: no development data at ${dataDir} (set PARALLAX_DATA to its path); skipping.`);
  process.exit(0);
}
console.log(`Evaluating on the development data in ${dataDir}\n`);
const only = process.argv.slice(2);
const dir = join(root, 'script', 'eval');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
let failed = 0;
for (const f of files) {
  const name = f.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as EvalModule;
  const t0 = performance.now();
  try {
    const out = await mod.run(dataDir);
    console.log(`## ${mod.title}  (${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n${out.trimEnd()}\n`);
  } catch (e) {
    failed++;
    console.log(`## ${mod.title}: FAILED: ${(e as Error).stack ?? e}\n`);
  }
}
process.exit(failed ? 1 : 0);
