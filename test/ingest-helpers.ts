// test/ingest-helpers.ts — fixtures the ingest tests build for themselves (temp files, WARC records).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ingest, type IngestItem, type IngestOptions } from '../src/ingest/index.js';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
}

export function put(dir: string, name: string, data: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

export async function collect(paths: string[], opts?: IngestOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of ingest(paths, opts)) out.push(x);
  return out;
}

export const PAGE = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title} | Example News</title>
<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.com/a/1">
<meta property="article:published_time" content="2017-04-24T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>${body}</article>
<footer>© Example News. All rights reserved.</footer></body></html>`;

export const PARAS = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} about ${topic}: officials said the talks would continue next week, and analysts expect a slow and careful process with several more rounds.</p>`).join('\n');

const enc = new TextEncoder();

/** One serialized WARC record. */
export async function warcRecord(opts: { url: string; type?: 'response' | 'request' | 'metadata'; status?: number; ctype?: string; body: string; gzip?: boolean }): Promise<Uint8Array> {
  const type = opts.type ?? 'response';
  const rec = WARCRecord.create(
    {
      url: opts.url,
      date: '2017-04-24T10:00:00Z',
      type,
      warcVersion: 'WARC/1.1',
      ...(type === 'response' ? { statusline: `HTTP/1.1 ${opts.status ?? 200} ${opts.status && opts.status !== 200 ? 'Moved' : 'OK'}`, httpHeaders: { 'Content-Type': opts.ctype ?? 'text/html; charset=utf-8' } } : {}),
    },
    [enc.encode(opts.body)],
  );
  return WARCSerializer.serialize(rec, { gzip: opts.gzip ?? false });
}

export function concat(parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts.map((p) => Buffer.from(p)));
}
