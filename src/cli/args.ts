// src/cli/args.ts — a small, strict argv parser: flags are declared, unknown ones are errors.
export interface FlagSpec {
  /** true when the flag takes a value (`--db FILE`). */
  value?: boolean;
  /** One-letter alias. */
  short?: string;
  help: string;
  /** Placeholder shown in help (`FILE`). */
  arg?: string;
}

export interface Parsed {
  flags: Record<string, string | boolean>;
  positional: string[];
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): Parsed {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  const byShort = new Map(Object.entries(spec).filter(([, s]) => s.short).map(([k, s]) => [s.short!, k]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const s = spec[name];
      if (!s) throw new UsageError(`unknown option --${name}`);
      if (s.value) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new UsageError(`--${name} needs a value`);
        flags[name] = v;
      } else flags[name] = true;
    } else if (a.length > 1 && a.startsWith('-') && a !== '-') {
      const name = byShort.get(a.slice(1));
      if (!name) throw new UsageError(`unknown option ${a}`);
      const s = spec[name]!;
      if (s.value) {
        const v = argv[++i];
        if (v === undefined) throw new UsageError(`${a} needs a value`);
        flags[name] = v;
      } else flags[name] = true;
    } else positional.push(a);
  }
  return { flags, positional };
}

export function formatFlags(spec: Record<string, FlagSpec>): string {
  return Object.entries(spec)
    .map(([k, s]) => {
      const left = `${s.short ? `-${s.short}, ` : '    '}--${k}${s.value ? ' ' + (s.arg ?? 'VALUE') : ''}`;
      return `  ${left.padEnd(26)} ${s.help}`;
    })
    .join('\n');
}
