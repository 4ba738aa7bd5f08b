// src/compare/lexicon.ts — the small word tables the comparison relies on. Documented in
// docs/compare.md. Keys are lower-case surface words; stems are matched after stem() (terms.ts).
// Keep every table general: nothing here may name a person, outlet or event of the seed articles.

/**
 * Predicate families: words that report the same kind of act. Two statements that share a family
 * (and an entity) may align even with few words in common ("shows favoritism" / "voiced support").
 * `anti` lists antonyms: a statement using one reports the family with the opposite polarity.
 * `topic: true` families describe a setting (elections), not an act, and weigh less.
 */
export interface Family {
  name: string;
  words: string[];
  anti?: string[];
  topic?: boolean;
}

export const FAMILIES: Family[] = [
  { name: 'support', words: ['support', 'supports', 'supported', 'supporting', 'supporter', 'supporters', 'favor', 'favour', 'favors', 'favours', 'favored', 'favoured', 'favoritism', 'favouritism', 'endorse', 'endorsed', 'endorses', 'endorsement', 'backed', 'backing', 'prefer', 'preferred', 'preference', 'sympathy', 'sympathetic'], anti: ['oppose', 'opposed', 'opposes', 'opposition', 'aversion', 'hostile', 'hostility'] },
  { name: 'interfere', words: ['interfere', 'interfered', 'interferes', 'interfering', 'interference', 'meddle', 'meddled', 'meddles', 'meddling', 'intervene', 'intervened', 'intervention'] },
  { name: 'hack', words: ['hack', 'hacked', 'hacks', 'hacking', 'hacker', 'hackers', "hackers'", 'cyberattack', 'cyberattacks', 'cyber-attack', 'cyber-attacks', 'breach', 'breached', 'leak', 'leaked', 'leaks', 'phishing'] },
  { name: 'win', words: ['win', 'wins', 'won', 'winning', 'winner', 'victory', 'victorious', 'triumph', 'elected', 'beat', 'defeated'], anti: ['lose', 'lost', 'loses', 'losing', 'loser', 'defeat', 'conceded', 'concede', 'concedes'] },
  { name: 'accuse', words: ['accuse', 'accused', 'accuses', 'accusation', 'accusations', 'allege', 'alleged', 'allegation', 'allegations', 'blame', 'blamed', 'blames', 'charged'] },
  { name: 'congratulate', words: ['congratulate', 'congratulated', 'congratulates', 'congratulations', 'congratulatory'] },
  { name: 'kill', words: ['kill', 'killed', 'kills', 'killing', 'dead', 'death', 'deaths', 'died', 'dies', 'fatal', 'fatalities'] },
  { name: 'injure', words: ['injure', 'injured', 'injuries', 'injury', 'wounded', 'hurt'] },
  { name: 'arrest', words: ['arrest', 'arrested', 'arrests', 'detain', 'detained', 'detention', 'custody'] },
  { name: 'resign', words: ['resign', 'resigned', 'resigns', 'resignation', 'quit', 'quits'] },
  { name: 'rise', words: ['rise', 'rose', 'risen', 'rises', 'increase', 'increased', 'increases', 'grew', 'grow', 'growth', 'climb', 'climbed', 'jump', 'jumped', 'surge', 'surged'], anti: ['fall', 'fell', 'fallen', 'falls', 'decline', 'declined', 'drop', 'dropped', 'decrease', 'decreased', 'shrank', 'plunge', 'plunged'] },
  { name: 'meet', words: ['meet', 'met', 'meeting', 'meets', 'summit', 'talks'] },
  { name: 'sanction', words: ['sanction', 'sanctions', 'sanctioned', 'embargo'] },
  { name: 'investigate', words: ['investigate', 'investigated', 'investigating', 'investigation', 'investigations', 'probe', 'probing', 'inquiry'] },
  { name: 'sue', words: ['sue', 'sued', 'sues', 'lawsuit', 'lawsuits'] },
  { name: 'trust', words: ['trust', 'trusted', 'confidence'], anti: ['mistrust', 'distrust', 'distrusted', 'suspicion'] },
  { name: 'apologize', words: ['apologize', 'apologized', 'apologizes', 'apologise', 'apologised', 'apology', 'sorry', 'regret', 'regrets', 'regretted'] },
  { name: 'sign', words: ['signed', 'signing'], anti: ['vetoed'] },
  { name: 'election', topic: true, words: ['election', 'elections', 'electoral', 'vote', 'votes', 'voting', 'voted', 'ballot', 'ballots', 'poll', 'polls', 'runoff', 'run-off', 'candidate', 'candidates', 'campaign'] },
];

