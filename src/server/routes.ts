// src/server/routes.ts — every URL the server answers, in one table: pages, JSON API, static files.
// Handlers return a Reply or throw HttpError; server.ts turns both into responses.
import { readJson } from '../ingest/json.js';
import { isInputError } from '../errors.js';
import type { RawArticle } from '../types.js';
import { HttpError } from './http.js';
import { OPENAPI } from './openapi.js';
import { articlePage } from './pages/article.js';
import { homePage } from './pages/home.js';
import { searchPage } from './pages/search.js';
import { collectionPage, storyPage, threadPage } from './pages/story.js';
import type { SearchFilters, WebSource } from './source.js';

export interface Reply {
  status?: number;
  /** `html` pages, `json` API values, or a static file (`type` + `body`). */
  html?: string;
  json?: unknown;
  type?: string;
  body?: string;
}

export interface RouteContext {
  source: WebSource;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request body (only read for POST routes, after the token check). */
  body: () => Promise<string>;
}

export interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** true: errors are JSON; false: errors are HTML pages. */
  api: boolean;
  /** Writes need the token on non-loopback hosts. */
  write?: boolean;
  handle(ctx: RouteContext): Promise<Reply>;
}

function limitOf(q: URLSearchParams, dflt: number): number {
  const s = q.get('limit');
  if (s === null) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new HttpError(400, 'bad-request', 'limit must be an integer from 1 to 500');
  return n;
}

function filtersOf(q: URLSearchParams): SearchFilters {
  const f: SearchFilters = { limit: limitOf(q, 50) };
  const outlet = q.get('outlet');
  if (outlet) f.outlet = outlet;
  for (const k of ['from', 'to'] as const) {
    const v = q.get(k);
    if (!v) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new HttpError(400, 'bad-request', `${k} must be a date YYYY-MM-DD`);
    f[k] = v;
  }
  return f;
}

const notFound = (what: string, id: string) => new HttpError(404, 'not-found', `no ${what} "${id}"`);
const Q_MAX = 500;

function qOf(query: URLSearchParams, required: boolean): string {
  const q = (query.get('q') ?? '').trim();
  if (q.length > Q_MAX) throw new HttpError(400, 'bad-request', `q is longer than ${Q_MAX} characters`);
  if (required && !q) throw new HttpError(400, 'bad-request', 'missing query parameter q');
  return q;
}

/** POST body: one JSON object, a JSON array, or NDJSON lines -> RawArticles (+ per-record errors). */
export function parseArticlesBody(body: string): { raws: RawArticle[]; errors: { index: number; code: string; message: string }[] } {
  if (!body.trim()) throw new HttpError(400, 'empty', 'empty request body');
  const raws: RawArticle[] = [];
  const errors: { index: number; code: string; message: string }[] = [];
  let i = 0;
  for (const item of readJson(body, null)) {
    if (isInputError(item)) errors.push({ index: i, code: item.error.code, message: item.error.message });
    else raws.push(item);
    i++;
  }
  if (!raws.length) {
    const e = errors[0];
    throw new HttpError(400, e?.code ?? 'invalid-json', e?.message ?? 'no article in the body');
  }
  return { raws, errors };
}

const r = (method: Route['method'], path: string, api: boolean, handle: Route['handle'], write = false): Route => ({
  method,
  api,
  write,
  handle,
  pattern: new RegExp('^' + path.replace(/:(\w+)/g, '(?<$1>[^/]+)') + '/?$'),
});

export function routes(statics: Map<string, { type: string; body: string }>): Route[] {
  return [
    r('GET', '/', false, async ({ source, query }) => {
      const q = qOf(query, false);
      const [stories, threads, collections] = await Promise.all([source.listStories({ q, limit: limitOf(query, 200) }), source.listThreads(), source.listCollections()]);
      return { html: homePage(stories, threads, collections, q) };
    }),
    r('GET', '/stories/:id', false, async ({ source, params }) => {
      const v = await source.getStory(params.id!);
      if (!v) throw notFound('story', params.id!);
      return { html: storyPage(v) };
    }),
    r('GET', '/threads/:id', false, async ({ source, params }) => {
      const v = await source.getThread(params.id!);
      if (!v) throw notFound('thread', params.id!);
      return { html: threadPage(v) };
    }),
    r('GET', '/collections/:name', false, async ({ source, params }) => {
      const v = await source.getCollection(params.name!);
      if (!v) throw notFound('collection', params.name!);
      return { html: collectionPage(v) };
    }),
    r('GET', '/articles/:id', false, async ({ source, params }) => {
      const a = await source.getArticle(params.id!);
      if (!a) throw notFound('article', params.id!);
      return { html: articlePage(a) };
    }),
    r('GET', '/search', false, async ({ source, query }) => {
      const q = qOf(query, false);
      return { html: searchPage(q, q ? await source.search(q, filtersOf(query)) : []) };
    }),
    r('GET', '/static/:file', false, async ({ params }) => {
      const f = statics.get(params.file!);
      if (!f) throw notFound('file', params.file!);
      return { type: f.type, body: f.body };
    }),
    r('GET', '/api/health', true, async () => ({ json: { ok: true } })),
    r('GET', '/api/openapi.json', true, async () => ({ json: OPENAPI })),
    r('GET', '/api/stories', true, async ({ source, query }) => ({ json: { stories: await source.listStories({ q: qOf(query, false), limit: limitOf(query, 100) }) } })),
    r('GET', '/api/stories/:id', true, async ({ source, params }) => {
      const v = await source.getStory(params.id!);
      if (!v) throw notFound('story', params.id!);
      return { json: { ...v.comparison, story: v.story } };
    }),
    r('GET', '/api/threads', true, async ({ source }) => ({ json: { threads: await source.listThreads() } })),
    r('GET', '/api/threads/:id', true, async ({ source, params }) => {
      const v = await source.getThread(params.id!);
      if (!v) throw notFound('thread', params.id!);
      return { json: { ...v.comparison, thread: v.thread, stories: v.stories } };
    }),
    r('GET', '/api/collections', true, async ({ source }) => ({ json: { collections: await source.listCollections() } })),
    r('GET', '/api/collections/:name', true, async ({ source, params }) => {
      const v = await source.getCollection(params.name!);
      if (!v) throw notFound('collection', params.name!);
      return { json: { ...v.comparison, name: v.name } };
    }),
    r('GET', '/api/articles/:id', true, async ({ source, params }) => {
      const a = await source.getArticle(params.id!);
      if (!a) throw notFound('article', params.id!);
      return { json: a };
    }),
    r('GET', '/api/search', true, async ({ source, query }) => {
      const q = qOf(query, true);
      return { json: { q, hits: await source.search(q, filtersOf(query)) } };
    }),
    r('POST', '/api/articles', true, async ({ source, body }) => {
      const { raws, errors } = parseArticlesBody(await body());
      const res = await source.ingest(raws);
      const all = { ...res, failed: res.failed + errors.length, errors: [...errors.map((e) => ({ ...e, stage: 'parse' })), ...res.errors] };
      return { status: res.stored > 0 ? 201 : 200, json: all };
    }, true),
  ];
}
