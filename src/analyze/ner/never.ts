// src/analyze/ner/never.ts — the words the training data never put inside a name, shipped with
// the model (models/ner/never.txt.gz, written by `npm run train:ner`) so the tagger can assign O
// to such a token without scoring it (decode.ts and tagger.ts, the skip rule).
// Derived, never hand-written: a word form (as the model's word atom spells it) qualifies when
// eng.train has it at least `minCount` times and every one of them is tagged O. Such words are
// function words, verbs, punctuation and numbers ("said", "was", "to", ",", "40"); words that
// start or continue names anywhere in training ("of", "the", "New", "de") are not on the list.
import type { ConllSentence } from './conll.js';

/** Minimum number of all-O occurrences in training before a word is trusted to be O. */
export const NEVER_MIN_COUNT = 3;

/** The word forms tagged O at every one of at least minCount occurrences, sorted. */
export function neverEntityWords(docs: readonly ConllSentence[][], minCount = NEVER_MIN_COUNT): string[] {
  const count = new Map<string, number>();
  const named = new Set<string>();
  for (const doc of docs) {
    for (const s of doc) {
      for (let i = 0; i < s.tokens.length; i++) {
        const w = s.tokens[i]!;
        count.set(w, (count.get(w) ?? 0) + 1);
        if (s.tags[i] !== 'O') named.add(w);
      }
    }
  }
  const out: string[] = [];
  for (const [w, n] of count) if (n >= minCount && !named.has(w)) out.push(w);
  return out.sort();
}

/** The shipped list's text form: one word per line. */
export function parseNever(text: string): Set<string> {
  return new Set(text.split('\n').filter((w) => w.length > 0));
}
