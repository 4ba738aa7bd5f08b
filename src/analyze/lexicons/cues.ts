// src/analyze/lexicons/cues.ts — hedge, attribution, allegation, denial and uncertainty cues.
// Hand-written from news style guides' lists of attribution and distancing words (AP Stylebook
// "said"/"claimed"/"alleged" entries, Reuters Handbook on sourcing); docs/cues.md says why each is here.
// Pattern language (matched on tokens, case-insensitive): words separated by spaces; "a|b" =
// alternatives; a trailing "?" makes an element optional; {NP} = a short noun phrase (source),
// {Outlet} = a news organisation, {Obj} = an object noun of a denial ("the allegations").
// `term` is the lexicon entry reported in Cue.term; `guard` names an extra check in cues/guards.ts.
import type { CueKind } from '../../types.js';

export interface CuePattern {
  kind: CueKind;
  term: string;
  pattern: string;
  guard?: 'denyObject' | 'claimsNoun' | 'mayHave' | 'quotedOnly' | 'notPassive';
}

const BE = 'is|are|was|were|been|be';
const NEG = "never|not|n't|doesn't|doesn’t|didn't|didn’t|don't|don’t|hasn't|hasn’t|haven't|haven’t|won't|won’t|wouldn't|wouldn’t";
const WRONGDOING = 'interfere|interfered|interferes|interfering|meddle|meddled|meddles|meddling|collude|colluded|hack|hacked|bribe|bribed|lie|lied';
const OBJECTS = 'claims|claim|allegations|allegation|accusations|accusation|reports|report|charges|charge|suggestions|suggestion|notion|idea|speculation|rumors|rumours|rumor|rumour|assertions|assertion|criticism|insinuations|theory';

export const CUE_PATTERNS: CuePattern[] = [
  // hedge: the outlet distances itself from a statement it still passes on.
  ...['reportedly', 'purportedly', 'apparently', 'supposedly', 'ostensibly', 'seemingly', 'possibly', 'presumably', 'probably', 'likely']
    .map((w): CuePattern => ({ kind: 'hedge', term: w, pattern: w })),
  { kind: 'hedge', term: 'may have', pattern: 'may|might have', guard: 'mayHave' },
  { kind: 'hedge', term: 'is believed to', pattern: `${BE} believed|thought|said|reported|rumored|rumoured|understood to` },
  { kind: 'hedge', term: 'it seems', pattern: 'it seems|seemed|appears|appeared' },
  { kind: 'hedge', term: 'appears to', pattern: 'appears|appeared|seems|seemed to' },
  // attribution: who the outlet says a statement comes from.
  { kind: 'attribution', term: 'according to', pattern: 'according to {NP}' },
  { kind: 'attribution', term: 'told Reuters', pattern: 'told|telling {Outlet}' },
  { kind: 'attribution', term: 'told reporters', pattern: 'told|telling reporters|journalists' },
  { kind: 'attribution', term: 'told the newspaper', pattern: 'told|telling the newspaper|paper|agency|network|broadcaster|magazine|outlet|station|website' },
  { kind: 'attribution', term: 'Reuters reported', pattern: '{Outlet} reported|reports' },
  { kind: 'attribution', term: 'sources said', pattern: 'sources|source said|say|says|told' },
  { kind: 'attribution', term: 'familiar with', pattern: 'sources|source|people|person|officials|official familiar with' },
  { kind: 'attribution', term: 'sources close to', pattern: 'sources|source close to' },
  { kind: 'attribution', term: 'citing', pattern: 'citing {NP}' },
  // allegation: an accusation is reported, not established.
  ...['allegation', 'allegations', 'alleged', 'allegedly', 'alleges', 'alleging', 'accusation', 'accusations', 'accused', 'accuses', 'accusing']
    .map((w): CuePattern => ({ kind: 'allegation', term: w, pattern: w })),
  { kind: 'allegation', term: 'claims', pattern: 'claims|claim', guard: 'claimsNoun' },
  // denial: someone rejects a claim about them.
  { kind: 'denial', term: 'denied', pattern: 'denied|denies|deny|denying|denial|denials', guard: 'denyObject' },
  { kind: 'denial', term: 'rejected the claims', pattern: `rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes|rebuffed|disputed|disputes the|these|those|such|any|all|his|her|their? ${OBJECTS}` },
  { kind: 'denial', term: 'never interfered', pattern: `has|have|had|did|does|do|will? ${NEG} ${WRONGDOING}`, guard: 'quotedOnly' },
  // uncertainty: the outlet says what it does not know.
  { kind: 'uncertainty', term: 'it is unclear', pattern: 'it is|was|remains|remained unclear' },
  { kind: 'uncertainty', term: 'it is not clear', pattern: 'it is|was not immediately? clear' },
  { kind: 'uncertainty', term: 'unclear', pattern: 'unclear' },
  { kind: 'uncertainty', term: 'remains unknown', pattern: 'remains|remain|remained|is|are|was|were unknown' },
  { kind: 'uncertainty', term: 'unconfirmed', pattern: 'unconfirmed|unverified' },
  { kind: 'uncertainty', term: 'could not be verified', pattern: 'could|can not be independently? verified|confirmed' },
  { kind: 'uncertainty', term: 'could not be verified', pattern: "cannot|can't|can’t|couldn't|couldn’t be independently? verified|confirmed" },
  { kind: 'uncertainty', term: 'have not been confirmed', pattern: 'has|have|had not been independently? verified|confirmed' },
];

/** News organisations for "told Reuters" / "Reuters reported" (token sequences). */
export const OUTLETS: string[] = [
  'Reuters', 'AP', 'AFP', 'TASS', 'RIA Novosti', 'RIA', 'Interfax', 'Xinhua', 'CNN', 'BBC', 'Bloomberg', 'NBC', 'ABC', 'CBS',
  'Fox News', 'NPR', 'Politico', 'Axios', 'Al Jazeera', 'Sky News', 'Le Monde', 'Der Spiegel', 'Kommersant', 'Izvestia',
  'the Associated Press', 'The Associated Press', 'Associated Press', 'The New York Times', 'the New York Times',
  'The Washington Post', 'the Washington Post', 'The Hill', 'The Guardian', 'the Guardian', 'the Financial Times',
  'The Wall Street Journal', 'the Wall Street Journal', 'the BBC', 'The Times', 'the Times', 'The Telegraph', 'the Telegraph',
  'Agence France-Presse', 'Yonhap', 'Kyodo', 'Anadolu', 'dpa', 'ANSA', 'EFE', 'CNBC', 'MSNBC', 'ITV', 'Euronews', 'Vedomosti',
];
