// test/server.test.ts — the HTTP API with plain fetch (every route, statuses, headers, limits,
// the token rule) plus the pure helpers: escaping, safe links, highlight segmentation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extLink, html, raw, safeHref } from '../src/server/html.js';
import { segment, type Mark } from '../src/server/highlight.js';
import { memorySource } from '../src/server/memory-source.js';
import { startServer, type RunningServer } from '../src/server/server.js';
import { compare } from '../src/pipeline.js';
import type { Article } from '../src/types.js';
import { hostileArticle, richComparison, seedArticles } from './server-fixtures.js';

describe('html helper', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`" onerror='x'`, '&quot; onerror=&#39;x&#39;'],
    ['a & b', 'a &amp; b'],
    [null, ''],
    [['<a>', '<b>'], '&lt;a&gt;&lt;b&gt;'],
  ])('escapes %j', (v, want) => {
    expect(html`${v}`.value).toBe(want);
  });
  it('passes nested html and raw() through unescaped', () => {
    expect(html`<p>${html`<b>${'<i>'}</b>`}${raw('<br>')}</p>`.value).toBe('<p><b>&lt;i&gt;</b><br></p>');
  });
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://x.org', 'http://x.org/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['//evil.com', null],
    ['/relative', null],
    ['vbscript:msgbox', null],
    ['https://', null],
  ])('safeHref(%j) = %j', (url, want) => {
    expect(safeHref(url)).toBe(want);
  });
  it('shows an unsafe url as text, never as href', () => {
    const out = extLink('javascript:alert(1)').value;
    expect(out).not.toContain('href');
    expect(out).toContain('javascript:alert(1)');
  });
});

describe('segment', () => {
  const m = (s: number, e: number, layer: string, rank = 0): Mark => ({ span: [s, e], cls: layer, layer, title: layer, rank });
  const show = (n: number, marks: Mark[]) => segment(n, marks).map((x) => `${x.start}-${x.end}:${x.mark?.layer ?? '_'}`).join(' ');
  it.each<[string, number, Mark[], string]>([
    ['no marks', 5, [], '0-5:_'],
    ['one mark', 10, [m(2, 5, 'a')], '0-2:_ 2-5:a 5-10:_'],
    ['nested: innermost wins', 10, [m(0, 10, 'quote'), m(3, 5, 'entity')], '0-3:quote 3-5:entity 5-10:quote'],
    ['nested in reverse input order', 10, [m(3, 5, 'entity'), m(0, 10, 'quote')], '0-3:quote 3-5:entity 5-10:quote'],
    ['crossing: shorter wins in overlap (layers split it)', 10, [m(0, 6, 'a'), m(4, 8, 'b')], '0-4:a 4-6:b 6-8:b 8-10:_'],
    ['same span: rank breaks the tie', 4, [m(0, 4, 'cue', 3), m(0, 4, 'number', 0)], '0-4:number'],
    ['out of range and empty marks ignored', 4, [m(-5, -1, 'x'), m(2, 2, 'y'), m(3, 99, 'z')], '0-3:_ 3-4:z'],
  ])('%s', (_name, n, marks, want) => {
    expect(show(n, marks)).toBe(want);
  });
  it('keeps the covering layers of each segment', () => {
    const segs = segment(10, [m(0, 10, 'quote'), m(3, 5, 'entity')]);
    expect(segs[1]!.layers).toEqual(['entity', 'quote']);
  });
});

