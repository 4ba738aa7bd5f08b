// src/types.ts — the shapes that move through the pipeline.
// The public JSON contract (../shared/spec/OUTPUT.md, schema/output.schema.json) is the
// `Article`, `Comparison` and `StoriesResult` types below; fields may be added, never renamed.

/** `[start, end]`, end-exclusive, UTF-16 code units into the cleaned `text`. */
export type Span = [number, number];

export type InputFormat = 'text' | 'html' | 'json' | 'feed' | 'warc';

/** Where a document came from. */
export interface InputRef {
  path: string | null;
  url: string | null;
  format: InputFormat;
}

/**
 * A document as read by ingest, before cleaning. Exactly one of `text` / `html` is set.
 * Metadata fields: `undefined` = not given (guess it), `null` = given as unknown (do not guess).
 */
export interface RawArticle {
  input: InputRef;
  text?: string;
  html?: string;
  title?: string | null;
  subtitle?: string | null;
  url?: string | null;
  outlet?: string | null;
  published?: string | null;
  author?: string | null;
  /** Pieces an earlier step (HTML extraction) already dropped, with reasons; clean() keeps them. */
  removed?: Removal[];
}

/** A document that could not be read: printed in place of an Article. */
export interface InputError {
  input: { path: string | null; url: string | null; format: InputFormat | null; line?: number };
  error: { code: ErrorCode; message: string };
}

export type ErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'not-an-article'
  | 'unsupported-format'
  | 'no-article'
  | 'too-large'
  | 'corrupt'
  | 'internal';

export interface Removal {
  text: string;
  /** navigation, duplicate-title, photo-credit, hover-card, share, advert, related-links, byline, dateline, ... */
  reason: string;
}

export interface Dateline {
  place: string | null;
  date: string | null;
  agency: string | null;
}

/** Output of the clean stage. */
export interface CleanArticle {
  id: string;
  input: InputRef;
  outlet: string | null;
  title: string | null;
  subtitle: string | null;
  published: string | null;
  dateline: Dateline | null;
  language: string;
  text: string;
  removed: Removal[];
  headings: Span[];
  /** Extra metadata (not in the contract, kept for the store and UI). */
  url?: string | null;
  author?: string | null;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  mentions: Span[];
  aliases: string[];
  descriptors: string[];
}

export type QuoteKind = 'direct' | 'indirect' | 'partial';

export interface Quote {
  span: Span;
  kind: QuoteKind;
  speaker: string | null;
  speakerEntity: string | null;
  speakerSpan: Span | null;
  cue: string | null;
  via: string | null;
  /** Span of the cue words in the text (extra). */
  cueSpan?: Span | null;
  /** Span of the `via` phrase (extra). */
  viaSpan?: Span | null;
}

export type NumberKind = 'percent' | 'money' | 'count' | 'date' | 'ordinal' | 'other';

export interface NumberMention {
  span: Span;
  value: number;
  unit: string | null;
  kind: NumberKind;
  subject: string | null;
  /** ISO date for `date` mentions when it could be resolved (extra). */
  iso?: string | null;
  /** Canonical name of who/what the number belongs to, the first part of `subject` (extra). */
  entity?: string | null;
  /** The measured thing, e.g. "first round vote share", the second part of `subject` (extra). */
  measure?: string | null;
}

export type CueKind = 'hedge' | 'attribution' | 'allegation' | 'denial' | 'uncertainty' | 'loaded';

export interface Cue {
  span: Span;
  kind: CueKind;
  term: string;
  note: string | null;
}

export interface Issue {
  kind: 'number-conflict' | 'date-conflict' | 'name-variant' | (string & {});
  spans: Span[];
  message: string;
}

/** The public Article (analyze --json). */
export interface Article extends CleanArticle {
  sentences: Span[];
  entities: Entity[];
  quotes: Quote[];
  numbers: NumberMention[];
  cues: Cue[];
  issues: Issue[];
}

export type Stance = 'asserts' | 'denies' | 'hedged' | 'attributed' | 'quoted';

export interface ClaimStatement {
  article: string;
  span: Span;
  stance: Stance;
  /** The statement's text (extra, for readers of the JSON). */
  text?: string;
  /** The statement is a direct quotation (extra; its `stance` then reads `attributed`). */
  quoted?: boolean;
}

export interface Claim {
  id: string;
  status: 'shared' | 'unique' | 'contested';
  statements: ClaimStatement[];
  /** Short label for the claim (extra). */
  summary?: string;
  /** How much the claim says, 0..1, for ranking (extra). */
  weight?: number;
}

export interface ConflictItem {
  article: string;
  span: Span;
  value: string;
}

export interface Conflict {
  kind: 'number' | 'stance' | 'attribution' | (string & {});
  subject: string;
  items: ConflictItem[];
  message: string;
}

export interface Comparison {
  articles: { id: string; outlet: string | null; title: string | null; published: string | null }[];
  entities: { name: string; type: EntityType; mentions: Record<string, number> }[];
  voices: { speaker: string; affiliation: string | null; quotes: Record<string, number> }[];
  claims: Claim[];
  conflicts: Conflict[];
  /** Per article: share of its quotes by speaker affiliation (extra). */
  voiceShare?: Record<string, Record<string, number>>;
  /** Per article: reporting verbs, hedges, allegations, loaded words (extra). */
  framing?: OutletFraming[];
  /** Which articles carry or leave out each claim (extra). */
  coverage?: Coverage;
}

/** One framing marker, with its span in the article (extra output of compare). */
export interface FramingWord {
  term: string;
  span: Span;
}

/** How one article frames its story (extra output of compare). */
export interface OutletFraming {
  article: string;
  words: number;
  /** speaker -> reporting verb -> count. */
  reportingVerbs: Record<string, Record<string, number>>;
  hedges: FramingWord[];
  allegations: FramingWord[];
  /** Loaded words in the outlet's own voice (cues without a note). */
  loaded: FramingWord[];
  /** Loaded words the outlet quotes or reports as someone else's label (cues with a note). */
  loadedQuoted?: FramingWord[];
  /** Per 1,000 words. */
  rates: { hedges: number; allegations: number; loaded: number };
}

/** Coverage of claims across articles (extra output of compare). */
export interface Coverage {
  claims: { claim: string; carriedBy: string[]; omittedBy: string[] }[];
  /** Per article: claims only it reports (best first) and claims most others carry but it omits. */
  outlets: { article: string; alone: string[]; omits: string[] }[];
}

export interface Story {
  id: string;
  title: string | null;
  thread: string;
  articles: string[];
  outlets: string[];
  first: string | null;
  last: string | null;
}

export interface Thread {
  id: string;
  title: string | null;
  stories: string[];
}

export interface StoriesResult {
  stories: Story[];
  threads: Thread[];
  articles: { id: string; path: string | null; outlet: string | null; title: string | null }[];
}
