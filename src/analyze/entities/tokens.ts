// src/analyze/entities/tokens.ts — the mention type and small token helpers shared by the
// entity rules. Mentions are token ranges [s, e) into doc.tokens.
import type { EntityType } from '../../types.js';
import type { Doc } from '../doc.js';
import { countryOfAdjective, gazBit, gazBits } from '../ner/gazetteer.js';
import type { WordEntry } from '../ner/features.js';
import { resetWordCache, taggerWord } from '../ner/tagger.js';
import { METONYM_ORGS, NEVER_ENTITY } from './words.js';
import { cueStartWord } from '../cues/starts.js';
import { numberStartWord } from '../numbers/triggers.js';

export interface Mention {
  /** Token range [s, e) in doc.tokens. */
  s: number;
  e: number;
  type: EntityType;
  /** Characters to drop from the end of the last token ("York-based" -> "York"). */
  endCut?: number;
  /** Name of the entity when it differs from the words ("Russian" -> "Russia"). */
  canon?: string;
}

export const PLACE_BITS = gazBit('country') | gazBit('city') | gazBit('region');

/** Starts with an upper-case letter (ASCII fast path). */
export function isCap(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** Starts with a lower-case letter (ASCII fast path). */
export function isLow(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(s);
}

/** normToken of token i (cached per Doc). */
export function lowAt(doc: Doc, i: number): string {
  return docWords(doc).low[i]!;
}

/** Normalized text of tokens [s, e) ("’" -> "'", lower case, single spaces). */
export function lowText(doc: Doc, s: number, e: number): string {
  const low = docWords(doc).low; // normToken of each token, computed once per Doc
  if (e - s === 1) return low[s]!;
  let out = '';
  for (let i = s; i < e; i++) out += (i > s ? ' ' : '') + low[i]!;
  return out;
}

/**
 * gazBits(lowText(doc, s, e)), the gazetteer bits of the name tokens [s, e) spell, without building
 * the string when the gazetteer cannot know it: one word's bits are its entry's (WordEntry.gbits is
 * the gazetteer's entry for the normalized word), and a phrase of n words needs a name of n or more
 * words starting with its first word (WordEntry.glen is the longest such).
 */
export function phraseBits(doc: Doc, s: number, e: number): number {
  const w = docWords(doc);
  if (e - s === 1) return w.bits[s]!;
  if (w.entries[s]!.glen < e - s) return 0;
  return gazBits(lowText(doc, s, e));
}

let MARKS = new Uint8Array(4096);
/**
 * A zeroed mark per token index [0, n), in a buffer reused between calls (a typed array of a
 * thousand bytes is allocated outside the JS heap, which costs more than clearing one): valid only
 * until the next call, so a caller must not hold it across another caller's use.
 */
export function tokenMarks(n: number): Uint8Array {
  if (MARKS.length < n) MARKS = new Uint8Array(Math.max(n, MARKS.length * 2));
  return MARKS.fill(0, 0, n);
}

/** Surface text of tokens [s, e) exactly as in the article. */
export function surface(doc: Doc, s: number, e: number): string {
  return doc.text.slice(doc.tokens[s]!.start, doc.tokens[e - 1]!.end);
}

/** The mention starts its sentence (or follows an opening quote, parenthesis or colon). */
export function isInitial(doc: Doc, m: Mention): boolean {
  const t = doc.tokens[m.s]!;
  return m.s === 0 || doc.tokens[m.s - 1]!.sent !== t.sent || (docWords(doc).flags[m.s - 1]! & W.OPENER) !== 0;
}

/**
 * Facts about one word type that the rules test per token or per mention, as bits (DocWords.flags).
 * Each is a pure function of the raw word (and its normalized form and gazetteer bits), so it is
 * computed once per word type and cached on the tagger's word entry (WordEntry.ruleBits).
 * Scans over all tokens test a bit here rather than each token's string (THE, COMMA), and the analyzers
 * after entities (cues, numbers) read only the tokens with their bit (CUE_START, NUM_START): DocWords
 * is already there for the Doc when they run.
 */
export const W = {
  CAP: 1, // isCap(raw)
  LOW: 2, // isLow(raw)
  NEVER: 4, // NEVER_ENTITY.has(low)
  NO_NAME: 8, // no letter in low, or a lone initial /^\p{L}\.?$/ (isJunk)
  PARTY: 16, // party-state tag: /^[rdi] - [a-z]/ on low or /^[RDI]-\p{Lu}/ on raw (isJunk)
  LY: 32, // low ends in "ly"
  ING_ED: 64, // low ends in "ing"/"ed" and the gazetteer does not know it
  PLACE: 128, // gazetteer bits include a place (PLACE_BITS)
  DEMONYMISH: 256, // a demonym in the gazetteer, or a demonym-like ending (an, ese, ish, ic, i)
  ALL_CAPS: 512, // two or more capitals and nothing else
  METONYM_FIRST: 1024, // first word of a METONYM_ORGS name
  OPENER: 2048, // an opening quote, parenthesis or colon (isInitial)
  BANG: 4096, // "!"
  LOW_SELF: 8192, // isLow(raw) and raw is its own normalized form (findMentions: seenLow)
  ADJ_COUNTRY: 16384, // isCap(raw), 4+ characters, and countryOfAdjective(raw) knows it
  LETTER: 32768, // low has a letter
  DOT: 65536, // "."
  CUE_START: 1 << 17, // opens a cue pattern or loaded entry (cues/starts.ts cueStartWord)
  NUM_START: 1 << 18, // a number pattern may start in the token (numbers/triggers.ts numberStartWord)
  THE: 1 << 19, // low is "the" (definiteDescriptions scans for it)
  COMMA: 1 << 20, // "," (appositionNames scans for it)
} as const;

const DEMONYM_BIT = gazBit('demonym');
const METONYM_FIRST = new Set([...METONYM_ORGS].map((n) => n.split(' ')[0]!));

function wordBits(raw: string, low: string, gbits: number): number {
  let f = 0;
  if (isCap(raw)) f |= W.CAP;
  if (isLow(raw)) f |= W.LOW;
  if (NEVER_ENTITY.has(low)) f |= W.NEVER;
  const letter = /\p{L}/u.test(low);
  if (letter) f |= W.LETTER;
  if (!letter || /^\p{L}\.?$/u.test(raw)) f |= W.NO_NAME;
  if (/^[rdi] - [a-z]/.test(low) || /^[RDI]-\p{Lu}/u.test(raw)) f |= W.PARTY;
  if (/ly$/.test(low)) f |= W.LY;
  if (/(ing|ed)$/.test(low) && gbits === 0) f |= W.ING_ED;
  if (gbits & PLACE_BITS) f |= W.PLACE;
  if (gbits & DEMONYM_BIT || /(an|ese|ish|ic|i)$/.test(low)) f |= W.DEMONYMISH;
  if (/^\p{Lu}{2,}$/u.test(raw)) f |= W.ALL_CAPS;
  if (METONYM_FIRST.has(low)) f |= W.METONYM_FIRST;
  if (/^["“‘'(:]$/.test(raw)) f |= W.OPENER;
  if (raw === '!') f |= W.BANG;
  if (raw === '.') f |= W.DOT;
  if (f & W.LOW && raw === low) f |= W.LOW_SELF;
  if (f & W.CAP && raw.length >= 4 && countryOfAdjective(raw) !== undefined) f |= W.ADJ_COUNTRY;
  if (cueStartWord(raw)) f |= W.CUE_START;
  if (numberStartWord(raw)) f |= W.NUM_START;
  if (low === 'the') f |= W.THE;
  if (raw === ',') f |= W.COMMA;
  return f;
}

/** Per-token normalized words and their gazetteer bits, computed once per Doc. */
export interface DocWords {
  low: string[];
  bits: Int32Array;
  /** The tagger's cache entry of each token (taggerWord). */
  entries: WordEntry[];
  /** W bits of each token. */
  flags: Int32Array;
  /** Some token is "!" (W.BANG). */
  hasBang: boolean;
}

const wordsCache = new WeakMap<Doc, DocWords>();

let lastDoc: Doc | null = null;
let lastWords: DocWords | null = null;

export function docWords(doc: Doc): DocWords {
  // the rules call this per token: the document being analyzed is answered without the WeakMap
  if (doc === lastDoc) return lastWords!;
  let w = wordsCache.get(doc);
  if (!w) wordsCache.set(doc, (w = buildWords(doc)));
  lastDoc = doc;
  lastWords = w;
  return w;
}

/** DocWords of a Doc (the per-token loop in a function of its own, optimized apart from the cache lookups). */
function buildWords(doc: Doc): DocWords {
  resetWordCache(); // a full word cache is cleared between documents only (features.ts, resetIfFull)
  const toks = doc.tokens;
  const n = toks.length;
  const low: string[] = new Array<string>(n);
  const bits = new Int32Array(n);
  const entries: WordEntry[] = new Array<WordEntry>(n);
  const flags = new Int32Array(n);
  let any = 0;
  for (let i = 0; i < n; i++) {
    const raw = toks[i]!.text;
    const e = taggerWord(raw); // the tagger's per-word cache: normToken + gazBits
    entries[i] = e;
    low[i] = e.low;
    bits[i] = e.gbits;
    // a word entry belongs to one raw form, so its bits are that form's
    const r = e.ruleBits;
    any |= flags[i] = r >= 0 ? r : (e.ruleBits = wordBits(raw, e.low, e.gbits));
  }
  return { low, bits, entries, flags, hasBang: (any & W.BANG) !== 0 };
}
