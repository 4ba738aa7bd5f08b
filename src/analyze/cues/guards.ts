// src/analyze/cues/guards.ts — context checks that keep common words from becoming false cues.
// Each guard gets the tokens and the match [i, j) and says whether the cue stands.
import type { Token } from '../doc.js';

const low = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

/** "denied entry", "was denied bail", "denied him a visa": withholding, not a denial of a claim. */
const WITHHELD = new Set([
  'entry', 'access', 'bail', 'visa', 'visas', 'parole', 'permission', 'treatment', 'service', 'care', 'benefits',
  'funding', 'tenure', 'admission', 'asylum', 'citizenship', 'coverage', 'boarding', 'a', 'an', 'request', 'requests',
  'application', 'licence', 'license', 'passage', 'water', 'food', 'medical', 'justice', 'rights', 'vote', 'opportunity',
]);
const PASSIVE = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got', 'gets']);
const OBJ_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'it']);

function denyObject(toks: Token[], i: number, j: number): boolean {
  const prev = low(toks[i - 1]);
  if (PASSIVE.has(prev)) return false;
  const w = low(toks[i]);
  if (w === 'denial' || w === 'denials') {
    const before = low(toks[i - 1]);
    return !(before === 'in' || before === 'of' || before === 'service' || low(toks[j]) === 'of'); // "in denial", "denial of service"
  }
  let next = low(toks[j]);
  if (OBJ_PRONOUNS.has(next)) next = low(toks[j + 1]);
  return !WITHHELD.has(next);
}

/** "claims" as a noun of assertion: "claims from Washington", "false claims", not "jobless claims", "he claims". */
const CLAIM_BEFORE = new Set(['the', 'these', 'those', 'such', 'his', 'her', 'their', 'its', 'false', 'baseless', 'unfounded', 'unsubstantiated', 'unproven', 'dubious', 'similar', 'repeated', 'earlier', 'new', 'russian', 'any', 'of']);
const CLAIM_AFTER = new Set(['that', 'from', 'about', 'by', 'against', 'of']);
const CLAIM_NOT_AFTER = new Set(['adjuster', 'adjusters', 'process', 'court', 'office', 'department', 'form', 'forms', 'processing', 'filed', 'for', 'to', 'on', 'over', 'in']);
const CLAIM_NOT_BEFORE = new Set(['jobless', 'unemployment', 'insurance', 'benefit', 'benefits', 'territorial', 'maritime', 'land', 'compensation', 'damage', 'damages', 'tax', 'expense', 'expenses', 'legal', 'patent', 'he', 'she', 'it', 'who', 'which', 'that', 'also', 'now', 'still']);

function claimsNoun(toks: Token[], i: number, j: number): boolean {
  const prev = low(toks[i - 1]);
  const next = low(toks[j]);
  if (low(toks[i]) === 'claim' && prev !== 'the' && prev !== 'a' && prev !== 'this' && prev !== 'false') return false;
  if (CLAIM_NOT_BEFORE.has(prev) || CLAIM_NOT_AFTER.has(next)) return false;
  if (CLAIM_AFTER.has(next)) return true;
  return CLAIM_BEFORE.has(prev);
}

/** "may have been", "might have played": a hedge; "may have to" is obligation. */
function mayHave(toks: Token[], _i: number, j: number): boolean {
  const next = low(toks[j]);
  return next !== 'to' && next !== '' && /^[a-z]/.test(next);
}

export const GUARDS: Record<string, (toks: Token[], i: number, j: number) => boolean> = {
  denyObject,
  claimsNoun,
  mayHave,
};
