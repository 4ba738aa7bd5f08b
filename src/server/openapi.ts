// src/server/openapi.ts — the hand-written OpenAPI 3.1 description of the JSON API, served at
// /api/openapi.json. Article, Comparison and Story shapes are the contract of spec/OUTPUT.md
// (schema/output.schema.json in this repo); here they are summarised, with extra fields allowed.
const err = { $ref: '#/components/responses/Error' };
const id = (name: string, what: string) => ({ name, in: 'path', required: true, description: what, schema: { type: 'string' } });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Parallax API',
    version: '0.1.0',
    description: 'How different outlets tell the same story. Every finding carries [start, end] spans (UTF-16, end-exclusive) into the article\'s cleaned text. Errors are {error: {code, message}}.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  paths: {
    '/api/health': { get: { summary: 'Liveness', responses: { 200: json({ type: 'object', properties: { ok: { type: 'boolean' } } }, 'ok') } } },
    '/api/stories': {
      get: {
        summary: 'Stories, newest first',
        parameters: [
          { name: 'q', in: 'query', schema: { type: 'string' }, description: 'words in title or outlets' },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
        ],
        responses: { 200: json({ type: 'object', properties: { stories: { type: 'array', items: ref('Story') } } }, 'stories'), 400: err },
      },
    },
    '/api/stories/{id}': { get: { summary: 'A story: its Comparison plus `story`', parameters: [id('id', 'story id')], responses: { 200: json({ allOf: [ref('Comparison')], properties: { story: ref('Story') } }, 'comparison'), 404: err } } },
    '/api/threads': { get: { summary: 'Threads', responses: { 200: json({ type: 'object', properties: { threads: { type: 'array', items: ref('Thread') } } }, 'threads') } } },
    '/api/threads/{id}': { get: { summary: 'A thread: the Comparison of all its articles plus `thread` and `stories`', parameters: [id('id', 'thread id')], responses: { 200: json({ allOf: [ref('Comparison')], properties: { thread: ref('Thread'), stories: { type: 'array', items: ref('Story') } } }, 'comparison'), 404: err } } },
    '/api/collections': { get: { summary: 'Collections', responses: { 200: json({ type: 'object', properties: { collections: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, articles: { type: 'integer' } } } } } }, 'collections') } } },
    '/api/collections/{name}': { get: { summary: 'A collection: its Comparison plus `name`', parameters: [id('name', 'collection name')], responses: { 200: json({ allOf: [ref('Comparison')], properties: { name: { type: 'string' } } }, 'comparison'), 404: err } } },
    '/api/articles/{id}': { get: { summary: 'One analysed Article', parameters: [id('id', 'article id')], responses: { 200: json(ref('Article'), 'article'), 404: err } } },
    '/api/articles': {
      post: {
        summary: 'Ingest articles: one JSON object, a JSON array, or NDJSON, as `parallax ingest` reads JSON',
        description: 'Needs `Authorization: Bearer <token>` when the server listens on a non-loopback address. Body limit 10 MB.',
        security: [{ bearer: [] }, {}],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: ref('ArticleInput') },
            'application/x-ndjson': { schema: { type: 'string', description: 'one ArticleInput per line' } },
          },
        },
        responses: { 201: json(ref('IngestResult'), 'stored'), 200: json(ref('IngestResult'), 'nothing new stored'), 400: err, 401: err, 413: err },
      },
    },
    '/api/search': {
      get: {
        summary: 'Full-text search with highlighted snippets',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1 } },
          { name: 'outlet', in: 'query', schema: { type: 'string' } },
          { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        ],
        responses: { 200: json({ type: 'object', properties: { q: { type: 'string' }, hits: { type: 'array', items: ref('SearchHit') } } }, 'hits'), 400: err },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    responses: {
      Error: json({ type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } }, 'error'),
    },
    schemas: {
      Span: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'integer' }], minItems: 2, maxItems: 2 },
      Article: { type: 'object', description: 'spec/OUTPUT.md Article', required: ['id', 'input', 'outlet', 'title', 'text', 'entities', 'quotes', 'numbers', 'cues', 'issues'], additionalProperties: true },
      ArticleInput: { type: 'object', description: 'needs text or html', properties: { text: { type: 'string' }, html: { type: 'string' }, title: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] } } },
      Comparison: { type: 'object', description: 'spec/OUTPUT.md Comparison', required: ['articles', 'entities', 'voices', 'claims', 'conflicts'], additionalProperties: true },
      Story: { type: 'object', required: ['id', 'title', 'thread', 'articles', 'outlets', 'first', 'last'], properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, thread: { type: 'string' }, articles: { type: 'array', items: { type: 'string' } }, outlets: { type: 'array', items: { type: 'string' } }, first: { type: ['string', 'null'] }, last: { type: ['string', 'null'] } } },
      Thread: { type: 'object', required: ['id', 'title', 'stories'], properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, stories: { type: 'array', items: { type: 'string' } } } },
      SearchHit: { type: 'object', properties: { article: { type: 'object' }, story: { type: ['string', 'null'] }, score: { type: 'number' }, snippets: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, marks: { type: 'array', items: ref('Span') }, offset: { type: 'integer' } } } } } },
      IngestResult: { type: 'object', properties: { stored: { type: 'integer' }, duplicates: { type: 'integer' }, failed: { type: 'integer' }, ids: { type: 'array', items: { type: 'string' } }, errors: { type: 'array', items: { type: 'object' } } } },
    },
  },
} as const;
