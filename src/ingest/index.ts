// src/ingest/index.ts — raw input (files, directories, stdin) -> RawArticle | InputError, in input
// order. Nothing here analyses; a broken input becomes an InputError, never a throw.
// Every input is opened as a stream and sniffed (gzip magic bytes, then format by content first and
// extension second). JSON Lines and WARC are read as streams, one line / record at a time, so a
// 10 GB file never sits in memory; the other formats (one HTML page, text, a JSON document, a
// feed) are read whole up to `maxBytes` and are `too-large` beyond it.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inputError, makeError, ParallaxError } from '../errors.js';
import type { InputError, InputFormat, RawArticle } from '../types.js';
import { detectFormat, looksBinary } from './detect.js';
import { readJsonFeed, readXmlFeed } from './feed.js';
import { extractHtml } from './html.js';
import { readJson, readJsonLines } from './json.js';
import { gunzip, isGzip, peek, readAll, type Bytes } from './source.js';
import { readWarc } from './warc.js';

export type IngestItem = RawArticle | InputError;

export interface IngestOptions {
  /** Largest input read whole (HTML, text, JSON document, feed). Default 50 MB. */
  maxBytes?: number;
  /** Longest JSON line; a longer one is one `too-large` error and is skipped. Default 16 MB. */
  maxLine?: number;
}

const MB = 1 << 20;
const HEAD = 64 * 1024;

/** A reader for a format read whole: decoded content in, articles and errors out. */
export type Reader = (content: string, path: string | null) => Iterable<IngestItem>;

function readText(content: string, path: string | null): IngestItem[] {
  if (content.trim() === '') return [inputError({ path, format: 'text' }, makeError('empty'))];
  return [{ input: { path, url: null, format: 'text' }, text: content }];
}

function readHtml(content: string, path: string | null): IngestItem[] {
  if (content.trim() === '') return [inputError({ path, format: 'html' }, makeError('empty'))];
  return [extractHtml(content, path, null, 'html')];
}

function readFeed(content: string, path: string | null): Iterable<IngestItem> {
  return content.trimStart().startsWith('{') ? readJsonFeed(content, path) : readXmlFeed(content, path);
}

/** Readers for the formats read whole. */
export const READERS: Record<Exclude<InputFormat, 'warc'>, Reader> = { text: readText, json: readJson, html: readHtml, feed: readFeed };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes (gzip-compressed too) as UTF-8 text, or throw a ParallaxError naming why not. */
export function decode(buf: Uint8Array): string {
  let bytes = buf;
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw makeError('corrupt', `gzip: ${(e as Error).message}`);
    }
  }
  if (bytes.length === 0) throw makeError('empty');
  if (looksBinary(bytes)) throw makeError('binary');
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw makeError('invalid-utf8');
  }
}

/** UTF-8 text; an HTML page that declares another charset in a <meta> is decoded with it. */
function decodeWhole(buf: Buffer, format: InputFormat): string {
  try {
    return decoder.decode(buf).replace(/^\uFEFF/, '');
  } catch {
    const label = format === 'html' ? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(buf.subarray(0, 4096).toString('latin1'))?.[1] : undefined;
    if (label && !/^utf-?8$/i.test(label)) {
      try {
        return new TextDecoder(label).decode(buf);
      } catch {
        // Unknown label: fall through to the UTF-8 error below.
      }
    }
    throw makeError('invalid-utf8', 'the file is not valid UTF-8 text');
  }
}

/** JSON read line by line: .jsonl/.ndjson, or objects whose first line stands alone. */
function isJsonLines(head: string, path: string | null): boolean {
  if (/\.(jsonl|ndjson)(\.gz)?$/i.test(path ?? '')) return true;
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (!s.startsWith('{')) return false;
  const nl = s.indexOf('\n');
  if (nl < 0) return true;
  try {
    JSON.parse(s.slice(0, nl));
    return true;
  } catch {
    return false;
  }
}

async function* readSource(src: Bytes, path: string | null, opts: Required<IngestOptions>): AsyncGenerator<IngestItem> {
  let p = await peek(src, HEAD);
  if (p.head.length === 0) return yield inputError({ path }, makeError('empty', 'the file is empty'));
  if (isGzip(p.head)) p = await peek(gunzip(p.all), HEAD);
  if (p.head.length === 0) return yield inputError({ path }, makeError('empty', 'the gzip data is empty'));
  if (looksBinary(p.head)) return yield inputError({ path }, makeError('binary', 'binary data, not a text, HTML, JSON, feed or WARC file'));
  const headText = p.head.toString('utf8');
  const format = detectFormat(headText.slice(0, 8192), path);
  if (format === 'warc') return yield* readWarc(p.all, path);
  if (format === 'json' && isJsonLines(headText, path)) return yield* readJsonLines(p.all, path, opts.maxLine);
  let content: string;
  try {
    content = decodeWhole(await readAll(p.all, opts.maxBytes), format);
  } catch (e) {
    return yield inputError({ path, format }, e);
  }
  yield* READERS[format](content, path);
}

/** Read one file or stdin; anything thrown (I/O, gzip) becomes one InputError after what was read. */
async function* readOne(src: Bytes, path: string | null, opts: Required<IngestOptions>): AsyncGenerator<IngestItem> {
  try {
    yield* readSource(src, path, opts);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof ParallaxError || !code) yield inputError({ path }, e);
    else yield inputError({ path }, makeError(code === 'ENOENT' ? 'not-found' : 'unreadable', code === 'ENOENT' ? undefined : (e as Error).message));
  }
}

async function* walk(path: string): AsyncGenerator<string> {
  const st = await stat(path);
  if (!st.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) yield* walk(join(path, e.name));
}

/** Read every PATH (file, directory recursively in sorted order, or "-" for stdin). */
export async function* ingest(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const opts: Required<IngestOptions> = { maxBytes: options.maxBytes ?? 50 * MB, maxLine: options.maxLine ?? 16 * MB };
  for (const p of paths) {
    if (p === '-') {
      yield* readOne(process.stdin, null, opts);
      continue;
    }
    const files: string[] = [];
    try {
      for await (const f of walk(p)) files.push(f);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield inputError({ path: p }, makeError(code === 'ENOENT' ? 'not-found' : 'unreadable', code === 'ENOENT' ? undefined : (e as Error).message));
      continue;
    }
    for (const f of files) yield* readOne(createReadStream(f, { highWaterMark: HEAD }), f, opts);
  }
}
