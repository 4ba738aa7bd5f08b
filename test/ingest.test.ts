// test/ingest.test.ts — each reader (text, HTML, JSON, JSONL, RSS, Atom, JSON Feed) and each
// broken-input case: one InputError naming the file (and line), the other inputs still read.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../src/errors.js';
import type { InputError, RawArticle } from '../src/types.js';
import { collect, PAGE, PARAS, put, tempDir } from './ingest-helpers.js';

const ok = (x: unknown) => x as RawArticle;
const bad = (x: unknown) => x as InputError;
/** A gzip stream without its last bytes (CRC and length trailer, some data). */
const cut = (gz: Uint8Array) => gz.subarray(0, gz.length - 12);

describe('readers', () => {
  const dir = tempDir();

  it('reads text and gzip-compressed text', async () => {
    const a = put(dir, 'a.txt', 'Headline\n\nBody text here.');
    const b = put(dir, 'b.txt.gz', gzipSync('Other headline\n\nMore body.'));
    const out = await collect([a, b]);
    expect(out.map((x) => ok(x).text)).toEqual(['Headline\n\nBody text here.', 'Other headline\n\nMore body.']);
    expect(ok(out[1]).input.format).toBe('text');
  });

  it('extracts an HTML page with its metadata', async () => {
    const p = put(dir, 'page.html', PAGE('Kremlin denies meddling', PARAS(4, 'the election')));
    const [x] = await collect([p]);
    const a = ok(x);
    expect(a.title).toBe('Kremlin denies meddling');
    expect(a.outlet).toBe('Example News');
    expect(a.url).toBe('https://example.com/a/1');
    expect(a.published).toBe('2017-04-24T10:00:00Z');
    expect(a.html).toBeUndefined();
    expect(a.text!.split('\n\n')).toHaveLength(4);
    expect(a.text).not.toMatch(/Home|rights reserved|</);
  });

  it('reads a JSON object, a JSON array and JSON Lines, taking given fields as true', async () => {
    const one = put(dir, 'one.json', JSON.stringify({ text: 'First line\nSecond line', title: null, url: 'https://x.org/1', outlet: 'X' }));
    const arr = put(dir, 'arr.json', JSON.stringify([{ text: 'A' }, { text: 'B', title: 'Bee' }]));
    const jl = put(dir, 'many.jsonl', '{"text":"L1"}\n\n{"html":"<p>Para one.</p><p>Para two.</p>","title":"H"}\n');
    const out = await collect([one, arr, jl]);
    expect(out).toHaveLength(5);
    expect(ok(out[0]).title).toBeNull();
    expect(ok(out[0]).input.url).toBe('https://x.org/1');
    expect(ok(out[2]).title).toBe('Bee');
    expect(ok(out[4]).text).toBe('Para one.\n\nPara two.');
    expect(ok(out[4]).title).toBe('H');
  });

  it('reads RSS 2.0 with content:encoded, Atom and JSON Feed: one article per item', async () => {
    const rss = put(dir, 'feed.rss', `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><title>One</title><link>https://n.example/1</link><pubDate>Mon, 24 Apr 2017 10:00:00 GMT</pubDate><content:encoded><![CDATA[<p>First para.</p><p>Second para.</p>]]></content:encoded></item>
<item><title>Two</title><link>https://n.example/2</link><description>Plain summary text.</description></item></channel></rss>`);
    const atom = put(dir, 'feed.atom', `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Three</title><link href="https://n.example/3"/><updated>2017-05-08T00:00:00Z</updated><content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry></feed>`);
    const jf = put(dir, 'feed.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://n.example/4', title: 'Four', content_text: 'JSON feed body.', date_published: '2017-05-08T12:00:00Z' }] }));
    const out = (await collect([rss, atom, jf])).map(ok);
    expect(out.map((a) => a.title)).toEqual(['One', 'Two', 'Three', 'Four']);
    expect(out.map((a) => a.text)).toEqual(['First para.\n\nSecond para.', 'Plain summary text.', 'Atom body.', 'JSON feed body.']);
    expect(out.map((a) => a.url)).toEqual(['https://n.example/1', 'https://n.example/2', 'https://n.example/3', 'https://n.example/4']);
    expect(out[0]!.published).toBe('2017-04-24T10:00:00.000Z');
    expect(out.every((a) => a.input.format === 'feed')).toBe(true);
  });

  it('walks a directory in sorted order', async () => {
    const d = tempDir();
    put(d, 'b.txt', 'B\n\nbody');
    put(d, 'a.txt', 'A\n\nbody');
    put(d, '.hidden.txt', 'H\n\nbody');
    const out = await collect([d]);
    expect(out.map((x) => ok(x).text![0])).toEqual(['A', 'B']);
  });
});

