// src/compare/index.ts — Article[] -> Comparison: entities, voices, claims, conflicts, plus the
// extra fields voiceShare, framing and coverage. Pure and synchronous; meant for 2 to 200 articles
// of one story (alignment is blocked on rare features, so cost grows about linearly).
import type { Article, Comparison, EntityType } from '../types.js';
import { alignPairs, cluster, vectorize } from './align.js';
import { buildClaims } from './claims.js';
import { findConflicts } from './conflicts.js';
import { buildCoverage } from './coverage.js';
import { mergeEntities } from './entities.js';
import { articleLabels } from './labels.js';
import { framingOf } from './framing.js';
import { buildStatements } from './statements.js';
import { buildVoices } from './voices.js';

/** Short label of an article for messages: its outlet, else its shortened title or file name (labels.ts). */
export function labeller(articles: Article[]): (id: string) => string {
  const m = articleLabels(articles);
  return (id) => m.get(id) ?? id;
}

export function compare(articles: Article[]): Comparison {
  const merged = mergeEntities(articles);
  const typeOf = new Map<string, EntityType>(merged.entities.map((e) => [e.name, e.type]));
  const { voices, voiceShare } = buildVoices(articles, merged, typeOf);
  const stmts = buildStatements(articles, merged.index, merged.canonicalOf, typeOf);
  const vecs = vectorize(stmts);
  const { pairs, numberPairs, copies } = alignPairs(stmts, vecs);
  const { claims, members } = buildClaims(stmts, vecs, cluster(stmts, pairs));
  const conflicts = findConflicts(articles, claims, members, stmts, numberPairs, labeller(articles), copies);
  const ids = articles.map((a) => a.id);
  return {
    articles: articles.map((a) => ({ id: a.id, outlet: a.outlet, title: a.title, published: a.published })),
    entities: merged.entities,
    voices,
    claims,
    conflicts,
    voiceShare,
    framing: articles.map((a) => framingOf(a, merged)),
    coverage: buildCoverage(ids, claims),
  };
}
