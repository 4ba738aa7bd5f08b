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
import { lowAt } from './tokens.js';

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

const endsWith = (full: string[], tail: string[]): boolean =>
  tail.length < full.length && tail.every((t, i) => full[full.length - tail.length + i] === t);

/** Cluster mentions; mutates mention types when a lone surname is re-typed as a person. */
export function cluster(doc: Doc, ms: Mention[]): Cluster[] {
  const toks = ms.map((m) => {
    const out: string[] = [];
    for (let i = m.s; i < m.e; i++) out.push(lowAt(doc, i));
    if (m.endCut) out[out.length - 1] = out[out.length - 1]!.slice(0, -m.endCut);
    return out;
  });
  const joinedOf = toks.map((t) => t.join(' '));
  const people: Cluster[] = [];
  /** nameToks.join(' ') of each person cluster (same order as people). */
  const peopleJoined: string[] = [];
  const byText = new Map<string, Cluster>();
  const assigned = new Int32Array(ms.length).fill(-1);
  const all: Cluster[] = [];
  // 1. Full person names (two or more tokens), variants merged.
  ms.forEach((m, k) => {
    if (m.type !== 'person' || toks[k]!.length < 2) return;
    const t = toks[k]!;
    const joined = joinedOf[k]!;
    let at = people.findIndex((p, j) => peopleJoined[j] === joined || sameNameVariant(p.nameToks, t));
    if (at < 0) at = people.findIndex((p) => endsWith(p.nameToks, t) || endsWith(t, p.nameToks) && p.nameToks.length >= 2);
    let c = people[at];
    if (!c) {
      c = { type: 'person', members: [], nameToks: t };
      people.push(c);
      peopleJoined.push(joined);
      all.push(c);
    } else if (t.length > c.nameToks.length) (c.nameToks = t), (peopleJoined[at] = joined);
    c.members.push(k);
    assigned[k] = all.indexOf(c);
  });
  // 2. Tails ("Peskov", "Le Pen"): the person whose name they end; if several, the most recent.
  ms.forEach((m, k) => {
    if (assigned[k]! >= 0) return;
    const t = toks[k]!;
    const joined = joinedOf[k]!;
    if (m.type !== 'person' && gazBits(joined) & PLACE_BITS) return;
    const cands = people.filter((p) => endsWith(p.nameToks, t));
    if (cands.length === 0) return;
    let pick = cands[0]!;
    if (cands.length > 1) {
      let bestPos = -1;
      for (const p of cands) {
        const before = p.members.filter((i) => ms[i]!.s < m.s).map((i) => ms[i]!.s);
        const last = before.length ? Math.max(...before) : -1;
        if (last > bestPos) (bestPos = last), (pick = p);
      }
      if (bestPos < 0) return; // ambiguous and nothing before: leave it alone
    }
    m.type = 'person';
    pick.members.push(k);
    assigned[k] = all.indexOf(pick);
  });
  // 3. Everything else by normalized text.
  ms.forEach((m, k) => {
    if (assigned[k]! >= 0) return;
    const key = m.canon ? normToken(m.canon) : joinedOf[k]!;
    let c = byText.get(key);
    if (!c) {
      c = { type: m.type, members: [], nameToks: toks[k]! };
      byText.set(key, c);
      all.push(c);
    }
    c.members.push(k);
  });
  for (const c of all) {
    c.members.sort((a, b) => a - b);
    if (c.type !== 'person') {
      const votes = new Map<EntityType, number>();
      for (const i of c.members) votes.set(ms[i]!.type, (votes.get(ms[i]!.type) ?? 0) + 1);
      c.type = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
    }
  }
  return all;
}
