// src/ingest/html-rules.ts — the tables that decide which pieces of an extracted HTML article are
// boilerplate rather than body. Two kinds of evidence: an element's class/id/role (what the site
// calls it) and a whole paragraph's wording (what it says). Each rule names the `removed` reason.
// Precision first: every paragraph rule is anchored and length-capped so that a body sentence that
// merely mentions a newsletter or a photo is kept.

/** Elements whose text is never body text (dropped without a record: they hold no prose). */
export const SILENT_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'LINK', 'META', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'SOURCE',
]);

/** Elements dropped with a record, by tag. */
export const TAG_REASONS: ReadonlyMap<string, string> = new Map([
  ['FIGCAPTION', 'caption'],
  ['BUTTON', 'ui'],
  ['NAV', 'navigation'],
  ['ASIDE', 'aside'],
  ['FORM', 'form'],
]);

/**
 * class / id / role / data-component words -> reason. Matched against the attribute value split into
 * words at non-letters, so `share-bar` and `social_share` match `share`, but `shareholder` does not.
 */
const CLASS_WORDS: [reason: string, words: string[]][] = [
  ['hover-card', ['rollover', 'hovercard', 'tooltip', 'popover']],
  ['share', ['share', 'sharing', 'sharebar', 'social', 'sociallinks', 'socialshare', 'sharetools', 'addthis']],
  ['related-links', ['related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'outbrain', 'taboola', 'readmore', 'morestories', 'trending', 'popular', 'mostpopular', 'mostread']],
  ['newsletter', ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'registration']],
  ['advert', ['ad', 'ads', 'advert', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'sponsored', 'promo', 'commercial']],
  ['byline', ['byline', 'bylines', 'author', 'authors', 'contributor', 'contributors']],
  ['photo-credit', ['credit', 'credits', 'caption', 'captions', 'photocredit', 'imagecredit', 'copyright']],
  ['comments', ['comments', 'comment', 'disqus']],
  ['tags', ['tags', 'tag', 'topics', 'keywords']],
  ['navigation', ['breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'nav', 'navbar', 'menu']],
  ['timestamp', ['timestamp', 'dateline-time', 'published', 'updated', 'pubdate']],
];

const WORD_REASON: ReadonlyMap<string, string> = new Map(CLASS_WORDS.flatMap(([r, ws]) => ws.map((w) => [w, r] as const)));
const SPLIT = /[^a-z]+/;

/** Reason for dropping an element by its class/id/role, or null to keep it. */
export function classReason(attrs: string): string | null {
  if (!attrs) return null;
  const lower = attrs.toLowerCase();
  // Compound words the site glued together ("sharebar", "relatedlinks") are caught via prefixes too.
  for (const w of lower.split(SPLIT)) {
    if (!w) continue;
    const r = WORD_REASON.get(w);
    if (r) return r;
  }
  return null;
}

/** Paragraph wording -> reason. Each row: reason, pattern, maximum paragraph length. */
const PARA_RULES: [reason: string, re: RegExp, maxLen: number][] = [
  ['advert', /^(advertisement|advertising|advert|sponsored( content)?|ad|story continues( below( the)? advertisement)?|continue reading( the main story)?( below)?|article continues (below|after( this)? advertisement))\W*$/i, 80],
  ['photo-credit', /^(photo|photograph|image|picture|illustration|video|graphic|credit|source image)s?( credit)?\s*(by\s|:|\||©)/i, 250],
  ['photo-credit', /(\(|\s|^)(AP Photo|Getty Images|AFP( via Getty Images)?\/|Reuters\/|EPA\/|EPA-EFE|Shutterstock|Photo:|Photo by|Image:|Credit:|©)[^.!?]{0,100}\)?\.?$/i, 300],
  ['share', /^((share|tweet|email|print|comment|pin|save|copy( link)?|reddit|facebook|twitter|linkedin|whatsapp|messenger|pinterest|flipboard)\s*(this( article| story| page)?)?\s*(on\s+\w+)?[\s|•·,:]*)+$/i, 200],
  ['share', /^(like|liked|enjoy|enjoyed|love|loved) this (story|article|post)\?[^.]{0,60}\b(share|friend|subscribe)\b[^.]{0,40}[.!]?$/i, 120],
  ['cookie-notice', /^(this (web)?site uses cookies|we use cookies|by (continuing|using) (to use )?(this|our) (web)?site,? you (agree|accept))/i, 400],
  ['ui', /^(this (slideshow|video|content|feature) requires javascript|please enable javascript|your browser does not support)[^.]{0,80}\.?$/i, 150],
  ['newsletter', /^(sign up|subscribe|get (the|our)|join (our|the)|receive|want (more|the latest)|don'?t miss|never miss)\b[^]*\b(newsletter|inbox|e-?mail|subscribe|updates|alerts?)\b/i, 250],
  ['newsletter', /^[^.!?]{0,60}\bnewsletter\b[^.!?]{0,80}$/i, 150],
  ['related-links', /^(read more|related( articles?| stories| coverage| content)?|see also|more( on this)?( story| stories| coverage)?|also read|read also|recommended( reading)?|watch|listen|you (may|might) also like|more from [^:]+|most (popular|read)|trending|further reading|click here|editor'?s picks?|also on [\w.-]+\.[a-z]{2,})\s*[:\-–—|>»]/i, 250],
  ['related-links', /^(read more|related articles|related stories|see also|also read|you may also like|more stories|recommended for you|most popular|most read|trending now)\W*$/i, 60],
  ['byline', /^([Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}?[\p{L}.'’-]+){0,3}(\s*(,|and|&)\s*\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}?[\p{L}.'’-]+){0,3})*(\s*[,|–—-]\s*[\p{L} ]{0,40})?$/u, 120],
  ['timestamp', /^(published|updated|posted|last (updated|modified)|first published)\b\s*(on|at|:)?\s*[^.!?]{0,60}\d[^.!?]{0,60}$/i, 120],
];

/** Reason for dropping a whole paragraph by its wording, or null to keep it. */
export function paragraphReason(text: string): string | null {
  for (const [reason, re, max] of PARA_RULES) if (text.length <= max && re.test(text)) return reason;
  return null;
}
