// src/analyze/lexicons/reporting-verbs.ts — verbs that introduce reported speech, by surface form.
// Hand-written (not derived from any data set). Lower-case surface forms; multi-word cues are
// listed as their first word with the continuation that must follow.

/** Reporting verbs that may frame a direct quote ("…,” Peskov stressed.) or an indirect one. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'stressed', 'stresses', 'added', 'adds',
  'noted', 'notes', 'trumpeted', 'reiterated', 'reiterates', 'emphasized', 'emphasised', 'emphasizes',
  'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed',
  'claims', 'asserted', 'asserts', 'declared', 'declares', 'announced', 'announces', 'wrote', 'writes',
  'tweeted', 'tweets', 'asked', 'asks', 'replied', 'replies', 'responded', 'responds', 'answered',
  'continued', 'continues', 'concluded', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'confirmed', 'confirms', 'denied', 'denies', 'suggested', 'suggests', 'observed', 'remarked',
  'commented', 'recalled', 'recalls', 'complained', 'complains', 'predicted', 'predicts', 'promised',
  'vowed', 'vows', 'pledged', 'urged', 'urges', 'stated', 'states', 'maintained', 'maintains',
  'contended', 'contends', 'countered', 'quipped', 'joked', 'shouted', 'yelled', 'boasted', 'conceded',
  'lamented', 'charged', 'alleged', 'alleges', 'posted', 'exclaimed', 'mused', 'cautioned', 'agreed',
  'disagreed', 'objected', 'protested', 'pointed', 'went', 'reported', 'reports', 'estimated',
  'believes', 'believed', 'thinks', 'thought', 'hinted', 'signaled', 'signalled', 'indicated',
  'predicted', 'assured', 'informed', 'revealed', 'disclosed', 'testified', 'wondered', 'demanded',
  'acknowledged', 'blasted', 'slammed', 'scoffed', 'snapped', 'retorted', 'whispered', 'recounted',
  // manner verbs that frame quotes in news copy ("…,” Toomey fumed. / Potts echoed: “…")
  'fumed', 'echoed', 'interjected', 'chided', 'scolded', 'bragged', 'griped', 'mocked', 'opined',
  'marveled', 'marvelled', 'cracked', 'explains', 'reasoned', 'chimed', 'shot', 'fired', 'pressed',
  'barked', 'thundered', 'sniped', 'gushed', 'raved', 'pleaded', 'implored', 'teased', 'vented',
  'reads', 'write', 'points', 'agrees', 'questioned', 'wonders', 'recalled', 'concedes', 'counters',
  'estimates', 'acknowledges', 'predicts', 'recounts', 'promises', 'vowing', 'read',
  // present-tense forms of the verbs above that are not also common plural nouns
  'concludes', 'observes', 'quips', 'boasts', 'laments', 'exclaims', 'muses', 'hints', 'assures',
  'reveals', 'testifies', 'scoffs', 'retorts', 'fumes', 'echoes', 'chides', 'scolds', 'brags', 'opines',
  'marvels', 'pleads', 'declares', 'emailed', 'texted',
  // manner verbs after a quote ("“…,” some protesters chanted", "“…,” I confessed")
  'confessed', 'chanted', 'screamed', 'muttered', 'murmured', 'sighed', 'laughed', 'hollered',
  'elaborated', 'ventured', 'concurred', 'interrupted', 'stammered', 'mumbled', 'grumbled', 'sneered',
]);

/** First words of a cue that need a particle: "pointed out", "went on". */
export const PARTICLE_CUES: ReadonlyMap<string, string> = new Map([
  ['pointed', 'out'],
  ['went', 'on'],
  ['chimed', 'in'],
  ['points', 'out'],
  ['shot', 'back'],
  ['fired', 'back'],
]);

/** Verbs that take a that-clause or bare clause as reported content (indirect speech). */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stressed', 'added', 'noted', 'trumpeted', 'reiterated',
  'emphasized', 'emphasised', 'explained', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues',
  'claimed', 'claims', 'asserted', 'declared', 'announced', 'wrote', 'writes', 'tweeted',
  'acknowledged', 'admitted', 'confirmed', 'denied', 'denies', 'suggested', 'suggests', 'observed',
  'recalled', 'complained', 'predicted', 'promised', 'vowed', 'pledged', 'stated', 'maintained',
  'contended', 'countered', 'conceded', 'charged', 'alleged', 'alleges', 'pointed', 'reported',
  'believes', 'believed', 'thinks', 'hinted', 'indicated', 'assured', 'revealed', 'testified',
  'estimated', 'emphasizes', 'stresses', 'notes', 'adds', 'explains', 'states', 'reports',
]);

/** Verbs that take an object before the clause ("told Reuters that …", "assured voters that …"). */
/**
 * Verbs that attribute a characterisation through "as": "Manafort dismissed the kerfuffle as
 * “absurd.”", "referring to Warren as “Pocahontas”", "portraying immigrants as “rapists”". They
 * frame a quoted fragment only when "as" sits right before its opening mark (quotes/direct.ts);
 * "known as", "billed as", "such as" and "the same thing as" are not here (on PolNeAR train they
 * are names and comparisons about as often as attributions).
 */
