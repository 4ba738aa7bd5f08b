// src/worker/pool.ts — a pool of analysis worker threads (piscina). `workers: 0` analyses inline,
// on the calling thread (no thread start cost; used for tiny inputs and for comparison).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalysisUpdate } from '../store/index.js';
import type { CleanArticle } from '../types.js';
import { analyseChunk, reanalyseChunk, type TaskItem, type TaskResult } from './task.js';

export interface AnalysisPool {
  readonly workers: number;
  run(items: TaskItem[]): Promise<TaskResult[]>;
  /** Re-analyse stored, cleaned articles (reanalyze.ts). */
  reanalyse(items: CleanArticle[]): Promise<AnalysisUpdate[]>;
  close(): Promise<void>;
}

export type WorkerEntry = 'register' | 'tsImport';

/** Default worker count: every core (the main thread mostly waits on workers and SQLite). */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export function createPool(workers: number, entry: WorkerEntry = 'register'): AnalysisPool {
  if (workers <= 0) {
    return { workers: 0, run: async (items) => analyseChunk(items), reanalyse: async (items) => reanalyseChunk(items), close: async () => {} };
  }
  const file = new URL(entry === 'register' ? './entry.js' : './entry-tsimport.js', import.meta.url);
  const piscina = new Piscina({ filename: fileURLToPath(file), minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  return {
    workers,
    run: (items) => piscina.run(items) as Promise<TaskResult[]>,
    reanalyse: (items) => piscina.run(items, { name: 'reanalyseChunk' }) as Promise<AnalysisUpdate[]>,
    close: () => piscina.destroy(),
  };
}
