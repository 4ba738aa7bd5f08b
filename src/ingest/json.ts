// src/ingest/json.ts — JSON and JSON Lines articles: objects with `text` or `html`.
import { makeError } from '../errors.js';
import type { InputError, RawArticle } from '../types.js';
import { inputError } from '../errors.js';

type Rec = Record<string, unknown>;

function str(v: unknown): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  return typeof v === 'string' ? v : String(v);
}

/** Turn one parsed JSON value into a RawArticle, or throw `not-an-article`. */
export function recordToRaw(rec: unknown, path: string | null): RawArticle {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw makeError('not-an-article', `got ${Array.isArray(rec) ? 'an array' : typeof rec}`);
  const r = rec as Rec;
  const text = typeof r.text === 'string' ? r.text : typeof r.body === 'string' ? r.body : typeof r.content === 'string' ? r.content : undefined;
  const html = typeof r.html === 'string' ? r.html : undefined;
  if (text === undefined && html === undefined) throw makeError('not-an-article', 'no "text" or "html" field');
  const url = str(r.url);
  const raw: RawArticle = { input: { path, url: url ?? null, format: 'json' } };
  if (html !== undefined && (text === undefined || text.trim() === '')) raw.html = html;
  else raw.text = text!;
  const title = str(r.title);
  if (title !== undefined) raw.title = title;
  const subtitle = str(r.subtitle ?? r.description);
  if (subtitle !== undefined) raw.subtitle = subtitle;
  if (url !== undefined) raw.url = url;
  const outlet = str(r.outlet ?? r.source ?? r.site);
  if (outlet !== undefined) raw.outlet = outlet;
  const published = str(r.published ?? r.date ?? r.published_at);
  if (published !== undefined) raw.published = published;
  const author = str(r.author);
  if (author !== undefined) raw.author = author;
  return raw;
}

/** Parse a JSON document (an object, an array of objects, or JSON Lines). */
export function* readJson(content: string, path: string | null): Generator<RawArticle | InputError> {
  const trimmed = content.trim();
  let whole: unknown;
  let parsedWhole = false;
  try {
    whole = JSON.parse(trimmed);
    parsedWhole = true;
  } catch {
    parsedWhole = false;
  }
  if (parsedWhole) {
    const items = Array.isArray(whole) ? whole : [whole];
    if (items.length === 0) {
      yield inputError({ path, format: 'json' }, makeError('empty', 'empty JSON array'));
      return;
    }
    for (let i = 0; i < items.length; i++) {
      try {
        yield recordToRaw(items[i], path);
      } catch (e) {
        yield inputError({ path, format: 'json', ...(items.length > 1 ? { line: i + 1 } : {}) }, e);
      }
    }
    return;
  }
  const lines = content.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    any = true;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      yield inputError({ path, format: 'json', line: i + 1 }, makeError('invalid-json', (e as Error).message));
      continue;
    }
    try {
      yield recordToRaw(v, path);
    } catch (e) {
      yield inputError({ path, format: 'json', line: i + 1 }, e);
    }
  }
  if (!any) yield inputError({ path, format: 'json' }, makeError('empty'));
}