export const AS_VERBS: ReadonlySet<string> = new Set(['refer', 'refers', 'referred', 'referring', 'describe', 'describes', 'described', 'describing', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'hail', 'hails', 'hailed', 'hailing', 'identify', 'identifies', 'identified', 'identifying', 'portray', 'portrays', 'portrayed', 'portraying', 'characterize', 'characterizes', 'characterized', 'characterizing', 'characterise', 'characterised', 'depict', 'depicts', 'depicted', 'depicting', 'paint', 'paints', 'painted', 'painting', 'cast', 'casts', 'casting', 'denounce', 'denounces', 'denounced', 'denouncing', 'deride', 'derides', 'derided', 'deriding', 'decry', 'decries', 'decried', 'decrying', 'condemn', 'condemns', 'condemned', 'condemning', 'reject', 'rejects', 'rejected', 'rejecting', 'tout', 'touts', 'touted', 'touting', 'praise', 'praises', 'praised', 'praising', 'herald', 'heralds', 'heralded', 'heralding', 'label', 'labels', 'labeled', 'labelled', 'labeling', 'brand', 'brands', 'branded', 'branding', 'dub', 'dubs', 'dubbed', 'dubbing', 'declare', 'declares', 'declared', 'declaring', 'mock', 'mocks', 'mocked', 'mocking', 'ridicule', 'ridiculed', 'ridiculing', 'blast', 'blasts', 'blasted', 'blasting', 'slam', 'slams', 'slammed', 'slamming', 'criticize', 'criticized', 'criticizing', 'attack', 'attacks', 'attacked', 'attacking', 'address', 'addressed', 'addressing', 'summed', 'sums', 'pegged', 'framed', 'frames', 'framing', 'defend', 'defends', 'defended', 'defending', 'chastise', 'chastised', 'chastising', 'present', 'presents', 'presented', 'presenting']);

/**
 * Nouns of speech that frame a quoted fragment after a possessive owner: "his claim that
 * “profit-making” was …", "Trump’s controversial pledge to be “neutral”", "his call for “a
 * total and complete ban”". On PolNeAR train 14 of 15 such fragments are annotated quotes.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(['remark', 'remarks', 'comment', 'comments', 'statement', 'statements', 'claim', 'claims', 'warning', 'promise', 'pledge', 'description', 'call', 'vow', 'assertion', 'suggestion', 'insistence', 'charge', 'argument', 'accusation', 'declaration', 'prediction', 'boast', 'complaint', 'characterization', 'admission']);

export const OBJECT_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'tell', 'assured', 'informed', 'warned', 'reminded']);

/** Nouns of a written channel: "said in a statement", "wrote in a tweet". */
export const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'telegram', 'interview', 'tweet', 'tweets', 'post', 'letter', 'speech', 'email',
  'e-mail', 'release', 'message', 'address', 'op-ed', 'briefing', 'conference', 'call', 'video',
  'podcast', 'report', 'memo', 'filing', 'note', 'remarks', 'appearance', 'broadcast', 'column',
]);

/** Audience objects of "told" that are not an intermediary source ("told journalists"). */
export const AUDIENCE_WORDS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'the', 'a', 'an', 'supporters',
  'lawmakers', 'voters', 'people', 'students', 'crowd', 'audience', 'members', 'viewers', 'listeners',
  'senators', 'delegates', 'donors', 'colleagues', 'officials', 'attendees', 'press', 'correspondents',
]);

/**
 * Words that mark a named object of "told" as a news outlet or agency (an intermediary, `via`)
 * rather than the person addressed ("told Reuters" vs "told Macron"). Names in all capitals
 * (CNN, NPR, AFP) count too; entity types decide first when the entities analyzer knows them.
 */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'reuters', 'bloomberg', 'politico', 'axios', 'news', 'post', 'times', 'journal', 'press', 'agency',
  'tv', 'radio', 'channel', 'magazine', 'network', 'herald', 'tribune', 'guardian', 'telegraph',
  'daily', 'newspaper', 'television', 'broadcasting', 'interfax', 'tass', 'ria', 'xinhua', 'kyodo',
  'yonhap', 'fox', 'msnbc', 'cnbc', 'breitbart', 'buzzfeed', 'vox', 'slate', 'atlantic', 'newsweek',
  'economist', 'independent', 'mirror', 'sun', 'gazette', 'chronicle', 'observer', 'examiner', 'insider',
  'hill', 'intercept', 'globe', 'star', 'wire', 'today', 'izvestia', 'kommersant', 'vedomosti', 'monde',
  'figaro', 'spiegel', 'zeitung', 'nbc', 'abc', 'cbs', 'bbc', 'cnn', 'npr', 'pbs', 'afp', 'ap', 'dpa',
]);