describe('HTTP API', () => {
  let srv: RunningServer;
  let seeds: Article[];
  let base: string;
  beforeAll(async () => {
    seeds = seedArticles();
    const hostile = hostileArticle();
    const src = memorySource([...seeds, hostile], {
      threads: [{ id: 'thread-1', title: 'Russia and Macron', stories: ['story-1'] }],
      stories: [{ id: 'story-1', title: 'Kremlin and Macron', articles: seeds.map((a) => a.id) }],
      collections: { seeds: seeds.map((a) => a.id) },
    }, { compare: (as) => (as.length >= 2 ? richComparison(as) : compare(as)) });
    srv = await startServer(src, { port: 0, bodyLimit: 64 * 1024 });
    base = srv.url;
  });
  afterAll(() => srv.close());

  const get = (p: string, init?: RequestInit) => fetch(base + p, init);

  it.each([
    ['/', 'text/html'],
    ['/stories/story-1', 'text/html'],
    ['/threads/thread-1', 'text/html'],
    ['/collections/seeds', 'text/html'],
    ['/search?q=Macron', 'text/html'],
    ['/static/style.css', 'text/css'],
    ['/static/app.js', 'text/javascript'],
    ['/api/health', 'application/json'],
    ['/api/stories', 'application/json'],
    ['/api/stories/story-1', 'application/json'],
    ['/api/threads', 'application/json'],
    ['/api/threads/thread-1', 'application/json'],
    ['/api/collections', 'application/json'],
    ['/api/collections/seeds', 'application/json'],
    ['/api/search?q=Macron', 'application/json'],
    ['/api/openapi.json', 'application/json'],
  ])('GET %s -> 200 %s with security headers', async (path, type) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain(type);
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    await r.arrayBuffer();
  });

  it('serves articles as the contract Article', async () => {
    for (const a of seeds) {
      const r = await get(`/api/articles/${a.id}`);
      expect(r.status).toBe(200);
      const j = (await r.json()) as Article;
      expect(j.id).toBe(a.id);
      expect(j.text).toBe(a.text);
      expect((await get(`/articles/${a.id}`)).status).toBe(200);
    }
  });

  it('returns a Comparison plus the story for /api/stories/:id', async () => {
    const j = (await (await get('/api/stories/story-1')).json()) as Record<string, unknown>;
    for (const k of ['articles', 'entities', 'voices', 'claims', 'conflicts', 'story']) expect(j).toHaveProperty(k);
    expect((j.articles as unknown[]).length).toBe(2);
  });

  it('groups the two seeds into one thread', async () => {
    const j = (await (await get('/api/threads/thread-1')).json()) as { articles: { id: string }[]; stories: unknown[] };
    expect(j.articles.map((a) => a.id).sort()).toEqual(seeds.map((a) => a.id).sort());
  });

  it('search returns snippets with marks on the query words', async () => {
    const j = (await (await get('/api/search?q=Macron')).json()) as { hits: { snippets: { text: string; marks: [number, number][] }[] }[] };
    expect(j.hits.length).toBeGreaterThanOrEqual(2);
    const s = j.hits[0]!.snippets[0]!;
    expect(s.text.slice(...s.marks[0]!).toLowerCase()).toBe('macron');
  });

  it.each([
    ['/api/stories/nope', 404, 'not-found'],
    ['/api/threads/nope', 404, 'not-found'],
    ['/api/articles/nope', 404, 'not-found'],
    ['/api/collections/nope', 404, 'not-found'],
    ['/api/nothing-here', 404, 'not-found'],
    ['/api/search', 400, 'bad-request'],
    ['/api/search?q=x&from=yesterday', 400, 'bad-request'],
    ['/api/stories?limit=0', 400, 'bad-request'],
    ['/api/stories/%E0%A4%A', 400, 'bad-request'],
  ])('GET %s -> %i {error:{code:%s}}', async (path, status, code) => {
    const r = await get(path);
    expect(r.status).toBe(status);
    const j = (await r.json()) as { error: { code: string; message: string } };
    expect(j.error.code).toBe(code);
    expect(typeof j.error.message).toBe('string');
  });

  it('pages answer 404 with an HTML page', async () => {
    const r = await get('/stories/nope');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(await r.text()).toContain('Not found');
  });

  it.each([
    ['DELETE', '/api/articles/x', 'GET, HEAD'],
    ['PUT', '/api/stories', 'GET, HEAD'],
    ['GET', '/api/articles', 'POST'],
  ])('%s %s -> 405 with Allow', async (method, path, allow) => {
    const r = await get(path, { method });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe(allow);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('method-not-allowed');
  });

  it('POST /api/articles ingests one object, then reports a duplicate', async () => {
    const body = JSON.stringify({ title: 'Fresh report', text: 'The mayor said the bridge would reopen on Friday.', outlet: 'Daily Test', published: '2017-05-09' });
    const r = await get('/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(201);
    const j = (await r.json()) as { stored: number; ids: string[] };
    expect(j.stored).toBe(1);
    expect((await get(`/api/articles/${j.ids[0]}`)).status).toBe(200);
    const again = (await (await get('/api/articles', { method: 'POST', body })).json()) as { stored: number; duplicates: number };
    expect(again).toMatchObject({ stored: 0, duplicates: 1 });
  });

  it('POST /api/articles reads NDJSON and counts bad lines as failed', async () => {
    const body = [JSON.stringify({ text: 'First ndjson article about the harbour.' }), '{not json', JSON.stringify({ text: 'Second ndjson article about the airport.' })].join('\n');
    const j = (await (await get('/api/articles', { method: 'POST', body, headers: { 'content-type': 'application/x-ndjson' } })).json()) as { stored: number; failed: number };
    expect(j).toMatchObject({ stored: 2, failed: 1 });
  });

  it.each([
    ['', 'empty'],
    ['{"nope": 1}', 'not-an-article'],
    ['not json at all', 'invalid-json'],
  ])('POST body %j -> 400 %s', async (body, code) => {
    const r = await get('/api/articles', { method: 'POST', body });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it('rejects a body over the limit with 413 (declared or streamed)', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(70 * 1024) });
    const r = await get('/api/articles', { method: 'POST', body: big });
    expect(r.status).toBe(413);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('too-large');
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); } });
    const r2 = await get('/api/articles', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(r2.status).toBe(413);
  });

  it('openapi.json is OpenAPI 3.1 and lists every API route', async () => {
    const j = (await (await get('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(j.openapi).toBe('3.1.0');
    for (const p of ['/api/stories', '/api/stories/{id}', '/api/threads', '/api/threads/{id}', '/api/collections/{name}', '/api/articles/{id}', '/api/articles', '/api/search', '/api/health']) expect(j.paths).toHaveProperty([p]);
  });

  it('escapes the hostile article everywhere', async () => {
    const a = hostileArticle();
    for (const p of [`/articles/${a.id}`, '/', '/search?q=minister']) {
      const body = await (await get(p)).text();
      expect(body).not.toMatch(/<script>window|<img|<svg|<iframe|<b on|href="javascript:/i);
      expect(body).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    }
  });
});

describe('token rule', () => {
  it('needs the bearer token for POST when a token is set (non-loopback servers always have one)', async () => {
    const srv = await startServer(memorySource([]), { port: 0, token: 's3cret' });
    try {
      const body = JSON.stringify({ text: 'A short article about the token rule.' });
      const no = await fetch(srv.url + '/api/articles', { method: 'POST', body });
      expect(no.status).toBe(401);
      expect(((await no.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      const bad = await fetch(srv.url + '/api/articles', { method: 'POST', body, headers: { authorization: 'Bearer nope' } });
      expect(bad.status).toBe(401);
      await bad.arrayBuffer();
      const ok = await fetch(srv.url + '/api/articles', { method: 'POST', body, headers: { authorization: 'Bearer s3cret' } });
      expect(ok.status).toBe(201);
      await ok.arrayBuffer();
      expect((await fetch(srv.url + '/api/health')).status).toBe(200);
    } finally {
      await srv.close();
    }
  });

  it('generates a token when bound to a non-loopback host, none on loopback', async () => {
    const open = await startServer(memorySource([]), { port: 0, host: '0.0.0.0' });
    try {
      expect(open.token).toMatch(/^[\w-]{20,}$/);
      const port = new URL(open.url).port;
      const r = await fetch(`http://127.0.0.1:${port}/api/articles`, { method: 'POST', body: '{"text":"x y z"}' });
      expect(r.status).toBe(401);
      await r.arrayBuffer();
    } finally {
      await open.close();
    }
    const local = await startServer(memorySource([]), { port: 0 });
    expect(local.token).toBeNull();
    await local.close();
  });
});
