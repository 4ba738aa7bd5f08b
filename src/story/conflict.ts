// src/story/conflict.ts — does an article's event signature disagree with a story's?
// The story keeps a small summary of its members' signatures (`StorySig`, plain JSON); an
// article is compared with it in O(keys + numbers) plus binary searches. Every rule needs both
// sides to state the thing (a main actor, a count for the same noun, a day): silence is no evidence.
import type { StoryFeatures } from './features.js';
import { insertSorted, sortedHas } from '../util/sorted.js';
import { mdGap, mdOfDay } from './signature.js';

export interface StorySig {
  /** Main-actor keys of the members and how many members had each (parallel, capped). */
  keyK: number[];
  keyC: number[];
  /** Every name key any member mentions (sorted, capped). */
  known: number[];
  /** Lead numbers of the members: noun hash and value (parallel, capped). */
  numN: number[];
  numV: number[];
  /** Month-days of members whose year is unknown (capped). */
  mds: number[];
  /** Members folded in (absent in states saved before round 3: read as the top key count). */
  n?: number;
}

const MAX_KEYS = 16;
const MAX_KNOWN = 256;
const MAX_NUMS = 24;
const MAX_MDS = 4;

export function emptySig(): StorySig {
  return { keyK: [], keyC: [], known: [], numN: [], numV: [], mds: [] };
}

/** The story's main actor: the key most members rank first-to-third (ties: the earliest seen). */
function topKey(s: StorySig): number | undefined {
  let best = -1;
  for (let i = 0; i < s.keyC.length; i++) if (best < 0 || s.keyC[i]! > s.keyC[best]!) best = i;
  return best < 0 ? undefined : s.keyK[best];
}

/** Members of the story (older states: the most frequent main-actor count). */
function members(s: StorySig): number {
  let m = s.n ?? 0;
  if (s.n === undefined) for (const c of s.keyC) m = Math.max(m, c);
  return m;
}

function keyCount(s: StorySig, k: number): number {
  const i = s.keyK.indexOf(k);
  return i < 0 ? 0 : s.keyC[i]!;
}

/**
 * Main actors disagree: the article's main actor A differs from the story's main actor S, where
 * S must be *dominant* (a main actor of at least half the members) and A must not be (a name that
 * one stray member brought in is not the story's); S is not among the article's main actors; A
 * never appears in the story; and the article never mentions S at all (the spokesman's denial vs
 * the president's telegram).
 * Round 3: without the dominance test a story whose top key was a near-tie among noisy entity
 * outputs could veto reports of its own event, so results moved with every entity-model change.
 * Both name halves are still needed: each alone split too many same-event pairs on ECB+ (entities
 * are noisy), and "A unknown" alone cost BASIL 0.014 B3 F1 (measured round 3).
 */
export function actorConflict(f: StoryFeatures, s: StorySig): boolean {
  const a = f.keys[0];
  const top = topKey(s);
  if (a === undefined || top === undefined || a === top || f.keys.includes(top)) return false;
  const n = members(s);
  if (keyCount(s, top) * 2 < n || keyCount(s, a) * 2 >= n) return false;
  return !sortedHas(s.known, a) && !sortedHas(f.known, top);
}

/**
 * Two stories (e.g. two singleton stories of one thread) have different main actors: each has a
 * dominant actor (a main actor of at least half its members), they differ, neither is a main
 * actor of the other story at all, and neither story mentions the other's actor (`strict`) / at
 * least one does not (loose). Used by the batch merge (refine.ts).
 */
export function storyActorConflict(a: StorySig, b: StorySig, strict = true): boolean {
  const ta = topKey(a);
  const tb = topKey(b);
  if (ta === undefined || tb === undefined || ta === tb) return false;
  if (keyCount(a, ta) * 2 < members(a) || keyCount(b, tb) * 2 < members(b)) return false;
  if (b.keyK.includes(ta) || a.keyK.includes(tb)) return false;
  const ua = !sortedHas(b.known, ta);
  const ub = !sortedHas(a.known, tb);
  return strict ? ua && ub : ua || ub;
}

/** Lead counts disagree: the article and the story count the same noun, never with the same value. */
export function numberConflict(f: StoryFeatures, s: StorySig): boolean {
  let shared = false;
  for (let i = 0; i < f.numNouns.length; i++) {
    const n = f.numNouns[i]!;
    for (let j = 0; j < s.numN.length; j++) {
      if (s.numN[j] !== n) continue;
      if (s.numV[j] === f.numVals[i]) return false;
      shared = true;
    }
  }
  return shared;
}

/**
 * Days between the article and the story when only a month-day is known on one side (a dateline
 * without a year): the nearest occurrence around the year. 0 when either side has no date.
 */
export function monthDayGap(f: StoryFeatures, s: StorySig, first: number | null, last: number | null): number {
  const mine = f.day !== null ? mdOfDay(f.day) : f.md;
  if (mine === null) return 0;
  let best = Infinity;
  for (const m of s.mds) best = Math.min(best, mdGap(mine, m));
  if (f.md !== null && first !== null && last !== null) {
    if (last - first >= 365) return 0;
    best = Math.min(best, mdGap(mine, mdOfDay(first)), mdGap(mine, mdOfDay(last)));
    // Inside the story's range (around the year)?
    const span = last - first;
    if (mdGap(mine, mdOfDay(first)) + mdGap(mine, mdOfDay(last)) <= span + 1) best = 0;
  }
  return best === Infinity ? 0 : best;
}

/** Fold one member's signature into the story's. */
export function addSig(s: StorySig, f: StoryFeatures): void {
  for (const k of f.keys) {
    const i = s.keyK.indexOf(k);
    if (i >= 0) s.keyC[i]!++;
    else if (s.keyK.length < MAX_KEYS) {
      s.keyK.push(k);
      s.keyC.push(1);
    }
  }
  // Names seen, first come first kept: sorting the union and cutting it dropped arbitrary names
  // (the largest hashes) once a story was big, so its own actors became "unknown" to it.
  for (const k of f.known) {
    if (s.known.length >= MAX_KNOWN) break;
    insertSorted(s.known, k);
  }
  s.n = (s.n ?? members(s)) + 1;
  for (let i = 0; i < f.numNouns.length && s.numN.length < MAX_NUMS; i++) {
    s.numN.push(f.numNouns[i]!);
    s.numV.push(f.numVals[i]!);
  }
  if (f.md !== null && s.mds.length < MAX_MDS && !s.mds.includes(f.md)) s.mds.push(f.md);
}
