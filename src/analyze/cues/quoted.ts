// src/analyze/cues/quoted.ts — which direct quote, if any, holds a cue, and whose words they are.
// Contract: ctx.quotes (direct/partial) decide when present; otherwise quotation-mark regions inside
// one paragraph are quotes with an unknown speaker, so a loaded word there is never blamed on the outlet.
import type { Quote, Span } from '../../types.js';

export interface QuoteRegion {
  span: Span;
  speaker: string | null;
}

const QUOTE_RE = /["“]([^"“”\n]{2,}?)["”]|‘([^‘’\n]{2,}?)’(?![A-Za-z])/g;

/** Regions of quoted words, from the quotes analyzer or from quotation marks. */
export function quoteRegions(text: string, quotes: Quote[]): QuoteRegion[] {
  const out: QuoteRegion[] = quotes
    .filter((q) => q.kind !== 'indirect')
    .map((q) => ({ span: q.span, speaker: q.speaker }));
  for (const m of text.matchAll(QUOTE_RE)) {
    const s = m.index + 1;
    const e = m.index + m[0].length - 1;
    if (!out.some((r) => r.span[0] < e && s < r.span[1])) out.push({ span: [s, e], speaker: null });
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/** The region containing `span`, or null. Regions are sorted and few; a linear pass is enough. */
export function regionOf(regions: QuoteRegion[], span: Span): QuoteRegion | null {
  for (const r of regions) {
    if (r.span[0] > span[0]) break;
    if (span[1] <= r.span[1]) return r;
  }
  return null;
}
