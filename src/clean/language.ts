// src/clean/language.ts — a cheap language guess from stop words (ISO 639-1). Defaults to "en".

const STOP: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'said'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'las', 'por', 'un', 'para'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'du', 'une', 'dans', 'pour'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'den', 'von', 'mit', 'sich', 'des', 'auf'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'del', 'della', 'sono', 'nel'],
  pt: ['o', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'não', 'com', 'os'],
};
const SETS = Object.entries(STOP).map(([lang, ws]) => [lang, new Set(ws)] as const);

export function detectLanguage(text: string): string {
  const words = text.slice(0, 3000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return 'en';
  let best = 'en';
  let bestScore = 0;
  for (const [lang, set] of SETS) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    if (n > bestScore) {
      best = lang;
      bestScore = n;
    }
  }
  return bestScore / words.length > 0.05 ? best : 'en';
}
