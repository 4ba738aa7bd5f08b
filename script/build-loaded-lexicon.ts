// script/build-loaded-lexicon.ts — prints candidate loaded words from ptc-train and basil-dev:
// words found inside loaded-wording spans in >= 50% of their uses (>= 3 span uses on PTC, >= 2 on BASIL).
// The shipped lexicon (src/analyze/lexicons/loaded.ts) is a hand-checked subset; see docs/cues.md.
// Usage: node bin/run.js script/build-loaded-lexicon.ts [dataDir]
import { resolve } from 'node:path';
import { tokenize } from '../src/analyze/doc.js';
import { readBasil, readPtc, type GoldDoc } from './loaded-data.js';

const dataDir = process.argv[2] ?? resolve('..', 'shared', 'data');

function candidates(docs: GoldDoc[], minIn: number): string {
  const total = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const d of docs) {
    for (const t of tokenize(d.text)) {
      if (!/^[a-z][a-z'-]+$/i.test(t.text)) continue;
      const w = t.text.toLowerCase();
      total.set(w, (total.get(w) ?? 0) + 1);
      if (d.spans.some(([s, e]) => t.start >= s && t.end <= e)) inside.set(w, (inside.get(w) ?? 0) + 1);
    }
  }
  return [...inside]
    .filter(([w, n]) => n >= minIn && n / total.get(w)! >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([w, n]) => `${w}\t${n}/${total.get(w)}`)
    .join('\n');
}

console.log(`# ptc-train (Loaded_Language + Name_Calling,Labeling)\n${candidates(readPtc(dataDir), 3)}\n`);
console.log(`# basil-dev (lex)\n${candidates(readBasil(dataDir), 2)}`);
