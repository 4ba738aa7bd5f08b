// src/report/text.ts — readable terminal reports. Pure: strings in, string out.
import type { Article, Comparison, Span } from '../types.js';
import type { Style } from './style.js';
import { compareView, type Cell } from './compare-view.js';

const slice = (text: string, s: Span) => text.slice(s[0], s[1]);
const clip = (s: string, n = 110) => (s.length > n ? s.slice(0, n - 1) + '…' : s).replace(/\s+/g, ' ');

export function articleText(a: Article, st: Style): string {
  const out: string[] = [];
  out.push(st.bold(a.title ?? '(untitled)'));
  const meta = [a.outlet ?? 'unknown outlet', a.published ?? a.dateline?.date ?? 'undated', a.input.path ?? a.input.url ?? ''].filter(Boolean);
  out.push(st.dim(meta.join(' · ')));
  if (a.subtitle) out.push(st.dim(clip(a.subtitle, 200)));
  out.push('');
  out.push(`${a.sentences.length} sentences, ${a.entities.length} entities, ${a.quotes.length} quotes, ${a.numbers.length} numbers, ${a.cues.length} cues`);
  if (a.removed.length) {
    out.push('', st.bold('Removed while cleaning'));
    for (const r of a.removed) out.push(`  ${st.yellow(r.reason.padEnd(16))} ${clip(r.text, 90)}`);
  }
  if (a.entities.length) {
    out.push('', st.bold('Entities'));
    for (const e of a.entities) {
      const extra = [...e.aliases.filter((x) => x !== e.name), ...e.descriptors.map((d) => `“${d}”`)];
      out.push(`  ${st.cyan(e.name)} ${st.dim(e.type)} ×${e.mentions.length}${extra.length ? st.dim('  (' + extra.join(', ') + ')') : ''}`);
    }
  }
  if (a.quotes.length) {
    out.push('', st.bold('Quotes'));
    for (const q of a.quotes) {
      const who = q.speaker ?? 'unattributed';
      const how = [q.cue, q.via].filter(Boolean).join(', ');
      out.push(`  ${st.magenta(who)} ${st.dim(q.kind + (how ? ' · ' + how : ''))}`);
      out.push(`    ${q.kind === 'direct' ? '“' : ''}${clip(slice(a.text, q.span))}${q.kind === 'direct' ? '”' : ''}`);
    }
  }
  if (a.numbers.length) {
    out.push('', st.bold('Numbers'));
    for (const n of a.numbers) out.push(`  ${st.green(slice(a.text, n.span))} ${st.dim(n.kind + (n.subject ? ' · ' + n.subject : ''))}`);
  }
  if (a.cues.length) {
    out.push('', st.bold('Cues'));
    for (const c of a.cues) out.push(`  ${st.yellow(c.kind.padEnd(12))} ${slice(a.text, c.span)}${c.note ? st.dim('  ' + c.note) : ''}`);
  }
  if (a.issues.length) {
    out.push('', st.bold('Issues'));
    for (const i of a.issues) out.push(`  ${st.red(i.kind)} ${i.message}`);
  }
  return out.join('\n') + '\n';
}

/** Terminal report of a comparison (sections from compare-view.ts), coloured through `st`. */
export function comparisonText(c: Comparison, articles: Article[], st: Style): string {
  const paint = (cell: Cell) => (cell.tone ? st[cell.tone](cell.text) : cell.text);
  const out: string[] = [];
  for (const sec of compareView(c, articles, 100)) {
    out.push('', st.bold(sec.title));
    if (sec.kind === 'table') {
      const widths = sec.head.map((h, i) => Math.min(40, Math.max(h.length, ...sec.rows.map((r) => r[i]?.text.length ?? 0))));
      const pad = (cell: Cell, i: number, last: boolean) => {
        const t = cell.text.length > widths[i]! && !last ? cell.text.slice(0, widths[i]! - 1) + '…' : cell.text;
        return paint({ text: last ? t : t.padEnd(widths[i]!), tone: cell.tone ?? null });
      };
      out.push('  ' + st.dim(sec.head.map((h, i) => (i === sec.head.length - 1 ? h : h.padEnd(widths[i]!))).join('  ')));
      for (const r of sec.rows) out.push('  ' + r.map((cell, i) => pad(cell, i, i === r.length - 1)).join('  '));
    } else {
      // Three-cell lines (outlet, stance, text): pad the first two columns to their widest cell.
      const w = [0, 0];
      for (const g of sec.groups) for (const line of g.lines) if (line.length === 3) for (const i of [0, 1]) w[i] = Math.max(w[i]!, line[i]!.text.length);
      for (const g of sec.groups) {
        out.push('  ' + g.heading.map(paint).join(' '));
        for (const line of g.lines) out.push('    ' + line.map((cell, i) => paint(i < 2 && line.length === 3 ? { ...cell, text: cell.text.padEnd(w[i]!) } : cell)).join(' '));
      }
    }
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
}
