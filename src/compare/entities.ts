// src/compare/entities.ts — merge the entities of N articles under one canonical name each.
// Contract: the same person named "Emmanuel Macron" in one article and "Macron" in another is one
// row with a mention count per article id. Matching, in order: canonical name or alias (exact,
// case-insensitive); then, for people, the surname when exactly one merged person carries it and
// the first initials agree. Unmatched names stay separate rows (precision over recall).
import type { Article, Comparison, EntityType } from '../types.js';
import { NameIndex } from './terms.js';

interface Group {
  names: Map<string, number>;
  aliases: Set<string>;
  types: Map<EntityType, number>;
  mentions: Record<string, number>;
  /** (article id, entity id) members. */
  members: [string, string][];
}

export interface MergedEntities {
  entities: Comparison['entities'];
  index: NameIndex;
  /** `${articleId}\u0000${entityId}` -> canonical name. */
  canonicalOf: Map<string, string>;
}

const lastWord = (n: string) => n.split(/\s+/).pop()!.toLowerCase();
const words = (n: string) => n.trim().split(/\s+/);

function bump<K>(m: Map<K, number>, k: K, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

function canonical(g: Group): string {
  // The fullest form: most words, then most frequent, then alphabetical (deterministic).
  return [...g.names.entries()].sort((a, b) => words(b[0]).length - words(a[0]).length || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function topType(g: Group): EntityType {
  return [...g.types.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

export function mergeEntities(articles: Article[]): MergedEntities {
  const groups: Group[] = [];
  const byName = new Map<string, Group>();
  const pending: [Article, Article['entities'][number]][] = [];
  for (const a of articles) for (const e of a.entities) pending.push([a, e]);
  // Multi-word names first, so a bare surname can find its full name.
  pending.sort((x, y) => words(y[1].name).length - words(x[1].name).length);
  for (const [a, e] of pending) {
    const keys = [e.name, ...e.aliases].map((k) => k.toLowerCase());
    let g = keys.map((k) => byName.get(k)).find((x) => x !== undefined);
    if (!g && e.type === 'person') g = bySurname(groups, e.name);
    if (!g) {
      g = { names: new Map(), aliases: new Set(), types: new Map(), mentions: {}, members: [] };
      groups.push(g);
    }
    bump(g.names, e.name, e.mentions.length || 1);
    for (const al of e.aliases) g.aliases.add(al);
    bump(g.types, e.type);
    g.mentions[a.id] = (g.mentions[a.id] ?? 0) + e.mentions.length;
    g.members.push([a.id, e.id]);
    for (const k of keys) if (!byName.has(k)) byName.set(k, g);
  }
  const index = new NameIndex();
  const canonicalOf = new Map<string, string>();
  const entities: Comparison['entities'] = [];
  for (const g of groups) {
    const name = canonical(g);
    const type = topType(g);
    for (const n of [...g.names.keys(), ...g.aliases]) index.add(n, name);
    if (type === 'person') for (const n of g.names.keys()) if (words(n).length > 1) index.add(lastWord(n), name, true);
    for (const [aid, eid] of g.members) canonicalOf.set(`${aid}\u0000${eid}`, name);
    entities.push({ name, type, mentions: g.mentions });
  }
  const total = (e: Comparison['entities'][number]) => Object.values(e.mentions).reduce((s, n) => s + n, 0);
  entities.sort((x, y) => total(y) - total(x) || (x.name < y.name ? -1 : 1));
  return { entities, index, canonicalOf };
}

/** The one person group whose surname matches `name`'s and whose first initial agrees, if unique. */
function bySurname(groups: Group[], name: string): Group | undefined {
  const ws = words(name);
  const sur = lastWord(name);
  const hits = groups.filter((g) => topType(g) === 'person' && [...g.names.keys()].some((n) => {
    const nw = words(n);
    if (lastWord(n) !== sur) return false;
    if (ws.length === 1 || nw.length === 1) return true;
    return nw[0]![0]!.toLowerCase() === ws[0]![0]!.toLowerCase();
  }));
  return hits.length === 1 ? hits[0] : undefined;
}
