// src/analyze/ner/train.ts — averaged-perceptron training for the tagger (used by
// script/train-ner.ts). Greedy decoding with the predicted tag history, as at run time.
// Deterministic: sentence order is shuffled with a fixed-seed generator.
import type { Gazetteer } from './gazetteer.js';
import type { ConllSentence } from './conll.js';
import {
  allowed, docStats, MAX_FEATURES, NTAGS, SentenceFeatures, START_TAG, staticFeatures, TAGS, tagFeatures, type Vocab,
} from './features.js';
import { decode, SCALE, type NerModel, type SavedModel } from './tagger.js';

const TAG_ID = new Map<string, number>(TAGS.map((t, i) => [t, i]));


interface Prepared {
  /** Static feature rows of every token, flattened; token k's rows are rows[off[k]..off[k+1]). */
  rows: Int32Array;
  off: Int32Array;
  /** First token index of each sentence; sentence s spans [sentStart[s], sentStart[s+1]). */
  sentStart: Int32Array;
  gold: Uint8Array;
  /** Per token: atoms needed by tagFeatures (l0, sh0). */
  sf: SentenceFeatures[];
}

export class Trainer {
  vocab: Vocab = { ids: new Map(), grow: true };
  keys = new Map<number, number>();
  keyList: number[] = [];
  w = new Float64Array(1 << 20);
  u = new Float64Array(1 << 20);
  c = 1;

  constructor(private gaz: Gazetteer) {}

  private row(k: number, grow: boolean): number {
    let r = this.keys.get(k);
    if (r !== undefined) return r;
    if (!grow) return -1;
    r = this.keyList.length;
    this.keys.set(k, r);
    this.keyList.push(k);
    if ((r + 1) * NTAGS > this.w.length) {
      const w2 = new Float64Array(this.w.length * 2);
      w2.set(this.w);
      this.w = w2;
      const u2 = new Float64Array(this.u.length * 2);
      u2.set(this.u);
      this.u = u2;
    }
    return r;
  }

  /** Featurize training documents once (static features resolved to rows). */
  prepare(docs: ConllSentence[][]): Prepared {
    const rows: number[] = [];
    const off: number[] = [0];
    const sentStart: number[] = [0];
    const gold: number[] = [];
    const sfs: SentenceFeatures[] = [];
    const buf = new Float64Array(MAX_FEATURES);
    for (const doc of docs) {
      const stats = docStats(doc.map((s) => s.tokens));
      for (const s of doc) {
        const f = new SentenceFeatures();
        f.load(this.vocab, this.gaz, s.tokens, stats);
        for (let i = 0; i < f.n; i++) {
          const n = staticFeatures(f, i, buf);
          for (let k = 0; k < n; k++) rows.push(this.row(buf[k]!, true));
          off.push(rows.length);
          gold.push(TAG_ID.get(s.tags[i]!) ?? 0);
        }
        // keep only what tagFeatures reads
        f.w = f.w.slice(0, f.n);
        f.l = f.l.slice(0, f.n);
        f.sh = f.sh.slice(0, f.n);
        f.low = [];
        f.s2 = f.s3 = f.s4 = f.p3 = f.flag = f.gaz = new Int32Array(0);
        sfs.push(f);
        sentStart.push(gold.length);
      }
    }
    return {
      rows: Int32Array.from(rows), off: Int32Array.from(off), sentStart: Int32Array.from(sentStart),
      gold: Uint8Array.from(gold), sf: sfs,
    };
  }

  /** One epoch over the prepared data in a seeded random sentence order. Returns token errors. */
  epoch(p: Prepared, rand: () => number): number {
    const order = Array.from({ length: p.sf.length }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const dyn = new Float64Array(8);
    const dynRows = new Int32Array(8);
    const scores = new Float64Array(NTAGS);
    let errors = 0;
    for (const s of order) {
      const f = p.sf[s]!;
      const base = p.sentStart[s]!;
      let prev = START_TAG;
      let prev2 = START_TAG;
      for (let i = 0; i < f.n; i++) {
        const tok = base + i;
        const nd = tagFeatures(f, i, prev, prev2, dyn, 0);
        for (let k = 0; k < nd; k++) dynRows[k] = this.row(dyn[k]!, true);
        scores.fill(0);
        const w = this.w;
        for (let k = p.off[tok]!; k < p.off[tok + 1]!; k++) {
          const o = p.rows[k]! * NTAGS;
          for (let t = 0; t < NTAGS; t++) scores[t]! += w[o + t]!;
        }
        for (let k = 0; k < nd; k++) {
          const o = dynRows[k]! * NTAGS;
          for (let t = 0; t < NTAGS; t++) scores[t]! += w[o + t]!;
        }
        let best = 0;
        let bs = -Infinity;
        for (let t = 0; t < NTAGS; t++) if (scores[t]! > bs && allowed(prev, t)) (bs = scores[t]!), (best = t);
        const g = p.gold[tok]!;
        if (best !== g) {
          errors++;
          const upd = (o: number): void => {
            this.w[o + g]! += 1;
            this.u[o + g]! += this.c;
            this.w[o + best]! -= 1;
            this.u[o + best]! -= this.c;
          };
          for (let k = p.off[tok]!; k < p.off[tok + 1]!; k++) upd(p.rows[k]! * NTAGS);
          for (let k = 0; k < nd; k++) upd(dynRows[k]! * NTAGS);
        }
        this.c++;
        prev2 = prev;
        prev = best;
      }
    }
    return errors;
  }

  /** Averaged weights as a runnable model (vocab frozen). */
  averaged(): NerModel & { keyList: number[] } {
    const n = this.keyList.length * NTAGS;
    const w = new Float32Array(n);
    for (let i = 0; i < n; i++) w[i] = this.w[i]! - this.u[i]! / this.c;
    return { vocab: { ids: this.vocab.ids, grow: false }, rows: this.keys, w, keyList: this.keyList };
  }

  /**
   * Keep rows with some weight of magnitude >= `min` (on eng.testa: min 1 keeps 57% of the rows
   * for -0.002 F1, and the smaller table tags faster); weights rounded to 1/SCALE.
   */
  save(m: NerModel & { keyList: number[] }, min = 1): SavedModel {
    const keys: number[] = [];
    const weights: number[] = [];
    for (let r = 0; r < m.keyList.length; r++) {
      const k = m.keyList[r]!;
      const row = Array.from({ length: NTAGS }, (_, t) => Math.round(m.w[r * NTAGS + t]! * SCALE));
      if (row.every((x) => Math.abs(x) < min * SCALE)) continue;
      keys.push(k);
      weights.push(...row);
    }
    const vocab = [...m.vocab.ids.keys()];
    return { vocab, keys: Float64Array.from(keys), weights: Int32Array.from(weights) };
  }
}

/** Tag CoNLL documents with a model (for tuning and evaluation). */
export function tagDocs(m: NerModel, gaz: Gazetteer, docs: ConllSentence[][]): string[][] {
  const out: string[][] = [];
  const f = new SentenceFeatures();
  for (const doc of docs) {
    const stats = docStats(doc.map((s) => s.tokens));
    for (const s of doc) {
      f.load(m.vocab, gaz, s.tokens, stats);
      out.push(Array.from(decode(m, f), (t) => TAGS[t]!));
    }
  }
  return out;
}
