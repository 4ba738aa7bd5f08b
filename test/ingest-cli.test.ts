// test/ingest-cli.test.ts — `parallax ingest / search / failures / collections` end to end, and the
// crash test: kill -9 mid-ingest, reopen (integrity ok), rerun, every article stored exactly once.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../bench/ingest-corpus.js';
import { main } from '../src/cli/main.js';
import { io } from './helpers/io.js';
import { makeProgress, progressLine } from '../src/cli/progress.js';
import { openStore } from '../src/store/index.js';
import type { SqliteStore } from '../src/store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest, search, failures, collections commands', () => {
  const db = join(dir, 'cli.db');
  // --help of every command: test/cli.test.ts.
  it('ingests, counts duplicates, files collections, searches with highlights', async () => {
    let x = io();
    expect(await main(['ingest', 'examples/seeds', '--db', db, '--workers', '0', '--collection', 'seeds'], x)).toBe(0);
    expect(x.err).toMatch(/ingested: 2 new, 0 duplicate, 0 near-duplicate, 0 failed in [\d.]+ s \(\d+ articles\/s\)/);
    x = io();
    expect(await main(['ingest', 'examples/seeds', '--db', db, '--collection', 'again'], x)).toBe(0);
    expect(x.err).toMatch(/0 new, 2 duplicate/);
    x = io();
    await main(['collections', '--db', db], x);
    expect(x.out).toMatch(/again\s+2 articles/);
    expect(x.out).toMatch(/seeds\s+2 articles/);

    x = io({ FORCE_COLOR: '1' });
    expect(await main(['search', 'mistrust', '--db', db], x)).toBe(0);
    expect(x.out).toContain('overcome mutual mistrust');
    expect(x.out).toMatch(/\x1b\[[\d;]*m[Mm]istrust\x1b/); // the match is coloured
    x = io({ NO_COLOR: '1', FORCE_COLOR: '1' });
    await main(['search', 'mistrust', '--db', db], x);
    expect(x.out).not.toContain('\x1b[');

    x = io();
    expect(await main(['search', 'Kremlin', '--db', db, '--json'], x)).toBe(0);
    const hits = x.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(hits.length).toBeGreaterThan(0);
    expect(Object.keys(hits[0]).sort()).toEqual(['highlights', 'id', 'outlet', 'published', 'score', 'snippet', 'title']);
    x = io();
    await main(['search', 'Kremlin', '--db', db, '--json', '--outlet', 'no such outlet'], x);
    expect(x.out).toBe('');
  });

  it('stores failures, prints one stderr line each and exits 1', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"text": "Fine article text about the election in France."}\n{"title": "no body"}\n');
    let x = io();
    expect(await main(['ingest', bad, join(dir, 'nope.txt'), '--db', db, '--workers', '0'], x)).toBe(1);
    expect(x.err.split('\n').filter((l) => l.startsWith('parallax: '))).toHaveLength(2);
    expect(x.err).toMatch(/1 new, 0 duplicate, 0 near-duplicate, 2 failed/);
    x = io();
    expect(await main(['failures', '--db', db, '--json'], x)).toBe(0);
    const rows = x.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.code)).toEqual(['not-an-article', 'not-found']);
    x = io();
    await main(['failures', '--db', db], x);
    expect(x.out).toMatch(/nope\.txt\s+not-found/);
  });

  it('rejects bad options and a missing database', async () => {
    let x = io();
    expect(await main(['ingest', 'examples/seeds', '--db', db, '--workers', 'two'], x)).toBe(2);
    x = io();
    expect(await main(['search', 'x', '--db', join(dir, 'missing.db')], x)).toBe(1);
    expect(x.err).toMatch(/no database/);
    x = io();
    expect(await main(['search', 'x', '--db', db, '--from', 'yesterday'], x)).toBe(2);
  });
});

describe('progress', () => {
  it('shows done, rate and ETA on a TTY, nothing otherwise', () => {
    expect(progressLine('ingest', 500, 2, 1500)).toBe('ingest 500/1,500  250/s  ETA 4s');
    expect(progressLine('ingest', 1200, 2)).toBe('ingest 1,200  600/s');
    let out = '';
    let t = 0;
    const p = makeProgress({ write: (s: string) => (out += s), isTTY: false }, 'ingest', () => (t += 1000));
    p.update(10, 20);
    p.done();
    expect(out).toBe('');
    const q = makeProgress({ write: (s: string) => (out += s), isTTY: true }, 'ingest', () => (t += 1000));
    q.update(10, 20);
    expect(out).toMatch(/ingest 10\/20/);
  });
});

describe('crash safety', () => {
  it('kill -9 mid-ingest leaves a sound database; a rerun stores every article exactly once', async () => {
    const N = 300;
    const corpus = writeCorpus(join(dir, 'corpus.jsonl'), N, 7, [3, 6]); // short articles: this tests the store, not analysis speed
    const db = join(dir, 'crash.db');
    const child = spawn(process.execPath, ['bin/parallax.js', 'ingest', corpus, '--db', db, '--batch', '25', '--workers', '2'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    let before = 0;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      if (child.exitCode !== null) break;
      try {
        const s = await openStore(db, { create: false });
        before = (await s.stats()).articles;
        await s.close();
      } catch {
        continue; // not created yet
      }
      if (before > 0) break;
    }
    child.kill('SIGKILL');
    await exited;
    expect(before).toBeGreaterThan(0);

    const s = await openStore(db);
    expect((s as SqliteStore).integrity()).toBe('ok');
    const committed = (await s.stats()).articles;
    expect(committed % 25).toBe(0); // whole batches only
    expect(committed).toBeLessThan(N); // really killed mid-run
    await s.close();

    // An input the analyzers reject fails on both runs (stored as a failure, never as an article),
    // so the rerun accounts for every input: new + duplicate + failed = N.
    const x = io();
    const code = await main(['ingest', corpus, '--db', db, '--batch', '25', '--workers', '2'], x);
    const m = /(\d+) new, (\d+) duplicate, \d+ near-duplicate, (\d+) failed/.exec(x.err);
    const [fresh, dup, failed] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
    expect(code).toBe(failed ? 1 : 0);
    expect(dup).toBe(committed);
    expect(fresh + dup + failed).toBe(N);
    expect(failed).toBeLessThan(N / 20);
    const again = await openStore(db);
    const articles = await again.articles();
    await again.close();
    expect(articles).toHaveLength(N - failed);
    expect(new Set(articles.map((a) => a.id)).size).toBe(N - failed);
  });
});
