// src/report/json.ts — the machine-readable contract: plain JSON, stable key order.
import type { Article, Comparison, InputError } from '../types.js';

/** One Article (or InputError) as a single NDJSON line, with every field (extras included). */
export function articleJson(a: Article | InputError): string {
  return JSON.stringify(a);
}

export function comparisonJson(c: Comparison): string {
  return JSON.stringify(c, null, 2);
}
