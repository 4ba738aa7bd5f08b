// src/clean/lines.ts — whole-line boilerplate rules. A line is dropped only when all of it is
// boilerplate (precision first: a real sentence that mentions "Getty" or "share" stays).
// Each rule names the reason recorded in `removed`.

/** A line is junk for `reason` when it has at most `maxWords` words and matches `re`. */
export interface LineRule {
  reason: string;
  maxWords: number;
  re: RegExp;
  /**
   * For a pattern that may run along (or backtrack over) the whole line before failing: a cheap
   * test every match passes. The pattern runs only when it and the word limit pass.
   */
  scans?: (line: string) => boolean;
}

// Most patterns are anchored at ^ and fail within a few characters on prose, so junkReason tests them
// before counting words (the two tests are independent, so their order does not change the answer).
const re = (r: RegExp): Pick<LineRule, 'maxWords' | 're'> => ({ maxWords: Infinity, re: r });
const short = (n: number, r: RegExp, scans?: (line: string) => boolean): Pick<LineRule, 'maxWords' | 're' | 'scans'> =>
  scans ? { maxWords: n, re: r, scans } : { maxWords: n, re: r };

/** Words that make up site navigation ("All news", "Home › World › Europe"). */
const NAV_WORDS = new Set([
  'all', 'news', 'home', 'menu', 'search', 'sections', 'section', 'world', 'politics', 'business', 'sport', 'sports',
  'latest', 'top', 'stories', 'story', 'more', 'video', 'videos', 'photos', 'opinion', 'opinions', 'live', 'tv', 'radio',
  'login', 'log', 'in', 'sign', 'up', 'subscribe', 'skip', 'to', 'content', 'main', 'navigation', 'back', 'next',
  'previous', 'breaking', 'economy', 'tech', 'technology', 'science', 'health', 'culture', 'entertainment', 'lifestyle',
  'us', 'uk', 'europe', 'asia', 'africa', 'americas', 'middle', 'east', 'russia', 'international', 'national', 'local',
  'society', 'military', 'defense', 'markets', 'media', 'press', 'releases', 'release', 'feed', 'rss', 'newsletters',
  'today', 'features', 'analysis', 'the', 'and', '&', 'en', 'español', 'english', 'français', 'deutsch', 'edition',
]);

/** True when every word of a short line is a navigation word, or the line is a breadcrumb trail. */
export function isNavigation(line: string): boolean {
  // The words below are the runs between separators; lower-casing neither makes nor removes a
  // separator, so counting them on the line itself first spares a paragraph of prose the split.
  if (navWordsOver8(line)) return false;
  const words = line.toLowerCase().split(/[\s|›»>/•·]+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?]$/.test(line)) return false;
  if (/\s[›»>|•·]\s/.test(line) && words.length <= 8 && !/[,;]/.test(line)) return true;
  return words.every((w) => NAV_WORDS.has(w.replace(/[^\p{L}&]/gu, '')));
}

/** Whether `line` has more than 8 runs of characters other than [\s|›»>/•·] (isNavigation's words). */
function navWordsOver8(line: string): boolean {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const sep = isSpace(c) || c === 124 || c === 62 || c === 47 || c === 0x203a || c === 0xbb || c === 0x2022 || c === 0xb7;
    if (!sep && !inWord && ++n > 8) return true;
    inWord = !sep;
  }
  return false;
}

