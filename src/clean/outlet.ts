// src/clean/outlet.ts — outlet names from a URL host, using src/clean/data/outlets.tsv
// (built by script/build-outlets.ts from MIT-licensed news outlet lists; see docs/cleaning.md).
import { readFileSync } from 'node:fs';

let table: Map<string, string> | null = null;

function outlets(): Map<string, string> {
  if (!table) {
    table = new Map();
    const tsv = readFileSync(new URL('./data/outlets.tsv', import.meta.url), 'utf8');
    for (const line of tsv.split('\n')) {
      const [domain, name] = line.split('\t');
      if (domain && name) table.set(domain, name);
    }
  }
  return table;
}

/** The outlet for a URL: a known outlet's name, else the host without "www." — or null. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host) return null;
  const known = outlets();
  const parts = host.replace(/^www\d?\./, '').split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = known.get(parts.slice(i).join('.'));
    if (name) return name;
  }
  return host.replace(/^www\d?\./, '');
}
