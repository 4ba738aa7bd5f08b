// src/ingest/warc.ts — WARC (and WARC.gz) from a byte stream with warcio's WARCParser: every HTML
// response record (HTTP 200, Content-Type text/html or xhtml) is one article with its
// WARC-Target-URI and WARC-Date; other records (request, metadata, images, redirects) are skipped.
// A broken record is one InputError naming the file, the record number and its byte offset; the
// parser then resynchronises at the next "WARC/" header line and the rest of the file is still read.
// A truncated gzip stream ends the file with one error (nothing after it can be read).
import { WARCParser, type WARCRecord } from 'warcio';
import { inputError, makeError, ParallaxError } from '../errors.js';
import type { InputError, RawArticle } from '../types.js';
import { extractHtml } from './html.js';
import type { Bytes } from './source.js';

type Item = RawArticle | InputError;

/** Largest HTML payload read from one record; bigger ones are reported, not parsed. */
const MAX_RECORD = 20 << 20;

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

function charsetOf(contentType: string | null | undefined, head: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(Buffer.from(head.subarray(0, 2048)).toString('latin1'))?.[1];
  return (fromHeader ?? fromMeta ?? 'utf-8').toLowerCase();
}

function decodeHtml(bytes: Uint8Array, contentType: string | null | undefined): string {
  let label = charsetOf(contentType, bytes);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    label = 'utf-8';
    return new TextDecoder(label).decode(bytes);
  }
}

/** A parsed header block that is not a WARC record header (garbage, a cut record). */
function brokenReason(rec: WARCRecord): string | null {
  const proto = rec.warcHeaders.protocol ?? '';
  if (!/^WARC\/\d/.test(proto)) return `not a WARC record header (starts "${proto.slice(0, 40)}")`;
  if (!rec.warcType) return 'record has no WARC-Type';
  const len = rec.warcHeaders.headers.get('Content-Length');
  if (len === null || len === undefined || !/^\d+$/.test(len.trim())) return `bad Content-Length "${len ?? ''}"`;
  return null;
}

interface ParserInternals {
  _reader: { readlineRaw(): Promise<Uint8Array | null> };
  _record: WARCRecord | null;
  readToNextRecord(): Promise<Uint8Array | null>;
}

/** Skip to the next line that starts a WARC record, so one broken record costs only itself. */
async function resync(parser: WARCParser): Promise<boolean> {
  const p = parser as unknown as ParserInternals;
  p._record = null;
  for (;;) {
    const line = await p._reader.readlineRaw();
    if (!line) return false;
    if (line.length >= 6 && Buffer.from(line.subarray(0, 6)).toString('latin1') === 'WARC/1') {
      // Hand the found header line to the next parse() as its first line (warcio's own hook).
      p.readToNextRecord = async () => {
        delete (p as Partial<ParserInternals>).readToNextRecord;
        return line;
      };
      return true;
    }
  }
}

/** One record -> an article, an error, or null (not an HTML page: skipped). */
async function recordToItem(rec: WARCRecord, path: string | null, n: number, offset: number): Promise<Item | null> {
  if (rec.warcType !== 'response') return null;
  const http = rec.httpHeaders;
  if (!http || http.statusCode !== 200) return null;
  const ctype = http.headers.get('Content-Type');
  if (!HTML_TYPE.test(ctype ?? '')) return null;
  const url = rec.warcTargetURI ?? null;
  const where = { path, url, format: 'warc' as const, line: n };
  const declared = Number(rec.warcHeaders.headers.get('Content-Length') ?? 0);
  if (declared > MAX_RECORD) return inputError(where, makeError('too-large', `WARC record ${n} at offset ${offset}: ${declared} bytes`));
  const body = await rec.readFully(true);
  const x = extractHtml(decodeHtml(body, ctype), path, url, 'warc');
  if ('error' in x) {
    x.input.line = n;
    x.error.message = `${x.error.message} (WARC record ${n}, ${url ?? 'no URL'})`;
    return x;
  }
  if (!x.published && rec.warcDate) x.published = rec.warcDate;
  return x;
}

function withSuffix(x: InputError, suffix: string): InputError {
  x.error.message += suffix;
  return x;
}

/** Every HTML page in a WARC stream (already gunzipped), in file order. */
export async function* readWarc(src: Bytes, path: string | null): AsyncGenerator<Item> {
  const parser = new WARCParser(src);
  let n = 0;
  let pages = 0;
  for (;;) {
    let rec: WARCRecord | null;
    const offset = parser.offset;
    try {
      rec = await parser.parse();
    } catch (e) {
      if (e instanceof ParallaxError) {
        yield withSuffix(inputError({ path, format: 'warc', line: n + 1 }, e), ` (after WARC record ${n})`);
        return;
      }
      yield inputError({ path, format: 'warc', line: n + 1 }, makeError('corrupt', `WARC record ${n + 1} at offset ${offset}: ${(e as Error).message}`));
      if (!(await resync(parser))) return;
      n++;
      continue;
    }
    if (!rec) break;
    n++;
    const broken = brokenReason(rec);
    if (broken) {
      yield inputError({ path, format: 'warc', line: n }, makeError('corrupt', `WARC record ${n} at offset ${parser.offset}: ${broken}`));
      if (!(await resync(parser))) break;
      continue;
    }
    try {
      const item = await recordToItem(rec, path, n, parser.offset);
      if (item) {
        pages++;
        yield item;
      }
    } catch (e) {
      if (e instanceof ParallaxError) {
        yield withSuffix(inputError({ path, format: 'warc', line: n }, e), ` (in WARC record ${n})`);
        return;
      }
      yield inputError({ path, url: rec.warcTargetURI ?? null, format: 'warc', line: n }, makeError('corrupt', `WARC record ${n} at offset ${parser.offset}: ${(e as Error).message}`));
    }
  }
  if (n === 0) yield inputError({ path, format: 'warc' }, makeError('empty', 'no WARC records'));
  else if (pages === 0) yield inputError({ path, format: 'warc' }, makeError('no-article', `none of ${n} WARC records is an HTML page`));
}
