// src/ingest/html.ts — a web page -> RawArticle with plain body text and page metadata.
// Mozilla Readability (on linkedom) finds the article; html-text.ts turns it into paragraphs and
// drops what Readability leaves (captions, share bars, related links, bylines, adverts, credits);
// html-meta.ts reads title, standfirst, canonical URL, outlet, date and author. When Readability
// fails or finds nothing, the largest cluster of <p> elements is the article. No article text at
// all is an InputError `no-article`. Synchronous and pure (no I/O); cost ~ one DOM parse + Readability.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { inputError, makeError } from '../errors.js';
import type { InputError, InputFormat, RawArticle } from '../types.js';
import { DEK_SELECTOR, isoDate, pageMeta, type MetaDoc } from './html-meta.js';
import { domToText, type DomNode } from './html-text.js';

/** Fewer words than this from Readability: try the <p>-cluster fallback too and keep the longer. */
const MIN_WORDS = 40;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (s: string) => (s.match(/\S+/g) ?? []).length;

type El = DomNode & { parentNode: DomNode | null; textContent: string | null; getAttribute(n: string): string | null };
type Doc = Omit<MetaDoc, 'querySelectorAll'> & { body: DomNode | null; querySelectorAll(sel: string): ArrayLike<El> };

function parse(html: string): Doc {
  const full = /<html[\s>]/i.test(html.slice(0, 5000)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document as unknown as Doc;
}

/** The site's own standfirst: a dek-classed element, or the meta description when the page shows it. */
function standfirst(doc: Doc, description: string | undefined, title: string | undefined): string | undefined {
  const tk = title ? key(title) : '';
  for (const el of Array.from(doc.querySelectorAll(DEK_SELECTOR)).slice(0, 20)) {
    const t = norm(el.textContent ?? '');
    if (t.length >= 30 && t.length <= 400 && key(t) !== tk && /\p{Ll}/u.test(t)) return t;
  }
  if (!description || description.length < 30 || /(\.\.\.|…)$/.test(description)) return undefined;
  const body = key(doc.body?.textContent ?? '');
  return body.includes(key(description)) ? description : undefined;
}

/** Fallback article: the parent holding the most <p> text, taken whole. */
function largestParagraphCluster(doc: Doc): DomNode | null {
  const score = new Map<DomNode, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const len = norm(p.textContent ?? '').length;
    if (len < 25 || !p.parentNode) continue;
    score.set(p.parentNode, (score.get(p.parentNode) ?? 0) + len);
  }
  let best: DomNode | null = null;
  let bestScore = 0;
  for (const [node, s] of score) if (s > bestScore) [best, bestScore] = [node, s];
  return best;
}

interface ReadResult { content: DomNode | null; title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null }

function runReadability(doc: Doc): ReadResult | null {
  try {
    const r = new Readability(doc as unknown as Document, { keepClasses: true, charThreshold: 300, serializer: (el: Node) => el } as never).parse();
    return r ? (r as unknown as ReadResult) : null;
  } catch {
    // Readability throws on some malformed documents; the <p>-cluster fallback handles those.
    return null;
  }
}

/** True when the markup is a whole page (head/body) rather than an article fragment. */
export function isFullPage(html: string): boolean {
  return /<(html|head|body)[\s>]/i.test(html.slice(0, 20000));
}

/**
 * An HTML fragment that *is* the article (feed content, a JSON `html` field): no Readability, which
 * would throw away short fragments; just paragraphs and the same boilerplate clean-up.
 */
export function fragmentToText(html: string, title: string | null | undefined): { text: string; removed: RawArticle['removed'] & {} } {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const body = (document as unknown as { body: DomNode | null }).body;
  const r = body ? domToText(body, { title }) : { text: '', removed: [] };
  return { text: r.text, removed: r.removed };
}

/** Extract the article of one HTML page. `url` is where it was fetched from (WARC, feed), if known. */
export function extractHtml(html: string, path: string | null, url: string | null, format: InputFormat = 'html'): RawArticle | InputError {
  const doc = parse(html);
  const meta = pageMeta(doc as MetaDoc, url);
  const sub = standfirst(doc, meta.description, meta.title);
  const rd = runReadability(doc);
  const title = meta.title ?? (rd?.title ? norm(rd.title) : undefined);
  let body = rd?.content ? domToText(rd.content, { title }) : null;
  if (!body || words(body.text) < MIN_WORDS) {
    const fb = largestParagraphCluster(parse(html));
    const alt = fb ? domToText(fb, { title }) : null;
    if (alt && words(alt.text) > (body ? words(body.text) : 0)) body = alt;
  }
  const pageUrl = meta.url ?? url;
  if (!body || !body.text) return inputError({ path, url: pageUrl, format }, makeError('no-article', `${path ?? pageUrl ?? 'HTML input'} has no article text`));
  const raw: RawArticle = { input: { path, url: url ?? pageUrl, format }, text: body.text, title: title ?? null, removed: body.removed };
  if (sub) raw.subtitle = sub;
  if (pageUrl) raw.url = pageUrl;
  const outlet = meta.outlet ?? (rd?.siteName ? norm(rd.siteName) : undefined);
  if (outlet) raw.outlet = outlet;
  const published = meta.published ?? isoDate(rd?.publishedTime ?? undefined);
  if (published) raw.published = published;
  const author = meta.author ?? (rd?.byline && rd.byline.length < 100 ? norm(rd.byline.replace(/^by\s+/i, '')) : undefined);
  if (author) raw.author = author;
  return raw;
}
