// The hand-written tokenizer (src/analyze/doc.ts) must give exactly TOKEN_RE's matches.
import { describe, expect, it } from 'vitest';
import { randomTexts } from './helpers/random.js';
import { BANG_RE, EXCLAMATION_NAMES, learnedExclamations, tokenize, TOKEN_RE } from '../src/analyze/doc.js';

function byRegex(text: string, from = 0, to = text.length): [string, number, number][] {
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  re.lastIndex = from;
  const out: [string, number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) out.push([m[0], m.index, m.index + m[0].length]);
  return out;
}
const byScanner = (text: string, from?: number, to?: number): [string, number, number][] =>
  tokenize(text, from, to).map((t) => [t.text, t.start, t.end]);

describe('tokenize = TOKEN_RE', () => {
  it.each([
    ['U.S. officials said on Monday.'],
    ['Peskov’s remarks, Macy\'s and it\'s; O\'Sullivan and rock’n’roll'],
    ['the 1990s, 23.75%, 1,000,000 and 3:30, the 21st and 2nd, 4th-quarter'],
    ['a.m. p.m. e.g. i.e. U.S.A. A.B'],
    ['COVID-19 well-known - -x x- ’s ’S \'s_ x\'s_ s\'sx'],
    ['Émile Zoë naïve Łódź Дмитрий Песков 北京 ١٢٣ x²'],
    ['emoji 👍🏽 and 𝐀𝐁𝐂 math, lone \ud800 and \udc00 surrogates'],
    ['tabs\tand\u00a0nbsp\u2009thin\u3000ideo\ufeffbom\u2028ls'],
    ['"Quoted," he said — (really?) [yes] {no} «oui» „ja“ …'],
    [''],
    ['   '],
  ])('%j', (text) => expect(byScanner(text)).toEqual(byRegex(text)));

  it('respects from/to', () => {
    const t = 'One two. Three four-five.';
    expect(byScanner(t, 4, 12)).toEqual(byRegex(t, 4, 12));
  });

  it('matches on random strings of tricky characters', () => {
    const alphabet = ['a', 'Z', 's', 'S', '1', '9', '.', ',', ':', '-', "'", '’', ' ', '\n', '_', 'é', '́', '²', '👍', 'Д', '"', 'st', 'th', 'U.S.'];
    for (const t of randomTexts(alphabet, 2000, 20, 12345, 1)) expect(byScanner(t)).toEqual(byRegex(t));
  });
});

// `lower` is decided during the scan (doc-tokens.ts mayHaveUpper), not by a second pass: it must
// still equal toLowerCase for capitals anywhere in a token (after a hyphen or apostrophe, in
// abbreviations, possessives, non-ASCII letters).
describe('tokenize: lower', () => {
  it.each([
    ['U.S. officials said on Monday; a.m. and U.s.'],
    ['well-Known o\'Neill O’NEILL rock’N’roll x-Y McDonald ’S \'S'],
    ['Émile ÉMILE naÏve ŁÓDŹ Дмитрий ПЕСКОВ İstanbul ẞ 𝐀𝐁𝐂 ＡＢＣ'],
    ['4th-Quarter 1,000 3:30 21st COVID-19 X²'],
  ])('%j', (text) => {
    for (const t of tokenize(text)) expect(t.lower).toBe(t.text.toLowerCase());
  });

  it('on random strings of tricky characters', () => {
    const alphabet = ['a', 'Z', 's', 'S', '1', '.', '-', "'", '’', ' ', 'É', 'é', 'Д', 'İ', 'U.S.', 'Mc'];
    for (const t of randomTexts(alphabet, 2000, 16, 777, 1)) for (const tok of tokenize(t)) expect(tok.lower).toBe(tok.text.toLowerCase());
  });
});

describe('tokenize: the cache of lower-cased capitalised tokens', () => {
  it('gives each token its own text and lower-case form, across documents and slot collisions', () => {
    // Many distinct capitalised tokens (more than the cache has slots), each seen twice.
    const words = Array.from({ length: 6000 }, (_, i) => `W${i.toString(36)}x${'ABCDEFGHIJ'[i % 10]!}`);
    for (let pass = 0; pass < 2; pass++) {
      const text = words.join(' ');
      const toks = tokenize(text);
      expect(toks.length).toBe(words.length);
      toks.forEach((t, i) => {
        expect(t.text).toBe(words[i]);
        expect(t.lower).toBe(words[i]!.toLowerCase());
      });
    }
  });
  it('does not keep a long token (it could be a view of the whole text)', () => {
    const t = tokenize('Internationalisation INTERNATIONALISATION')[1]!;
    expect(t.lower).toBe('internationalisation');
  });
});

/** learnedExclamations' specification: every match of BANG_RE, then the names the text contains. */
function bangSpec(text: string): string[] {
  const found = new Set<string>();
  if (!text.includes('!')) return [];
  const re = new RegExp(BANG_RE.source, BANG_RE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) found.add(m[1]!);
  for (const n of EXCLAMATION_NAMES) if (text.includes(n)) found.add(n.slice(0, -1).split(' ').pop()!);
  return [...found].sort();
}

describe('learnedExclamations = BANG_RE + EXCLAMATION_NAMES', () => {
  it.each([
    ['The En Marche! movement won.'],
    ['He said Wham! was great, and Yahoo! agreed.'],
    ['Stop! Now.', 'éAbc! the', '_Abc! the', '1Abc! the', 'ABC! then', 'Ab! Xyz abc', 'A! the'],
    ['𝐀bc! the Abc𝐀! the x!! Abc!! the'],
    ['no bang here'],
  ])('%j', (...texts) => {
    for (const text of texts) expect([...learnedExclamations(text)].sort()).toEqual(bangSpec(text));
  });
  it('on random strings of tricky pieces', () => {
    const parts = ['Yahoo', 'Wham', 'En Marche', 'Abc', 'aBc', 'ABC', 'éAbc', '_Abc', '1Abc', 'Ab', 'A', '!', '!', ' ', 'the', 'The', ',', ';', '\n', '𝐀bc', 'A𝐀', '\ud835', 'ÉA', 'OK', '. '];
    for (const t of randomTexts(parts, 5000, 14, 4242, 1)) expect([...learnedExclamations(t)].sort()).toEqual(bangSpec(t));
  });
});
