// src/clean/id.ts — stable article ids: same cleaned content, same id.
import { createHash } from 'node:crypto';

export function articleId(title: string | null, text: string): string {
  // The hash of `${title}\n\n${text}`, fed in parts: the same bytes (no surrogate pair spans the
  // "\n\n"), without first copying the text into one flat concatenated string.
  return createHash('sha256').update(title ?? '').update('\n\n').update(text).digest('hex').slice(0, 16);
}
