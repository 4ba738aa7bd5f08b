// src/analyze/entities.ts — people, organizations and places of one article, aliases merged.
// Pipeline: name mentions (NER model + rules, entities/mentions.ts) -> clusters (entities/merge.ts)
// -> descriptors (titles, appositives, entities/descriptors.ts) -> definite descriptions that refer
// back ("the Russian presidential spokesman") when exactly one entity has a descriptor with the
// same head noun. Descriptor phrases are added as mentions, so the quotes analyzer (run next) can
// resolve a speaker such as "the Kremlin spokesman" by span containment (see entityAt).
// Contract: ../shared/spec/OUTPUT.md (Entity). Every mention span satisfies text.slice(s, e) = words.
import type { Entity, EntityType, Span } from '../types.js';
import type { AnalysisContext } from './context.js';
import { isSpace, type Doc } from './doc.js';
import {
  appositionAfter, appositionBefore, definiteDescriptions, mentionIndex, preTitle, type Descriptor,
} from './entities/descriptors.js';
import { cluster, type Cluster } from './entities/merge.js';
import { findMentions, isInitial, type Mention } from './entities/mentions.js';
import { docWords } from './entities/tokens.js';
import { gazBit } from './ner/gazetteer.js';
import { LEADER_NOUNS } from './entities/words.js';

interface Draft {
  c: Cluster;
  descs: Descriptor[];
  /** Token index of the first mention (for the "refers back" check). */
  first: number;
}

function spanOf(doc: Doc, s: number, e: number, endCut = 0): Span {
  return [doc.tokens[s]!.start, doc.tokens[e - 1]!.end - endCut];
}

const ASCII = /^[\x00-\x7f]*$/;

const slugCache = new Map<string, string>();

/** Stable slug of a name: "Dmitry Peskov" -> "dmitry-peskov" (cached per name). */
export function slug(name: string): string {
  let s = slugCache.get(name);
  if (s === undefined) {
    if (slugCache.size >= 50_000) slugCache.clear();
    slugCache.set(name, (s = slugOf(name)));
  }
  return s;
}

function slugOf(name: string): string {
  // ASCII names (most) skip the Unicode normalization, which changes nothing for them.
  const s = ASCII.test(name)
    ? name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    : name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s || 'entity';
}

/** f.split(/\s+/).length: one more than the runs of white space (isSpace is regex \s), without the split. */
function wordCount(f: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < f.length; i++) {
    const sp = isSpace(f.charCodeAt(i));
    if (sp && !inSpace) n++;
    inSpace = sp;
  }
  return n;
}

/** Canonical name: people by most tokens, then most frequent, then first; others most frequent, then first. */
function canonical(forms: string[], person: boolean): string {
  if (forms.length === 1) return forms[0]!;
  const count = new Map<string, number>();
  for (const f of forms) count.set(f, (count.get(f) ?? 0) + 1);
  if (count.size === 1) return forms[0]!;
  let best = forms[0]!;
  let bestWords = person ? wordCount(best) : 0;
  for (const f of count.keys()) {
    const w = person ? wordCount(f) : 0;
    const better = person && w !== bestWords ? w > bestWords : count.get(f)! > count.get(best)!;
    if (better) (best = f), (bestWords = w);
  }
  return best;
}

function addDesc(d: Draft, taken: Span[], x: Descriptor | null): void {
  if (x) d.descs.push(x), taken.push([x.s, x.e]);
}

/** Resolve "the Russian presidential spokesman" to the one entity with a matching descriptor. */
function resolveDefinite(d: Descriptor, drafts: Draft[]): Draft | null {
  const leader = LEADER_NOUNS.has(d.head);
  const nations = d.mods;
  const cands = drafts.filter((x) => {
    if (x.first >= d.s || x.c.type !== 'person') return false;
    return x.descs.some((y) => {
      if (y.head === d.head && (!leader || nations.length === 0 || nations.some((n) => y.mods.includes(n)))) return true;
      return leader && nations.length > 0 && LEADER_NOUNS.has(y.head) && nations.some((n) => y.mods.includes(n));
    });
  });
  return cands.length === 1 ? cands[0]! : null;
}

