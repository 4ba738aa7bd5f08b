// src/clean/published.ts — publication dates as ISO 8601, or null when unknown.

/** "2017-04-24" stays a date; a date-time becomes an ISO date-time in UTC; unparseable -> null. */
export function normalisePublished(v: string | null | undefined): string | null {
  if (!v) return null;
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1900 || d.getUTCFullYear() > 2200) return null;
  const hasTime = /\d{1,2}:\d{2}/.test(s);
  return hasTime ? d.toISOString().replace('.000Z', 'Z') : d.toISOString().slice(0, 10);
}
