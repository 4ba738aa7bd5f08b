// The JSON contract: real output of analyze and compare validates against the schema, spans hold,
// and bad input gives one clear stderr line each while every other input is still printed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { io } from './helpers/io.js';
import type { Article } from '../src/types.js';
import { badSpans, validate } from './helpers/schema.js';

const SEEDS = new URL('../examples/seeds', import.meta.url).pathname;

describe('analyze --json', () => {
  it('prints one valid Article per seed, with spans inside the text', async () => {
    const x = io();
    expect(await main(['analyze', '--json', SEEDS], x)).toBe(0);
    const lines = x.out.trim().split('\n').map((l) => JSON.parse(l) as Article);
    expect(lines).toHaveLength(2);
    for (const a of lines) {
      expect(validate('article', a)).toEqual([]);
      expect(badSpans(a)).toEqual([]);
    }
    expect(x.err).toBe('');
  });
});

describe('compare --json', () => {
  it('prints one valid Comparison of the seeds', async () => {
    const x = io();
    expect(await main(['compare', '--json', SEEDS], x)).toBe(0);
    const c = JSON.parse(x.out);
    expect(validate('comparison', c)).toEqual([]);
    expect(c.articles).toHaveLength(2);
  });
});

describe('bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bad-'));
  const good = join(dir, 'good.txt');
  writeFileSync(good, 'A headline\n\nA body sentence that is long enough to be an article.');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const binary = join(dir, 'binary.txt');
  writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x7f]));
  const badUtf8 = join(dir, 'latin1.txt');
  writeFileSync(badUtf8, Buffer.from('Caf\xe9 au lait, a headline\n\nSome body text.', 'latin1'));
  const jsonl = join(dir, 'mixed.jsonl');
  writeFileSync(jsonl, '{"title":"One","text":"First article body."}\n{"foo":1}\nnot json\n{"title":"Two","text":"Second article body."}\n');
  const missing = join(dir, 'nope.txt');

  it.each([
    [missing, /nope\.txt: no such file or directory/],
    [empty, /empty\.txt: empty input/],
    [binary, /binary\.txt: binary data/],
    [badUtf8, /latin1\.txt: invalid UTF-8/],
  ])('%s gives one clear line and exit 1, other inputs still printed', async (bad, message) => {
    const x = io();
    expect(await main(['analyze', '--json', bad, good], x)).toBe(1);
    const errLines = x.err.trim().split('\n');
    expect(errLines).toHaveLength(1);
    expect(errLines[0]).toMatch(message);
    const out = x.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(2);
    expect(out[0].error.code).toBeTruthy();
    expect(validate('analyzeLine', out[0])).toEqual([]);
    expect(out[1].title).toBe('A headline');
  });

  it('a JSON line that is not an article is reported with its line number', async () => {
    const x = io();
    expect(await main(['analyze', '--json', jsonl], x)).toBe(1);
    const errLines = x.err.trim().split('\n');
    expect(errLines).toEqual([expect.stringMatching(/mixed\.jsonl:2: not an article/), expect.stringMatching(/mixed\.jsonl:3: invalid JSON/)]);
    const titles = x.out.trim().split('\n').map((l) => JSON.parse(l)).filter((a) => !a.error).map((a) => a.title);
    expect(titles).toEqual(['One', 'Two']);
  });

  it('compare still compares what it could read', async () => {
    const x = io();
    expect(await main(['compare', '--json', SEEDS, missing], x)).toBe(1);
    expect(JSON.parse(x.out).articles).toHaveLength(2);
    expect(x.err).toMatch(/nope\.txt/);
  });
});
