// src/cli/commands/story.ts — `parallax story ID`: the comparison of one story kept in the store
// by `parallax ingest`. The same report as `parallax compare --db FILE --story ID` (it delegates,
// so the formats stay in one place).
import { UsageError } from '../args.js';
import { HELP, JSON_FLAG, type Command } from '../command.js';
import { compare } from './compare.js';

export const story: Command = {
  summary: 'compare the articles of one stored story',
  usage: 'parallax story ID [--db FILE] [--json | --format text|md|html|json]',
  example: 'parallax stories --db parallax.db --json   # story ids\n  parallax story s-687e6abd602b826b --db parallax.db --format md',
  flags: {
    db: { value: true, arg: 'FILE', help: 'database file (default ./parallax.db)' },
    json: JSON_FLAG,
    format: { value: true, arg: 'FORMAT', help: 'text (default), md, html (one standalone file) or json' },
    help: HELP,
  },
  async run({ flags, positional }, io) {
    if (positional.length !== 1 || !positional[0]) throw new UsageError('give one story id (see: parallax stories --db FILE)');
    return compare.run({ flags: { ...flags, db: typeof flags.db === 'string' ? flags.db : './parallax.db', story: positional[0] }, positional: [] }, io);
  },
};
