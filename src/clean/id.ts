// src/clean/id.ts — stable article ids: same cleaned content, same id.
import { createHash } from 'node:crypto';

export function articleId(title: string | null, text: string): string {
  return createHash('sha256').update(`${title ?? ''}\n\n${text}`).digest('hex').slice(0, 16);
}
