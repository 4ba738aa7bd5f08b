// src/analyze/entities/words.ts — small hand-written word lists for the entity rules.
// All lower-case. Kept general (news roles and institutions), never article-specific.

/** Role nouns that head a descriptor ("Kremlin spokesman", "the Russian leader"). */
export const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'president-elect', 'vice-president', 'leader',
  'minister', 'chancellor', 'premier', 'secretary', 'senator', 'governor', 'mayor', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'representative', 'ceo', 'chairman', 'chairwoman', 'chair',
  'director', 'head', 'chief', 'candidate', 'rival', 'challenger', 'opponent', 'ambassador', 'envoy',
  'diplomat', 'general', 'commander', 'king', 'queen', 'prince', 'princess', 'monarch', 'emperor', 'pope',
  'official', 'adviser', 'advisor', 'aide', 'commissioner', 'founder', 'co-founder', 'owner', 'executive',
  'analyst', 'lawyer', 'attorney', 'judge', 'prosecutor', 'investigator', 'researcher', 'expert',
  'economist', 'strategist', 'manager', 'coach', 'captain', 'striker', 'player', 'dictator', 'ruler',
  'prime-minister', 'deputy', 'counterpart', 'incumbent', 'nominee', 'frontrunner', 'front-runner',
  'politician', 'activist', 'journalist', 'correspondent', 'editor', 'reporter', 'businessman',
  'businesswoman', 'billionaire', 'tycoon', 'oligarch', 'sheriff', 'officer', 'detective', 'lieutenant',
  'sergeant', 'constable', 'inspector', 'superintendent', 'commissioner', 'trooper', 'consultancy', 'company', 'firm', 'agency',
  'group', 'organization', 'organisation', 'party', 'movement', 'newspaper', 'network', 'bank',
]);

/** Roles that name a head of state or government: "the Russian leader" = "Russian President". */
export const LEADER_NOUNS = new Set([
  'leader', 'president', 'president-elect', 'premier', 'chancellor', 'king', 'queen', 'monarch', 'emperor', 'ruler',
]);

/** Roles only for people (descriptor mentions of persons). */
export const ORG_NOUNS = new Set([
  'consultancy', 'company', 'firm', 'agency', 'group', 'organization', 'organisation', 'party', 'movement',
  'newspaper', 'network', 'bank',
]);

/** Modifiers allowed inside a pre-name title or a definite description. */
export const TITLE_MODIFIERS = new Set([
  'former', 'ex', 'deputy', 'vice', 'chief', 'senior', 'top', 'then', 'acting', 'interim', 'presidential',
  'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'justice', 'health',
  'education', 'press', 'campaign', 'opposition', 'far-right', 'far-left', 'centrist', 'conservative',
  'liberal', 'socialist', 'communist', 'nationalist', 'populist', 'state', 'federal', 'national', 'general',
  'executive', 'managing', 'special', 'main', 'longtime', 'veteran', 'outgoing', 'incoming', 'newly', 'elected',
  'new', 'current', 'future', 'late', 'embattled', 'powerful', 'political', 'military', 'security',
  'intelligence', 'trade', 'energy', 'white', 'house', 'first', 'lady', 'supreme', 'court', 'party',
  'republican', 'democratic', 'labour', 'majority', 'minority', 'house', 'senate', 'secretary', 'minister',
  'government', 'country', "country's", 'cyberintelligence', 'cybersecurity', 'security', 'based',
]);

/** Heads of lower-case institutional names: "the French interior ministry". */
export const INSTITUTION_HEADS = new Set([
  'ministry', 'department', 'embassy', 'parliament', 'senate', 'army', 'navy', 'foreign office',
  'central bank', 'intelligence service', 'security service', 'election commission', 'electoral commission',
  'supreme court', 'constitutional court', 'prosecutor’s office', 'defense ministry', 'foreign ministry',
]);

/** Domain words between a demonym and an institution head ("interior", "foreign"). */
export const INSTITUTION_DOMAINS = new Set([
  'interior', 'foreign', 'defense', 'defence', 'finance', 'economy', 'economic', 'justice', 'health',
  'education', 'energy', 'trade', 'agriculture', 'culture', 'transport', 'labour', 'labor', 'emergencies',
  'emergency', 'environment', 'industry', 'communications', 'digital', 'home', 'state', 'treasury', 'central',
  'intelligence', 'security', 'constitutional', 'supreme', 'election', 'electoral', 'armed',
]);

/** Capitalized forms that are never entities on their own (pronouns, function words, junk). */
export const NEVER_ENTITY = new Set([
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these',
  'those', 'the', 'a', 'an', 'and', 'but', 'or', 'so', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of',
  'for', 'to', 'by', 'with', 'from', 'after', 'before', 'more', 'read', 'also', 'related', 'advertisement',
  'photo', 'image', 'video', 'share', 'click', 'here', 'there', 'what', 'why', 'who', 'how', 'where', 'which',
  'all', 'some', 'many', 'most', 'no', 'not', 'yes', 'mr', 'mrs', 'ms', 'dr', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tomorrow', 'rival', 'allegations', 'sources', 'officials', 'according', 'meanwhile', 'however',
  'traditionally', 'moreover', 'party', 'movement', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'bst', 'cet', 'hkt',
  'lt', 'sgt', 'const', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'rev', 'cpl', 'pvt', 'det', 'insp', 'supt', 'sheriff', 'officer', 'judge', 'justice', 'still', 'now', 'then', 'later', 'earlier',
]);

/** Generic suffix words after a "!" name that belong to the description, not the name. */
export const BANG_SUFFIX = new Set(['party', 'movement']);

/** Names that, in news, mean an institution rather than the building or place. */
export const METONYM_ORGS = new Set(['kremlin', 'white house', 'pentagon', 'elysee', 'élysée', 'elysee palace',
  'élysée palace', 'downing street', 'quai d’orsay', 'vatican', 'bundestag', 'duma', 'state duma', 'knesset']);

/** Words that signal a clause (verb), ending an appositive candidate. */
export const CLAUSE_WORDS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'did', 'does', 'do', 'added', 'noted', 'stressed', 'wrote', 'announced',
  'reported', 'claimed', 'denied', 'won', 'lost', 'called', 'asked', 'believes', 'thinks', 'who', 'which',
  'that', 'when', 'where', 'while', 'because', 'but', 'and',
]);

/** Last words that make a name a place whatever the model said ("Bruce Township"). */
export const PLACE_SUFFIX = new Set(['township', 'county', 'province', 'street', 'avenue', 'boulevard', 'road',
  'river', 'island', 'islands', 'lake', 'mountain', 'mountains', 'valley', 'bay', 'beach', 'square', 'district',
  'peninsula', 'strait', 'sea', 'ocean', 'desert', 'canyon', 'village', 'heights']);

/** Last words that make a name an organization ("Beaumont Hospital", "Omni Hotel"). */
export const ORG_SUFFIX = new Set(['hotel', 'hospital', 'university', 'college', 'school', 'inc', 'corp',
  'corporation', 'company', 'bank', 'party', 'ministry', 'council', 'committee', 'agency', 'department',
  'association', 'foundation', 'institute', 'church', 'airlines', 'airways', 'group', 'police', 'army',
  'navy', 'commission', 'court', 'senate', 'parliament', 'union', 'league', 'club', 'fund', 'office']);
