// src/cli/commands/index.ts — every CLI command, in the order `parallax --help` lists them.
// To add a command: write src/cli/commands/<name>.ts exporting a Command, and add one line here.
import type { Command } from '../command.js';
import { analyze } from './analyze.js';
import { compare } from './compare.js';

export const COMMANDS: Record<string, Command> = {
  analyze,
  compare,
};
