// src/cli/commands/analyze.ts — `parallax analyze`: one Article per input.
import { isInputError } from '../../errors.js';
import { articleJson } from '../../report/json.js';
import { makeStyle, wantColor } from '../../report/style.js';
import { articleText } from '../../report/text.js';
import { collect, HELP, inputsOf, JSON_FLAG, type Command } from '../command.js';

export const analyze: Command = {
  summary: 'clean and analyse articles: entities, quotes, numbers, cues',
  usage: 'parallax analyze [PATH...] [--json]',
  example: 'parallax analyze examples/seeds/000_67ea23102d894fe1.txt',
  flags: { json: JSON_FLAG, help: HELP },
  async run({ flags, positional }, io) {
    const st = makeStyle(wantColor(io.stdout, io.env));
    let first = true;
    const { failed } = await collect(inputsOf(positional), io, (item) => {
      if (flags.json) io.stdout.write(articleJson(item) + '\n');
      else if (!isInputError(item)) {
        io.stdout.write((first ? '' : '\n') + articleText(item, st));
        first = false;
      }
    });
    return failed ? 1 : 0;
  },
};
