import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/commands/index.js';
import { main } from '../src/cli/main.js';
import { io } from './helpers/io.js';

describe('cli', () => {
  it.each(Object.keys(COMMANDS))('%s --help prints usage and an example', async (cmd) => {
    const x = io();
    expect(await main([cmd, '--help'], x)).toBe(0);
    expect(x.out).toContain(`parallax ${cmd}`);
    expect(x.out).toContain('Example:');
  });

  it('rejects an unknown command with exit 2', async () => {
    const x = io();
    expect(await main(['frobnicate'], x)).toBe(2);
    expect(x.err).toMatch(/unknown command/);
  });

  it('rejects an unknown option with exit 2', async () => {
    const x = io();
    expect(await main(['analyze', '--nope'], x)).toBe(2);
    expect(x.err).toMatch(/unknown option --nope/);
  });
});