/** Word -> [family, +1 | -1]. */
export const FAMILY_OF: Map<string, [string, 1 | -1]> = new Map();
for (const f of FAMILIES) {
  for (const w of f.words) FAMILY_OF.set(w, [f.name, 1]);
  for (const w of f.anti ?? []) FAMILY_OF.set(w, [f.name, -1]);
}
export const TOPIC_FAMILIES = new Set(FAMILIES.filter((f) => f.topic).map((f) => f.name));

/**
 * Metonyms and demonyms -> the country they stand for in news prose ("the Kremlin said",
 * "Russian hackers"). Matched on single lower-cased tokens or two-word names.
 */
export const PLACE_ALIASES: Map<string, string> = new Map(Object.entries({
  kremlin: 'Russia', moscow: 'Russia', russian: 'Russia', russians: 'Russia', russia: 'Russia',
  washington: 'United States', 'white house': 'United States', american: 'United States', americans: 'United States',
  'u.s.': 'United States', us: 'United States', usa: 'United States', america: 'United States', 'united states': 'United States',
  beijing: 'China', chinese: 'China', china: 'China',
  french: 'France', france: 'France', elysee: 'France', 'élysée': 'France',
  british: 'United Kingdom', britain: 'United Kingdom', 'u.k.': 'United Kingdom', uk: 'United Kingdom', 'downing street': 'United Kingdom',
  german: 'Germany', germany: 'Germany', berlin: 'Germany',
  ukrainian: 'Ukraine', ukraine: 'Ukraine', kyiv: 'Ukraine', kiev: 'Ukraine',
  iranian: 'Iran', iran: 'Iran', tehran: 'Iran',
  israeli: 'Israel', israel: 'Israel',
  'north korean': 'North Korea', pyongyang: 'North Korea',
  syrian: 'Syria', damascus: 'Syria', turkish: 'Turkey', ankara: 'Turkey',
  european: 'European Union', eu: 'European Union', brussels: 'European Union',
}));

/** Demonyms among PLACE_ALIASES: "Russian President" -> affiliation "Russia". */
export const DEMONYMS = new Set(['russian', 'american', 'chinese', 'french', 'british', 'german', 'ukrainian', 'iranian', 'israeli', 'north korean', 'syrian', 'turkish', 'european']);

/** Capitalised words that are not names: titles, days, months, generic nouns. */
export const NOT_NAMES = new Set([
  'president', 'president-elect', 'prime', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary',
  'senator', 'sen', 'rep', 'gov', 'governor', 'mr', 'mrs', 'ms', 'dr', 'chief', 'leader', 'party', 'movement',
  // Role titles capitalised before a name ("Special Counsel Robert Mueller", "Attorney General Barr").
  'special', 'counsel', 'attorney', 'general', 'judge', 'justice', 'congressman', 'congresswoman', 'representative', 'chairman',
  'chairwoman', 'director', 'commissioner', 'ambassador', 'mayor', 'officer', 'agent', 'deputy', 'vice', 'former', 'acting', 'speaker',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'i', 'we', 'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'the', 'a', 'an',
]);

