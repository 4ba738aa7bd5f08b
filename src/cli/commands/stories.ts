// src/cli/commands/stories.ts — `parallax stories`: group inputs into stories and threads.
import { makeStyle, wantColor, type Style } from '../../report/style.js';
import { cluster, type ClusterResult } from '../../story/index.js';
import { collect, HELP, inputsOf, JSON_FLAG, type Command } from '../command.js';
import { DB_SOURCE_FLAGS, storedArticles, wantsDb } from '../db-source.js';
import type { Article } from '../../types.js';

export const stories: Command = {
  summary: 'group articles into stories (one event) and threads (one affair)',
  usage: 'parallax stories PATH... [--json] | parallax stories --db FILE [--collection NAME] [--json]',
  example: 'parallax stories examples/seeds',
  flags: {
    json: JSON_FLAG,
    db: DB_SOURCE_FLAGS.db,
    collection: DB_SOURCE_FLAGS.collection,
    help: HELP,
  },
  async run({ flags, positional }, io) {
    let articles: Article[];
    let failed = 0;
    const fromDb = wantsDb(flags);
    if (fromDb) {
      const stored = await storedArticles(flags, io, 'stories');
      if (!stored) return 1;
      articles = stored;
    } else {
      ({ articles, failed } = await collect(inputsOf(positional), io));
    }
    if (articles.length === 0) {
      io.stderr.write('parallax: stories: no article could be read\n');
      return 1;
    }
    // Files or stored articles (in storage order) are grouped from scratch: the single pass, then
    // the batch refinement. A store filled by one `parallax ingest` run holds this same grouping;
    // later runs never move earlier articles, so a store built in steps may differ from it.
    const result = cluster(articles);
    if (flags.json) io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    else io.stdout.write(storiesText(result, makeStyle(wantColor(io.stdout, io.env))));
    return failed ? 1 : 0;
  },
};

/** Threads, each with its stories in time order, each with its articles. */
export function storiesText(r: ClusterResult, s: Style): string {
  const out: string[] = [];
  const byId = new Map(r.stories.map((x) => [x.id, x]));
  out.push(s.bold(`${r.articles.length} articles, ${r.stories.length} stories, ${r.threads.length} threads`), '');
  for (const t of r.threads) {
    out.push(s.magenta(s.bold(`Thread: ${t.title ?? '(untitled)'}`)) + s.dim(`  ${t.id}`));
    for (const step of t.timeline) {
      const st = byId.get(step.story)!;
      const when = st.first ? (st.first === st.last ? st.first : `${st.first} – ${st.last}`) : 'date unknown';
      out.push(`  ${s.cyan(s.bold(st.title ?? '(untitled)'))}  ${s.dim(when)}`);
      if (step.adds.length) out.push(`    ${s.dim('adds:')} ${step.adds.join(', ')}`);
      for (const a of st.timeline) {
        out.push(`    ${s.dim(a.date ?? '          ')}  ${s.yellow(a.outlet ?? '?')}  ${a.title ?? '(untitled)'}`);
      }
      for (const g of st.duplicates) out.push(`    ${s.dim(`copies of one text: ${g.length} articles`)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
