// src/server/pages/layout.ts — the page shell: header, nav, search box, footer. One stylesheet
// and one deferred script, both static files under /static/ (the CSP forbids anything inline).
import { html, type SafeHtml } from '../html.js';

export interface PageOptions {
  /** Current search text, shown in the header search box. */
  q?: string;
  /** Breadcrumb trail: [label, href] pairs (hrefs are code-built internal paths). */
  crumbs?: [string, string][];
}

export function page(title: string, body: SafeHtml, opts: PageOptions = {}): string {
  const crumbs = opts.crumbs ?? [];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · Parallax</title>
<link rel="stylesheet" href="/static/style.css">
<script src="/static/app.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">Parallax</a>
  <nav class="crumbs">${crumbs.map(([label, href]) => html`<span class="sep">›</span><a href="${href}">${label}</a>`)}</nav>
  <form class="search" action="/search" method="get" role="search">
    <input type="search" name="q" value="${opts.q ?? ''}" placeholder="Search articles…" aria-label="Search articles">
    <button type="submit">Search</button>
  </form>
</header>
<main>
${body}
</main>
<footer class="foot">Parallax — how different outlets tell the same story. Every finding links back to the words in the article.</footer>
</body>
</html>
`.value;
}
