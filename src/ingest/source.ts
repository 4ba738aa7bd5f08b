// src/ingest/source.ts — byte streams for ingest: peek at the head, gunzip on magic bytes, read
// whole with a size cap, or split into lines with a line-length cap. Nothing here holds more than
// one line (or the capped whole input) in memory, so a 10 GB JSONL or WARC streams through.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { makeError } from '../errors.js';

export type Bytes = AsyncIterable<Uint8Array>;

export interface Peeked {
  head: Buffer;
  /** Every byte of the input, head included. */
  all: Bytes;
}

/** Read at least `n` bytes (or to the end) without losing them. */
export async function peek(src: Bytes, n: number): Promise<Peeked> {
  const it = src[Symbol.asyncIterator]();
  const got: Buffer[] = [];
  let size = 0;
  let done = false;
  // An error inside the head (a small truncated gzip) is raised only after the bytes before it.
  let failed: unknown = null;
  try {
    while (size < n) {
      const r = await it.next();
      if (r.done) {
        done = true;
        break;
      }
      const b = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
      got.push(b);
      size += b.length;
    }
  } catch (e) {
    failed = e;
  }
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* got;
    if (failed) throw failed;
    if (done) return;
    try {
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    } finally {
      await it.return?.();
    }
  }
  return { head: Buffer.concat(got), all: all() };
}

export const isGzip = (head: Uint8Array) => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/** Decompress a gzip stream (all members); a truncated or corrupt stream throws `corrupt` when reached. */
export async function* gunzip(src: Bytes): AsyncGenerator<Uint8Array> {
  const gz = createGunzip();
  const done = pipeline(Readable.from(src, { objectMode: false }), gz).catch(() => undefined);
  try {
    for await (const chunk of gz) yield chunk as Buffer;
  } catch (e) {
    throw makeError('corrupt', `gzip: ${(e as Error).message === 'unexpected end of file' ? 'truncated gzip data' : (e as Error).message}`);
  } finally {
    gz.destroy();
    await done;
  }
}

/** The whole input as one buffer, or `too-large` past `limit` bytes (reading stops there). */
export async function readAll(src: Bytes, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of src) {
    size += c.byteLength;
    if (size > limit) throw makeError('too-large', `over ${formatBytes(limit)}; only JSON Lines and WARC inputs are read as streams`);
    parts.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  }
  return Buffer.concat(parts);
}

export function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${Math.round(n / (1 << 20))} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`;
}

export interface Line {
  /** 1-based line number. */
  no: number;
  /** The line's bytes without the newline, or null when it was longer than the cap (skipped). */
  bytes: Buffer | null;
}

/** Split a byte stream at "\n". A line over `maxLine` bytes is skipped (bytes: null), never buffered. */
export async function* lines(src: Bytes, maxLine: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let no = 0;
  const emit = (): Line => {
    no++;
    const l: Line = { no, bytes: tooLong ? null : Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    tooLong = false;
    return l;
  };
  for await (const c of src) {
    const buf = Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      const end = nl < 0 ? buf.length : nl;
      if (!tooLong) {
        if (size + end - start > maxLine) {
          tooLong = true;
          parts = [];
        } else if (end > start) parts.push(buf.subarray(start, end));
        size += end - start;
      }
      if (nl < 0) break;
      yield emit();
      start = nl + 1;
    }
  }
  if (size > 0 || tooLong) yield emit();
}
