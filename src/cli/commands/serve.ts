// src/cli/commands/serve.ts — `parallax serve`: the web UI and JSON API.
// With --db FILE it serves the store (through src/server/store-source.ts, when present);
// with PATHs it analyses them into memory (each article its own story) and serves those.
import { memorySource } from '../../server/memory-source.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/server.js';
import type { WebSource } from '../../server/source.js';
import { UsageError } from '../args.js';
import { collect, HELP, type Command } from '../command.js';

/** The store-backed adapter, loaded lazily so the server works without the store module. */
async function storeSource(file: string): Promise<WebSource> {
  const mod = './../../server/store-source.js';
  let m: { storeSource?: (file: string) => WebSource | Promise<WebSource> };
  try {
    m = (await import(mod)) as typeof m;
  } catch {
    throw new Error('serving a database needs src/server/store-source.ts, which is not available in this build');
  }
  if (typeof m.storeSource !== 'function') throw new Error('src/server/store-source.ts does not export storeSource(file)');
  return m.storeSource(file);
}

export const serve: Command = {
  summary: 'serve the web UI and JSON API',
  usage: 'parallax serve [--db FILE | PATH...] [--port N] [--host H]',
  example: 'parallax serve examples/seeds --port 4173',
  flags: {
    db: { value: true, arg: 'FILE', help: 'serve the articles stored in this database' },
    port: { value: true, arg: 'N', help: `port (default $PORT or ${DEFAULT_PORT}; 0 picks a free one)` },
    host: { value: true, arg: 'H', help: `address to listen on (default ${DEFAULT_HOST}); other hosts need a write token` },
    help: HELP,
  },
  async run({ flags, positional }, io) {
    const portText = typeof flags.port === 'string' ? flags.port : io.env.PORT ?? String(DEFAULT_PORT);
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got "${portText}"`);
    const host = typeof flags.host === 'string' ? flags.host : DEFAULT_HOST;
    if (flags.db && positional.length) throw new UsageError('give either --db FILE or PATHs, not both');
    let source: WebSource;
    if (typeof flags.db === 'string') source = await storeSource(flags.db);
    else {
      const { articles } = positional.length ? await collect(positional, io) : { articles: [] };
      source = memorySource(articles);
    }
    const running = await startServer(source, {
      host,
      port,
      token: io.env.PARALLAX_TOKEN || null,
      onError: (e) => io.stderr.write(`parallax serve: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
    });
    io.stdout.write(`Parallax is serving ${running.url}/\n`);
    if (running.token) io.stdout.write(`Writes (POST /api/articles) need: Authorization: Bearer ${running.token}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void running.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
