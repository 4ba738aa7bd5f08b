// src/analyze/entities/descriptors.ts — role phrases attached to a name mention:
//   pre-name titles      "Kremlin spokesman Dmitry Peskov", "French President-elect Emmanuel Macron"
//   appositives after    "Flashpoint, a New York-based cyberintelligence consultancy,"
//   appositives before   "the leader of France’s En Marche! movement, Emmanuel Macron,"
// and definite descriptions that may refer back ("the Russian presidential spokesman").
// Token ranges [s, e) into doc.tokens. Precision first: a phrase is kept only when its shape is
// unambiguous (a role noun as head, no verb, closed by a comma where an apposition needs one).
import type { Doc } from '../doc.js';
import { gazBit } from '../ner/gazetteer.js';
import { docWords, W } from './tokens.js';
import type { Mention } from './mentions.js';
import { CLAUSE_WORDS, ORG_NOUNS, ROLE_NOUNS, TITLE_MODIFIERS } from './words.js';

export interface Descriptor {
  s: number;
  e: number;
  /** Role noun heading the phrase, lower-case ("spokesman"). */
  head: string;
  /** Demonyms / places named inside the phrase, lower-case ("russian", "kremlin"). */
  mods: string[];
}

const DET = new Set(['the', 'a', 'an']);
const NATION_BITS = gazBit('demonym') | gazBit('country');
const low = (doc: Doc, i: number): string => docWords(doc).low[i] ?? '';
const nation = (doc: Doc, i: number): boolean => ((docWords(doc).bits[i] ?? 0) & NATION_BITS) !== 0;
const role = (w: string): string | null => {
  if (ROLE_NOUNS.has(w)) return w;
  return w.endsWith('-elect') && ROLE_NOUNS.has(w.slice(0, -6)) ? w : null;
};

function sameSentence(doc: Doc, a: number, b: number): boolean {
  const x = doc.tokens[a];
  const y = doc.tokens[b];
  return !!x && !!y && x.sent >= 0 && x.sent === y.sent;
}

/** Lower-case names of nations and entities named inside [s, e). */
function modsOf(doc: Doc, s: number, e: number, inMention: Int32Array): string[] {
  const out: string[] = [];
  for (let i = s; i < e; i++) {
    const w = low(doc, i);
    if (inMention[i]! >= 0 || nation(doc, i)) out.push(w);
  }
  return out;
}

let INDEX = new Int32Array(4096);
/**
 * Token -> index of the mention covering it, or -1 (indices [0, doc.tokens.length)). A buffer reused
 * between calls (no typed array allocated outside the heap per document): valid until the next call.
 */
export function mentionIndex(doc: Doc, ms: Mention[]): Int32Array {
  const n = doc.tokens.length;
  if (INDEX.length < n) INDEX = new Int32Array(Math.max(n, INDEX.length * 2));
  const out = INDEX.fill(-1, 0, n);
  ms.forEach((m, k) => {
    for (let i = m.s; i < m.e; i++) out[i] = k;
  });
  return out;
}

/** "Kremlin spokesman Dmitry Peskov": role noun right before a person, with its modifiers. */
export function preTitle(doc: Doc, m: Mention, inMention: Int32Array): Descriptor | null {
  const j = m.s - 1;
  if (j < 0 || !sameSentence(doc, j, m.s) || inMention[j]! >= 0) return null;
  const head = role(low(doc, j));
  if (!head || ORG_NOUNS.has(head)) return null;
  let k = j - 1;
  while (k >= 0 && sameSentence(doc, k, j)) {
    const w = low(doc, k);
    const other = inMention[k]!;
    if (other >= 0 && other !== inMention[m.s] && true) {
      k--;
      continue;
    }
    if ((w === "'s") && k > 0 && inMention[k - 1]! >= 0) {
      k--;
      continue;
    }
    if (TITLE_MODIFIERS.has(w) || role(w) || nation(doc, k)) {
      k--;
      continue;
    }
    break;
  }
  // A modifier alone at the left edge that is a function word would have stopped the walk; trim
  // a dangling possessive.
  let s = k + 1;
  while (s < j && low(doc, s) === "'s") s++;
  return { s, e: j + 1, head: head.replace(/-elect$/, ''), mods: modsOf(doc, s, j + 1, inMention) };
}

