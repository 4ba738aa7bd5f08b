// src/compare/labels.ts — short labels for articles in messages and report columns. An article is
// named by its outlet; without one, by its title shortened to a few words, else its file name, else
// "article N". Labels are made unique ("TASS", "TASS (2)") so two columns never look the same.
import type { Article } from '../types.js';

export const LABEL_MAX = 28;

type Labelled = Pick<Article, 'id' | 'outlet' | 'title'> & { input?: Article['input'] };

/** Shorten at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(s: string, max = LABEL_MAX): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return (sp > max / 2 ? cut.slice(0, sp) : cut).replace(/[\s,;:.–—-]+$/, '') + '…';
}

function baseLabel(a: Labelled, i: number): string {
  if (a.outlet?.trim()) return a.outlet.trim();
  if (a.title?.trim()) return shorten(a.title);
  const file = (a.input?.path ?? a.input?.url ?? '').split(/[\\/]/).filter(Boolean).pop();
  if (file) return shorten(file.replace(/\.[a-z0-9]{1,5}$/i, ''));
  return `article ${i + 1}`;
}

/** id -> unique short label, in input order. */
export function articleLabels(articles: Labelled[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Map<string, number>();
  articles.forEach((a, i) => {
    const base = baseLabel(a, i);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    out.set(a.id, n === 1 ? base : `${base} (${n})`);
  });
  return out;
}