export function findEntities(ctx: AnalysisContext): Entity[] {
  const doc = ctx.doc;
  const ms: Mention[] = findMentions(doc);
  if (ms.length === 0) return [];
  // A "person" known only from one capitalized word that starts sentences, and no name list
  // knows ("Critics said ..."), is more likely an ordinary word than a person.
  const NAME_BITS = gazBit('first') | gazBit('last');
  const clusters = cluster(doc, ms).filter((c) => c.type !== 'person' || c.members.some((k) => {
    const m = ms[k]!;
    return m.e - m.s > 1 || !isInitial(doc, m) || (docWords(doc).bits[m.s]! & NAME_BITS) !== 0; // one word: its gazBits
  }));
  const inMention = mentionIndex(doc, ms);
  const drafts: Draft[] = clusters.map((c) => ({ c, descs: [], first: ms[c.members[0]!]!.s }));
  const taken: Span[] = [];
  for (const d of drafts) {
    for (const k of d.c.members) {
      const m = ms[k]!;
      if (d.c.type === 'person') {
        addDesc(d, taken, preTitle(doc, m, inMention));
        addDesc(d, taken, appositionAfter(doc, m, inMention, ms));
        addDesc(d, taken, appositionBefore(doc, m, inMention, ms));
      } else if (d.c.type === 'organization') addDesc(d, taken, appositionAfter(doc, m, inMention, ms));
    }
  }
  for (const def of definiteDescriptions(doc, inMention)) {
    if (taken.some(([s, e]) => def.s < e && s < def.e)) continue;
    const d = resolveDefinite(def, drafts);
    if (d) d.descs.push(def);
  }
  const used = new Set<string>();
  const out: Entity[] = drafts.map((d) => {
    const members = d.c.members;
    // mentions are non-overlapping and members in text order: these spans are sorted and distinct
    const mentions: Span[] = members.map((k) => spanOf(doc, ms[k]!.s, ms[k]!.e, ms[k]!.endCut));
    const forms = mentions.map((sp) => doc.text.slice(sp[0], sp[1]));
    let canon: string | undefined;
    for (const k of members) if ((canon = ms[k]!.canon) !== undefined) break;
    const name = canon ?? canonical(forms, d.c.type === 'person');
    const base = slug(name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const descriptors: string[] = [];
    for (const x of d.descs) {
      const sp = spanOf(doc, x.s, x.e);
      mentions.push(sp);
      const t = doc.text.slice(sp[0], sp[1]);
      if (!descriptors.includes(t)) descriptors.push(t);
    }
    let uniq = mentions;
    if (d.descs.length > 0) {
      mentions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      uniq = mentions.filter((m, i) => i === 0 || m[0] !== mentions[i - 1]![0] || m[1] !== mentions[i - 1]![1]);
    }
    // [...new Set(forms)] without the name, in order of first use (few forms: no Set needed)
    const aliases: string[] = [];
    for (const f of forms) if (f !== name && !aliases.includes(f)) aliases.push(f);
    return { id, name, type: d.c.type as EntityType, mentions: uniq, aliases, descriptors };
  });
  return out.sort((a, b) => a.mentions[0]![0] - b.mentions[0]![0]);
}

/** The entity with a mention containing `span` (the tightest such mention), or undefined. */
export function entityAt(entities: readonly Entity[], span: Span): Entity | undefined {
  let best: Entity | undefined;
  let bestLen = Infinity;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m[0] <= span[0] && span[1] <= m[1] && m[1] - m[0] < bestLen) {
        best = e;
        bestLen = m[1] - m[0];
      }
    }
  }
  return best;
}
