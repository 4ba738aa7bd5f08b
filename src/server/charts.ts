// src/server/charts.ts — small inline SVG charts built on the server (no chart library, no
// script, no style attributes: colours come from classes in ui/style.css). Labels are data and go
// through `html`, so they are escaped.
import { html, type SafeHtml } from './html.js';

export interface Bar {
  label: string;
  value: number;
  /** Secondary value drawn as a thinner bar (e.g. quotes), optional. */
  value2?: number;
}

const W = 520;
const ROW = 26;
const LABEL_W = 170;

/** Horizontal bars, one row per label, values printed at the end of each bar. */
export function barChart(title: string, bars: Bar[], legend: [string, string?] = ['articles']): SafeHtml {
  if (!bars.length) return html`<p class="empty">No data for “${title}”.</p>`;
  const max = Math.max(1, ...bars.map((b) => Math.max(b.value, b.value2 ?? 0)));
  const plotW = W - LABEL_W - 40;
  const h = bars.length * ROW + 28;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 4;
    const w = Math.max(2, Math.round((b.value / max) * plotW));
    const w2 = b.value2 !== undefined ? Math.max(b.value2 > 0 ? 2 : 0, Math.round((b.value2 / max) * plotW)) : 0;
    const label = b.label.length > 24 ? b.label.slice(0, 23) + '…' : b.label;
    return html`<g><title>${b.label}: ${b.value}${b.value2 !== undefined ? ` / ${b.value2}` : ''}</title>
<text x="${LABEL_W - 8}" y="${y + 14}" class="ch-label" text-anchor="end">${label}</text>
<rect x="${LABEL_W}" y="${y + 2}" width="${w}" height="${b.value2 !== undefined ? 10 : 16}" class="ch-bar" rx="2"></rect>
${b.value2 !== undefined ? html`<rect x="${LABEL_W}" y="${y + 13}" width="${w2}" height="6" class="ch-bar2" rx="2"></rect>` : ''}
<text x="${LABEL_W + Math.max(w, w2) + 6}" y="${y + 14}" class="ch-value">${b.value}${b.value2 !== undefined ? ` · ${b.value2}` : ''}</text></g>`;
  });
  const ly = bars.length * ROW + 18;
  return html`<figure class="chart"><svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${title}">
${rows}
<rect x="${LABEL_W}" y="${ly - 9}" width="10" height="10" class="ch-bar"></rect><text x="${LABEL_W + 14}" y="${ly}" class="ch-legend">${legend[0]}</text>
${legend[1] ? html`<rect x="${LABEL_W + 120}" y="${ly - 9}" width="10" height="10" class="ch-bar2"></rect><text x="${LABEL_W + 134}" y="${ly}" class="ch-legend">${legend[1]}</text>` : ''}
</svg><figcaption>${title}</figcaption></figure>`;
}

/** Articles per day as vertical bars; days without a date are counted apart. */
export function timeChart(title: string, dates: (string | null)[]): SafeHtml {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const d of dates) {
    const k = d && /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : null;
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    else undated++;
  }
  const days = [...counts.keys()].sort();
  const note = undated ? html`<span class="muted"> (${undated} undated)</span>` : '';
  if (!days.length) return html`<p class="empty">${title}: no dated articles${note}.</p>`;
  const max = Math.max(...counts.values());
  const colW = Math.max(18, Math.min(48, Math.floor((W - 40) / days.length)));
  const plotH = 90;
  const width = Math.max(W, days.length * colW + 40);
  const cols = days.map((d, i) => {
    const v = counts.get(d)!;
    const hgt = Math.max(3, Math.round((v / max) * plotH));
    const x = 20 + i * colW;
    const showLabel = days.length <= 12 || i % Math.ceil(days.length / 12) === 0;
    return html`<g><title>${d}: ${v} article${v === 1 ? '' : 's'}</title>
<rect x="${x + 2}" y="${10 + plotH - hgt}" width="${colW - 4}" height="${hgt}" class="ch-bar" rx="2"></rect>
<text x="${x + colW / 2}" y="${10 + plotH - hgt - 3}" class="ch-value" text-anchor="middle">${v}</text>
${showLabel ? html`<text x="${x + colW / 2}" y="${plotH + 26}" class="ch-label" text-anchor="middle">${d.slice(5)}</text>` : ''}</g>`;
  });
  return html`<figure class="chart"><svg viewBox="0 0 ${width} ${plotH + 34}" width="${width}" height="${plotH + 34}" role="img" aria-label="${title}">
<line x1="16" y1="${10 + plotH}" x2="${width - 10}" y2="${10 + plotH}" class="ch-axis"></line>
${cols}</svg><figcaption>${title}${note}</figcaption></figure>`;
}
