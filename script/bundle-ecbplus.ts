// script/bundle-ecbplus.ts — writes the bundled demo examples in examples/ecbplus/ from the ECB+
// development split in ../shared/data/ecbplus-dev (CC BY 3.0; licence files copied beside them).
// One JSONL file per event; each line {title?, text, url?, published?} as `parallax ingest` reads.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const src = resolve(process.env.PARALLAX_DATA ?? resolve(root, '..', 'shared', 'data'), 'ecbplus-dev');
const out = resolve(root, 'examples', 'ecbplus');
const EVENTS = ['34ecb', '34ecb+', '18ecb', '18ecb+', '23ecb', '23ecb+'];
const PER_EVENT = 6;

interface Doc {
  doc_id: string;
  subtopic: string;
  sentences: string[];
}
const docs = readFileSync(resolve(src, 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Doc);
mkdirSync(out, { recursive: true });
for (const ev of EVENTS) {
  const lines = docs
    .filter((d) => d.subtopic === ev)
    .sort((a, b) => (a.doc_id < b.doc_id ? -1 : 1))
    .slice(0, PER_EVENT)
    .map((d) => {
      const sents = [...d.sentences];
      const rec: Record<string, string> = { id: d.doc_id };
      if (/^https?:/.test(sents[0] ?? '')) {
        const head = sents.shift()!;
        // ECB+ tokenised the URL with spaces and glued the headline to it: "http: / / host. com / path / Title".
        const m = /^(https?:(?: ?\/ ?| ?[\w\-.?=&%+~#]+ ?)+?)(?= [A-Z][a-z]| \d+ [a-z]|$)(.*)$/.exec(head);
        const url = (m?.[1] ?? head).replace(/\s+/g, '');
        rec.url = url;
        const date = /\/((?:19|20)\d\d)[\/\-](\d\d)[\/\-](\d\d)\//.exec(url);
        if (date) rec.published = `${date[1]}-${date[2]}-${date[3]}`;
        const rest = (m?.[2] ?? '').trim();
        if (rest) sents.unshift(rest);
      }
      rec.text = sents.join('\n\n');
      return JSON.stringify(rec);
    });
  writeFileSync(resolve(out, `${ev.replace('+', 'plus')}.jsonl`), lines.join('\n') + '\n');
}
for (const f of ['COPYING-CC.TXT', 'LICENSEDATA.TXT']) copyFileSync(resolve(src, f), resolve(out, f));
console.log(`wrote ${EVENTS.length} events to examples/ecbplus/`);
