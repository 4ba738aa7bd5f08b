// script/train-ner.ts — `npm run train:ner`: builds the gazetteer lexicon and trains the NER
// model on CoNLL-2003 eng.train, picking the epoch by PER/ORG/LOC F1 on eng.testa.
// Writes src/analyze/lexicons/gazetteer.txt.gz, models/ner/{vocab.txt,keys.bin,weights.bin}.gz and
// the never-a-name word list models/ner/never.txt.gz (never.ts). Deterministic (fixed seed).
// Data: ../shared/data (or PARALLAX_DATA). Options: --epochs N (default 16); --lexicon-only (rebuild
// the lexicon, keep the model); --never-only (rebuild only the never-a-name list from eng.train).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { collectAdjectives, collectNames, serializeGazetteer } from '../src/analyze/ner/build-gazetteer.js';
import { parseConll, prf, score, sum } from '../src/analyze/ner/conll.js';
import { parseGazetteer } from '../src/analyze/ner/gazetteer.js';
import { neverEntityWords } from '../src/analyze/ner/never.js';
import { tagDocs, Trainer } from '../src/analyze/ner/train.js';
import { rng } from '../src/util/random.js';
import { toFiles } from '../src/analyze/ner/tagger.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.PARALLAX_DATA ?? resolve(root, '..', 'shared', 'data');
if (!existsSync(join(dataDir, 'conll2003'))) {
  console.log(`train:ner: no CoNLL-2003 data under ${dataDir}; nothing to do.`);
  process.exit(0);
}
const epochsArg = process.argv.indexOf('--epochs');
const EPOCHS = epochsArg > 0 ? Number(process.argv[epochsArg + 1]) : 16;
const t0 = performance.now();
const secs = (): string => ((performance.now() - t0) / 1000).toFixed(1) + 's';

const train = parseConll(readFileSync(join(dataDir, 'conll2003/eng.train'), 'utf8'));
const neverPath = join(root, 'models/ner/never.txt.gz');
const never = neverEntityWords(train);
writeFileSync(neverPath, gzipSync(never.join('\n'), { level: 9 }));
console.log(`never-a-name list: ${never.length} words -> ${neverPath}`);
if (process.argv.includes('--never-only')) process.exit(0);

const gazDir = join(dataDir, 'gazetteers');
const lexText = serializeGazetteer(collectNames(gazDir), collectAdjectives(gazDir));
const lexPath = join(root, 'src/analyze/lexicons/gazetteer.txt.gz');
writeFileSync(lexPath, gzipSync(lexText, { level: 9 }));
const gaz = parseGazetteer(lexText);
console.log(`gazetteer: ${gaz.phrases.size} names, ${gaz.adjectives.size} adjectives -> ${lexPath} (${secs()})`);
if (process.argv.includes('--lexicon-only')) process.exit(0);

const dev = parseConll(readFileSync(join(dataDir, 'conll2003/eng.testa'), 'utf8'));
const devGold = dev.flatMap((d) => d.map((s) => s.tags));
const trainer = new Trainer(gaz);
const prepared = trainer.prepare(train);
console.log(`prepared ${prepared.gold.length} tokens, ${trainer.keyList.length} features (${secs()})`);

const rand = rng(20170424);
let best = { f: -1, epoch: 0, model: trainer.averaged() };
for (let e = 1; e <= EPOCHS; e++) {
  const errors = trainer.epoch(prepared, rand);
  const m = trainer.averaged();
  const counts = score(devGold, tagDocs(m, gaz, dev));
  const f3 = prf(sum(counts, ['PER', 'ORG', 'LOC'])).f;
  const fAll = prf(sum(counts, ['PER', 'ORG', 'LOC', 'MISC'])).f;
  console.log(`epoch ${e}: train errors ${errors}, testa F1 PER/ORG/LOC ${f3.toFixed(4)}, all ${fAll.toFixed(4)} (${secs()})`);
  if (f3 > best.f) best = { f: f3, epoch: e, model: m };
}
const saved = trainer.save(best.model);
const outDir = join(root, 'models/ner');
mkdirSync(outDir, { recursive: true });
let bytes = 0;
for (const [name, buf] of Object.entries(toFiles(saved))) {
  const gz = gzipSync(buf, { level: 9 });
  bytes += gz.length;
  writeFileSync(join(outDir, name + '.gz'), gz);
}
console.log(`best epoch ${best.epoch} (F1 ${best.f.toFixed(4)}); saved ${saved.keys.length} features, ${(bytes / 1e6).toFixed(2)} MB -> ${outDir} (${secs()})`);
