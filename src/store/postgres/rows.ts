// src/store/postgres/rows.ts — writing one article's rows and near-duplicate linking, on a client
// that is inside a transaction. Shared by PostgresStore.commit() (link at once, like SQLite) and the
// queue (store unlinked in the job's transaction; link later, in ingest order, under one lock).
import type { PoolClient } from 'pg';
import type { PreparedArticle } from '../prepare.js';
import { bandKeys, fromBlob, NEAR_DUP_THRESHOLD, similarity, toBlob } from '../minhash.js';

export type Near = { of: string; similarity: number } | null;

/**
 * Insert an article row (unlinked). When the id is already stored, nothing is written, except on
 * the queue path (`ingestSeq` set): an earlier input (lower seq) takes the row over, so the stored
 * copy is the first in ingest order whichever worker finished first. Direct commits (`ingestSeq`
 * null) draw a number from the same sequence. Returns 'added', 'replaced' or 'duplicate'.
 */
export async function insertArticle(c: PoolClient, a: PreparedArticle, now: string, ingestSeq: number | null): Promise<'added' | 'replaced' | 'duplicate'> {
  const x = a.article;
  const { rows } = await c.query<{ added: boolean }>(
    `INSERT INTO articles (id, ingest_seq, input_path, input_url, input_format, outlet, title, published, language, text, json, signature, added)
     VALUES ($1, COALESCE($2::bigint, nextval('ingest_items_seq_seq')), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (id) DO UPDATE SET ingest_seq = EXCLUDED.ingest_seq, input_path = EXCLUDED.input_path, input_url = EXCLUDED.input_url,
       input_format = EXCLUDED.input_format, outlet = EXCLUDED.outlet, published = EXCLUDED.published, language = EXCLUDED.language, json = EXCLUDED.json
     WHERE articles.ingest_seq > EXCLUDED.ingest_seq AND NOT articles.linked
     RETURNING (xmax = 0) AS added`,
    [a.id, ingestSeq, x.input.path, x.input.url, x.input.format, x.outlet, x.title, x.published, x.language, x.text, a.json, a.signature ? toBlob(a.signature) : null, now],
  );
  const r = rows[0];
  if (!r) return 'duplicate';
  if (!r.added) return 'replaced';
  await insertFilterRows(c, a.id, a.entities, a.speakers);
  return 'added';
}

/** The entity and speaker filter rows of one article. */
export async function insertFilterRows(c: PoolClient, id: string, entities: [string, string][], speakers: string[]): Promise<void> {
  if (entities.length) {
    await c.query('INSERT INTO article_entities (article_id, name, type) SELECT $1, * FROM unnest($2::text[], $3::text[])', [id, entities.map((e) => e[0]), entities.map((e) => e[1])]);
  }
  if (speakers.length) await c.query('INSERT INTO article_speakers (article_id, name) SELECT $1, unnest($2::text[])', [id, speakers]);
}

export async function addRaw(c: PoolClient, rawHash: string | null, id: string): Promise<void> {
  if (rawHash) await c.query('INSERT INTO raw_inputs (raw_hash, article_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [rawHash, id]);
}

export async function addMembers(c: PoolClient, collection: string, ids: string[], now: string): Promise<void> {
  if (!ids.length) return;
  const { rows } = await c.query<{ id: string }>(
    'INSERT INTO collections (name, created) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id',
    [collection, now],
  );
  await c.query('INSERT INTO collection_articles (collection_id, article_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING', [rows[0]!.id, ids]);
}

/**
 * Link one stored article to its near-duplicate group and index its LSH bands. Same rule as the
 * SQLite store (src/store/sqlite.ts nearest()): each band looks at no more than 8 earlier articles,
 * the 8 smallest ids in byte order, so both stores pick the same candidates.
 * The caller holds LOCK.link (or LOCK.assign), so links are made one article at a time.
 */
export async function link(c: PoolClient, id: string, sig: Uint32Array | null): Promise<Near> {
  let best: Near = null;
  if (sig) {
    const keys = bandKeys(sig);
    const { rows } = await c.query<{ article_id: string; signature: Buffer | null; near_dup_of: string | null }>(
      `SELECT c.article_id, a.signature, a.near_dup_of
       FROM unnest($1::bigint[]) WITH ORDINALITY AS k(key, i)
       CROSS JOIN LATERAL (SELECT b.article_id FROM lsh_bands b WHERE b.key = k.key ORDER BY b.article_id LIMIT 8) c
       JOIN articles a ON a.id = c.article_id
       ORDER BY k.i, c.article_id`,
      [keys.map(String)],
    );
    const seen = new Set<string>();
    for (const r of rows) {
      if (seen.has(r.article_id) || !r.signature) continue;
      seen.add(r.article_id);
      const s = similarity(sig, fromBlob(r.signature));
      if (s >= NEAR_DUP_THRESHOLD && (!best || s > best.similarity)) best = { of: r.near_dup_of ?? r.article_id, similarity: s };
    }
    await c.query('INSERT INTO lsh_bands (key, article_id) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING', [keys.map(String), id]);
  }
  await c.query('UPDATE articles SET near_dup_of = $2, linked = true WHERE id = $1', [id, best?.of ?? null]);
  return best;
}
