// src/queue/status.ts — what the distributed ingest is doing: pg-boss job counts by state for the
// ingest queue (live table + archive), our own counters (ingest_items, articles, assignments) and
// rates over the last minute. One query round; read-only.
import type pg from 'pg';
import { QUEUE } from './boss.js';

export interface QueueStatus {
  /** pg-boss job states of the ingest queue. */
  jobs: { created: number; retry: number; active: number; completed: number; failed: number; cancelled: number; archived: number };
  /** ingest_items by state: inputs waiting, stored, failed. */
  items: { queued: number; stored: number; failed: number };
  articles: number;
  /** Stored articles without a story yet (waiting for the serialised step). */
  unassigned: number;
  stories: number;
  /** Inputs finished per second over the last 60 s. */
  rate: number;
  /** Age in seconds of the oldest input still queued (null when none). */
  oldestQueued: number | null;
  /** Workers connected (pg-boss connections named parallax-queue; the enqueuer's counts too while it runs). */
  connections: number;
}

export async function queueStatus(db: pg.Pool | pg.PoolClient): Promise<QueueStatus> {
  const { rows } = await db.query<{ j: Record<string, number>; archived: number; i: Record<string, number>; articles: number; assigned: number; stories: number; recent: number; oldest: number | null; conns: number }>(
    `SELECT
      (SELECT coalesce(json_object_agg(state, n), '{}') FROM (SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state) s) AS j,
      (SELECT count(*)::int FROM pgboss.archive WHERE name = $1) AS archived,
      (SELECT coalesce(json_object_agg(state, n), '{}') FROM (SELECT state, count(*)::int AS n FROM ingest_items GROUP BY state) s) AS i,
      (SELECT count(*)::int FROM articles) AS articles,
      (SELECT count(*)::int FROM story_assignments) AS assigned,
      (SELECT count(*)::int FROM stories) AS stories,
      (SELECT count(*)::int FROM ingest_items WHERE done > now() - interval '60 seconds') AS recent,
      (SELECT extract(epoch FROM now() - min(queued))::float8 FROM ingest_items WHERE state = 'queued') AS oldest,
      (SELECT count(*)::int FROM pg_stat_activity WHERE application_name = 'parallax-queue' AND datname = current_database()) AS conns`,
    [QUEUE],
  );
  const r = rows[0]!;
  const j = (k: string) => r.j[k] ?? 0;
  const i = (k: string) => r.i[k] ?? 0;
  return {
    jobs: { created: j('created'), retry: j('retry'), active: j('active'), completed: j('completed'), failed: j('failed'), cancelled: j('cancelled'), archived: r.archived },
    items: { queued: i('queued'), stored: i('stored'), failed: i('failed') },
    articles: r.articles,
    unassigned: r.articles - r.assigned,
    stories: r.stories,
    rate: Math.round((r.recent / 60) * 10) / 10,
    oldestQueued: r.oldest === null ? null : Math.round(r.oldest),
    connections: r.conns,
  };
}

/** Human-readable status, a few lines. Pure. */
export function statusText(s: QueueStatus): string {
  const done = s.items.stored + s.items.failed;
  const all = done + s.items.queued;
  const pct = all ? Math.floor((done / all) * 100) : 100;
  return [
    `inputs   ${done}/${all} done (${pct}%): ${s.items.stored} stored, ${s.items.failed} failed, ${s.items.queued} queued${s.oldestQueued !== null ? ` (oldest ${s.oldestQueued} s)` : ''}`,
    `jobs     ${s.jobs.created} waiting, ${s.jobs.retry} to retry, ${s.jobs.active} running, ${s.jobs.completed + s.jobs.archived} done, ${s.jobs.failed} failed`,
    `articles ${s.articles} stored, ${s.unassigned} awaiting story assignment, ${s.stories} stories`,
    `rate     ${s.rate} inputs/s over the last minute; ${s.connections} queue connection${s.connections === 1 ? '' : 's'}`,
  ].join('\n');
}
