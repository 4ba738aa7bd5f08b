// src/cli/commands/collections.ts — `parallax collections`: named collections with article counts.
import { withStore } from '../../store/index.js';
import { makeStyle, wantColor } from '../../report/style.js';
import { HELP, JSON_FLAG, type Command } from '../command.js';
import { DB_FLAG } from './ingest.js';

export const collections: Command = {
  summary: 'list stored collections with their article counts',
  usage: 'parallax collections [--db FILE] [--json]',
  example: 'parallax collections --db news.db',
  flags: { db: DB_FLAG, json: JSON_FLAG, help: HELP },
  async run({ flags }, io) {
    const db = typeof flags.db === 'string' ? flags.db : undefined;
    return withStore(db, { create: false }, async (store) => {
      const rows = await store.collections();
      if (flags.json) {
        for (const r of rows) io.stdout.write(JSON.stringify(r) + '\n');
        return 0;
      }
      const st = makeStyle(wantColor(io.stdout, io.env));
      const width = Math.max(4, ...rows.map((r) => r.name.length));
      for (const r of rows) io.stdout.write(`${st.bold(r.name.padEnd(width))}  ${String(r.articles).padStart(7)} article${r.articles === 1 ? '' : 's'}  ${st.dim(r.created)}\n`);
      if (!rows.length) io.stdout.write(st.dim('no collections (ingest with --collection NAME)') + '\n');
      return 0;
    });
  },
};
