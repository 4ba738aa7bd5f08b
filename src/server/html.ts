// src/server/html.ts — the one way to build HTML: the `html` tagged template escapes every
// interpolation. Raw markup passes only through `raw()` (for trusted, code-built strings) or as a
// SafeHtml returned by another `html` call. Article text and metadata are untrusted: never raw().

/** A string known to be safe HTML. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESC_RE = /[&<>"']/g;

/** Escape text for element content and for quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(ESC_RE, (c) => ESC[c]!);
}

/** Explicitly trusted markup. Only for strings built by code, never for data. */
export function raw(s: string): SafeHtml {
  return new SafeHtml(s);
}

function render(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

/** Tagged template: literal parts are trusted, every `${value}` is escaped (arrays joined). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** The URL if it is an absolute http(s) URL, else null (javascript:, data:, relative junk...). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const s = url.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link when the URL is http(s), otherwise the URL (or label) as plain text. */
export function extLink(url: string | null | undefined, label?: string): SafeHtml {
  const href = safeHref(url);
  if (href) return html`<a href="${href}" rel="noopener noreferrer nofollow">${label ?? href}</a>`;
  return html`<span class="unsafe-url">${label ?? url ?? ''}</span>`;
}

/** Path segment for internal links. */
export function seg(s: string): string {
  return encodeURIComponent(s);
}
