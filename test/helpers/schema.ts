// test/helpers/schema.ts — validate output against schema/output.schema.json (draft 2020-12).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Article, Span } from '../../src/types.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/output.schema.json', import.meta.url), 'utf8'));
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
ajv.addSchema(schema);

/** Returns a list of schema errors (empty when valid) for a definition of the contract. */
export function validate(def: 'analyzeLine' | 'article' | 'comparison' | 'stories', value: unknown): string[] {
  const v = ajv.getSchema(`${schema.$id}#/$defs/${def}`)!;
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Every span of an article lies inside its text and is non-empty. Returns the offending ones. */
export function badSpans(a: Article): string[] {
  const bad: string[] = [];
  const check = (what: string, s: Span | null | undefined) => {
    if (!s) return;
    if (!(s[0] >= 0 && s[1] > s[0] && s[1] <= a.text.length)) bad.push(`${what} ${JSON.stringify(s)}`);
  };
  a.headings.forEach((s) => check('heading', s));
  a.sentences.forEach((s) => check('sentence', s));
  a.entities.forEach((e) => e.mentions.forEach((s) => check(`entity ${e.name}`, s)));
  a.quotes.forEach((q) => {
    check('quote', q.span);
    check('speakerSpan', q.speakerSpan);
  });
  a.numbers.forEach((n) => check('number', n.span));
  a.cues.forEach((c) => check(`cue ${c.term}`, c.span));
  a.issues.forEach((i) => i.spans.forEach((s) => check(`issue ${i.kind}`, s)));
  return bad;
}
