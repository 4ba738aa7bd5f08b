// test/helpers/io.ts — an in-memory Io for running CLI commands in tests: stdout and stderr are
// collected into strings; NO_COLOR unless another environment is given.
import type { Io } from '../../src/cli/main.js';

export type TestIo = Io & { out: string; err: string };

export function io(env: NodeJS.ProcessEnv = { NO_COLOR: '1' }): TestIo {
  const o = { out: '', err: '', env } as TestIo;
  o.stdout = { write: (s: string) => (o.out += s) };
  o.stderr = { write: (s: string) => (o.err += s) };
  return o;
}
