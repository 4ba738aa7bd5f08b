// src/cli/commands/search.ts — `parallax search`: full-text search over stored articles (FTS5, bm25).
import { withStore, type SearchHit } from '../../store/index.js';
import { makeStyle, wantColor, type Style } from '../../report/style.js';
import { UsageError } from '../args.js';
import { HELP, JSON_FLAG, type Command } from '../command.js';
import { DB_FLAG } from './ingest.js';

const DATE = /^\d{4}(-\d{2}(-\d{2}([T ].*)?)?)?$/;

/** The snippet with each highlight passed through `mark`. Pure. */
export function highlight(hit: Pick<SearchHit, 'snippet' | 'highlights'>, mark: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [s, e] of hit.highlights) {
    out += hit.snippet.slice(at, s) + mark(hit.snippet.slice(s, e));
    at = e;
  }
  return out + hit.snippet.slice(at);
}

function hitText(h: SearchHit, st: Style): string {
  const meta = [h.outlet, h.published?.slice(0, 10)].filter(Boolean).join(', ');
  return `${st.bold(h.title ?? '(untitled)')}${meta ? '  ' + st.dim(meta) : ''}\n  ${highlight(h, (s) => st.bold(st.yellow(s)))}\n  ${st.dim(`${h.id}  score ${h.score}`)}\n`;
}

export const search: Command = {
  summary: 'full-text search over stored articles, with filters',
  usage: 'parallax search QUERY [--db FILE] [--outlet X] [--from DATE] [--to DATE] [--entity NAME] [--speaker NAME] [--collection NAME] [--limit N] [--json]',
  example: 'parallax search "Macron Kremlin" --db news.db --speaker "Dmitry Peskov"',
  flags: {
    db: DB_FLAG,
    outlet: { value: true, arg: 'X', help: 'only this outlet (case-insensitive)' },
    from: { value: true, arg: 'DATE', help: 'published on or after DATE (YYYY[-MM[-DD]])' },
    to: { value: true, arg: 'DATE', help: 'published on or before DATE' },
    entity: { value: true, arg: 'NAME', help: 'articles naming this entity (name or alias)' },
    speaker: { value: true, arg: 'NAME', help: 'articles quoting this speaker' },
    collection: { value: true, arg: 'NAME', help: 'only articles in this collection' },
    limit: { value: true, arg: 'N', help: 'at most N results (default 20)' },
    json: JSON_FLAG,
    help: HELP,
  },
  async run({ flags, positional }, io) {
    const query = positional.join(' ').trim();
    if (!query) throw new UsageError('give a search QUERY');
    const opt = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
    for (const k of ['from', 'to']) if (opt(k) !== undefined && !DATE.test(opt(k)!)) throw new UsageError(`--${k} must be a date like 2017-04-24`);
    const limit = opt('limit') === undefined ? 20 : Number(opt('limit'));
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit must be a whole number >= 1');
    return withStore(opt('db'), { create: false }, async (store) => {
      const q = { query, limit, outlet: opt('outlet'), from: opt('from'), to: opt('to'), entity: opt('entity'), speaker: opt('speaker'), collection: opt('collection') };
      let hits: SearchHit[];
      try {
        hits = await store.search(Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as typeof q);
      } catch (e) {
        if (/fts5|syntax/i.test((e as Error).message)) throw new UsageError(`bad search query: ${(e as Error).message}`);
        throw e;
      }
      if (flags.json) {
        for (const h of hits) io.stdout.write(JSON.stringify(h) + '\n');
        return 0;
      }
      const st = makeStyle(wantColor(io.stdout, io.env));
      io.stdout.write(hits.map((h) => hitText(h, st)).join('\n'));
      if (!hits.length) io.stdout.write(st.dim('no matches') + '\n');
      return 0;
    });
  },
};
