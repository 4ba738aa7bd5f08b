// src/ingest/index.ts — raw input (files, directories, stdin) -> RawArticle | InputError,
// in input order. Nothing here analyses; a broken input becomes an InputError, never a throw.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { inputError, makeError } from '../errors.js';
import type { InputError, InputFormat, RawArticle } from '../types.js';
import { detectFormat, looksBinary } from './detect.js';
import { readJson } from './json.js';

export type IngestItem = RawArticle | InputError;

/** A reader for one format: decoded content in, articles and errors out. */
export type Reader = (content: string, path: string | null) => Iterable<IngestItem> | AsyncIterable<IngestItem>;

function readText(content: string, path: string | null): IngestItem[] {
  if (content.trim() === '') return [inputError({ path, format: 'text' }, makeError('empty'))];
  return [{ input: { path, url: null, format: 'text' }, text: content }];
}

function readHtml(content: string, path: string | null): IngestItem[] {
  if (content.trim() === '') return [inputError({ path, format: 'html' }, makeError('empty'))];
  return [{ input: { path, url: null, format: 'html' }, html: content }];
}

/** Readers by format. Formats without a reader yet report `unsupported-format`. */
export const READERS: Partial<Record<InputFormat, Reader>> = {
  text: readText,
  json: readJson,
  html: readHtml,
};

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as UTF-8 text, or throw a ParallaxError naming why not. */
export function decode(buf: Uint8Array): string {
  let bytes = buf;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
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

async function* readBytes(buf: Uint8Array, path: string | null): AsyncGenerator<IngestItem> {
  let content: string;
  try {
    content = decode(buf);
  } catch (e) {
    yield inputError({ path }, e);
    return;
  }
  const format = detectFormat(content.slice(0, 4096), path);
  const reader = READERS[format];
  if (!reader) {
    yield inputError({ path, format }, makeError('unsupported-format', `${format} input is not supported yet`));
    return;
  }
  try {
    yield* reader(content, path);
  } catch (e) {
    yield inputError({ path, format }, e);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
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
export async function* ingest(paths: string[]): AsyncGenerator<IngestItem> {
  for (const p of paths) {
    if (p === '-') {
      yield* readBytes(await readStdin(), null);
      continue;
    }
    let files: string[] = [];
    try {
      for await (const f of walk(p)) files.push(f);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield inputError({ path: p }, makeError(code === 'ENOENT' ? 'not-found' : 'unreadable', code === 'ENOENT' ? undefined : (e as Error).message));
      continue;
    }
    for (const f of files) {
      let buf: Buffer;
      try {
        buf = await readFile(f);
      } catch (e) {
        yield inputError({ path: f }, makeError('unreadable', (e as Error).message));
        continue;
      }
      yield* readBytes(buf, f);
    }
    files = [];
  }
}
