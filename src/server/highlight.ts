// src/server/highlight.ts — overlapping, nested findings -> flat, non-overlapping segments.
// Contract: segments cover [0, text.length) in order; each carries the innermost (shortest)
// mark covering it as `mark` (ties: lower `rank`, then earlier start, then input order), plus the
// kinds of every mark covering it in `layers`. Deterministic for any input order of equal marks.
// Cost: O(m log m + segments × depth); marks outside the text or empty are ignored.
import type { Article, Span } from '../types.js';

export interface Mark {
  span: Span;
  /** CSS class (fixed, code-chosen words only: never data). */
  cls: string;
  /** Layer name, also a fixed word: entity, quote, number, cue, speaker, heading. */
  layer: string;
  /** Tooltip text (data; escaped when rendered). */
  title: string;
  /** Lower wins among marks of equal length. */
  rank: number;
}

export interface Segment {
  start: number;
  end: number;
  mark: Mark | null;
  layers: string[];
}

export function segment(textLength: number, marks: Mark[]): Segment[] {
  const ms = marks
    .map((m, i) => ({ m, i, s: Math.max(0, m.span[0]), e: Math.min(textLength, m.span[1]) }))
    .filter((x) => x.e > x.s);
  const cuts = new Set<number>([0, textLength]);
  for (const x of ms) { cuts.add(x.s); cuts.add(x.e); }
  const points = [...cuts].sort((a, b) => a - b);
  ms.sort((a, b) => a.s - b.s || a.i - b.i);
  const better = (a: (typeof ms)[number], b: (typeof ms)[number]) =>
    a.e - a.s - (b.e - b.s) || a.m.rank - b.m.rank || a.s - b.s || a.i - b.i;
  const out: Segment[] = [];
  let active: typeof ms = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p]!;
    const end = points[p + 1]!;
    active = active.filter((x) => x.e > start);
    while (next < ms.length && ms[next]!.s <= start) {
      if (ms[next]!.e > start) active.push(ms[next]!);
      next++;
    }
    let best: (typeof ms)[number] | null = null;
    for (const x of active) if (!best || better(x, best) < 0) best = x;
    const layers = [...new Set(active.map((x) => x.m.layer))].sort();
    const prev = out[out.length - 1];
    if (prev && prev.mark === (best?.m ?? null) && prev.layers.join() === layers.join()) prev.end = end;
    else out.push({ start, end, mark: best?.m ?? null, layers });
  }
  return out;
}

const rank = { number: 0, speaker: 1, entity: 2, cue: 3, quote: 4, heading: 5 } as const;

/** Every finding of an article as a Mark, with a human tooltip. */
export function articleMarks(a: Article): Mark[] {
  const marks: Mark[] = [];
  for (const e of a.entities) {
    const note = e.descriptors.length ? ` — ${e.descriptors.join('; ')}` : '';
    for (const span of e.mentions) marks.push({ span, cls: `ent ent-${e.type}`, layer: 'entity', title: `${e.name} (${e.type})${note}`, rank: rank.entity });
  }
  for (const q of a.quotes) {
    const who = q.speaker ?? 'unattributed';
    const extra = [q.cue ? `“${q.cue}”` : '', q.via ? `via ${q.via}` : ''].filter(Boolean).join(', ');
    marks.push({ span: q.span, cls: `q q-${q.kind}`, layer: 'quote', title: `${q.kind} quote — ${who}${extra ? ` (${extra})` : ''}`, rank: rank.quote });
    if (q.speakerSpan) marks.push({ span: q.speakerSpan, cls: 'spk', layer: 'speaker', title: `speaker: ${who}`, rank: rank.speaker });
  }
  for (const n of a.numbers) {
    const unit = n.unit ? ` ${n.unit}` : '';
    const subj = n.subject ? ` — ${n.subject}` : '';
    marks.push({ span: n.span, cls: `num num-${n.kind}`, layer: 'number', title: `${n.kind}: ${n.iso ?? n.value}${unit}${subj}`, rank: rank.number });
  }
  for (const c of a.cues) {
    marks.push({ span: c.span, cls: `cue cue-${c.kind}`, layer: 'cue', title: `${c.kind}: ${c.term}${c.note ? ` — ${c.note}` : ''}`, rank: rank.cue });
  }
  for (const h of a.headings) marks.push({ span: h, cls: 'hd', layer: 'heading', title: 'section heading', rank: rank.heading });
  return marks;
}
