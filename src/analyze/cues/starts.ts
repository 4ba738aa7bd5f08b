// src/analyze/cues/starts.ts — the cue patterns and loaded-word entries indexed by the token that opens
// them, and cueStartWord, the per-word-type test the entity word flags cache (entities/tokens.ts,
// W.CUE_START) so that lexiconCues (cues.ts) reads only the tokens that open something.
import { INDEX, type Compiled } from './match.js';
import { LOADED, LOADED_NOT_BEFORE } from '../lexicons/loaded.js';

/** A loaded entry: its words, the entry itself, and the words that may not follow it. */
export interface LoadedEntry {
  words: string[];
  term: string;
  notBefore: readonly string[] | undefined;
}
/** Per lower-cased first token: the cue patterns and the loaded entries (longest first). */
export interface Starts {
  cues: Compiled[];
  loaded: LoadedEntry[];
}
export const STARTS: ReadonlyMap<string, Starts> = (() => {
  const idx = new Map<string, Starts>();
  const at = (k: string) => idx.get(k) ?? idx.set(k, { cues: [], loaded: [] }).get(k)!;
  for (const [k, list] of INDEX) if (k === k.toLowerCase()) at(k).cues.push(...list);
  for (const term of Object.keys(LOADED)) {
    const words = term.split(' ');
    const s = at(words[0]!);
    s.loaded.push({ words, term, notBefore: LOADED_NOT_BEFORE[term] });
    s.loaded.sort((a, b) => b.words.length - a.words.length);
  }
  return idx;
})();
/** Case-sensitive starts (news organisations such as "Reuters"), looked up only for capitalised tokens. */
export const EXACT: ReadonlyMap<string, Compiled[]> = new Map([...INDEX].filter(([k]) => k !== k.toLowerCase()));

/**
 * Whether a token written `raw` opens an entry: its lower-case form is a STARTS key, or it is a
 * capitalised EXACT key. Exactly the lookups lexiconCues makes (Token.lower is raw.toLowerCase()).
 */
export function cueStartWord(raw: string): boolean {
  const l = raw.toLowerCase();
  return STARTS.has(l) || (l !== raw && EXACT.has(raw));
}
