// script/build-first-names.ts — builds src/analyze/lexicons/first-names.txt.gz (first name -> sex)
// from the US Social Security Administration first-name counts (public domain, US federal data)
// in ../shared/data/gazetteers/ssa-first-names. Used by quotes/gender.ts to keep "he"/"she" from
// resolving to a speaker of the other sex. A name is kept when at least 2,000 people got it and at
// least 96% of them one sex ("Jake" M, "Sarah" F; "Jordan", "Kelly", "Lindsey" at 95% F, "Hillary"
// at 96% F are left out). The list is a fallback: the pronouns a document itself uses right after
// a name come first ("Clinton said she", "Graham assures his audience").
// Run: node bin/run.js script/build-first-names.ts. Credit: see docs/quotes.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIN_COUNT = 2_000;
const MIN_SHARE = 0.96;

const gaz = resolve(process.env.PARALLAX_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data'), 'gazetteers');
const counts = new Map<string, [number, number]>();
const [head, ...rows] = readFileSync(resolve(gaz, 'ssa-first-names', 'ssa-first-names-1880-2020.tsv'), 'utf8').split('\n').filter(Boolean);
const cols = head!.split('\t');
const iName = cols.indexOf('name');
const iSex = cols.indexOf('sex');
const iCount = cols.indexOf('total_count');
for (const r of rows) {
  const c = r.split('\t');
  const e = counts.get(c[iName]!) ?? [0, 0];
  e[c[iSex] === 'M' ? 0 : 1] += Number(c[iCount]);
  counts.set(c[iName]!, e);
}
const lines: string[] = [];
for (const [name, [m, f]] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (m + f < MIN_COUNT) continue;
  if (m >= MIN_SHARE * (m + f)) lines.push(`${name}\tM`);
  else if (f >= MIN_SHARE * (m + f)) lines.push(`${name}\tF`);
}
writeFileSync(resolve(import.meta.dirname, '..', 'src', 'analyze', 'lexicons', 'first-names.txt.gz'), gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${lines.length} first names`);
