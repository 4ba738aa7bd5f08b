// bench/corpus.ts — a fixed benchmark corpus of ordinary news articles built from the bundled
// examples (the two seeds and the ECB+ documents), varied so that no two are identical.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawArticle } from '../src/types.js';

const examples = fileURLToPath(new URL('../examples', import.meta.url));

function baseArticles(): { title: string; text: string }[] {
  const out: { title: string; text: string }[] = [];
  for (const f of readdirSync(join(examples, 'seeds')).sort()) {
    const [title, ...rest] = readFileSync(join(examples, 'seeds', f), 'utf8').split('\n');
    out.push({ title: title!, text: rest.join('\n') });
  }
  for (const f of readdirSync(join(examples, 'ecbplus')).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(examples, 'ecbplus', f), 'utf8').trim().split('\n')) {
      const r = JSON.parse(line) as { text: string };
      const [title, ...rest] = r.text.split('\n\n');
      out.push({ title: title!, text: rest.join('\n\n') });
    }
  }
  return out;
}

/** `n` articles of about 400-800 words: each joins paragraphs of 3 examples, with a serial number. */
export function benchCorpus(n: number): RawArticle[] {
  const base = baseArticles();
  const out: RawArticle[] = [];
  for (let i = 0; i < n; i++) {
    const a = base[i % base.length]!;
    const b = base[(i * 7 + 3) % base.length]!;
    const c = base[(i * 13 + 5) % base.length]!;
    const text = `${a.text}\n\n${b.text}\n\n${c.text}\n\nThis is report number ${i + 1}.`;
    out.push({ input: { path: null, url: null, format: 'text' }, title: `${a.title} (${i + 1})`, text });
  }
  return out;
}

export function words(raws: RawArticle[]): number {
  let n = 0;
  for (const r of raws) n += (r.text ?? '').split(/\s+/).length;
  return n;
}
