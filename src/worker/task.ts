// src/worker/task.ts — the work one analysis task does: a chunk of raw articles in, prepared
// store rows (or input errors) out. Runs in a worker thread, or inline when there are no workers.
// Returning plain data (JSON strings, typed arrays) keeps the structured clone back to the main thread cheap.
import { isInputError } from '../errors.js';
import { process as analyse } from '../pipeline.js';
import { analysisRows, prepareArticle, type PreparedArticle } from '../store/prepare.js';
import { analyze } from '../analyze/index.js';
import type { AnalysisUpdate } from '../store/index.js';
import type { Article, CleanArticle, InputError, RawArticle } from '../types.js';

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

/** The cleaned-article part of a stored Article: what analyze() reads. */
export function cleanPart(a: Article): CleanArticle {
  const c: CleanArticle = {
    id: a.id, input: a.input, outlet: a.outlet, title: a.title, subtitle: a.subtitle, published: a.published,
    dateline: a.dateline, language: a.language, text: a.text, removed: a.removed, headings: a.headings,
  };
  if (a.url !== undefined) c.url = a.url;
  if (a.author !== undefined) c.author = a.author;
  return c;
}

/** Re-run the analyzers over stored, already cleaned articles (same ids, same text). */
export function reanalyseChunk(items: CleanArticle[]): AnalysisUpdate[] {
  return items.map((c) => analysisRows(analyze(c)));
}

export default analyseChunk;
