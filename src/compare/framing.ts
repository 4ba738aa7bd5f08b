// src/compare/framing.ts — how each article frames its story: the reporting verbs it uses for
// each speaker ("said", "stressed", "trumpeted"), and its hedges, allegations and loaded words,
// each with its span, counted per 1,000 words. Sources: the article's cues (the cues analyzer),
// plus this module's lexicon (HEDGE_RE, ALLEGATION_RE, judgemental reporting verbs), merged by span.
import type { Article, FramingWord, OutletFraming, Span } from '../types.js';
import type { MergedEntities } from './entities.js';
import { ALLEGATION_RE, HEDGE_RE, LOADED_REPORTING } from './lexicon.js';
import { speakerOf } from './voices.js';

const LOADED_VERB_RE = new RegExp(`\\b(?:${[...LOADED_REPORTING].join('|')})\\b`, 'gi');

function scan(text: string, re: RegExp, skip: Span[]): FramingWord[] {
  const out: FramingWord[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const span: Span = [m.index, m.index + m[0].length];
    if (skip.some((q) => span[0] >= q[0] && span[1] <= q[1])) continue;
    out.push({ term: m[0].toLowerCase(), span });
  }
  return out;
}

function merge(a: FramingWord[], b: FramingWord[]): FramingWord[] {
  const out = [...a];
  for (const w of b) if (!out.some((x) => x.span[0] < w.span[1] && w.span[0] < x.span[1])) out.push(w);
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

const per1000 = (n: number, words: number) => (words ? Math.round((n / words) * 10000) / 10 : 0);

export function framingOf(a: Article, merged: MergedEntities): OutletFraming {
  const words = (a.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
  const reportingVerbs: Record<string, Record<string, number>> = {};
  for (const q of a.quotes) {
    if (!q.cue) continue;
    const who = speakerOf(a, q, merged) ?? 'unattributed';
    const verbs = (reportingVerbs[who] ??= {});
    const cue = q.cue.toLowerCase();
    verbs[cue] = (verbs[cue] ?? 0) + 1;
  }
  // Words inside direct quotations are the speaker's, not the outlet's.
  const quoted = a.quotes.filter((q) => q.kind === 'direct').map((q) => q.span);
  // A cue with a note is someone else's wording (inside a quote, or a label the outlet reports).
  const fromCues = (kinds: string[], own = true) =>
    a.cues.filter((c) => kinds.includes(c.kind) && (c.note === null) === own).map((c) => ({ term: c.term.toLowerCase(), span: c.span }));
  const hedges = merge(fromCues(['hedge', 'uncertainty']), scan(a.text, HEDGE_RE, quoted));
  const allegations = merge(fromCues(['allegation']), scan(a.text, ALLEGATION_RE, quoted));
  const loaded = merge(fromCues(['loaded']), scan(a.text, LOADED_VERB_RE, quoted));
  return {
    article: a.id,
    words,
    reportingVerbs,
    hedges,
    allegations,
    loaded,
    loadedQuoted: fromCues(['loaded'], false),
    rates: { hedges: per1000(hedges.length, words), allegations: per1000(allegations.length, words), loaded: per1000(loaded.length, words) },
  };
}