// Cheap necessary conditions of the `scans` patterns below.
const PHOTO_FIRST = /^\(?\s*(?:photo|image|picture)/iu;
const RIGHTS_END = /all rights reserved\.?$/i;
const BY_FIRST = /^[Bb][Yy]\s/;

export const LINE_RULES: LineRule[] = [
  { reason: 'photo-credit', ...short(14, /^(?:©|\(c\)\s|photo(?:graph)?s?\s*(?:credit)?\s*:|image\s+(?:copyright|credit)\b|image\s*:|picture\s*:|credit\s*:|illustration\s*:|file\s+photo\s*:)/i) },
  { reason: 'photo-credit', ...short(10, /^(?:\(?\s*(?:photo|image|picture)\s+(?:by|via|credit)\b.*\)?|[\p{L} .'’\-]+\/\s*(?:getty images|afp|reuters|ap|epa|shutterstock|sipa)(?:\s+via\s+getty\s+images)?\)?)$/iu,
    // Either alternative: "photo/image/picture" first, or a "/" before the agency.
    (l) => l.includes('/') || PHOTO_FIRST.test(l)) },
  { reason: 'photo-credit', ...short(8, /^(?:getty images|afp(?:\s*\/\s*getty images)?|ap photo(?:\/.*)?|reuters(?:\/.*)?|shutterstock|epa(?:-efe)?(?:\/.*)?)\s*$/i) },
  { reason: 'advert', ...short(6, /^(?:advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading (?:the main story|below)|ad)$/i) },
  { reason: 'share', ...short(12, /^(?:(?:share(?: this(?: article| story| on)?)?|tweet|email|e-mail|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|copy link|comments?|save)\s*[|•·,]?\s*)+$/i) },
  { reason: 'related-links', ...short(16, /^(?:related(?: articles| stories| coverage| content)?|read more|more on this(?: story)?|see also|recommended(?: for you)?|you may also like|most (?:read|popular)|more from [\p{L} ]+|also read|read also|further reading)\s*(?:[:\-–—|»›]\s*.*)?$/iu) },
  { reason: 'newsletter', ...short(25, /^(?:sign up|subscribe)\b.*\b(?:newsletter|email|inbox|updates|alerts)\b/i) },
  { reason: 'social', ...short(14, /^(?:follow (?:us|@\w+|\w+ on (?:twitter|facebook|instagram))|like us on facebook|join us on)\b/i) },
  { reason: 'cookie', ...short(60, /^(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing|using) (?:to use )?this (?:site|website))/i) },
  // One rule in two: the anchored start, and the line end, tested on the last 20 characters only
  // (a match of `all rights reserved\.?$` is at most 20 characters long).
  { reason: 'copyright', ...short(20, /^(?:copyright\b|©\s*\d{4}|\(c\)\s*\d{4}|all rights reserved)/i) },
  { reason: 'copyright', ...short(20, /all rights reserved\.?$/i, (l) => RIGHTS_END.test(l.slice(-20))) },
  { reason: 'byline', ...short(14, /^[Bb][Yy]\s+(?:\p{Lu}[\p{L}'’.\-]+\s*){1,4}(?:(?:,|and)\s+(?:\p{Lu}[\p{L}'’.\-]+\s*){1,4})*(?:\s*[,|]\s*(?:\p{Lu}[\p{L}.'’\-]*\s*){1,4})?$/u,
    (l) => BY_FIRST.test(l)) },
  { reason: 'byline', ...short(30, /^\(?(?:reporting|additional reporting|writing|editing) by\b.*\)?$/i) },
  { reason: 'timestamp', ...short(12, /^(?:published|updated|posted|last updated)(?: on)?\s*:?\s*(?=[^\d]*\d)[\p{L}\d ,:.\-/]+$/iu) },
  { reason: 'tags', ...short(30, /^(?:tags|topics|filed under)\s*:/i) },
  { reason: 'media', ...re(/^(?:media playback is unsupported on your device|image caption|media caption|watch:?\s*$|click here to\b.*)$/i) },
];

/** The longest line (in words) any rule but the unlimited `media` one looks at. */
const MAX_RULE_WORDS = 60;

/** JS regex \s, by code unit. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `line.split(/\s+/).filter(Boolean).length`, counting at most `cap` (a paragraph of prose is far
 * longer than any rule's limit, so counting stops early and no word array is built).
 */
export function countWords(line: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord && ++n >= cap) return n;
    inWord = !space;
  }
  return n;
}

/**
 * One test that fails when no rule without `scans` can match: their patterns (each anchored at ^),
 * joined. Under the `iu` flags every pattern matches a superset of what it matches under its own
 * flags (all of them have `i`; `u` only adds case pairs such as ſ/s), so a line it rejects needs
 * only the `scans` rules, which a word count rejects cheaply. Prose lines almost always fail here.
 */
const ANY_ANCHORED = new RegExp(LINE_RULES.filter((r) => !r.scans).map((r) => {
  if (!r.re.flags.includes('i') || !r.re.source.startsWith('^')) throw new Error(`line rule ${r.re} needs a \`scans\` test`);
  return `(?:${r.re.source})`;
}).join('|'), 'iu');

/** The rules with a `scans` test, in LINE_RULES order. */
const SCAN_RULES = LINE_RULES.filter((r) => r.scans);

/** The reason to drop a whole line, or null to keep it. */
export function junkReason(line: string): string | null {
  const anchored = ANY_ANCHORED.test(line);
  // Words are counted lazily and only up to the limit a rule asks about: countWords(line, cap) is
  // exact below `cap`, and a count that reached `cap` proves "more than cap - 1 words".
  let words = -1;
  let cap = 0;
  // Without an anchored match only the `scans` rules can match (same order, so the same first match).
  for (const r of anchored ? LINE_RULES : SCAN_RULES) {
    if (r.scans ? !r.scans(line) : !(anchored && r.re.test(line))) continue;
    if (r.maxWords !== Infinity && (words < 0 || (words >= cap && cap <= r.maxWords))) {
      cap = Math.min(r.maxWords, MAX_RULE_WORDS) + 1;
      words = countWords(line, cap);
    }
    if (r.maxWords !== Infinity && words > r.maxWords) continue;
    if (r.scans && !r.re.test(line)) continue;
    return r.reason;
  }
  return null;
}
