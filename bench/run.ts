// bench/run.ts — `npm run bench`: throughput numbers. Each bench/*.bench.ts exports `title`
// and `run()`, returning printable text. Pass names to run only some: `npm run bench -- analyze`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
console.log(`Benchmarks on ${process.platform}/${process.arch}, node ${process.version}\n`);
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { title: string; run(): Promise<string> };
  const t0 = performance.now();
  const out = await mod.run();
  console.log(`## ${mod.title}  (${((performance.now() - t0) / 1000).toFixed(1)} s)\n\n${out.trimEnd()}\n`);
}