/** Function words and reporting verbs: never content features. */
export const STOPWORDS = new Set((
  'a an the and or but if then than that this these those there here of in on at to for from by with without about into onto over under ' +
  'after before during since until while as so such not no nor never only also too very just more most less least much many some any all each ' +
  'every both either neither other another same own is am are was were be been being has have had having do does did doing will would shall ' +
  'should can could may might must it its it\'s they them their theirs he him his she her hers we us our you your i me my who whom whose which ' +
  'what when where why how one two three first second up down out off again further once ' +
  'said says say saying told tells tell added adds add stressed noted notes emphasized pointed stated states asked ' +
  'according mr mrs ms monday tuesday wednesday thursday friday saturday sunday ' +
  'year years week weeks day days time times percent per cent people new just like well even still'
).split(/\s+/));

/** Phrases that deny what follows: "X denied", "it is wrong to say that X". */
export const DENIAL_RE = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?|(?:is|was) (?:wrong|false|untrue|incorrect) to (?:say|claim|suggest)|(?:is|are|was|were) (?:not true|false|untrue|wrong)|nothing to do with)\b/gi;
/** Negations: deny the predicate within a few tokens after them. */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nobody', 'nothing', "doesn't", "don't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "hasn't", "haven't", "hadn't", 'cannot', "can't", "doesn’t", "don’t", "didn’t", "isn’t", "wasn’t", "won’t", "hasn’t", "haven’t"]);
/** Words after a negation that do not make it a denial ("not only", "no longer than"). */
export const NEG_EXCEPTIONS = new Set(['only', 'just', 'least', 'merely', 'until', 'longer', 'doubt']);
/** Whole-statement disputes: the statement calls a claim unproven. */
export const DISPUTE_RE = /\b(?:unconfirmed|unproven|unsubstantiated|unfounded|baseless|groundless|(?:has|have|had) not been (?:confirmed|proven|proved|verified|substantiated)|not (?:been )?(?:confirmed|verified)|no evidence|without evidence|(?:erroneous|false) (?:allegations|claims|accusations)|claims from|fake news)\b/gi;
/** Hedges and uncertainty: the outlet does not vouch for the statement. */
export const HEDGE_RE = /\b(?:reportedly|allegedly|purportedly|apparently|possibly|probably|perhaps|likely|unlikely|unclear|uncertain|may have|might have|could have|appears? to|seems? to|is believed to|are believed to|suspected|rumou?red|it is not clear|signs? (?:that|of)|presumably|supposedly)\b/gi;
/** Attribution: the statement reports someone else's words. */
export const ATTRIBUTION_RE = /\b(?:said|says|say|told|tells|added|stressed|noted|emphasi[sz]ed|stated|claimed|claims|argued|insisted|explained|announced|according to|in a statement|pointed out|reiterated|trumpeted|warned|wrote|tweeted|confirmed|acknowledged|admitted|suggested|believes|believed|thinks)\b/gi;

/** Reporting verbs that carry a judgement (framing). Neutral ones ("said", "told") are not here. */
export const LOADED_REPORTING = new Set(['trumpeted', 'boasted', 'bragged', 'claimed', 'insisted', 'admitted', 'slammed', 'blasted', 'lashed', 'ranted', 'railed', 'scoffed', 'sneered', 'whined', 'complained', 'touted', 'crowed', 'fumed', 'snapped', 'raged', 'spun', 'parroted', 'pontificated', 'gushed', 'proclaimed', 'lectured']);

/** Allegation words (framing): the outlet reports an accusation. */
export const ALLEGATION_RE = /\b(?:allegations?|alleged(?:ly)?|alleges?|accus(?:e|ed|es|ing|ations?)|purported(?:ly)?|suspected)\b/gi;

/** Responsibility phrasing: who is said to be behind something. */
export const RESPONSIBLE_RE = /\b(?:(?:was|were|is|are|be) behind|responsible for|orchestrated|carried out by|perpetrated by|(?:with|has|have) (?:[a-z]+ ){0,2}ties to|(?:[a-z]+ ){0,2}ties|linked to|traced (?:back )?to|attributed to|blamed (?:on|for))\b/gi;

/** Boilerplate statements: never claims. */
export const BOILERPLATE_RE = /^(?:read more|click here|sign up|subscribe|follow us|share this|advertisement|related:|watch:|photo:|image:|copyright|all rights reserved|©)|(?:all rights reserved|newsletter|cookie policy|terms of service)/i;
