// src/story/refine.ts — batch refinement of a single-pass grouping (used by `cluster()` only).
// The incremental pass (story-index.ts) never revisits a merge: the first off-event article that
// slips into a story stays, and two early reports that missed each other stay apart. With the
// whole batch at hand, inside each thread (threads are small; larger ones are left as they are):
//   1. split: average linkage over each story's members (cosine of batch TF-IDF vectors); the
//      dendrogram is cut where the linkage falls under `splitThreshold`;
//   2. merge: stories of one thread whose average linkage reaches `mergeThreshold` become one unless
//      their dates, lead counts (conflict.ts) or a confident single-pass actor veto keep them apart
//      (main-actor conflicts are optional, `mergeActors`: on dev data they blocked good merges);
//   3. reassign: `rounds` k-means style passes move an article to the story of its thread it is
//      closest to (leave-one-out centroids, all moves decided before any is applied: deterministic).
// Contract: pure; input order decides ties; threads are never changed (a thread's stories may be
// split or merged, never moved to another thread); cost is O(sum over threads of size^2 x terms),
// and threads above `maxThread` members are skipped, so the whole pass stays sub-quadratic.
import type { StoryFeatures } from './features.js';
import { actorConflict, addSig, emptySig, numberConflict, storyActorConflict, type StorySig } from './conflict.js';
import { averageLinkage, dot, vectors, type Vec } from './linkage.js';
import type { Assignment } from './story-index.js';

export { averageLinkage, vectors } from './linkage.js';

export interface RefineOptions {
  /** Average-linkage cosine under which a story's members are split apart. */
  splitThreshold: number;
  /** Average-linkage cosine at which two stories of one thread merge (no signature conflict). */
  mergeThreshold: number;
  /** A split needs two parts of at least this many members; smaller parts rejoin their nearest part. */
  minPart: number;
  /** Main-actor conflicts also block a merge (lead counts and dates always do): 'members' (a
   * majority of one story's members conflict with the other, as the single pass), 'strict' / 'loose'
   * (the two stories' dominant actors, storyActorConflict), 'off'. */
  mergeActors: 'members' | 'strict' | 'loose' | 'off';
  /** Re-assignment rounds (0 = off). */
  rounds: number;
  /** A move needs the new story's similarity to beat the current one by this margin. */
  moveMargin: number;
  /** Threads with more members are left as the single pass made them. */
  maxThread: number;
  /** Days two stories' date ranges may lie apart and still merge (both dates known). */
  storyDays: number;
  /** Pseudo-documents added to the batch IDF. */
  idfPrior: number;
}

export const REFINE_DEFAULTS: RefineOptions = {
  splitThreshold: 0.23,
  minPart: 4,
  mergeThreshold: 0.12,
  mergeActors: 'off',
  rounds: 0,
  moveMargin: 0.02,
  maxThread: 300,
  storyDays: 4,
  idfPrior: 30,
};

interface Group {
  members: number[];
  /** The stories its split parts came from (parts of one split never merge back). */
  origins: number[];
  /** Sum of members' unit vectors (term -> value). */
  sum: Map<number, number>;
  sig: StorySig;
  first: number | null;
  last: number | null;
}

function group(members: number[], feats: StoryFeatures[], vecs: Vec[], origins: number[] = []): Group {
  const g: Group = { members: [...members].sort((x, y) => x - y), origins, sum: new Map(), sig: emptySig(), first: null, last: null };
  for (const i of g.members) {
    const v = vecs[i]!;
    for (let k = 0; k < v.t.length; k++) g.sum.set(v.t[k]!, (g.sum.get(v.t[k]!) ?? 0) + v.v[k]!);
    const f = feats[i]!;
    addSig(g.sig, f);
    if (f.day !== null) {
      if (g.first === null || f.day < g.first) g.first = f.day;
      if (g.last === null || f.day > g.last) g.last = f.day;
    }
  }
  return g;
}

function mapDot(a: Map<number, number>, b: Map<number, number>): number {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [t, x] of s) {
    const y = l.get(t);
    if (y !== undefined) d += x * y;
  }
  return d;
}

function vecMapDot(v: Vec, m: Map<number, number>): number {
  let d = 0;
  for (let k = 0; k < v.t.length; k++) {
    const y = m.get(v.t[k]!);
    if (y !== undefined) d += v.v[k]! * y;
  }
  return d;
}

function dayApart(a: Group, b: Group): number {
  if (a.first === null || b.first === null || a.last === null || b.last === null) return 0;
  return a.last < b.first ? b.first - a.last : b.last < a.first ? a.first - b.last : 0;
}

