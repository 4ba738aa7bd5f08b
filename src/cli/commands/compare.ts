// src/cli/commands/compare.ts — `parallax compare`: one Comparison of all inputs, as a terminal
// report (default), Markdown, standalone HTML or the JSON contract (`--json` = `--format json`).
import { compare as compareArticles } from '../../pipeline.js';
import { comparisonHtml } from '../../report/html.js';
import { comparisonJson } from '../../report/json.js';
import { comparisonMarkdown } from '../../report/markdown.js';
import { makeStyle, wantColor } from '../../report/style.js';
import { comparisonText } from '../../report/text.js';
import { UsageError } from '../args.js';
import { collect, HELP, inputsOf, JSON_FLAG, type Command } from '../command.js';
import { DB_SOURCE_FLAGS, storedArticles, wantsDb } from '../db-source.js';

const FORMATS = ['text', 'md', 'html', 'json'] as const;

export const compare: Command = {
  summary: 'compare how two or more articles tell a story',
  usage: 'parallax compare PATH... [--format text|md|html|json] [--json] | parallax compare --db FILE [--collection NAME] [--story ID] [--format ...]',
  example: 'parallax compare examples/seeds\n  parallax compare --format html examples/seeds > report.html',
  flags: {
    json: JSON_FLAG,
    format: { value: true, arg: 'FORMAT', help: 'text (default), md, html (one standalone file) or json' },
    ...DB_SOURCE_FLAGS,
    help: HELP,
  },
  async run({ flags, positional }, io) {
    const format = flags.json ? 'json' : typeof flags.format === 'string' ? flags.format : 'text';
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
    if (wantsDb(flags) && positional.length) throw new UsageError('give either --db FILE or PATHs, not both');
    const stored = wantsDb(flags) ? await storedArticles(flags, io, 'compare') : undefined;
    if (stored === null) return 1;
    const { articles, failed } = stored ? { articles: stored, failed: 0 } : await collect(inputsOf(positional), io);
    if (articles.length === 0) {
      io.stderr.write('parallax: compare: no article could be read\n');
      return 1;
    }
    const c = compareArticles(articles);
    if (format === 'json') io.stdout.write(comparisonJson(c) + '\n');
    else if (format === 'md') io.stdout.write(comparisonMarkdown(c, articles));
    else if (format === 'html') io.stdout.write(comparisonHtml(c, articles));
    else io.stdout.write(comparisonText(c, articles, makeStyle(wantColor(io.stdout, io.env))));
    return failed ? 1 : 0;
  },
};
