// src/analyze/entities/rules.ts — mention rules beyond the tagger: split a name at a role word,
// fix the type from the last word, cut "-based" affixes, names vouched for by an apposition, and
// nationality adjectives as mentions of their country. Each rule is general (word lists in words.ts).
import type { Doc } from '../doc.js';
import { countryOfAdjective, gazBit, gazBits } from '../ner/gazetteer.js';
import { docWords, isCap, lowAt, lowText, phraseBits, PLACE_BITS, W, type Mention } from './tokens.js';
import { NEVER_ENTITY, ORG_NOUNS, ORG_SUFFIX, PLACE_SUFFIX, ROLE_NOUNS } from './words.js';

const AFFIX = /-(based|born|led|backed|owned|run|made|registered|headquartered)$/;

/**
 * "Genesee County Sheriff Robert Pickell" tagged as one name: a role word inside a mention,
 * followed by capitalized words, splits it into the organization before and the person after.
 */
export function splitAtRoles(doc: Doc, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    let split = -1;
    for (let k = m.s; k < m.e - 1; k++) {
      const w = lowAt(doc, k);
      if (ROLE_NOUNS.has(w) && !ORG_NOUNS.has(w) && isCap(doc.tokens[k + 1]!.text)) split = k;
    }
    // the part after the role must look like a person's name ("General Assembly" is not split)
    const rest = split >= 0 ? m.e - split - 1 : 0;
    const nameLike = rest >= 2 || (rest === 1 && (docWords(doc).bits[m.e - 1]! & NAME_BITS) !== 0);
    if (split < 0 || !nameLike || (m.type === 'person' && split === m.s)) {
      out.push(m);
      continue;
    }
    if (split > m.s) out.push({ s: m.s, e: split, type: m.type === 'person' ? 'organization' : m.type });
    out.push({ s: split + 1, e: m.e, type: 'person' });
  }
  return out;
}

const NAME_BITS = gazBit('first') | gazBit('last');
const ORG_BITS = gazBit('company') | gazBit('org') | gazBit('outlet');

/** The last word decides the type for places and institutions ("Bruce Township", "Omni Hotel"). */
export function retypeBySuffix(doc: Doc, ms: Mention[]): void {
  for (const m of ms) {
    if (m.e - m.s < 2) continue;
    // "Wells Fargo" tagged as a person: a multi-word company, party or outlet name wins
    if (m.type === 'person' && phraseBits(doc, m.s, m.e) & ORG_BITS) m.type = 'organization';
    const last = lowAt(doc, m.e - 1);
    if (PLACE_SUFFIX.has(last) && m.type !== 'place') m.type = last === 'county' && m.type === 'organization' ? m.type : 'place';
    else if (ORG_SUFFIX.has(last)) m.type = 'organization';
  }
}

/** "New York-based" names the place "New York": cut the affix from the span. */
export function cutAffixes(doc: Doc, ms: Mention[]): void {
  for (const m of ms) {
    const last = doc.tokens[m.e - 1]!.text;
    const a = AFFIX.exec(last);
    if (!a) continue;
    m.endCut = a[0].length;
    const name = lowText(doc, m.s, m.e).slice(0, -a[0].length);
    if (gazBits(name) & PLACE_BITS) m.type = 'place';
    else if (m.type === 'other') m.type = 'place';
  }
}

/**
 * Names the model missed that an apposition vouches for: "Flashpoint, a New York-based
 * cyberintelligence consultancy," is an organization. Capitalized words at most 3, then ", a/an",
 * then within 8 tokens an organization noun before the next comma.
 */
export function appositionNames(doc: Doc, ms: Mention[], covered: Uint8Array): void {
  const toks = doc.tokens;
  const flags = docWords(doc).flags;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!(flags[i]! & W.COMMA) || !/^(a|an)$/.test(toks[i + 1]!.text)) continue; // W.COMMA: the token is ","
    let s = i;
    while (s > 0 && i - s < 3 && isCap(toks[s - 1]!.text) && !covered[s - 1] && toks[s - 1]!.sent === toks[i]!.sent) s--;
    if (s === i || (s > 0 && isCap(toks[s - 1]!.text) && toks[s - 1]!.sent === toks[i]!.sent)) continue;
    if (NEVER_ENTITY.has(lowAt(doc, s)) || phraseBits(doc, s, i) & PLACE_BITS) continue;
    let head = '';
    for (let j = i + 2; j < toks.length && j - i < 10 && toks[j]!.sent === toks[i]!.sent; j++) {
      const w = toks[j]!.text.toLowerCase();
      if (w === ',') {
        head = toks[j - 1]!.text.toLowerCase();
        break;
      }
    }
    if (!ORG_NOUNS.has(head) || !ROLE_NOUNS.has(head)) continue;
    ms.push({ s, e: i, type: 'organization' });
    for (let k = s; k < i; k++) covered[k] = 1;
  }
}

/** "Russian hackers": a nationality adjective outside any name is a mention of its country. */
export function adjectiveMentions(doc: Doc, ms: Mention[], covered: Uint8Array): void {
  const flags = docWords(doc).flags;
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    // W.ADJ_COUNTRY: capitalized, 4+ characters, and a known nationality adjective
    if (!(flags[i]! & W.ADJ_COUNTRY) || covered[i] || toks[i]!.sent < 0) continue;
    const country = countryOfAdjective(toks[i]!.text);
    if (country) ms.push({ s: i, e: i + 1, type: 'place', canon: country });
  }
}
