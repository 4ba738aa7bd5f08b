// src/ingest/html-meta.ts — page metadata: title, standfirst, canonical URL, outlet, date, author.
// Sources in order of trust: JSON-LD / OpenGraph / article:* meta (what the publisher declares), then
// generic meta names, then markup (<time datetime>, <h1>, <title> minus its " | Site" suffix).
// Returns `undefined` for what the page does not say, so the cleaner may still guess it.

/** Minimal DOM surface (linkedom's Document satisfies it). */
export interface MetaDoc {
  querySelectorAll(sel: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>;
  querySelector(sel: string): { getAttribute(n: string): string | null; textContent: string | null } | null;
}

export interface PageMeta {
  title?: string;
  subtitle?: string;
  url?: string;
  outlet?: string;
  published?: string;
  author?: string;
  /** JSON-LD description / og:description: a standfirst candidate, checked against the page later. */
  description?: string;
}

type Obj = Record<string, unknown>;
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|BackgroundNewsArticle|Report|LiveBlogPosting|WebPage|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function first(...vals: (string | null | undefined)[]): string | undefined {
  for (const v of vals) if (v && norm(v)) return norm(v);
  return undefined;
}

function metaMap(doc: MetaDoc): Map<string, string> {
  const m = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const k = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const v = el.getAttribute('content');
    if (k && v && norm(v) && !m.has(k)) m.set(k, norm(v));
  }
  return m;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return nameOf((v as Obj).name);
  return undefined;
}

/** The JSON-LD object that describes the article (NewsArticle & co), if any. */
function jsonLdArticle(doc: MetaDoc): Obj | undefined {
  let fallback: Obj | undefined;
  const visit = (v: unknown, depth: number): Obj | undefined => {
    if (depth > 4 || !v || typeof v !== 'object') return undefined;
    if (Array.isArray(v)) {
      for (const x of v) {
        const f = visit(x, depth + 1);
        if (f) return f;
      }
      return undefined;
    }
    const o = v as Obj;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (types.some((t) => ARTICLE_TYPES.test(t))) {
      if (types.some((t) => t !== 'WebPage')) return o;
      fallback ??= o;
    }
    return visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = visit(JSON.parse(s.textContent ?? ''), 0);
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common and harmless: the other sources still apply.
    }
  }
  return fallback;
}

/** "Headline | Site" -> "Headline", when the tail is the site (or short and the head is long). */
export function stripSiteSuffix(title: string, site: string | undefined): string {
  const m = /^(.{10,}?)\s+(?:\||-|–|—|::|·|•|»)\s+([^|–—·•»]{1,60})$/.exec(title);
  if (!m) return title;
  const head = m[1]!;
  const tail = m[2]!;
  const k = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (site && (k(tail) === k(site) || k(tail).includes(k(site)) || k(site).includes(k(tail)))) return stripSiteSuffix(head, site);
  if (tail.split(/\s+/).length <= 3 && head.split(/\s+/).length >= 4 && /[|·•»]|^\p{Lu}/u.test(title.slice(head.length).trim())) return head;
  return title;
}

/** A date as ISO 8601: already-ISO strings are kept (time zone and all); others are parsed. */
export function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return t.replace(' ', 'T');
  if (!/\b(1[89]|20)\d{2}\b/.test(t)) return undefined;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function absolute(href: string | undefined, base: string | null): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//.test(href) ? href : undefined;
  }
}

/** Read what the page declares about itself. `pageUrl` (e.g. a WARC target) resolves relative links. */
export function pageMeta(doc: MetaDoc, pageUrl: string | null): PageMeta {
  const m = metaMap(doc);
  const ld = jsonLdArticle(doc) ?? {};
  const attr = (sel: string, a: string) => doc.querySelector(sel)?.getAttribute(a) ?? undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const site = first(m.get('og:site_name'), nameOf(ld.publisher), m.get('application-name'), m.get('twitter:site')?.replace(/^@/, ''));
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? h1s[0]?.textContent : undefined;
  const rawTitle = first(m.get('og:title'), m.get('twitter:title'), str(ld.headline), h1, doc.querySelector('title')?.textContent);
  const url = absolute(first(attr('link[rel="canonical"]', 'href'), m.get('og:url'), str(ld.url)), pageUrl) ?? pageUrl ?? undefined;
  const published = isoDate(first(m.get('article:published_time'), str(ld.datePublished), m.get('og:published_time'),
    m.get('datepublished'), m.get('publishdate'), m.get('pubdate'), m.get('publish-date'), m.get('date'), m.get('dc.date'),
    m.get('dc.date.issued'), m.get('dcterms.created'), m.get('sailthru.date'), m.get('parsely-pub-date'),
    attr('time[pubdate]', 'datetime'), attr('article time[datetime]', 'datetime'), attr('time[datetime]', 'datetime')));
  const authorMeta = m.get('author') ?? m.get('article:author') ?? m.get('byl')?.replace(/^by\s+/i, '');
  const author = first(nameOf(ld.author), authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : undefined);
  const out: PageMeta = {};
  if (rawTitle) out.title = stripSiteSuffix(rawTitle, site);
  if (url) out.url = url;
  const outlet = site ?? hostOf(url);
  if (outlet) out.outlet = outlet;
  if (published) out.published = published;
  if (author) out.author = author;
  const description = first(m.get('og:description'), str(ld.description), m.get('description'), m.get('twitter:description'));
  if (description) out.description = description;
  return out;
}

/** Elements a site marks as the standfirst (dek) under the headline. */
export const DEK_SELECTOR = '[class*="standfirst"], [class*="dek"], [class*="subhead"], [class*="sub-head"], [class*="subtitle"], [class*="summary"], [itemprop="description"], [class*="lede"], [class*="intro"]';