/**
 * Two stories state different events: a member of one conflicts with the other's signature
 * (main actor, lead count) for most members on either side. Majority, not any: one noisy member
 * must not block a merge its story's other reports support.
 */
function conflict(a: Group, b: Group, feats: StoryFeatures[], mode: RefineOptions['mergeActors']): boolean {
  if ((mode === 'strict' || mode === 'loose') && storyActorConflict(a.sig, b.sig, mode === 'strict')) return true;
  const actors = mode === 'members';
  const against = (x: Group, y: Group) => {
    let c = 0;
    for (const i of x.members) if ((actors && actorConflict(feats[i]!, y.sig)) || numberConflict(feats[i]!, y.sig)) c++;
    return c * 2 > x.members.length;
  };
  return against(a, b) || against(b, a);
}

/**
 * Split one story: cut its average-linkage dendrogram at `splitThreshold`; parts smaller than
 * `minPart` are outliers, not another event, and rejoin the large part they link to best. Fewer
 * than two large parts: the story stays whole.
 */
function splitStory(members: number[], sim: (a: number, b: number) => number, o: RefineOptions): number[][] {
  const parts = averageLinkage(members, sim, o.splitThreshold);
  const big = parts.filter((p) => p.length >= o.minPart);
  if (big.length < 2) return [members];
  for (const p of parts) {
    if (p.length >= o.minPart) continue;
    let best = 0;
    let bl = -Infinity;
    big.forEach((b, k) => {
      let s = 0;
      for (const x of p) for (const y of b) s += sim(x, y);
      const l = s / (p.length * b.length);
      if (l > bl) [bl, best] = [l, k];
    });
    big[best]!.push(...p);
  }
  return big.map((b) => b.sort((x, y) => x - y));
}

/** Refine one thread's stories (member index lists); returns the new member lists. */
function refineThread(stories: number[][], feats: StoryFeatures[], vecs: Vec[], o: RefineOptions, apart: Map<number, number[]>): number[][] {
  // Articles the single pass's actor veto kept out of a story (cannot-link pairs, both ways).
  const vetoed = (a: Group, b: Group) => a.members.some((i) => apart.get(i)?.some((j) => b.members.includes(j))) || b.members.some((i) => apart.get(i)?.some((j) => a.members.includes(j)));
  const sim = (a: number, b: number) => dot(vecs[a]!, vecs[b]!);
  // 1. split
  let groups: Group[] = [];
  stories.forEach((s, k) => {
    const parts = s.length < 3 ? [s] : splitStory(s, sim, o);
    for (const p of parts) groups.push(group(p, feats, vecs, parts.length > 1 ? [k] : []));
  });
  groups.sort((x, y) => x.members[0]! - y.members[0]!);
  // 2. merge (average linkage between stories = dot of member sums / (|A| |B|)). Dots between
  // groups are kept in a matrix (dot is bilinear: merging i and j adds row j to row i) and conflict
  // verdicts are cached until a group changes, so a thread costs O(G^2) per merge, not O(G^2 x terms).
  const g = groups.length;
  const dots: Float64Array[] = [];
  for (let i = 0; i < g; i++) dots.push(new Float64Array(g));
  for (let i = 0; i < g; i++)
    for (let j = i + 1; j < g; j++) {
      const d = mapDot(groups[i]!.sum, groups[j]!.sum);
      dots[i]![j] = d;
      dots[j]![i] = d;
    }
  const verdict: Uint8Array[] = [];
  for (let i = 0; i < g; i++) verdict.push(new Uint8Array(g)); // 0 unknown, 1 may merge, 2 blocked
  const alive: (Group | null)[] = [...groups];
  for (;;) {
    let bi = -1;
    let bj = -1;
    let best = o.mergeThreshold;
    for (let i = 0; i < g; i++) {
      const a = alive[i];
      if (!a) continue;
      for (let j = i + 1; j < g; j++) {
        const b = alive[j];
        if (!b) continue;
        const l = dots[i]![j]! / (a.members.length * b.members.length);
        if (l < best || (bi >= 0 && l === best)) continue;
        if (verdict[i]![j] === 0) {
          const blocked = dayApart(a, b) > o.storyDays || vetoed(a, b) || conflict(a, b, feats, o.mergeActors) || a.origins.some((k) => b.origins.includes(k));
          verdict[i]![j] = blocked ? 2 : 1;
        }
        if (verdict[i]![j] === 2) continue;
        [bi, bj, best] = [i, j, l];
      }
    }
    if (bi < 0) break;
    const [ga, gb] = [alive[bi]!, alive[bj]!];
    alive[bi] = group([...ga.members, ...gb.members], feats, vecs, [...ga.origins, ...gb.origins]);
    alive[bj] = null;
    for (let k = 0; k < g; k++) {
      const d = dots[bi]![k]! + dots[bj]![k]!;
      dots[bi]![k] = d;
      dots[k]![bi] = d;
      verdict[bi]![k] = 0;
      verdict[k]![bi] = 0;
    }
  }
  groups = alive.filter((x): x is Group => x !== null);
  // 3. reassign
  for (let r = 0; r < o.rounds && groups.length > 1; r++) {
    const moves: [number, number, number][] = [];
    groups.forEach((g, gi) => {
      if (g.members.length < 2) return;
      for (const i of g.members) {
        const v = vecs[i]!;
        const self = vecMapDot(v, g.sum);
        const own = (self - 1) / (g.members.length - 1);
        let best = own + o.moveMargin;
        let to = -1;
        groups.forEach((h, hi) => {
          if (hi === gi) return;
          const l = vecMapDot(v, h.sum) / h.members.length;
          if (l > best && !actorConflict(feats[i]!, h.sig) && !numberConflict(feats[i]!, h.sig)) [best, to] = [l, hi];
        });
        if (to >= 0) moves.push([i, gi, to]);
      }
    });
    if (!moves.length) break;
    const lists = groups.map((g) => new Set(g.members));
    for (const [i, from, to] of moves) {
      lists[from]!.delete(i);
      lists[to]!.add(i);
    }
    groups = lists.filter((l) => l.size > 0).map((l) => group([...l], feats, vecs));
    groups.sort((x, y) => x.members[0]! - y.members[0]!);
  }
  return groups.map((g) => g.members);
}

