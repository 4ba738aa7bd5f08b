// src/analyze/numbers/words.ts — word tables for the number finder: number words, ordinals,
// months, weekdays, currencies and multipliers. Lower-case keys; plain data, no logic.

/** Cardinal number words. "one" is deliberately absent: "one of the", "no one" are rarely counts. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12],
]);

/** Vague plural quantities ("thousands of protesters"): value is the lower bound of the order. */
export const VAGUE: ReadonlyMap<string, number> = new Map([
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000], ['tens of thousands', 20000],
  ['hundreds of thousands', 200000], ['millions', 2e6], ['billions', 2e9],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['twentieth', 20],
  ['hundredth', 100],
]);

export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['m', 1e6], ['mn', 1e6], ['mln', 1e6],
  ['billion', 1e9], ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12],
]);

/** Currency symbols and words to ISO 4217 codes. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'],
  ['c$', 'CAD'], ['ca$', 'CAD'], ['a$', 'AUD'], ['au$', 'AUD'], ['hk$', 'HKD'], ['nz$', 'NZD'], ['s$', 'SGD'],
  ['₩', 'KRW'], ['₴', 'UAH'],
]);

export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'USD'], ['dollar', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'], ['pounds', 'GBP'],
  ['pounds sterling', 'GBP'], ['rubles', 'RUB'], ['roubles', 'RUB'], ['yen', 'JPY'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['rupees', 'INR'], ['francs', 'CHF'], ['hryvnias', 'UAH'], ['pesos', 'MXN'],
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['rub', 'RUB'], ['jpy', 'JPY'], ['cny', 'CNY'],
]);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** ISO weekday numbers: Monday = 1 ... Sunday = 7. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Capitalised words before a weekday that make it a name, not a date ("Black Friday"). */
export const WEEKDAY_NAME_PREFIX = new Set(['black', 'cyber', 'good', 'super', 'bloody', 'ash', 'palm', 'easter', 'holy', 'giving', 'small', 'blue']);

/** Days per unit for "two days before", "three weeks after". */
export const DAY_UNITS: ReadonlyMap<string, number> = new Map([
  ['day', 1], ['days', 1], ['week', 7], ['weeks', 7],
]);

/**
 * Words that are not the counted noun after a number: function words, verbs of saying,
 * and units handled elsewhere. A count needs a noun ("9 people"), never "9 of" or "9 and".
 */
export const NOT_A_NOUN = new Set([
  'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might',
  'that', 'which', 'who', 'this', 'these', 'those', 'than', 'but', 'if', 'so', 'per', 'percent', 'cent',
  'said', 'says', 'more', 'less', 'most', 'about', 'into', 'over', 'under', 'after', 'before', 'out', 'up',
  'down', 'off', 'also', 'not', 'no', 'all', 'each', 'every', 'other', 'others', 'it', 'its', 'they', 'their',
  'them', 'we', 'our', 'you', 'your', 'he', 'his', 'she', 'her', 'i', 'my', 'me', 'us', 'there', 'then',
  'when', 'where', 'while', 'what', 'how', 'why', 'again', 'ago', 'only', 'just', 'even', 'still', 'both',
  'either', 'neither', 'such', 'against', 'between', 'through', 'during', 'without', 'within', 'around',
  'among', 'across', 'behind', 'since', 'until', 'via', 'do', 'does', 'did', 'am', 'being', 'got', 'get',
  'times', 'o', 'p.m', 'a.m', 'pm', 'am', 'bst', 'gmt', 'et', 'est', 'edt', 'pst', 'utc', 'cet', 'msk',
]);
