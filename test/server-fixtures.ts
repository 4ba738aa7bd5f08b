// test/server-fixtures.ts — shared by the server and browser tests: the two seed articles
// analysed, a hostile article, and a hand-made comparison to exercise every section of the UI.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, clean } from '../src/pipeline.js';
import type { Article, Comparison, RawArticle } from '../src/types.js';

const SEEDS = join(import.meta.dirname, '..', 'examples', 'seeds');

export function seedArticles(): Article[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const path = join('examples/seeds', f);
      const raw: RawArticle = { input: { path, url: null, format: 'text' }, text: readFileSync(join(SEEDS, f), 'utf8') };
      return analyze(clean(raw));
    });
}

export const PAYLOAD = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1;alert(1)">`;

/** An article whose every field tries to inject markup or script. */
export function hostileArticle(): Article {
  const raw: RawArticle = {
    input: { path: null, url: 'javascript:alert(document.domain)', format: 'json' },
    title: `Breaking ${PAYLOAD} "quoted" & 'single'`,
    outlet: `Evil<svg onload="window.__pwned=1">News`,
    url: 'javascript:window.__pwned=1',
    published: '2017-05-08',
    author: `<a href="javascript:window.__pwned=1">author</a>`,
    text: `The minister said ${PAYLOAD} was harmless.\n\nClick <a href="javascript:window.__pwned=1">here</a> or <iframe src="javascript:window.__pwned=1"></iframe>.\n\n"It is fine," said </span><b onmouseover="window.__pwned=1">Mr X</b>.`,
  };
  const a = analyze(clean(raw));
  // Findings whose spans split the markup, and metadata the UI prints, all hostile.
  a.removed = [...a.removed, { text: `<script>window.__pwned=1</script>`, reason: `share"><img src=x onerror=window.__pwned=1>` }];
  a.entities = [...a.entities, { id: 'e-x', name: `<img src=x onerror=window.__pwned=1>`, type: 'person', mentions: [[4, 20]], aliases: [], descriptors: [`"><script>window.__pwned=1</script>`] }];
  return a;
}

/** A comparison with every status, a conflict, voices and an extra framing field. */
export function richComparison(articles: Article[]): Comparison {
  const [a, b] = articles as [Article, Article];
  const s0 = (x: Article) => x.sentences[0] ?? ([0, Math.min(40, x.text.length)] as [number, number]);
  const s1 = (x: Article) => x.sentences[1] ?? s0(x);
  return {
    articles: articles.map((x) => ({ id: x.id, outlet: x.outlet, title: x.title, published: x.published })),
    entities: [{ name: 'Emmanuel Macron', type: 'person', mentions: { [a.id]: 3, [b.id]: 4 } }],
    voices: [
      { speaker: 'Dmitry Peskov', affiliation: 'Kremlin', quotes: { [a.id]: 3 } },
      { speaker: 'Vladimir Putin', affiliation: null, quotes: { [b.id]: 2 } },
    ],
    claims: [
      { id: 'c1', status: 'shared', summary: 'Macron won the first round', statements: [{ article: a.id, span: s0(a), stance: 'asserts' }, { article: b.id, span: s0(b), stance: 'attributed' }] },
      { id: 'c2', status: 'unique', summary: 'Kremlin denies aversion', statements: [{ article: a.id, span: s1(a), stance: 'denies' }] },
      { id: 'c3', status: 'contested', summary: 'Relations will improve', statements: [{ article: a.id, span: s1(a), stance: 'asserts' }, { article: b.id, span: s1(b), stance: 'hedged' }] },
    ],
    conflicts: [{ kind: 'number', subject: 'Macron, first round vote share', items: [{ article: a.id, span: s0(a), value: '23.75%' }, { article: b.id, span: s0(b), value: '24%' }], message: 'the articles give different vote shares' }],
    framing: articles.map((x, i) => ({
      article: x.id,
      words: 400 + i,
      reportingVerbs: { 'Dmitry Peskov': { said: 2, stressed: 1 } },
      hedges: [],
      allegations: [],
      loaded: [{ term: i ? 'trumpeted' : 'primitive', span: s0(x) }],
      rates: { hedges: 0, allegations: 1.5, loaded: 2.5 },
    })),
    voiceShare: { [a.id]: { Kremlin: 1 }, [b.id]: { Kremlin: 0.5, 'French government': 0.5 } },
    coverage: { claims: [], outlets: [{ article: a.id, alone: ['c2'], omits: [] }, { article: b.id, alone: [], omits: ['c2'] }] },
  };
}
