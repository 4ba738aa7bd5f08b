// src/cli/commands/reanalyze.ts — `parallax reanalyze`: re-run the analyzers over stored articles.
import { openStore, DEFAULT_DB } from '../../store/index.js';
import { reanalyzeStore } from '../../worker/reanalyze.js';
import { createPool } from '../../worker/pool.js';
import { HELP, type Command } from '../command.js';
import { makeProgress } from '../progress.js';
import { collectionOf, DB_FLAG, workersOf, WORKERS_FLAG } from './ingest.js';

export const reanalyze: Command = {
  summary: 're-run the analyzers over stored articles (after upgrading Parallax); ids, stories and collections stay',
  usage: 'parallax reanalyze [--db FILE|postgres://...] [--collection NAME] [--workers N]',
  example: 'parallax reanalyze --db news.db',
  flags: {
    db: DB_FLAG,
    collection: { value: true, arg: 'NAME', help: 'only the articles of this collection' },
    workers: WORKERS_FLAG,
    help: HELP,
  },
  async run({ flags }, io) {
    const workers = workersOf(flags);
    const collection = collectionOf(flags);
    const store = await openStore(typeof flags.db === 'string' ? flags.db : DEFAULT_DB, { create: false });
    const progress = makeProgress(io.stderr, 'reanalyze');
    try {
      const total = collection === null ? (await store.stats()).articles : ((await store.collections()).find((c) => c.name === collection)?.articles ?? 0);
      const s = await reanalyzeStore(store, () => createPool(workers), { collection, onProgress: (p) => progress.update(p.articles, total) });
      progress.done();
      io.stderr.write(`reanalyzed: ${s.articles} articles, ${s.updated} with new findings, in ${s.seconds.toFixed(1)} s\n`);
      return 0;
    } finally {
      progress.done();
      await store.close();
    }
  },
};