/** The first role noun after a determiner and modifiers, and its index. */
function headAfter(doc: Doc, from: number, to: number, inMention: Int32Array): [string, number] | null {
  for (let i = from; i < to; i++) {
    const w = low(doc, i);
    const r = role(w);
    if (r && inMention[i]! < 0) return [r.replace(/-elect$/, ''), i];
    if (!(TITLE_MODIFIERS.has(w) || inMention[i]! >= 0 || /-/.test(w) || nation(doc, i) || /^\p{Ll}+$/u.test(w))) return null;
  }
  return null;
}

/** Tokens [a, b) contain no clause word, quote mark or person. */
function plainPhrase(doc: Doc, a: number, b: number, inMention: Int32Array, ms: Mention[]): boolean {
  for (let i = a; i < b; i++) {
    const w = low(doc, i);
    if (CLAUSE_WORDS.has(w) || /^["“”«»(]$/.test(w)) return false;
    const k = inMention[i]!;
    if (k >= 0 && ms[k]!.type === 'person') return false;
  }
  return true;
}

/** "Name, a/the/leader ... ," — closed by a comma within 14 tokens. */
export function appositionAfter(doc: Doc, m: Mention, inMention: Int32Array, ms: Mention[]): Descriptor | null {
  if (low(doc, m.e) !== ',' || !sameSentence(doc, m.e, m.e + 1)) return null;
  const a = m.e + 1;
  let b = a;
  while (b < doc.tokens.length && b - a < 14 && sameSentence(doc, a, b) && low(doc, b) !== ',') b++;
  if (low(doc, b) !== ',' || b === a) return null;
  const start = DET.has(low(doc, a)) ? a + 1 : a;
  const h = headAfter(doc, start, b, inMention);
  if (!h || !plainPhrase(doc, a, b, inMention, ms)) return null;
  return { s: a, e: b, head: h[0], mods: modsOf(doc, a, b, inMention) };
}

/** "the leader of X, Name," — a determiner phrase, a comma, the name, a comma. */
export function appositionBefore(doc: Doc, m: Mention, inMention: Int32Array, ms: Mention[]): Descriptor | null {
  if (low(doc, m.s - 1) !== ',' || low(doc, m.e) !== ',' || !sameSentence(doc, m.s - 2, m.s)) return null;
  const b = m.s - 1;
  // Try each determiner from the nearest back ("the Forward movement" fails, "the leader of ..." fits).
  for (let a = b - 1; a >= 0 && b - a < 12 && sameSentence(doc, a, b) && low(doc, a) !== ','; a--) {
    if (!DET.has(low(doc, a))) continue;
    const h = headAfter(doc, a + 1, b, inMention);
    if (!h || ORG_NOUNS.has(h[0])) continue;
    if (!plainPhrase(doc, a, b, inMention, ms)) return null;
    return { s: a, e: b, head: h[0], mods: modsOf(doc, a, b, inMention) };
  }
  return null;
}

/**
 * Definite descriptions "the (modifiers) ROLE" not followed by a name or "of": candidates for
 * reference back to an entity with the same head (resolved by the caller).
 */
export function definiteDescriptions(doc: Doc, inMention: Int32Array): Descriptor[] {
  const out: Descriptor[] = [];
  const flags = docWords(doc).flags;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!(flags[i]! & W.THE) || doc.tokens[i]!.sent < 0) continue; // W.THE: normalized "the"
    let j = i + 1;
    while (j < doc.tokens.length && j - i <= 4 && sameSentence(doc, i, j)) {
      const w = low(doc, j);
      const r = role(w);
      if (r && !ORG_NOUNS.has(r) && inMention[j]! < 0) {
        const next = doc.tokens[j + 1];
        const nextW = low(doc, j + 1);
        if (next && sameSentence(doc, j, j + 1) && (inMention[j + 1]! >= 0 || nextW === 'of' || role(nextW) || /^-/.test(nextW))) break;
        out.push({ s: i, e: j + 1, head: r.replace(/-elect$/, ''), mods: modsOf(doc, i + 1, j, inMention) });
        break;
      }
      if (TITLE_MODIFIERS.has(w) || inMention[j]! >= 0 || nation(doc, j) || w === "'s") {
        j++;
        continue;
      }
      break;
    }
  }
  return out;
}
