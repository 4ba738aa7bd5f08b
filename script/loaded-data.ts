// script/loaded-data.ts — readers for the two loaded-wording data sets in ../shared/data, used by
// script/eval/loaded.ts and script/build-loaded-lexicon.ts (never by src/ or tests).
//   ptc-train: SemEval-2020 Task 11 PTC; spans of Loaded_Language and Name_Calling,Labeling.
//   basil-dev: BASIL (Fan et al., EMNLP 2019); `lex` spans, mapped from sentence offsets to a text
//   built as paragraphs of sentences (" " between sentences, "\n\n" between paragraphs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../src/types.js';

export interface GoldDoc {
  id: string;
  text: string;
  spans: Span[];
  /** Per span: whether the annotators marked it as inside a quote (BASIL `quote: "yes"`); absent for PTC. */
  quoted?: boolean[];
}

const PTC_TECHNIQUES = new Set(['Loaded_Language', 'Name_Calling,Labeling']);

export function readPtc(dataDir: string): GoldDoc[] {
  const dir = join(dataDir, 'ptc-train');
  if (!existsSync(dir)) return [];
  const labels = join(dir, 'train-labels-task2-technique-classification');
  const out: GoldDoc[] = [];
  for (const f of readdirSync(join(dir, 'train-articles')).sort()) {
    const id = f.replace(/^article|\.txt$/g, '');
    const text = readFileSync(join(dir, 'train-articles', f), 'utf8');
    const lf = join(labels, `article${id}.task2-TC.labels`);
    const spans: Span[] = [];
    if (existsSync(lf)) {
      for (const line of readFileSync(lf, 'utf8').split('\n')) {
        const [, tech, s, e] = line.split('\t');
        if (tech && PTC_TECHNIQUES.has(tech)) spans.push([Number(s), Number(e)]);
      }
    }
    out.push({ id: `ptc-${id}`, text, spans });
  }
  return out;
}

interface BasilArticle {
  'body-paragraphs': string[][];
}
interface BasilAnn {
  'phrase-level-annotations': { bias: string; id: string; start: number; end: number; txt: string; quote?: string }[];
}

export function readBasil(dataDir: string): GoldDoc[] {
  const dir = join(dataDir, 'basil-dev');
  if (!existsSync(dir)) return [];
  const out: GoldDoc[] = [];
  for (const year of readdirSync(join(dir, 'articles')).sort()) {
    for (const f of readdirSync(join(dir, 'articles', year)).sort()) {
      const art = JSON.parse(readFileSync(join(dir, 'articles', year, f), 'utf8')) as BasilArticle;
      const annPath = join(dir, 'annotations', year, f.replace(/\.json$/, '_ann.json'));
      if (!existsSync(annPath)) continue;
      const ann = JSON.parse(readFileSync(annPath, 'utf8')) as BasilAnn;
      const starts: number[] = [];
      let text = '';
      for (const para of art['body-paragraphs']) {
        if (text) text += '\n\n';
        para.forEach((s, i) => {
          if (i > 0) text += ' ';
          starts.push(text.length);
          text += s;
        });
      }
      const spans: Span[] = [];
      const quoted: boolean[] = [];
      for (const a of ann['phrase-level-annotations']) {
        if (a.bias !== 'lex') continue;
        const base = starts[Number(a.id.slice(1))];
        if (base === undefined) continue;
        const span: Span = [base + a.start, base + a.end];
        if (text.slice(span[0], span[1]) !== a.txt) continue;
        spans.push(span);
        quoted.push(a.quote === 'yes');
      }
      out.push({ id: `basil-${f.replace(/\.json$/, '')}`, text, spans, quoted });
    }
  }
  return out;
}
