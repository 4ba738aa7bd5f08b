// src/ingest/html-text.ts — an extracted article's DOM -> plain paragraphs joined by "\n\n".
// Block elements (p, div, li, h2, blockquote, br ...) end a paragraph; inline text is joined with
// collapsed whitespace. Boilerplate left inside the article (captions, share bars, related-links
// lists, newsletter boxes, bylines, "Advertisement", image credits) is dropped and recorded in
// `removed` with its reason (see html-rules.ts). Pure: reads the DOM, never changes it.
import type { Removal } from '../types.js';
import { SILENT_TAGS, TAG_REASONS, classReason, paragraphReason } from './html-rules.js';

/** The DOM surface we use (linkedom nodes satisfy it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const CELL = new Set(['TD', 'TH']);
const LIST = new Set(['UL', 'OL']);

export interface Paragraph {
  text: string;
  /** Characters of this paragraph that sit inside links. */
  linkChars: number;
  /** The block's tag (P, LI, H2 ...). */
  tag: string;
}

export interface ExtractOptions {
  /** Texts to drop as the same headline again (normalised comparison). */
  title?: string | null;
}

const WS = /\s+/g;
const norm = (s: string) => s.replace(WS, ' ').trim();
const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function attrs(el: DomNode): string {
  const g = el.getAttribute;
  if (!g) return '';
  const parts = [g.call(el, 'class'), g.call(el, 'id'), g.call(el, 'role'), g.call(el, 'data-component'), g.call(el, 'itemprop')];
  return parts.filter((x): x is string => !!x).join(' ');
}

/** Walk state: the paragraph being built and everything emitted so far. */
class Builder {
  paras: Paragraph[] = [];
  removed: Removal[] = [];
  private buf: string[] = [];
  private links = 0;
  private tag = 'P';
  add(text: string, inLink: boolean): void {
    this.buf.push(text);
    if (inLink) this.links += text.replace(WS, '').length;
  }
  flush(tag?: string): void {
    const text = norm(this.buf.join(''));
    if (text) this.paras.push({ text, linkChars: this.links, tag: this.tag });
    this.buf = [];
    this.links = 0;
    if (tag) this.tag = tag;
  }
  drop(el: DomNode, reason: string): void {
    const text = norm(el.textContent ?? '');
    if (text) this.removed.push({ text, reason });
  }
}

/** Should `el` be dropped whole? Class rules only for small elements: a class on a wrapper of the
 * whole article ("content--comment") must not take the article with it. */
function elementReason(el: DomNode, tag: string, bodyChars: number): string | null {
  const byTag = TAG_REASONS.get(tag);
  if (byTag) return byTag;
  const r = classReason(attrs(el));
  if (!r) return null;
  const len = (el.textContent ?? '').length;
  return len < Math.max(400, bodyChars * 0.2) ? r : null;
}

/** A list whose items are (almost) all links: a related-links box, not an enumerated point list. */
function isLinkList(el: DomNode): boolean {
  let items = 0;
  let linked = 0;
  for (const li of Array.from(el.childNodes)) {
    if (li.nodeName !== 'LI') continue;
    items++;
    const t = norm(li.textContent ?? '');
    const a = norm(linkText(li));
    if (t && a.length >= t.length * 0.9) linked++;
  }
  return items >= 2 && linked === items;
}

function linkText(n: DomNode): string {
  if (n.nodeType === 3) return '';
  if (n.nodeName === 'A') return n.textContent ?? '';
  let s = '';
  for (const c of Array.from(n.childNodes)) s += linkText(c);
  return s;
}

function walk(n: DomNode, b: Builder, inLink: boolean, bodyChars: number): void {
  if (n.nodeType === 3) {
    b.add(n.textContent ?? '', inLink);
    return;
  }
  if (n.nodeType !== 1) return;
  const tag = n.nodeName.toUpperCase();
  if (SILENT_TAGS.has(tag)) return;
  const reason = elementReason(n, tag, bodyChars) ?? (LIST.has(tag) && isLinkList(n) ? 'related-links' : null);
  if (reason) {
    b.flush();
    b.drop(n, reason);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) b.flush(tag);
  else if (CELL.has(tag)) b.add(' ', false);
  const link = inLink || tag === 'A';
  for (const c of Array.from(n.childNodes)) walk(c, b, link, bodyChars);
  if (block) b.flush(tag);
}

/** Paragraph-level clean-up: wording rules, the headline repeated, a paragraph doubled. */
function keepParagraph(p: Paragraph, titleKey: string, seen: { last: string }): string | null {
  const k = key(p.text);
  if (!k) return 'punctuation';
  if (titleKey && k === titleKey) return 'duplicate-title';
  const r = paragraphReason(p.text);
  if (r) return r;
  // The same long paragraph twice in a row is a rendering artefact (pull quote, lazy-load copy).
  if (k.length > 40 && k === seen.last) return 'duplicate';
  seen.last = k;
  return null;
}

/** Article DOM -> body text and what was dropped from it. */
export function domToText(root: DomNode, opts: ExtractOptions = {}): { text: string; removed: Removal[]; paragraphs: Paragraph[] } {
  const b = new Builder();
  walk(root, b, false, (root.textContent ?? '').length);
  b.flush();
  const titleKey = opts.title ? key(opts.title) : '';
  const seen = { last: '' };
  const kept: Paragraph[] = [];
  for (const p of b.paras) {
    const reason = keepParagraph(p, titleKey, seen);
    if (reason) b.removed.push({ text: p.text, reason });
    else kept.push(p);
  }
  return { text: kept.map((p) => p.text).join('\n\n'), removed: b.removed, paragraphs: kept };
}
