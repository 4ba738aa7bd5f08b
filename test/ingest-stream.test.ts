// test/ingest-stream.test.ts — streaming readers: WARC / WARC.gz (records written here with warcio),
// broken and truncated WARC files, and JSON Lines read incrementally (never whole).
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../src/errors.js';
import { readJsonLines } from '../src/ingest/json.js';
import type { InputError, RawArticle } from '../src/types.js';
import { collect, concat, PAGE, PARAS, put, tempDir, warcRecord } from './ingest-helpers.js';

const ok = (x: unknown) => x as RawArticle;
const bad = (x: unknown) => x as InputError;
const page = (title: string) => PAGE(title, PARAS(4, title)).replace(/<meta property="article:published_time"[^>]*>/, '');

async function sampleWarc(gzip: boolean): Promise<Uint8Array[]> {
  return Promise.all([
    warcRecord({ url: 'https://news.example/req', type: 'request', body: 'GET / HTTP/1.1\r\n\r\n', gzip }),
    warcRecord({ url: 'https://news.example/a', body: page('First story'), gzip }),
    warcRecord({ url: 'https://news.example/logo.png', ctype: 'image/png', body: 'PNG', gzip }),
    warcRecord({ url: 'https://news.example/old', status: 301, body: '<html></html>', gzip }),
    warcRecord({ url: 'https://news.example/meta', type: 'metadata', body: 'x: y', gzip }),
    warcRecord({ url: 'https://news.example/b', body: page('Second story'), gzip }),
  ]);
}

describe('WARC', () => {
  const dir = tempDir();

  it.each([false, true])('reads the HTML 200 responses of a WARC (gzip: %s), skipping other records', async (gz) => {
    const p = put(dir, gz ? 'crawl.warc.gz' : 'crawl.warc', concat(await sampleWarc(gz)));
    const out = (await collect([p])).map(ok);
    expect(out.map((a) => a.title)).toEqual(['First story', 'Second story']);
    expect(out.map((a) => a.input.url)).toEqual(['https://news.example/a', 'https://news.example/b']);
    expect(out.map((a) => a.url)).toEqual(['https://example.com/a/1', 'https://example.com/a/1']);
    expect(out.every((a) => a.input.format === 'warc' && a.input.path === p)).toBe(true);
    expect(out[0]!.published).toMatch(/^2017-04-24T10:00:00/);
  });

  it('a broken record is one error naming the record; the rest of the file is still read', async () => {
    const [, a, , , , b] = await sampleWarc(false);
    const junk = new TextEncoder().encode('this is not a WARC record\r\nfoo: bar\r\n\r\n');
    const p = put(dir, 'broken.warc', concat([a!, junk, b!]));
    const out = await collect([p]);
    expect(out.map((x) => (isInputError(x) ? `error:${x.error.code}` : ok(x).title))).toEqual(['First story', 'error:corrupt', 'Second story']);
    const e = bad(out[1]);
    expect(e.input.path).toBe(p);
    expect(e.error.message).toMatch(/WARC record 2 at offset \d+/);
  });

  it('a truncated WARC.gz gives the records before the cut, then one error', async () => {
    const recs = await sampleWarc(true);
    const whole = concat(recs);
    const p = put(dir, 'cut.warc.gz', whole.subarray(0, whole.length - 40));
    const good = put(dir, 'z.txt', 'After\n\nbody');
    const out = await collect([p, good]);
    expect(ok(out[0]).title).toBe('First story');
    const e = bad(out[1]);
    expect(e.error.code).toBe('corrupt');
    expect(e.error.message).toMatch(/truncated gzip/);
    expect(ok(out[2]).text).toBe('After\n\nbody');
  });

  it('a WARC with no HTML pages says so', async () => {
    const p = put(dir, 'nohtml.warc', await warcRecord({ url: 'https://x/y.png', ctype: 'image/png', body: 'PNG' }));
    const out = await collect([p]);
    expect(out).toHaveLength(1);
    expect(bad(out[0]).error.code).toBe('no-article');
  });
});

describe('JSON Lines streaming', () => {
  const LINES = 20_000;
  const line = (i: number) => `{"text":"Article ${i} body text.","title":"T${i}"}\n`;

  it('yields the first article after reading only the first chunks', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let c = 0; c < LINES / 100; c++) {
        pulled++;
        let s = '';
        for (let i = 0; i < 100; i++) s += line(c * 100 + i);
        yield Buffer.from(s);
      }
    }
    let n = 0;
    let errors = 0;
    let pulledAtFirst = -1;
    for await (const x of readJsonLines(source(), 'big.jsonl', 1 << 20)) {
      if (n === 0) pulledAtFirst = pulled;
      if (isInputError(x)) errors++;
      n++;
    }
    expect(errors).toBe(0);
    expect(pulledAtFirst).toBe(1);
    expect(pulled).toBe(LINES / 100);
    expect(n).toBe(LINES);
  });

  it('reads a 20k-line JSONL file and its gzip twin, in order', async () => {
    const dir = tempDir();
    let s = '';
    for (let i = 0; i < LINES; i++) s += line(i);
    const p = put(dir, 'big.jsonl', s);
    const g = put(dir, 'big2.jsonl.gz', gzipSync(s));
    const out = await collect([p, g]);
    expect(out).toHaveLength(2 * LINES);
    expect(ok(out[LINES - 1]).title).toBe(`T${LINES - 1}`);
    expect(ok(out[LINES]).title).toBe('T0');
  });

  it('a single-line file bigger than the line cap is one clear error', async () => {
    const dir = tempDir();
    const p = put(dir, 'oneline.json', `{"text":"${'y'.repeat(200_000)}"}`);
    const out = await collect([p], { maxLine: 100_000 });
    expect(out).toHaveLength(1);
    expect(bad(out[0]).error.code).toBe('too-large');
    expect(bad(out[0]).error.message).toMatch(/line longer than/);
  });
});
