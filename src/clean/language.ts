// src/clean/language.ts — a cheap language guess from stop words (ISO 639-1). Defaults to "en".

const STOP: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'said'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'las', 'por', 'un', 'para'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'du', 'une', 'dans', 'pour'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'den', 'von', 'mit', 'sich', 'des', 'auf'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'del', 'della', 'sono', 'nel'],
  pt: ['o', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'não', 'com', 'os'],
};
const LANGS = Object.keys(STOP);
/** word -> indexes of the languages it is a stop word of */
const INDEX = new Map<string, number[]>();
LANGS.forEach((lang, i) => STOP[lang]!.forEach((w) => INDEX.set(w, [...(INDEX.get(w) ?? []), i])));
const WORD = /\p{L}+/gu;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, 1500).toLowerCase();
  const scores = new Array<number>(LANGS.length).fill(0);
  let total = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(sample)) !== null) {
    total++;
    const hit = INDEX.get(m[0]);
    if (hit) for (const i of hit) scores[i]!++;
  }
  if (total < 20) return 'en';
  let best = 0;
  for (let i = 1; i < LANGS.length; i++) if (scores[i]! > scores[best]!) best = i;
  return scores[best]! / total > 0.05 ? LANGS[best]! : 'en';
}
