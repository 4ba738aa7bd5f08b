// src/analyze/entities/merge.ts — groups name mentions of one article into entities.
// People: a full name starts an entity; a surname alone (or any tail of the name: "Le Pen")
// joins the person it ends, the most recent one if two share it ("Donald"/"Melania Trump");
// a full name with the same surname and a first name one edit away is a misspelling
// ("Emanuel Macron"; for first names under 6 letters only a dropped or doubled letter). Other names merge when their normalized text is equal.
// A lone word that is only a first name ("Paris" vs "Paris Hilton") never joins a person.
import type { EntityType } from '../../types.js';
import type { Doc } from '../doc.js';
import { gazBit, gazBits, normToken } from '../ner/gazetteer.js';
import type { Mention } from './mentions.js';
import { docWords, phraseBits } from './tokens.js';

export interface Cluster {
  type: EntityType;
  /** Indices into the mention list, in text order. */
  members: number[];
  /** Normalized name tokens of the fullest person name (people only). */
  nameToks: string[];
}

const PLACE_BITS = gazBit('country') | gazBit('city') | gazBit('region');

/** Levenshtein distance, capped: returns cap + 1 once the distance exceeds cap. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Same person, misspelt first name: same surname tokens, first names close. */
export function sameNameVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i]) return false;
  const x = a[0]!;
  const y = b[0]!;
  if (x === y) return true;
  const short = Math.min(x.length, y.length);
  if (x[0] !== y[0] || short < 4 || editDistance(x, y, 1) > 1) return false;
  // Short names: only a dropped or doubled letter ("Jon"/"John" is a typo, "John"/"Joan" two people).
  return short >= 6 || x.length !== y.length;
}

function endsWith(full: string[], tail: string[]): boolean {
  const off = full.length - tail.length;
  if (off <= 0) return false;
  for (let i = 0; i < tail.length; i++) if (full[off + i] !== tail[i]) return false;
  return true;
}

function ascending(xs: number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]! > xs[i]!) return false;
  return true;
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

/** The most frequent type of the members; ties go to the type seen first (members in text order). */
function majorityType(ms: Mention[], members: number[]): EntityType {
  if (members.length === 1) return ms[members[0]!]!.type;
  const count = [0, 0, 0, 0];
  const firstSeen = [-1, -1, -1, -1];
  members.forEach((k, j) => {
    const ti = TYPES.indexOf(ms[k]!.type);
    if (count[ti]!++ === 0) firstSeen[ti] = j;
  });
  let best = -1;
  for (let ti = 0; ti < 4; ti++) {
    if (count[ti] === 0) continue;
    if (best < 0 || count[ti]! > count[best]! || (count[ti] === count[best] && firstSeen[ti]! < firstSeen[best]!)) best = ti;
  }
  return TYPES[best]!;
}

/** Whether the one-word name `w` ends the fuller name `full` (endsWith(full, [w]), no array). */
function endsWithWord(full: string[], w: string): boolean {
  return full.length > 1 && full[full.length - 1] === w;
}

/**
 * Normalized tokens of mention k (the cut affix removed), memoized in `memo`. (Module functions,
 * not closures in cluster: the loader's keepNames would name each closure on every call.)
 */
function toksOf(low: string[], ms: Mention[], memo: (string[] | undefined)[], k: number): string[] {
  let out = memo[k];
  if (out) return out;
  const m = ms[k]!;
  out = low.slice(m.s, m.e);
  if (m.endCut) out[out.length - 1] = out[out.length - 1]!.slice(0, -m.endCut);
  return (memo[k] = out);
}

/** toksOf(k).join(' '); a word without a cut affix is its normalized token. */
function joinedOf(low: string[], ms: Mention[], memo: (string[] | undefined)[], k: number): string {
  const m = ms[k]!;
  if (m.e - m.s === 1 && !m.endCut) return low[m.s]!;
  const t = toksOf(low, ms, memo, k);
  return t.length === 1 ? t[0]! : t.join(' ');
}

