// test/compare-fixtures.ts — hand-made Articles for the comparison and report tests: real
// sentence spans (buildDoc), and entities found by exact name so tests do not depend on the NER.
import { buildDoc } from '../src/analyze/doc.js';
import type { Article, Entity, EntityType, Quote } from '../src/types.js';

export interface Named {
  name: string;
  type: EntityType;
  /** Surface forms to find in the text (default: the name). */
  forms?: string[];
  descriptors?: string[];
}

export function makeArticle(id: string, outlet: string | null, text: string, named: Named[] = [], quotes: Quote[] = []): Article {
  const doc = buildDoc(text);
  const entities: Entity[] = named.map((n, i) => {
    const mentions: [number, number][] = [];
    for (const f of n.forms ?? [n.name]) {
      let at = text.indexOf(f);
      while (at >= 0) {
        mentions.push([at, at + f.length]);
        at = text.indexOf(f, at + f.length);
      }
    }
    return { id: `e${i}`, name: n.name, type: n.type, mentions, aliases: n.forms ?? [n.name], descriptors: n.descriptors ?? [] };
  });
  return {
    id, input: { path: null, url: null, format: 'text' }, outlet, title: `${outlet ?? 'untitled'} report`, subtitle: null, published: null,
    dateline: null, language: 'en', text, removed: [], headings: [], sentences: doc.sentences, entities, quotes, numbers: [], cues: [], issues: [],
  };
}
