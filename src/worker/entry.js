// src/worker/entry.js — the piscina worker file. Workers run TypeScript without a build step:
// this plain-JS entry registers tsx's loader in the worker thread, then imports the task module.
// (Alternative measured in docs/store.md: tsx's tsImport(); register() is used for its lower start cost.)
import { register } from 'tsx/esm/api';

register();
const mod = await import('./task.ts');
export default mod.analyseChunk;
export const reanalyseChunk = mod.reanalyseChunk;
