// src/store/migrations/index.ts — the ordered schema migrations. Append, never edit a shipped one:
// a database at version N gets migrations N+1.. applied in one transaction when it is opened.
import { sql as m001 } from './001-initial.js';
import { sql as m002 } from './002-story-state.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m001 },
  { version: 2, name: 'story-state', sql: m002 },
];
