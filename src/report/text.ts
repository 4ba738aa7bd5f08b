// src/report/text.ts — readable terminal reports. Pure: strings in, string out.
import type { Article, Comparison, Span } from '../types.js';
import type { Style } from './style.js';

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

export function comparisonText(c: Comparison, articles: Article[], st: Style): string {
  const out: string[] = [];
  const label = new Map(c.articles.map((a, i) => [a.id, a.outlet ?? `article ${i + 1}`]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  out.push(st.bold(`Comparing ${c.articles.length} articles`));
  for (const a of c.articles) out.push(`  ${st.cyan(label.get(a.id)!)}  ${a.title ?? '(untitled)'}${a.published ? st.dim('  ' + a.published) : ''}`);
  const ids = c.articles.map((a) => a.id);
  if (c.voices.length) {
    out.push('', st.bold('Voices (quotes per outlet)'));
    for (const v of c.voices) {
      const cells = ids.map((id) => `${label.get(id)}: ${v.quotes[id] ?? 0}`).join('  ');
      out.push(`  ${st.magenta(v.speaker)}${v.affiliation ? st.dim(' (' + v.affiliation + ')') : ''}  ${cells}`);
    }
  }
  if (c.entities.length) {
    out.push('', st.bold('Named by'));
    for (const e of c.entities.slice(0, 25)) {
      const who = ids.filter((id) => (e.mentions[id] ?? 0) > 0).map((id) => label.get(id)).join(', ');
      out.push(`  ${e.name} ${st.dim(e.type)}  ${who}`);
    }
  }
  for (const status of ['contested', 'shared', 'unique'] as const) {
    const claims = c.claims.filter((x) => x.status === status);
    if (!claims.length) continue;
    const colour = status === 'contested' ? st.red : status === 'shared' ? st.green : st.yellow;
    out.push('', st.bold(`Claims: ${colour(status)} (${claims.length})`));
    for (const cl of claims) {
      for (const s of cl.statements) {
        const a = byId.get(s.article);
        const txt = a ? slice(a.text, s.span) : s.text ?? '';
        out.push(`  ${st.cyan((label.get(s.article) ?? '?').padEnd(10))} ${st.dim(s.stance.padEnd(10))} ${clip(txt, 100)}`);
      }
      out.push('');
    }
  }
  if (c.conflicts.length) {
    out.push(st.bold('Conflicts'));
    for (const k of c.conflicts) {
      out.push(`  ${st.red(k.kind)} ${k.subject}: ${k.message}`);
      for (const it of k.items) out.push(`    ${st.cyan(label.get(it.article) ?? '?')}: ${clip(it.value, 100)}`);
    }
  }
  return out.join('\n') + '\n';
}
