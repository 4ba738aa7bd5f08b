// src/cli/commands/analyze.ts — `parallax analyze`: one Article per input, or the stored Articles
// of a database (`--db FILE [--collection NAME] [--story ID]`), printed as analysed at ingest.
import { isInputError } from '../../errors.js';
import { articleJson } from '../../report/json.js';
import { makeStyle, wantColor } from '../../report/style.js';
import { articleText } from '../../report/text.js';
import type { Article, InputError } from '../../types.js';
import { UsageError } from '../args.js';
import { collect, HELP, inputsOf, JSON_FLAG, type Command } from '../command.js';
import { DB_SOURCE_FLAGS, storedArticles, wantsDb } from '../db-source.js';

export const analyze: Command = {
  summary: 'clean and analyse articles: entities, quotes, numbers, cues',
  usage: 'parallax analyze [PATH...] [--json] | parallax analyze --db FILE [--collection NAME] [--story ID] [--json]',
  example: 'parallax analyze examples/seeds/000_67ea23102d894fe1.txt',
  flags: { json: JSON_FLAG, ...DB_SOURCE_FLAGS, help: HELP },
  async run({ flags, positional }, io) {
    const st = makeStyle(wantColor(io.stdout, io.env));
    let first = true;
    const print = (item: Article | InputError) => {
      if (flags.json) io.stdout.write(articleJson(item) + '\n');
      else if (!isInputError(item)) {
        io.stdout.write((first ? '' : '\n') + articleText(item, st));
        first = false;
      }
    };
    if (wantsDb(flags)) {
      if (positional.length) throw new UsageError('give either --db FILE or PATHs, not both');
      const articles = await storedArticles(flags, io, 'analyze');
      if (!articles) return 1;
      for (const a of articles) print(a);
      return 0;
    }
    const { failed } = await collect(inputsOf(positional), io, print);
    return failed ? 1 : 0;
  },
};
