// src/analyze/lexicons/titles.ts — lower-case words of a title written before a person's name
// ("Russian President Vladimir Putin", "former Sen. Evan Bayh"), without a final period. Hand-made.
// Used to strip titles off speaker names (quotes/speaker.ts) and to find the first name behind
// them (quotes/gender.ts).
export const TITLES: ReadonlySet<string> = new Set([
  'president', 'president-elect', 'prime', 'minister', 'secretary', 'sen', 'senator', 'gov', 'governor',
  'rep', 'representative', 'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'chancellor', 'king', 'queen',
  'pope', 'judge', 'justice', 'mayor', 'chairman', 'chairwoman', 'director', 'ceo', 'leader', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'commissioner', 'attorney', 'deputy', 'vice', 'chief',
  'former', 'candidate', 'nominee', 'speaker', 'leader', 'sheriff', 'officer', 'prof', 'professor',
  'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'hon', 'pres', 'congressman', 'congresswoman', 'premier',
  // party and style words written before a name ("Republican Mitt Romney", "First Lady Michelle Obama")
  'democrat', 'republican', 'first', 'lady',
]);
