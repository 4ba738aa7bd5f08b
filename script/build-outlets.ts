// script/build-outlets.ts — builds src/clean/data/outlets.tsv (domain -> outlet name) from the MIT-licensed
// news outlet lists in ../shared/data/gazetteers (news-fundus-publishers, news-freebie-websources).
// Run: node bin/run.js script/build-outlets.ts. Credit: see docs/cleaning.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const gaz = resolve(process.env.PARALLAX_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data'), 'gazetteers');
const out = new Map<string, string>();

function readTsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  return rows.map((r) => Object.fromEntries(r.split('\t').map((v, i) => [cols[i]!, v.trim()])));
}

for (const file of ['news-fundus-publishers/fundus-publishers.tsv', 'news-freebie-websources/freebie-websources.tsv']) {
  for (const r of readTsv(resolve(gaz, file))) {
    const domain = (r.domain ?? '').toLowerCase().replace(/^www\./, '');
    if (domain && r.name && !out.has(domain)) out.set(domain, r.name);
  }
}
const lines = [...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, n]) => `${d}\t${n}`);
writeFileSync(resolve(import.meta.dirname, '..', 'src', 'clean', 'data', 'outlets.tsv'), lines.join('\n') + '\n');
console.log(`wrote ${lines.length} outlets`);
