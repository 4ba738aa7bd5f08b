// src/cli/commands/failures.ts — `parallax failures`: inputs that could not be read, with reasons.
import { withStore } from '../../store/index.js';
import { makeStyle, wantColor } from '../../report/style.js';
import { HELP, JSON_FLAG, type Command } from '../command.js';
import { DB_FLAG } from './ingest.js';

export const failures: Command = {
  summary: 'list inputs that failed during ingest, with their reasons',
  usage: 'parallax failures [--db FILE] [--json]',
  example: 'parallax failures --db news.db',
  flags: { db: DB_FLAG, json: JSON_FLAG, help: HELP },
  async run({ flags }, io) {
    const db = typeof flags.db === 'string' ? flags.db : undefined;
    return withStore(db, { create: false }, async (store) => {
      const rows = await store.failures();
      if (flags.json) {
        for (const r of rows) io.stdout.write(JSON.stringify(r) + '\n');
        return 0;
      }
      const st = makeStyle(wantColor(io.stdout, io.env));
      for (const r of rows) {
        const where = (r.input ?? '<stdin>') + (r.line !== null ? `:${r.line}` : '');
        io.stdout.write(`${where}  ${st.red(r.code)}  ${r.message}  ${st.dim(r.time)}\n`);
      }
      io.stdout.write(st.dim(`${rows.length} failure${rows.length === 1 ? '' : 's'}`) + '\n');
      return 0;
    });
  },
};
