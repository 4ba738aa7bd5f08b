// src/ingest/feed.ts — RSS 2.0 / Atom (via @rowanmanning/feed-parser) and JSON Feed (plain JSON):
// one RawArticle per item with its link, date, title and content. HTML content is turned into
// paragraphs here (the item content is the article, so no Readability). An item without any
// content is an InputError naming the item; invalid feed XML is one InputError for the file.
import { parseFeed } from '@rowanmanning/feed-parser';
import { inputError, makeError } from '../errors.js';
import type { InputError, RawArticle } from '../types.js';
import { fragmentToText } from './html.js';

type Item = RawArticle | InputError;
type Obj = Record<string, unknown>;

/** What one feed item says, whatever the feed dialect. */
interface FeedEntry {
  title: string | null;
  url: string | null;
  published: Date | string | null;
  author: string | null;
  /** Content, then summary: the first non-empty one is the body. */
  bodies: (string | null | undefined)[];
  /** True when the body is known to be plain text (JSON Feed content_text). */
  plain?: boolean;
}

const LOOKS_HTML = /<\/?(p|div|br|a|em|strong|b|i|span|ul|ol|li|h[1-6]|blockquote|img|figure|table)\b[^>]*>|&(lt|gt|amp|quot|#\d+|#x[\da-f]+|[a-z]+);/i;

function isoOf(d: Date | string | null): string | undefined {
  if (!d) return undefined;
  if (typeof d === 'string') return d.trim() || undefined;
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function entryToRaw(e: FeedEntry, path: string | null, n: number): Item {
  const where = { path, url: e.url, format: 'feed' as const, line: n };
  const body = e.bodies.find((b) => typeof b === 'string' && b.trim() !== '');
  if (!body) return inputError(where, makeError('no-article', `feed item ${n} has no content`));
  const raw: RawArticle = { input: { path, url: e.url, format: 'feed' }, title: e.title };
  if (!e.plain && LOOKS_HTML.test(body)) {
    const { text, removed } = fragmentToText(body, e.title);
    if (!text) return inputError(where, makeError('no-article', `feed item ${n} has no text`));
    raw.text = text;
    raw.removed = removed;
  } else raw.text = body.trim();
  if (e.url) raw.url = e.url;
  const published = isoOf(e.published);
  if (published) raw.published = published;
  if (e.author) raw.author = e.author;
  return raw;
}

/** RSS 2.0, RSS 1.0 (RDF) or Atom XML. */
export function* readXmlFeed(content: string, path: string | null): Generator<Item> {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(content);
  } catch (e) {
    yield inputError({ path, format: 'feed' }, makeError('corrupt', `invalid feed XML: ${(e as Error).message}`));
    return;
  }
  if (feed.items.length === 0) {
    // The parser is lenient (a cut feed still gives its first items); with no items at all, a
    // missing closing root tag means the XML itself is broken rather than the feed empty.
    const closed = /<\/(rss|feed|rdf:RDF)>\s*$/i.test(content);
    yield inputError({ path, format: 'feed' }, closed ? makeError('empty', 'the feed has no items') : makeError('corrupt', 'invalid feed XML: no items and no closing </rss>, </feed> or </rdf:RDF>'));
    return;
  }
  let n = 0;
  for (const it of feed.items) {
    n++;
    const author = it.authors.map((a) => a.name).filter((x): x is string => !!x).join(', ');
    yield entryToRaw({ title: it.title, url: it.url, published: it.published ?? it.updated, author: author || null, bodies: [it.content, it.description] }, path, n);
  }
}

/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org). */
export function* readJsonFeed(content: string, path: string | null): Generator<Item> {
  let feed: Obj;
  try {
    feed = JSON.parse(content) as Obj;
  } catch (e) {
    yield inputError({ path, format: 'feed' }, makeError('invalid-json', (e as Error).message));
    return;
  }
  const items = Array.isArray(feed.items) ? (feed.items as unknown[]) : [];
  if (items.length === 0) {
    yield inputError({ path, format: 'feed' }, makeError('empty', 'the feed has no items'));
    return;
  }
  const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  let n = 0;
  for (const x of items) {
    n++;
    const o = (x && typeof x === 'object' ? x : {}) as Obj;
    const authors = ([] as unknown[]).concat(o.authors ?? o.author ?? []).map((a) => s((a as Obj | null)?.name)).filter((a): a is string => !!a);
    const html = s(o.content_html);
    const entry: FeedEntry = { title: s(o.title), url: s(o.url) ?? s(o.external_url), published: s(o.date_published) ?? s(o.date_modified), author: authors.join(', ') || null, bodies: html ? [html] : [s(o.content_text), s(o.summary)] };
    if (!html) entry.plain = true;
    yield entryToRaw(entry, path, n);
  }
}
