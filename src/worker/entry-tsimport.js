// src/worker/entry-tsimport.js — alternative worker entry using tsx's tsImport() (scoped loader,
// no global hook). Kept for the bench comparison in docs/store.md; the pool uses entry.js.
import { tsImport } from 'tsx/esm/api';

const mod = await tsImport('./task.ts', import.meta.url);
export default mod.analyseChunk;
export const reanalyseChunk = mod.reanalyseChunk;
