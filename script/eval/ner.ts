// script/eval/ner.ts — NER quality of the shipped model (models/ner/) on CoNLL-2003 eng.testa:
// entity-level exact P/R/F1 per type and for PER/ORG/LOC together (conlleval style), plus speed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, prf, score, sum, type Counts } from '../../src/analyze/ner/conll.js';
import { tagDocs } from '../../src/analyze/ner/train.js';
import { loadTagger } from '../../src/analyze/ner/tagger.js';

export const title = 'NER (CoNLL-2003 eng.testa, shipped model)';

export async function run(dataDir: string): Promise<string> {
  const file = join(dataDir, 'conll2003', 'eng.testa');
  if (!existsSync(file)) return `skipped: ${file} not found`;
  const docs = parseConll(readFileSync(file, 'utf8'));
  const gold = docs.flatMap((d) => d.map((s) => s.tags));
  const tl = performance.now();
  const { model, gaz } = loadTagger();
  const loadMs = performance.now() - tl;
  tagDocs(model, gaz, docs); // warm-up
  const t0 = performance.now();
  const pred = tagDocs(model, gaz, docs);
  const ms = performance.now() - t0;
  const counts = score(gold, pred);
  const row = (name: string, c: Counts): string => {
    const { p, r, f } = prf(c);
    return `| ${name.padEnd(12)} | ${p.toFixed(4)} | ${r.toFixed(4)} | ${f.toFixed(4)} | ${String(c.tp + c.fn).padStart(5)} |`;
  };
  const lines = ['| type         | P      | R      | F1     | gold  |', '|---|---|---|---|---|'];
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) lines.push(row(t, sum(counts, [t])));
  lines.push(row('PER+ORG+LOC', sum(counts, ['PER', 'ORG', 'LOC'])));
  lines.push(row('all four', sum(counts, ['PER', 'ORG', 'LOC', 'MISC'])));
  const ntok = gold.reduce((a, s) => a + s.length, 0);
  lines.push('', `${ntok} tokens tagged in ${ms.toFixed(0)} ms (${((ms / ntok) * 600).toFixed(3)} ms per 600 tokens); model load ${loadMs.toFixed(0)} ms`);
  return lines.join('\n');
}
