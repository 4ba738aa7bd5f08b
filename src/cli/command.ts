// src/cli/command.ts — the shape of one CLI command, and helpers shared by commands.
import { describeInputError, isInputError } from '../errors.js';
import { analyzePaths } from '../pipeline.js';
import type { Article, InputError } from '../types.js';
import type { FlagSpec } from './args.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface Command {
  summary: string;
  usage: string;
  /** One or more example command lines, shown in --help and in the README. */
  example: string;
  flags: Record<string, FlagSpec>;
  /** Returns the exit status: 0 ok, 1 some input failed, 2 usage error. */
  run(args: { flags: Record<string, string | boolean>; positional: string[] }, io: Io): Promise<number>;
}

export const HELP: FlagSpec = { short: 'h', help: 'show this help' };
export const JSON_FLAG: FlagSpec = { help: 'print the machine-readable contract (see README)' };

/** PATH arguments, defaulting to standard input. */
export function inputsOf(positional: string[]): string[] {
  return positional.length ? positional : ['-'];
}

/** Analyse every input; report each unreadable one as one stderr line. */
export async function collect(
  paths: string[],
  io: Io,
  onArticle?: (a: Article | InputError) => void,
): Promise<{ articles: Article[]; failed: number }> {
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
