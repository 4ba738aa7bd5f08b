// script/eval/compare.ts — cross-outlet comparison on BASIL (basil-dev): each triplet of Fox / NYT /
// HuffPost articles is one story. BASIL marks `inf` spans (facts an outlet chose to include) and
// `lex` spans (loaded wording). Reports where `inf` spans land in our claims (unique to the outlet
// or contested, shared, or no statement), and how many `lex` spans our framing's loaded words cover.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analyze/index.js';
import { articleId } from '../../src/clean/id.js';
import { compare } from '../../src/compare/index.js';
import type { Article, CleanArticle, Span } from '../../src/types.js';

export const title = 'compare: BASIL inf spans in unique/contested vs shared claims; lex spans in framing';

interface BasilArticle { title: string; source: string; date: string; 'triplet-uuid': string; 'body-paragraphs': string[][] }
interface BasilAnn { 'phrase-level-annotations': { bias: string; id: string; start: number; end: number; txt: string }[] }

/** CleanArticle from BASIL paragraphs, and each sentence id p<k> -> its offset. */
function build(b: BasilArticle): { clean: CleanArticle; sentStart: number[] } {
  const sentStart: number[] = [];
  let text = '';
  b['body-paragraphs'].forEach((para, i) => {
    if (i) text += '\n\n';
    para.forEach((s, j) => {
      if (j) text += ' ';
      sentStart.push(text.length);
      text += s;
    });
  });
  const clean: CleanArticle = {
    id: articleId(b.title, text), input: { path: null, url: null, format: 'json' }, outlet: b.source, title: b.title, subtitle: null,
    published: b.date, dateline: null, language: 'en', text, removed: [], headings: [],
  };
  return { clean, sentStart };
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

export async function run(dataDir: string): Promise<string> {
  const root = join(dataDir, 'basil-dev');
  if (!existsSync(root)) return 'basil-dev not found; skipped.';
  const triplets = new Map<string, string[]>();
  for (const year of readdirSync(join(root, 'articles')).sort()) {
    for (const f of readdirSync(join(root, 'articles', year)).sort()) {
      const key = `${year}/${f.replace(/_\d\.json$/, '')}`;
      triplets.set(key, [...(triplets.get(key) ?? []), join(root, 'articles', year, f)]);
    }
  }
  const inf = { uniqueOrContested: 0, shared: 0, none: 0, total: 0 };
  const lex = { covered: 0, total: 0 };
  const claims = { shared: 0, unique: 0, contested: 0 };
  let misaligned = 0;
  let ms = 0;
  for (const [key, files] of triplets) {
    const built = files.map((f) => {
      const b = JSON.parse(readFileSync(f, 'utf8')) as BasilArticle;
      const annPath = join(root, 'annotations', f.split('/').slice(-2, -1)[0]!, f.split('/').pop()!.replace(/\.json$/, '_ann.json'));
      const ann = existsSync(annPath) ? (JSON.parse(readFileSync(annPath, 'utf8')) as BasilAnn) : null;
      return { ...build(b), ann };
    });
    const articles: Article[] = built.map((x) => analyze(x.clean));
    const t0 = performance.now();
    const c = compare(articles);
    ms += performance.now() - t0;
    for (const k of c.claims) claims[k.status]++;
    const loadedById = new Map((c.framing ?? []).map((f) => [f.article, f.loaded.map((w) => w.span)]));
    built.forEach((x, i) => {
      const a = articles[i]!;
      for (const p of x.ann?.['phrase-level-annotations'] ?? []) {
        const k = Number(p.id.replace(/^p/, ''));
        const base = x.sentStart[k];
        if (base === undefined) { misaligned++; continue; }
        const span: Span = [base + p.start, base + p.end];
        if (a.text.slice(span[0], span[1]).trim() !== p.txt.trim()) { misaligned++; continue; }
        if (p.bias === 'inf') {
          inf.total++;
          const hit = c.claims.filter((cl) => cl.statements.some((s) => s.article === a.id && overlaps(s.span, span)));
          if (hit.some((cl) => cl.status !== 'shared')) inf.uniqueOrContested++;
          else if (hit.length) inf.shared++;
          else inf.none++;
        } else if (p.bias === 'lex') {
          lex.total++;
          if ((loadedById.get(a.id) ?? []).some((w) => overlaps(w, span))) lex.covered++;
        }
      }
    });
    void key;
  }
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) + '%' : '—');
  return [
    `stories (triplets): ${triplets.size}; claims: ${claims.contested} contested, ${claims.shared} shared, ${claims.unique} unique; compare() ${(ms / triplets.size).toFixed(2)} ms per story`,
    `annotation spans skipped (sentence id / text mismatch): ${misaligned}`,
    '',
    '| BASIL span | n | unique or contested | shared | no statement |',
    '|---|---|---|---|---|',
    `| inf | ${inf.total} | ${pct(inf.uniqueOrContested, inf.total)} | ${pct(inf.shared, inf.total)} | ${pct(inf.none, inf.total)} |`,
    '',
    `| BASIL span | n | covered by framing loaded words |`,
    '|---|---|---|',
    `| lex | ${lex.total} | ${pct(lex.covered, lex.total)} |`,
  ].join('\n');
}
