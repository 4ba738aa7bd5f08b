// src/clean/index.ts — RawArticle -> CleanArticle: headline, standfirst, dateline, boilerplate
// removed (each removal recorded with its reason), paragraphs separated by "\n\n".
// Pure and deterministic. Rules are general shapes of scraped news text, never per-site strings.
import type { CleanArticle, Dateline, RawArticle, Removal, Span } from '../types.js';
import { findDateline } from './dateline.js';
import { removeHoverCards } from './hover-card.js';
import { articleId } from './id.js';
import { isNavigation, junkReason } from './lines.js';
import { outletFromUrl } from './outlet.js';
import { fold, isHeading, isStandfirst, mayFoldTo } from './structure.js';
import { normalisePublished } from './published.js';
import { detectLanguage } from './language.js';

/** How many lines after the headline may repeat it or carry credits before the body starts. */
const HEAD_ZONE = 4;

export function clean(raw: RawArticle): CleanArticle {
  const removed: Removal[] = [...(raw.removed ?? [])];
  let source = raw.text ?? raw.html ?? '';
  if (source.includes('\r')) source = source.replace(/\r\n?/g, '\n');
  if (source.includes('\u00a0')) source = source.replace(/\u00a0/g, ' ');
  // Non-empty trimmed lines. Hover cards can sit anywhere, including in the headline
  // (removeHoverCards changes nothing in a line without "MORE").
  const lines: string[] = [];
  for (const raw of source.split('\n')) {
    let l = raw.trim();
    if (l === '') continue;
    if (l.includes('MORE')) {
      const r = removeHoverCards(l);
      for (const x of r.removed) removed.push(x);
      l = r.line;
    }
    lines.push(l);
  }

  // Headline: given, explicitly absent (null), or the first line after navigation.
  let title: string | null;
  if (raw.title !== undefined) {
    title = raw.title === null ? null : raw.title.trim() || null;
  } else {
    while (lines.length > 1 && isNavigation(lines[0]!)) removed.push({ text: lines.shift()!, reason: 'navigation' });
    title = lines.length > 1 ? lines.shift()! : null;
  }

  // Lines right under the headline: repeated headline, photo credits, more navigation.
  const body: string[] = [];
  const titleKey = title ? fold(title) : ''; // sameText(line, title), folding the title once
  lines.forEach((line, i) => {
    if (titleKey !== '' && i < HEAD_ZONE && mayFoldTo(line, titleKey) && fold(line) === titleKey) return removed.push({ text: line, reason: 'duplicate-title' });
    const reason = junkReason(line) ?? (i < HEAD_ZONE && body.length === 0 && isNavigation(line) ? 'navigation' : null);
    if (reason) return removed.push({ text: line, reason });
    body.push(line);
  });

  // Dateline: at the start of one of the first paragraphs; paragraphs before it are the standfirst.
  let dateline: Dateline | null = null;
  let subtitle: string | null = raw.subtitle?.trim() || null;
  for (let i = 0; i < Math.min(3, body.length); i++) {
    const d = findDateline(body[i]!);
    if (!d) continue;
    dateline = d.dateline;
    removed.push({ text: d.prefix.trim(), reason: 'dateline' });
    body[i] = body[i]!.slice(d.prefix.length).trim();
    if (i > 0 && subtitle === null && isStandfirst(body[0]!, true)) subtitle = body[0]!;
    break;
  }
  if (subtitle === null && !dateline && body.length > 2 && isStandfirst(body[0]!, false)) subtitle = body[0]!;

  const text = body.join('\n\n');
  const headings = findHeadings(body, subtitle);
  const outlet = raw.outlet?.trim() || dateline?.agency || outletFromUrl(raw.url ?? raw.input.url) || null;
  return {
    id: articleId(title, text),
    input: raw.input,
    outlet,
    title,
    subtitle,
    published: normalisePublished(raw.published),
    dateline,
    language: detectLanguage(text),
    text,
    removed,
    headings,
    url: raw.url ?? raw.input.url ?? null,
    author: raw.author ?? null,
  };
}

/** Spans of in-body section headings: short unpunctuated lines between two paragraphs. */
function findHeadings(body: string[], subtitle: string | null): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  body.forEach((p, i) => {
    const prev = body[i - 1];
    const next = body[i + 1];
    if (i > 0 && prev !== undefined && next !== undefined && p !== subtitle && isHeading(p, next)) spans.push([pos, pos + p.length]);
    pos += p.length + 2;
  });
  return spans;
}