/**
 * Refined assignments for a batch: same threads, stories split / merged / re-assigned. Story ids
 * and indexes are re-derived from each story's first member (input order), as the single pass does.
 */
export function refine(feats: StoryFeatures[], assigned: Assignment[], opts: Partial<RefineOptions> = {}): Assignment[] {
  const o = { ...REFINE_DEFAULTS, ...opts };
  const vecs = vectors(feats, o.idfPrior);
  const threads = new Map<string, Map<string, number[]>>();
  assigned.forEach((a, i) => {
    let t = threads.get(a.thread);
    if (!t) threads.set(a.thread, (t = new Map()));
    const s = t.get(a.story);
    if (s) s.push(i);
    else t.set(a.story, [i]);
  });
  // Single-pass veto: the article vs the first member of the story it was refused.
  const firstOf = new Map<number, number>();
  assigned.forEach((a, i) => { if (!firstOf.has(a.storyIndex)) firstOf.set(a.storyIndex, i); });
  const apart = new Map<number, number[]>();
  assigned.forEach((a, i) => {
    const j = a.vetoed === undefined ? undefined : firstOf.get(a.vetoed);
    if (j !== undefined) apart.set(i, [j]);
  });
  const storyOf = new Int32Array(feats.length);
  const lists: number[][] = [];
  for (const t of threads.values()) {
    const stories = [...t.values()];
    const size = stories.reduce((n, s) => n + s.length, 0);
    const out = size > o.maxThread ? stories : refineThread(stories, feats, vecs, o, apart);
    for (const m of out) {
      for (const i of m) storyOf[i] = lists.length;
      lists.push(m);
    }
  }
  // Story order and ids: by first member.
  const order = lists.map((m, k) => [Math.min(...m), k] as const).sort((x, y) => x[0] - y[0]);
  const rank = new Int32Array(lists.length);
  order.forEach(([, k], r) => (rank[k] = r));
  const threadIdx = new Map<string, number>();
  for (const a of assigned) if (!threadIdx.has(a.thread)) threadIdx.set(a.thread, threadIdx.size);
  return assigned.map((a, i) => {
    const k = storyOf[i]!;
    const first = order[rank[k]!]![0];
    const story = 's-' + feats[first]!.id;
    const changed = story !== a.story;
    const { vetoed: _v, ...rest } = a;
    return {
      ...rest,
      story,
      storyIndex: rank[k]!,
      threadIndex: threadIdx.get(a.thread)!,
      // A duplicate link or a score refers to the single pass's story; keep them only when it stands.
      ...(changed ? { via: first === i ? ('new' as const) : ('similar' as const), duplicateOf: a.duplicateOf && lists[k]!.some((j) => feats[j]!.id === a.duplicateOf) ? a.duplicateOf : null } : {}),
    };
  });
}

