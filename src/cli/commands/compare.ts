// src/cli/commands/compare.ts — `parallax compare`: one Comparison of all inputs.
import { compare as compareArticles } from '../../pipeline.js';
import { comparisonJson } from '../../report/json.js';
import { makeStyle, wantColor } from '../../report/style.js';
import { comparisonText } from '../../report/text.js';
import { collect, HELP, inputsOf, JSON_FLAG, type Command } from '../command.js';

export const compare: Command = {
  summary: 'compare how two or more articles tell a story',
  usage: 'parallax compare PATH... [--json]',
  example: 'parallax compare examples/seeds',
  flags: { json: JSON_FLAG, help: HELP },
  async run({ flags, positional }, io) {
    const { articles, failed } = await collect(inputsOf(positional), io);
    if (articles.length === 0) {
      io.stderr.write('parallax: compare: no article could be read\n');
      return 1;
    }
    const c = compareArticles(articles);
    if (flags.json) io.stdout.write(comparisonJson(c) + '\n');
    else io.stdout.write(comparisonText(c, articles, makeStyle(wantColor(io.stdout, io.env))));
    return failed ? 1 : 0;
  },
};
