// src/cli/main.ts — argv -> command -> pipeline -> stdout. The only code that picks exit codes.
import { formatFlags, parseArgs, UsageError } from './args.js';
import type { Command, Io } from './command.js';
import { COMMANDS } from './commands/index.js';

export type { Io };

export function commandNames(): string[] {
  return Object.keys(COMMANDS);
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
