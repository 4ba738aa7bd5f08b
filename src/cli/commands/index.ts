// src/cli/commands/index.ts — every CLI command, in the order `parallax --help` lists them.
// To add a command: write src/cli/commands/<name>.ts exporting a Command, and add one line here.
import type { Command } from '../command.js';
import { analyze } from './analyze.js';
import { compare } from './compare.js';
import { ingest } from './ingest.js';
import { reanalyze } from './reanalyze.js';
import { search } from './search.js';
import { failures } from './failures.js';
import { collections } from './collections.js';
import { serve } from './serve.js';
import { stories } from './stories.js';
import { story } from './story.js';
import { worker } from './worker.js';
import { status } from './status.js';

export const COMMANDS: Record<string, Command> = {
  analyze,
  compare,
  ingest,
  reanalyze,
  search,
  failures,
  collections,
  serve,
  stories,
  story,
  worker,
  status,
};
