import { LoftesbotError } from '../domain/errors.ts';

/** A database URL as it may be shown: the password replaced (`postgres://user:***@host/db`). */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** The codes of a failure and of the failures under it (kysely's migration error wraps the driver's). */
function codesOf(e: unknown): string[] {
  const codes: string[] = [];
  for (let at: unknown = e, depth = 0; at instanceof Error && depth < 5; at = at.cause, depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    const inner = (at as { errors?: unknown }).errors;
    if (Array.isArray(inner)) for (const one of inner) codes.push(...codesOf(one));
  }
  return codes;
}

/**
 * Why the database of DATABASE_URL could not be opened, as the operator can act on it: the variable, the address
 * (without its password) and what to check. Anything else keeps the driver's own words after the address.
 */
export function databaseOpenError(url: string, e: unknown): LoftesbotError {
  const shown = redactDatabaseUrl(url);
  const codes = codesOf(e);
  const has = (...wanted: string[]) => wanted.some((c) => codes.includes(c));
  const said = e instanceof Error ? e.message : String(e);
  const reason = has('SQLITE_NOTADB')
    ? 'filen är ingen SQLite-databas (fel fil, eller en skadad kopia); peka på rätt fil eller återställ en säkerhetskopia'
    : has('SQLITE_CANTOPEN', 'EACCES', 'EPERM', 'SQLITE_READONLY')
      ? 'filen går inte att öppna eller skriva; kontrollera att mappen finns och att Löftesbot får skriva i den'
      : has('ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH')
        ? 'kommer inte fram till PostgreSQL; kör databasservern, och stämmer värd och port?'
        : has('28P01', '28000')
          ? 'PostgreSQL nekade inloggningen; kontrollera användarnamn och lösenord'
          : has('3D000')
            ? 'databasen finns inte på PostgreSQL-servern; skapa den först (createdb)'
            : said.replace(/^migration failed: /, '');
  return new LoftesbotError('E_STORE', `DATABASE_URL (${shown}): ${reason}`, {
    cause: e,
    details: { variable: 'DATABASE_URL' },
  });
}
