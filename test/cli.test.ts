import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli/main.js';

function io(): Io & { out: string; err: string } {
  const o = { out: '', err: '', env: { NO_COLOR: '1' } as NodeJS.ProcessEnv } as Io & { out: string; err: string };
  o.stdout = { write: (s: string) => (o.out += s) };
  o.stderr = { write: (s: string) => (o.err += s) };
  return o;
}

describe('cli', () => {
  it.each(['analyze', 'compare'])('%s --help prints usage and an example', async (cmd) => {
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
