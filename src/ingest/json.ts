// src/ingest/json.ts — JSON and JSON Lines articles: objects with `text` or `html`, plus optional
// title / subtitle / url / outlet / published / author. Given fields are taken as true (`"title": null`
// means "no headline": the cleaner must not guess one); `html` is extracted here (html.ts).
// A .jsonl/.ndjson file (or a .json whose first line is a whole object) is read line by line
// from a stream; one bad line is one InputError naming the line, and the next lines still come.
import { inputError, makeError } from '../errors.js';
import type { InputError, RawArticle } from '../types.js';
import { extractHtml, fragmentToText, isFullPage } from './html.js';
import { formatBytes, lines, type Bytes } from './source.js';

type Rec = Record<string, unknown>;
type Item = RawArticle | InputError;

function str(v: unknown): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  return typeof v === 'string' ? v : String(v);
}

function describe(v: unknown): string {
  return Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v;
}

/** Turn one parsed JSON value into a RawArticle, or throw `not-an-article` / `no-article`. */
export function recordToRaw(rec: unknown, path: string | null): RawArticle {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw makeError('not-an-article', `got ${describe(rec)}`);
  const r = rec as Rec;
  const text = typeof r.text === 'string' ? r.text : typeof r.body === 'string' ? r.body : typeof r.content === 'string' ? r.content : undefined;
  const html = typeof r.html === 'string' ? r.html : undefined;
  if (text === undefined && html === undefined) throw makeError('not-an-article', `no "text" or "html" field (keys: ${Object.keys(r).slice(0, 6).join(', ') || 'none'})`);
  const url = str(r.url);
  let raw: RawArticle = { input: { path, url: url ?? null, format: 'json' } };
  if (html !== undefined && (text === undefined || text.trim() === '')) raw = fromHtml(html, path, url ?? null, 'title' in r ? str(r.title) : undefined);
  else raw.text = text!;
  const given: [keyof RawArticle, unknown][] = [
    ['title', r.title], ['subtitle', r.subtitle ?? r.description], ['url', url], ['outlet', r.outlet ?? r.source ?? r.site],
    ['published', r.published ?? r.date ?? r.published_at], ['author', r.author],
  ];
  for (const [k, v] of given) {
    const s = str(v);
    if (s !== undefined) (raw as unknown as Rec)[k] = s;
  }
  if (raw.url) raw.input.url = raw.url;
  return raw;
}

/** HTML given in a record: a whole page goes through extraction, a fragment is the article itself. */
function fromHtml(html: string, path: string | null, url: string | null, title: string | null | undefined): RawArticle {
  if (isFullPage(html)) {
    const x = extractHtml(html, path, url, 'json');
    if ('error' in x) throw makeError('no-article', 'the "html" field has no article text');
    return x;
  }
  const { text, removed } = fragmentToText(html, title);
  if (!text) throw makeError('no-article', 'the "html" field has no text');
  return { input: { path, url, format: 'json' }, text, removed };
}

/** A whole JSON document: one object or an array of objects (or, failing that, JSON Lines). */
export function* readJson(content: string, path: string | null): Generator<Item> {
  let whole: unknown;
  try {
    whole = JSON.parse(content);
  } catch {
    yield* readJsonLinesText(content, path);
    return;
  }
  const items = Array.isArray(whole) ? whole : [whole];
  if (items.length === 0) yield inputError({ path, format: 'json' }, makeError('empty', 'empty JSON array'));
  for (let i = 0; i < items.length; i++) yield record(items[i], path, Array.isArray(whole) ? i + 1 : undefined);
}

function record(v: unknown, path: string | null, line: number | undefined): Item {
  try {
    return recordToRaw(v, path);
  } catch (e) {
    return inputError({ path, format: 'json', ...(line !== undefined ? { line } : {}) }, e);
  }
}

function parseLine(line: string, no: number, path: string | null): Item {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return inputError({ path, format: 'json', line: no }, makeError('invalid-json', (e as Error).message));
  }
  return record(v, path, no);
}

function* readJsonLinesText(content: string, path: string | null): Generator<Item> {
  const ls = content.split('\n');
  let any = false;
  for (let i = 0; i < ls.length; i++) {
    const line = ls[i]!.trim();
    if (!line) continue;
    any = true;
    yield parseLine(line, i + 1, path);
  }
  if (!any) yield inputError({ path, format: 'json' }, makeError('empty'));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** JSON Lines from a byte stream, one line in memory at a time. */
export async function* readJsonLines(src: Bytes, path: string | null, maxLine: number): AsyncGenerator<Item> {
  let any = false;
  for await (const { no, bytes } of lines(src, maxLine)) {
    if (bytes === null) {
      any = true;
      yield inputError({ path, format: 'json', line: no }, makeError('too-large', `line longer than ${formatBytes(maxLine)}`));
      continue;
    }
    let line: string;
    try {
      line = utf8.decode(bytes).trim();
    } catch {
      yield inputError({ path, format: 'json', line: no }, makeError('invalid-utf8'));
      continue;
    }
    if (!line) continue;
    any = true;
    yield parseLine(line.replace(/^\uFEFF/, ''), no, path);
  }
  if (!any) yield inputError({ path, format: 'json' }, makeError('empty'));
}
