// src/worker/task.ts — the work one analysis task does: a chunk of raw articles in, prepared
// store rows (or input errors) out. Runs in a worker thread, or inline when there are no workers.
// Returning plain data (JSON strings, typed arrays) keeps the structured clone back to the main thread cheap.
import { isInputError } from '../errors.js';
import { process as analyse } from '../pipeline.js';
import { prepareArticle, type PreparedArticle } from '../store/prepare.js';
import type { InputError, RawArticle } from '../types.js';

export interface TaskItem {
  raw: RawArticle;
  rawHash: string | null;
}

export type TaskResult = PreparedArticle | InputError;

export function analyseChunk(items: TaskItem[]): TaskResult[] {
  return items.map(({ raw, rawHash }) => {
    const a = analyse(raw);
    return isInputError(a) ? a : prepareArticle(a, rawHash);
  });
}

export default analyseChunk;
