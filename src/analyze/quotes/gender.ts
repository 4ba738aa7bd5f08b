// src/analyze/quotes/gender.ts — the grammatical gender "he"/"she" can refer to, for speaker
// resolution (quotes/speaker.ts): a pronoun must not resolve to a speaker of the other sex
// ("“We have come a long way,” he told supporters" after a Hillary Clinton quote).
// Evidence, strongest first:
//  1. a sex-marked head noun of a written speaker phrase ("the spokeswoman", "her husband");
//  2. for an entity, the document itself when it agrees at least twice: a he/his/himself or
//     she/herself within three tokens after one of its mentions, in its sentence, before a
//     quotation mark or another person ("Graham assures his audience", "Clinton said she");
//  3. the first name, from US Social Security first-name counts (lexicons/first-names.txt.gz,
//     built by script/build-first-names.ts: names given 2,000+ times, 96%+ to one sex) — US
//     counts, so "Andrea" or "Michele" read female unless the document says otherwise;
//  4. a single pronoun vote from the document.
// Unknown is the common answer, and unknown never blocks a resolution.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Entity, Span } from '../../types.js';
import type { Doc } from '../doc.js';
import { tokenAt } from '../doc.js';
import { lowerBound } from '../../util/sorted.js';
import { TITLES } from '../lexicons/titles.js';
import { isQuoteMark } from './phrases.js';

/** A title before the name, or a capitalised "The". */
function isTitleWord(w: string): boolean {
  const lw = w.toLowerCase().replace(/\.$/, '');
  return lw === 'the' || TITLES.has(lw);
}

export type Gender = 'm' | 'f';

let names: Map<string, Gender> | null = null;

function firstNames(): Map<string, Gender> {
  if (names === null) {
    names = new Map();
    const text = gunzipSync(readFileSync(new URL('../lexicons/first-names.txt.gz', import.meta.url))).toString('utf8');
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) names.set(line.slice(0, tab), line[tab + 1] === 'M' ? 'm' : 'f');
    }
  }
  return names;
}

const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'spokesman', 'chairman', 'congressman', 'businessman', 'father', 'husband', 'son', 'brother', 'uncle', 'grandfather', 'boy', 'actor', 'king', 'mr', 'mr.']);
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'mother', 'wife', 'daughter', 'sister', 'aunt', 'grandmother', 'girl', 'actress', 'queen', 'mrs', 'mrs.', 'ms', 'ms.']);

/** Gender from a written phrase: a sex-marked noun ("the spokeswoman"), else its first name. */
export function phraseGender(phrase: string): Gender | null {
  const words = phrase.split(/\s+/).filter((w) => w !== '');
  for (const w of words) {
    const lw = w.toLowerCase();
    if (MALE_NOUNS.has(lw)) return 'm';
    if (FEMALE_NOUNS.has(lw)) return 'f';
  }
  // The first name is the first capitalised word of a name of two or more: a surname alone is
  // no evidence ("Clinton", "Warren" and "Graham" are boys' names too).
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) && !isTitleWord(w));
  if (caps.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(caps[0]!)) return null;
  return firstNames().get(caps[0]!) ?? null;
}

/** Pronouns that refer back to a subject just named; objects ("Warren grilled him") do not, and "her" may be either. */
const MALE_PRON: ReadonlySet<string> = new Set(['he', 'his', 'himself']);
const FEMALE_PRON: ReadonlySet<string> = new Set(['she', 'herself']);
/**
 * How far after a mention a pronoun is read as referring back to it: "Clinton said she",
 * "Graham assures his audience", "Obama says he" — farther on, the pronoun is as often someone
 * else's ("Obama praised the senator, saying she …").
 */
const REACH = 3;

/**
 * Per-document gender of person entities: the first name, else the pronouns after their mentions
 * (a mention's reach ends at the next person mention).
 */
export class GenderIndex {
  private readonly cache = new Map<string, Gender | null>();
  /** Built on first use: most documents resolve no he/she against an entity. */
  private personStarts: number[] | null = null;

  constructor(private readonly doc: Doc, private readonly entities: Entity[]) {}

  /**
   * The entity's gender: the document's own pronouns when they agree at least twice ("Andrea
   * Orlando said he …" — Andrea is 96%+ female in the US counts, not in Italy), else its first
   * name when the list knows it, else a single pronoun vote.
   */
  of(e: Entity): Gender | null {
    let g = this.cache.get(e.id);
    if (g === undefined) {
      const [m, f] = this.votes(e.mentions);
      g = m >= 2 && f === 0 ? 'm' : f >= 2 && m === 0 ? 'f' : phraseGender(e.name) ?? (m > f ? 'm' : f > m ? 'f' : null);
      this.cache.set(e.id, g);
    }
    return g;
  }

  /** [he/his votes, she votes] from the pronouns right after the mentions. */
  private votes(mentions: Span[]): [number, number] {
    let m = 0;
    let f = 0;
    const t = this.doc.tokens;
    for (const span of mentions) {
      let i = tokenAt(this.doc, span[1]);
      const sent = t[i - 1]?.sent ?? -1;
      const next = this.nextPerson(span[1]);
      for (let k = 0; k < REACH && i < t.length; k++, i++) {
        const tok = t[i]!;
        // a quotation speaks of others ("Melania Trump tells supporters that “he loves you.”")
        if (tok.sent !== sent || tok.start >= next || isQuoteMark(tok)) break;
        if (MALE_PRON.has(tok.lower)) {
          m++;
          break;
        }
        if (FEMALE_PRON.has(tok.lower)) {
          f++;
          break;
        }
      }
    }
    return [m, f];
  }

  private nextPerson(pos: number): number {
    if (this.personStarts === null) {
      const starts: number[] = [];
      for (const e of this.entities) if (e.type === 'person') for (const m of e.mentions) starts.push(m[0]);
      this.personStarts = starts.sort((a, b) => a - b);
    }
    return this.personStarts[lowerBound(this.personStarts, pos)] ?? Infinity;
  }
}

/** The gender a he/she pronoun requires, or null for other words. */
export function pronounGender(word: string): Gender | null {
  const w = word.toLowerCase();
  return w === 'he' ? 'm' : w === 'she' ? 'f' : null;
}