describe('broken inputs: one error each, the rest still read', () => {
  const dir = tempDir();
  const good = put(dir, 'good.txt', 'Good headline\n\nGood body.');
  const cases: [name: string, make: () => string, code: string, message: RegExp, maxBytes?: number][] = [
    ['missing path', () => `${dir}/nope.txt`, 'not-found', /no such file/],
    ['empty file', () => put(dir, 'empty.txt', ''), 'empty', /empty/],
    ['binary file', () => put(dir, 'bin.dat', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), 'binary', /binary/],
    ['invalid UTF-8', () => put(dir, 'latin.txt', Buffer.from('Caf\xe9 au lait\n\nbody', 'latin1')), 'invalid-utf8', /UTF-8/],
    ['truncated gzip', () => put(dir, 'cut.txt.gz', cut(gzipSync('Headline\n\n' + 'body text '.repeat(5000)))), 'corrupt', /truncated gzip/],
    ['HTML with no article', () => put(dir, 'nav.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'), 'no-article', /no article text/],
    ['feed with invalid XML', () => put(dir, 'bad.rss', '<?xml version="1.0"?><rss><channel><<<>>> not xml'), 'corrupt', /feed/],
    ['JSON that is not an article', () => put(dir, 'x.json', '{"foo": 1}'), 'not-an-article', /"text" or "html"/],
    ['too large to read whole', () => put(dir, 'big.html', '<html><body>' + '<p>x</p>'.repeat(200) + '</body></html>'), 'too-large', /only JSON Lines and WARC/, 1000],
  ];
  it.each(cases)('%s', async (_name, make, code, message, maxBytes) => {
    const p = make();
    const out = await collect([p, good], maxBytes ? { maxBytes } : {});
    expect(out).toHaveLength(2);
    const e = bad(out[0]);
    expect(isInputError(e)).toBe(true);
    expect(e.error.code).toBe(code);
    expect(e.error.message).toMatch(message);
    expect(e.error.message).not.toMatch(/\n/);
    expect(e.input.path).toBe(p);
    expect(ok(out[1]).text).toBe('Good headline\n\nGood body.');
  });

  it('a bad JSON line is one error naming the line; the other lines still come', async () => {
    const p = put(dir, 'mixed.jsonl', ['{"text":"one"}', '{"text": broken', '[1,2]', '"just a string"', '{"title":"no body"}', '{"text":"six"}'].join('\n'));
    const out = await collect([p]);
    expect(out.map((x) => (isInputError(x) ? `${x.input.line}:${x.error.code}` : ok(x).text))).toEqual([
      'one', '2:invalid-json', '3:not-an-article', '4:not-an-article', '5:not-an-article', 'six',
    ]);
  });

  it('a JSON line over the line cap is a clear error, not a hang', async () => {
    const p = put(dir, 'long.jsonl', `{"text":"${'x'.repeat(5000)}"}\n{"text":"after"}\n`);
    const out = await collect([p], { maxLine: 1000 });
    expect(bad(out[0]).error.code).toBe('too-large');
    expect(bad(out[0]).input.line).toBe(1);
    expect(ok(out[1]).text).toBe('after');
  });
});
