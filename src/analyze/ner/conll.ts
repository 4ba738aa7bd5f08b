// src/analyze/ner/conll.ts — CoNLL-2003 reading (IOB1 -> BIO) and conlleval-style scoring:
// an entity counts only when type, start and end all match. Pure; scripts read the files.

export interface ConllSentence {
  tokens: string[];
  /** BIO tags (B-X starts every entity). */
  tags: string[];
}

/** Documents (split at -DOCSTART-) of sentences. The POS and chunk columns are dropped. */
export function parseConll(text: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [];
  let doc: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  const flush = (): void => {
    if (cur.tokens.length) doc.push({ tokens: cur.tokens, tags: iob1ToBio(cur.tags) });
    cur = { tokens: [], tags: [] };
  };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '') {
      flush();
      continue;
    }
    const cols = t.split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    cur.tokens.push(cols[0]!);
    cur.tags.push(cols[cols.length - 1]!);
  }
  flush();
  if (doc.length) docs.push(doc);
  return docs;
}

/** IOB1 (I-X starts an entity unless it follows X) to BIO. */
export function iob1ToBio(tags: string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = tags[i - 1] ?? 'O';
    return prev === 'O' || prev.slice(2) !== t.slice(2) ? 'B-' + t.slice(2) : t;
  });
}

/** Entity chunks `type:start:end` of a BIO sequence (a stray I-X starts a chunk, as in conlleval). */
export function chunks(tags: readonly string[]): string[] {
  const out: string[] = [];
  let type = '';
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = tags[i] ?? 'O';
    const ty = t === 'O' ? '' : t.slice(2);
    const begins = t.startsWith('B-') || (t.startsWith('I-') && ty !== type);
    if (start >= 0 && (t === 'O' || begins)) {
      out.push(`${type}:${start}:${i}`);
      start = -1;
      type = '';
    }
    if (begins) {
      start = i;
      type = ty;
    }
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Per-type counts over sentences of gold and predicted tags. */
export function score(gold: string[][], pred: string[][]): Map<string, Counts> {
  const m = new Map<string, Counts>();
  const get = (ty: string): Counts => {
    let c = m.get(ty);
    if (!c) m.set(ty, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  gold.forEach((g, i) => {
    const gs = new Set(chunks(g));
    const ps = new Set(chunks(pred[i] ?? []));
    for (const c of ps) (gs.has(c) ? get(c.split(':')[0]!).tp++ : get(c.split(':')[0]!).fp++);
    for (const c of gs) if (!ps.has(c)) get(c.split(':')[0]!).fn++;
  });
  return m;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function sum(m: Map<string, Counts>, types: string[]): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    const c = m.get(t);
    if (c) (out.tp += c.tp), (out.fp += c.fp), (out.fn += c.fn);
  }
  return out;
}
