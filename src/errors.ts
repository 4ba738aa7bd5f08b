// src/errors.ts — the one catalogue of error codes. Other modules throw ParallaxError;
// only cli/ (exit codes) and server/ (HTTP statuses) turn them into output.
import type { ErrorCode, InputError, InputFormat } from './types.js';

const MESSAGES: Record<ErrorCode, string> = {
  'not-found': 'no such file or directory',
  unreadable: 'cannot be read',
  empty: 'empty input: no article text',
  binary: 'binary data, not text',
  'invalid-utf8': 'invalid UTF-8',
  'invalid-json': 'invalid JSON',
  'not-an-article': 'not an article: expected an object with "text" or "html"',
  'unsupported-format': 'unsupported format',
  'no-article': 'no article text found',
  'too-large': 'too large',
  corrupt: 'corrupt or truncated data',
  internal: 'internal error',
};

export class ParallaxError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code]);
    this.code = code;
  }
}

export function makeError(code: ErrorCode, detail?: string): ParallaxError {
  return new ParallaxError(code, detail);
}

/** Turn anything thrown while reading one input into an InputError record. */
export function inputError(
  where: { path: string | null; url?: string | null; format?: InputFormat | null; line?: number },
  err: unknown,
): InputError {
  const e = err instanceof ParallaxError ? err : new ParallaxError('internal', err instanceof Error ? err.message : String(err));
  const input: InputError['input'] = { path: where.path, url: where.url ?? null, format: where.format ?? null };
  if (where.line !== undefined) input.line = where.line;
  return { input, error: { code: e.code, message: e.message } };
}

export function isInputError(x: unknown): x is InputError {
  return typeof x === 'object' && x !== null && 'error' in x && 'input' in x;
}

/** One line for stderr: "parallax: PATH[:LINE]: message". */
export function describeInputError(e: InputError): string {
  const where = (e.input.path ?? e.input.url ?? '<input>') + (e.input.line !== undefined ? `:${e.input.line}` : '');
  return `${where}: ${e.error.message}`;
}
