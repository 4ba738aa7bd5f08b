// src/store/postgres/target.ts — is a --db target a PostgreSQL URL? No driver import here, so
// commands can route on it without loading pg.
const PG_URL = /^postgres(ql)?:\/\//i;

export function isPostgres(target: unknown): target is string {
  return typeof target === 'string' && PG_URL.test(target);
}

/** The URL with any password replaced by "***", for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
