// src/analyze/quotes/candidate.ts — a quote before its speaker is resolved.
import type { QuoteKind, Span } from '../../types.js';
import type { Phrase } from './phrases.js';
import type { Via } from './via.js';

export interface Candidate {
  span: Span;
  kind: QuoteKind;
  /** The speaker phrase as written for this quote, or null. */
  speaker: Phrase | null;
  cueSpan: Span | null;
  via: Via | null;
  /** No attribution of its own: continues the previous quote's speaker. */
  continues: boolean;
  /** Paragraph index (for the distance of a continuation or a pronoun to its antecedent). */
  para: number;
  /** An indirect clause built around a partial quote (quotes/clause.ts). */
  clause?: boolean;
}
