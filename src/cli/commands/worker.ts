// src/cli/commands/worker.ts — `parallax worker --db postgres://…`: process the ingest queue that
// `parallax ingest --db postgres://…` fills (src/queue/worker.ts). Run one per machine (or more);
// stop with Ctrl-C / SIGTERM (the current batch finishes first).
import { describeInputError } from '../../errors.js';
import { isPostgres, redact } from '../../store/postgres/target.js';
import { UsageError } from '../args.js';
import { HELP, type Command } from '../command.js';
import { makeProgress } from '../progress.js';

export const worker: Command = {
  summary: 'process the PostgreSQL ingest queue: analyse, store, assign stories',
  usage: 'parallax worker --db postgres://… [--concurrency N] [--exit-when-idle]',
  example: 'parallax worker --db postgres://parallax@db/news --concurrency 2',
  flags: {
    db: { value: true, arg: 'URL', help: 'PostgreSQL URL (env PARALLAX_DB)' },
    concurrency: { value: true, arg: 'N', help: 'analysis threads in this process (default 1)' },
    'exit-when-idle': { help: 'exit once no job is waiting or running' },
    help: HELP,
  },
  async run({ flags }, io) {
    const url = typeof flags.db === 'string' ? flags.db : io.env.PARALLAX_DB;
    if (!isPostgres(url)) throw new UsageError('worker needs --db postgres://… (or PARALLAX_DB)');
    const concurrency = flags.concurrency === undefined ? 1 : Number(flags.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError('--concurrency must be a whole number >= 1');
    const { runWorker } = await import('../../queue/worker.js');
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const progress = makeProgress(io.stderr, 'worker');
    try {
      const s = await runWorker(url, {
        concurrency,
        exitWhenIdle: flags['exit-when-idle'] === true,
        signal: stop.signal,
        onFailure: (e) => progress.log(`parallax: ${describeInputError(e)}`),
        onProgress: (p) => progress.update(p.jobs),
      });
      progress.done();
      io.stderr.write(`worker: ${s.jobs} jobs (${s.stored} stored, ${s.failed} failed), ${s.assigned} articles assigned to stories in ${s.seconds.toFixed(1)} s\n`);
      return 0;
    } catch (e) {
      progress.done();
      io.stderr.write(`parallax: worker (${redact(url)}): ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};
