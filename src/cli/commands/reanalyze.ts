// src/cli/commands/reanalyze.ts — `parallax reanalyze`: re-run the analyzers over stored articles.
import { openStore, DEFAULT_DB } from '../../store/index.js';
import { reanalyzeStore } from '../../worker/reanalyze.js';
import { createPool, defaultWorkers } from '../../worker/pool.js';
import { UsageError } from '../args.js';
import { HELP, type Command } from '../command.js';
import { makeProgress } from '../progress.js';
import { DB_FLAG } from './ingest.js';

export const reanalyze: Command = {
  summary: 're-run the analyzers over stored articles (after upgrading Parallax); ids, stories and collections stay',
  usage: 'parallax reanalyze [--db FILE|postgres://...] [--collection NAME] [--workers N]',
  example: 'parallax reanalyze --db news.db',
  flags: {
    db: DB_FLAG,
    collection: { value: true, arg: 'NAME', help: 'only the articles of this collection' },
    workers: { value: true, arg: 'N', help: 'analysis threads (default: one per core; 0 = the main thread)' },
    help: HELP,
  },
  async run({ flags }, io) {
    const workers = flags.workers === undefined ? defaultWorkers() : Number(flags.workers);
    if (!Number.isInteger(workers) || workers < 0) throw new UsageError('--workers must be a whole number >= 0');
    const collection = typeof flags.collection === 'string' ? flags.collection : null;
    if (collection !== null && collection.trim() === '') throw new UsageError('--collection needs a name');
    const store = await openStore(typeof flags.db === 'string' ? flags.db : DEFAULT_DB, { create: false });
    const total = collection === null ? (await store.stats()).articles : ((await store.collections()).find((c) => c.name === collection)?.articles ?? 0);
    const progress = makeProgress(io.stderr, 'reanalyze');
    const pool = createPool(total < 64 ? 0 : workers);
    try {
      const s = await reanalyzeStore(store, pool, { collection, onProgress: (p) => progress.update(p.articles, total) });
      progress.done();
      io.stderr.write(`reanalyzed: ${s.articles} articles, ${s.updated} with new findings, in ${s.seconds.toFixed(1)} s\n`);
      return 0;
    } finally {
      progress.done();
      await pool.close();
      await store.close();
    }
  },
};
