// src/ingest/detect.ts — tell an input's format by content first, extension second.
import type { InputFormat } from '../types.js';

export function detectFormat(head: string, path: string | null): InputFormat {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  if (/^WARC\/\d/.test(s)) return 'warc';
  if (/^<\?xml[\s\S]{0,500}<(rss|feed|rdf:RDF)\b/i.test(s) || /^<(rss|feed|rdf:RDF)\b/i.test(s)) return 'feed';
  if (/^(<!doctype html|<html|<head|<body|<article|<!--)/i.test(s)) return 'html';
  if (s.startsWith('{') || s.startsWith('[')) {
    if (/"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(s.slice(0, 2000))) return 'feed';
    return 'json';
  }
  const ext = (path ?? '').toLowerCase().replace(/\.gz$/, '');
  if (/\.(html?|xhtml)$/.test(ext)) return 'html';
  if (/\.(jsonl?|ndjson)$/.test(ext)) return 'json';
  if (/\.(rss|atom|xml)$/.test(ext)) return 'feed';
  if (/\.warc$/.test(ext)) return 'warc';
  return 'text';
}

/** True when the bytes look binary (NUL bytes or many control characters). */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return n > 0 && ctrl / n > 0.1;
}