/** Cluster mentions; mutates mention types when a lone surname is re-typed as a person. */
export function cluster(doc: Doc, ms: Mention[]): Cluster[] {
  const low = docWords(doc).low;
  // normalized tokens of each mention (the cut affix removed), built when first needed (toksOf)
  const memo: (string[] | undefined)[] = new Array<string[] | undefined>(ms.length);
  const people: Cluster[] = [];
  /** nameToks.join(' ') of each person cluster (same order as people). */
  const peopleJoined: string[] = [];
  const byText = new Map<string, Cluster>();
  const assigned = new Array<number>(ms.length).fill(0); // 1: in a cluster (an ordinary array: no buffer outside the heap)
  const all: Cluster[] = [];
  // 1. Full person names (two or more tokens), variants merged.
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    if (m.type !== 'person' || m.e - m.s < 2) continue;
    const t = toksOf(low, ms, memo, k);
    const joined = joinedOf(low, ms, memo, k);
    let at = -1;
    for (let j = 0; j < people.length && at < 0; j++) if (peopleJoined[j] === joined || sameNameVariant(people[j]!.nameToks, t)) at = j;
    for (let j = 0; j < people.length && at < 0; j++) {
      const p = people[j]!.nameToks;
      if (endsWith(p, t) || (endsWith(t, p) && p.length >= 2)) at = j;
    }
    let c = people[at];
    if (!c) {
      c = { type: 'person', members: [], nameToks: t };
      people.push(c);
      peopleJoined.push(joined);
      all.push(c);
    } else if (t.length > c.nameToks.length) (c.nameToks = t), (peopleJoined[at] = joined);
    c.members.push(k);
    assigned[k] = 1;
  }
  // 2. Tails ("Peskov", "Le Pen"): the person whose name they end; if several, the most recent.
  for (let k = 0; k < ms.length && people.length > 0; k++) { // no person: nothing to join
    if (assigned[k]) continue;
    const m = ms[k]!;
    // gazBits of the joined words; without a cut affix that is phraseBits (no string for names the gazetteer cannot know)
    if (m.type !== 'person' && (!m.endCut ? phraseBits(doc, m.s, m.e) : gazBits(joinedOf(low, ms, memo, k))) & PLACE_BITS) continue;
    // one word without a cut affix: compared as a word, without building toksOf
    const word = m.e - m.s === 1 && !m.endCut ? low[m.s]! : null;
    const t = word === null ? toksOf(low, ms, memo, k) : null;
    let pick: Cluster | undefined;
    let ncands = 0;
    let bestPos = -1;
    for (const p of people) {
      if (word !== null ? !endsWithWord(p.nameToks, word) : !endsWith(p.nameToks, t!)) continue;
      ncands++;
      if (!pick) pick = p;
      // the candidate mentioned last before m (the first such on ties)
      let last = -1;
      for (const i of p.members) if (ms[i]!.s < m.s && ms[i]!.s > last) last = ms[i]!.s;
      if (last > bestPos) (bestPos = last), (pick = p);
    }
    if (!pick) continue;
    if (ncands > 1 && bestPos < 0) continue; // ambiguous and nothing before: leave it alone
    m.type = 'person';
    pick.members.push(k);
    assigned[k] = 1;
  }
  // 3. Everything else by normalized text.
  for (let k = 0; k < ms.length; k++) {
    if (assigned[k]) continue;
    const m = ms[k]!;
    const key = m.canon ? normToken(m.canon) : joinedOf(low, ms, memo, k);
    let c = byText.get(key);
    if (!c) {
      c = { type: m.type, members: [], nameToks: toksOf(low, ms, memo, k) };
      byText.set(key, c);
      all.push(c);
    }
    c.members.push(k);
  }
  for (const c of all) {
    if (!ascending(c.members)) c.members.sort((a, b) => a - b); // only tails join out of order
    if (c.type !== 'person') c.type = majorityType(ms, c.members);
  }
  return all;
}
