// src/cli/main.ts — argv -> command -> pipeline -> stdout. The only code that picks exit codes.
import { describeInputError, isInputError } from '../errors.js';
import { analyzePaths, compare } from '../pipeline.js';
import { articleJson, comparisonJson } from '../report/json.js';
import { makeStyle, wantColor } from '../report/style.js';
import { articleText, comparisonText } from '../report/text.js';
import type { Article, InputError } from '../types.js';
import { formatFlags, parseArgs, UsageError, type FlagSpec } from './args.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
}

interface Command {
  summary: string;
  usage: string;
  example: string;
  flags: Record<string, FlagSpec>;
  run(args: { flags: Record<string, string | boolean>; positional: string[] }, io: Io): Promise<number>;
}

const HELP: FlagSpec = { short: 'h', help: 'show this help' };
const JSON_FLAG: FlagSpec = { help: 'print the machine-readable contract (see README)' };

function inputsOf(positional: string[]): string[] {
  return positional.length ? positional : ['-'];
}

/** Collect articles; report each unreadable input as one stderr line. */
async function collect(paths: string[], io: Io, onArticle?: (a: Article | InputError) => void): Promise<{ articles: Article[]; failed: number }> {
  const articles: Article[] = [];
  let failed = 0;
  for await (const item of analyzePaths(paths)) {
    if (isInputError(item)) {
      failed++;
      io.stderr.write(`parallax: ${describeInputError(item)}\n`);
    } else articles.push(item);
    onArticle?.(item);
  }
  return { articles, failed };
}

const COMMANDS: Record<string, Command> = {
  analyze: {
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
  },
  compare: {
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
      const c = compare(articles);
      if (flags.json) io.stdout.write(comparisonJson(c) + '\n');
      else io.stdout.write(comparisonText(c, articles, makeStyle(wantColor(io.stdout, io.env))));
      return failed ? 1 : 0;
    },
  },
};

export function commandNames(): string[] {
  return Object.keys(COMMANDS);
}

/** Register a command (later stages add theirs: ingest, stories, search, serve...). */
export function registerCommand(name: string, cmd: Command): void {
  COMMANDS[name] = cmd;
}

function mainHelp(): string {
  const rows = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(12)} ${c.summary}`);
  return [
    'parallax — see how different news outlets tell the same story',
    '',
    'Usage: parallax COMMAND [OPTIONS] [PATH...]',
    '',
    'Commands:',
    ...rows,
    '',
    'PATH is a file, a directory (read recursively) or - for standard input (the default).',
    'Run "parallax COMMAND --help" for a command\'s options. NO_COLOR turns colour off.',
    '',
  ].join('\n');
}

function commandHelp(name: string, c: Command): string {
  return `${c.summary}\n\nUsage: ${c.usage}\n\nOptions:\n${formatFlags(c.flags)}\n\nExample:\n  ${c.example}\n`;
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write('parallax 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`parallax: unknown command "${name}". Commands: ${commandNames().join(', ')}\n`);
    return 2;
  }
  try {
    const args = parseArgs(rest, cmd.flags);
    if (args.flags.help) {
      io.stdout.write(commandHelp(name, cmd));
      return 0;
    }
    return await cmd.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`parallax ${name}: ${e.message}\n${cmd.usage}\n`);
      return 2;
    }
    io.stderr.write(`parallax ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
