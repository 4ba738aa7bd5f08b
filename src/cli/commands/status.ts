// src/cli/commands/status.ts — `parallax status --db postgres://…`: queue and store counters of a
// distributed ingest (src/queue/status.ts). `--watch` redraws every 2 s on a TTY.
import { isPostgres, redact } from '../../store/postgres/target.js';
import { UsageError } from '../args.js';
import { HELP, JSON_FLAG, type Command } from '../command.js';

export const status: Command = {
  summary: 'show the PostgreSQL ingest queue: queued, running, done, failed, rates',
  usage: 'parallax status --db postgres://… [--json] [--watch]',
  example: 'parallax status --db postgres://parallax@db/news --watch',
  flags: {
    db: { value: true, arg: 'URL', help: 'PostgreSQL URL (env PARALLAX_DB)' },
    json: JSON_FLAG,
    watch: { help: 'redraw every 2 s until interrupted (on a terminal)' },
    help: HELP,
  },
  async run({ flags }, io) {
    const url = typeof flags.db === 'string' ? flags.db : io.env.PARALLAX_DB;
    if (!isPostgres(url)) throw new UsageError('status needs --db postgres://… (or PARALLAX_DB)');
    const { PostgresStore } = await import('../../store/postgres/store.js');
    const { queueStatus, statusText } = await import('../../queue/status.js');
    let store;
    try {
      store = await PostgresStore.open(url, { max: 1 });
    } catch (e) {
      io.stderr.write(`parallax: status: cannot open ${redact(url)}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
    try {
      const once = async () => {
        try {
          return await queueStatus(store.pool);
        } catch (e) {
          // pg-boss creates its schema on first ingest/worker start
          if (/relation "pgboss\./.test(String(e))) throw new Error('no queue in this database yet (run parallax ingest --db URL first)');
          throw e;
        }
      };
      if (flags.json) {
        io.stdout.write(JSON.stringify(await once()) + '\n');
        return 0;
      }
      if (!flags.watch || !io.stdout.isTTY) {
        io.stdout.write(statusText(await once()) + '\n');
        return 0;
      }
      let stop = false;
      const onSignal = () => (stop = true);
      process.once('SIGINT', onSignal);
      try {
        let lines = 0;
        while (!stop) {
          const text = `${statusText(await once())}\n${new Date().toISOString().slice(11, 19)}  (Ctrl-C to stop)`;
          io.stdout.write((lines ? `\x1b[${lines}F\x1b[J` : '') + text + '\n');
          lines = text.split('\n').length;
          for (let t = 0; t < 20 && !stop; t++) await new Promise((r) => setTimeout(r, 100));
        }
      } finally {
        process.off('SIGINT', onSignal);
      }
      return 0;
    } catch (e) {
      io.stderr.write(`parallax: status: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    } finally {
      await store.close();
    }
  },
};
