// src/server/server.ts — the HTTP server: routes a request, applies the token rule and body
// limit, and maps every failure to a status (400, 401, 404, 405, 413, 500). JSON errors for
// /api/*, small HTML error pages elsewhere. Static UI files are read once at start.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { html } from './html.js';
import { checkToken, HttpError, isLoopback, readBody, send, sendError, sendJson } from './http.js';
import { page } from './pages/layout.js';
import { routes, type Route } from './routes.js';
import type { WebSource } from './source.js';

export interface ServeOptions {
  host?: string;
  port?: number;
  /** Token for writes; required (generated if absent) when `host` is not loopback. */
  token?: string | null;
  /** Request body limit in bytes (default 10 MB). */
  bodyLimit?: number;
  /** Called with unexpected errors (the client only sees a 500). */
  onError?: (e: unknown) => void;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;
export const BODY_LIMIT = 10 * 1024 * 1024;

const UI = new URL('./ui/', import.meta.url);
const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

function loadStatics(): Map<string, { type: string; body: string }> {
  const m = new Map<string, { type: string; body: string }>();
  for (const f of ['style.css', 'app.js']) m.set(f, { type: TYPES[f.split('.').pop()!]!, body: readFileSync(new URL(f, UI), 'utf8') });
  return m;
}

function errorPage(res: ServerResponse, e: HttpError): void {
  const body = page(`Error ${e.status}`, html`<h1>${e.status === 404 ? 'Not found' : `Error ${e.status}`}</h1><p class="lede">${e.message}</p><p><a href="/">Back to the stories</a></p>`);
  send(res, e.status, 'text/html; charset=utf-8', body, e.headers);
}

/** The request handler, separate from listening so tests may mount it anywhere. */
export function createHandler(source: WebSource, opts: { token: string | null; bodyLimit: number; onError?: (e: unknown) => void }) {
  const table: Route[] = routes(loadStatics());
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let api = (req.url ?? '').startsWith('/api/');
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method === 'HEAD' ? 'GET' : req.method ?? 'GET';
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        throw new HttpError(400, 'bad-request', 'malformed URL encoding');
      }
      const matching = table.filter((r) => r.pattern.test(path));
      if (!matching.length) throw new HttpError(404, 'not-found', `nothing at ${path}`);
      const route = matching.find((r) => r.method === method);
      if (!route) {
        const allow = [...new Set(matching.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method])))].join(', ');
        throw new HttpError(405, 'method-not-allowed', `${req.method} is not allowed here; use ${allow}`, { Allow: allow });
      }
      api = route.api;
      if (route.write) checkToken(req, opts.token);
      const params = { ...(route.pattern.exec(path)?.groups ?? {}) };
      const reply = await route.handle({ source, params, query: url.searchParams, body: () => readBody(req, opts.bodyLimit) });
      const status = reply.status ?? 200;
      if (reply.html !== undefined) send(res, status, 'text/html; charset=utf-8', reply.html, { 'Cache-Control': 'no-store' });
      else if (reply.json !== undefined) sendJson(res, status, reply.json);
      else send(res, status, reply.type ?? 'application/octet-stream', reply.body ?? '', { 'Cache-Control': 'public, max-age=300' });
    } catch (e) {
      const he = e instanceof HttpError ? e : new HttpError(500, 'internal', 'internal error');
      if (!(e instanceof HttpError)) opts.onError?.(e);
      req.resume(); // drain an unread body so the client gets the response, not a reset
      if (api) sendError(res, he);
      else errorPage(res, he);
    }
  };
}

export interface RunningServer {
  server: Server;
  url: string;
  /** The write token, or null when writes need none (loopback). */
  token: string | null;
  close(): Promise<void>;
}

/** Listen and resolve once bound. Port 0 picks a free port. */
export async function startServer(source: WebSource, o: ServeOptions = {}): Promise<RunningServer> {
  const host = o.host ?? DEFAULT_HOST;
  const token = o.token ?? (isLoopback(host) ? null : randomBytes(18).toString('base64url'));
  const handler = createHandler(source, { token, bodyLimit: o.bodyLimit ?? BODY_LIMIT, ...(o.onError ? { onError: o.onError } : {}) });
  const server = createServer((req, res) => void handler(req, res));
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return {
    server,
    url: `http://${shown}:${addr.port}`,
    token,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
