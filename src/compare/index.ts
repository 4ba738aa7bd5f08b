// src/compare/index.ts — Article[] -> Comparison: entities, voices, claims, conflicts.
import type { Article, Comparison } from '../types.js';

export function compare(articles: Article[]): Comparison {
  return {
    articles: articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, published: a.published })),
    entities: [],
    voices: [],
    claims: [],
    conflicts: [],
  };
}
