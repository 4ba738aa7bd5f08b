// src/store/prepare.ts — everything the store needs from one analysed Article, computed off the
// main thread (in analysis workers): the JSON, the near-duplicate signature and the filter index rows.
// Pure; does not touch the database.
import { createHash } from 'node:crypto';
import type { Article, RawArticle } from '../types.js';
import type { AnalysisUpdate } from './index.js';
import { minhash } from './minhash.js';

export interface PreparedArticle {
  id: string;
  article: Pick<Article, 'id' | 'input' | 'outlet' | 'title' | 'published' | 'language' | 'text'>;
  /** The whole Article as JSON. */
  json: string;
  /** Hash of the raw input that produced it (null when not known). */
  rawHash: string | null;
  signature: Uint32Array | null;
  /** [name, type] for every entity name and alias, deduplicated. */
  entities: [string, string][];
  /** Every named quote speaker, deduplicated. */
  speakers: string[];
}

/**
 * Hash of a raw input's content and metadata (not its path: the same file moved is the same input).
 * Equal raw hashes give equal Articles, so a rerun can skip analysis for inputs it has stored.
 */
export function rawHash(raw: RawArticle): string {
  const key = JSON.stringify([raw.input.format, raw.input.url, raw.text ?? null, raw.html ?? null, raw.title, raw.subtitle, raw.url, raw.outlet, raw.published, raw.author]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/**
 * An article's analysis as the store keeps it: the JSON, and the entity / speaker filter rows
 * (first spelling of each lower-cased name and type; each named speaker once). Used at ingest
 * (prepareArticle) and by `reanalyze`, which needs no new signature: the text is unchanged.
 */
export function analysisRows(a: Article): AnalysisUpdate {
  const ents = new Map<string, [string, string]>();
  const addName = (n: string, type: string): void => {
    const k = `${n.toLowerCase()}\u0000${type}`;
    if (!ents.has(k)) ents.set(k, [n, type]);
  };
  for (const e of a.entities) {
    addName(e.name, e.type);
    for (const n of e.aliases) addName(n, e.type);
  }
  const speakers = new Map<string, string>();
  for (const q of a.quotes) {
    if (!q.speaker) continue;
    const k = q.speaker.toLowerCase();
    if (!speakers.has(k)) speakers.set(k, q.speaker);
  }
  return { id: a.id, json: JSON.stringify(a), entities: [...ents.values()], speakers: [...speakers.values()] };
}

export function prepareArticle(a: Article, raw: string | null): PreparedArticle {
  const { json, entities, speakers } = analysisRows(a);
  return {
    id: a.id,
    article: { id: a.id, input: a.input, outlet: a.outlet, title: a.title, published: a.published, language: a.language, text: a.text },
    json,
    rawHash: raw,
    signature: minhash(a.text),
    entities,
    speakers,
  };
}
