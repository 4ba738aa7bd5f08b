// src/clean/lines.ts — whole-line boilerplate rules. A line is dropped only when all of it is
// boilerplate (precision first: a real sentence that mentions "Getty" or "share" stays).
// Each rule names the reason recorded in `removed`.

export interface LineRule {
  reason: string;
  test(line: string, words: number): boolean;
}

const re = (r: RegExp) => (line: string) => r.test(line);
const short = (n: number, r: RegExp) => (line: string, words: number) => words <= n && r.test(line);

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
  const words = line.toLowerCase().split(/[\s|›»>/•·]+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (/[.!?]$/.test(line)) return false;
  if (/\s[›»>|•·]\s/.test(line) && words.length <= 8 && !/[,;]/.test(line)) return true;
  return words.every((w) => NAV_WORDS.has(w.replace(/[^\p{L}&]/gu, '')));
}

export const LINE_RULES: LineRule[] = [
  { reason: 'photo-credit', test: short(14, /^(?:©|\(c\)\s|photo(?:graph)?s?\s*(?:credit)?\s*:|image\s+(?:copyright|credit)\b|image\s*:|picture\s*:|credit\s*:|illustration\s*:|file\s+photo\s*:)/i) },
  { reason: 'photo-credit', test: short(10, /^(?:\(?\s*(?:photo|image|picture)\s+(?:by|via|credit)\b.*\)?|[\p{L} .'’\-]+\/\s*(?:getty images|afp|reuters|ap|epa|shutterstock|sipa)(?:\s+via\s+getty\s+images)?\)?)$/iu) },
  { reason: 'photo-credit', test: short(8, /^(?:getty images|afp(?:\s*\/\s*getty images)?|ap photo(?:\/.*)?|reuters(?:\/.*)?|shutterstock|epa(?:-efe)?(?:\/.*)?)\s*$/i) },
  { reason: 'advert', test: short(6, /^(?:advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading (?:the main story|below)|ad)$/i) },
  { reason: 'share', test: short(12, /^(?:(?:share(?: this(?: article| story| on)?)?|tweet|email|e-mail|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|copy link|comments?|save)\s*[|•·,]?\s*)+$/i) },
  { reason: 'related-links', test: short(16, /^(?:related(?: articles| stories| coverage| content)?|read more|more on this(?: story)?|see also|recommended(?: for you)?|you may also like|most (?:read|popular)|more from [\p{L} ]+|also read|read also|further reading)\s*(?:[:\-–—|»›]\s*.*)?$/iu) },
  { reason: 'newsletter', test: short(25, /^(?:sign up|subscribe)\b.*\b(?:newsletter|email|inbox|updates|alerts)\b/i) },
  { reason: 'social', test: short(14, /^(?:follow (?:us|@\w+|\w+ on (?:twitter|facebook|instagram))|like us on facebook|join us on)\b/i) },
  { reason: 'cookie', test: short(60, /^(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing|using) (?:to use )?this (?:site|website))/i) },
  { reason: 'copyright', test: short(20, /^(?:copyright\b|©\s*\d{4}|\(c\)\s*\d{4}|all rights reserved)|all rights reserved\.?$/i) },
  { reason: 'byline', test: short(14, /^[Bb][Yy]\s+(?:\p{Lu}[\p{L}'’.\-]+\s*){1,4}(?:(?:,|and)\s+(?:\p{Lu}[\p{L}'’.\-]+\s*){1,4})*(?:\s*[,|]\s*(?:\p{Lu}[\p{L}.'’\-]*\s*){1,4})?$/u) },
  { reason: 'byline', test: short(30, /^\(?(?:reporting|additional reporting|writing|editing) by\b.*\)?$/i) },
  { reason: 'timestamp', test: short(12, /^(?:published|updated|posted|last updated)(?: on)?\s*:?\s*(?=[^\d]*\d)[\p{L}\d ,:.\-/]+$/iu) },
  { reason: 'tags', test: short(30, /^(?:tags|topics|filed under)\s*:/i) },
  { reason: 'media', test: re(/^(?:media playback is unsupported on your device|image caption|media caption|watch:?\s*$|click here to\b.*)$/i) },
];

/** The reason to drop a whole line, or null to keep it. */
export function junkReason(line: string): string | null {
  const words = line.split(/\s+/).filter(Boolean).length;
  for (const r of LINE_RULES) if (r.test(line, words)) return r.reason;
  return null;
}
