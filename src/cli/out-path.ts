import { readdirSync, realpathSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Config } from '../config.ts';
import { parseDatabaseUrl } from '../store/open.ts';
import { PUBLISH_MARKER } from '../web/publish-static.ts';
import { CliError } from './command.ts';

/** A word that names a file or folder: a path, or a name with a document's extension (typed without `--out`). */
export function pathLike(word: string): boolean {
  return /^(\.{0,2}\/|~\/)|\/|\.(xlsx|csv|md|html|json|db|sqlite)$/i.test(word);
}

/**
 * The one rule of every path a CLI command writes (`report --out`, `teams-package --out`, `backup <file>`,
 * `publish --out`): its folder must exist (nothing is created), an existing file is overwritten only with --force,
 * and the database in use (with its -wal, -shm and -journal files) is never written over, not even with --force.
 * Returns the absolute path; a refusal is a CliError saying what to do instead.
 */
export function outFile(path: string, config: Pick<Config, 'databaseUrl'>, force: boolean): string {
  const target = resolve(path);
  requireParent(target);
  refuseDatabase(target, config);
  const stats = statOrNull(target);
  if (stats?.isDirectory())
    throw new CliError(`${target} är en mapp; ange en fil att skriva till, t.ex. ${join(target, 'fil')}.`);
  if (stats && !force)
    throw new CliError(
      `${target} finns redan. Välj ett annat filnamn, eller lägg till --force för att skriva över den.`,
    );
  return target;
}

/**
 * The same rule for `publish --out <folder>`: the folder may be new, empty or an earlier publish (it holds
 * PUBLISH_MARKER); any other folder with files in it only with --force (publish then writes its pages beside them and
 * removes nothing it did not write). Never an existing file, and never a folder that holds the database.
 */
export function outFolder(path: string, config: Pick<Config, 'databaseUrl'>, force: boolean): string {
  const target = resolve(path);
  requireParent(target);
  refuseDatabase(target, config);
  const stats = statOrNull(target);
  if (stats === null) return target;
  if (!stats.isDirectory())
    throw new CliError(
      `${target} är en fil, inte en mapp; inget skrevs. Välj en ny eller tom mapp, t.ex. --out ./public-site.`,
    );
  const db = databasePath(config);
  if (db !== null && isInside(canonical(db), canonical(target)))
    throw new CliError(
      `${target} innehåller databasen ${db}; publicera till en egen mapp, t.ex. --out ./public-site.`,
    );
  const entries = readdirSync(target);
  if (entries.length === 0 || entries.includes(PUBLISH_MARKER) || force) return target;
  throw new CliError(
    `${target} innehåller andra filer och är ingen tidigare publicering; inget skrevs. Välj en ny eller tom mapp, eller lägg till --force för att skriva sidorna bredvid filerna (inga av dem tas bort).`,
  );
}

function requireParent(target: string): void {
  const parent = dirname(target);
  const stats = statOrNull(parent);
  if (stats === null)
    throw new CliError(`Mappen ${parent} finns inte. Skapa den först eller välj en annan plats.`);
  if (!stats.isDirectory()) throw new CliError(`${parent} är ingen mapp. Välj en annan plats.`);
}

function refuseDatabase(target: string, config: Pick<Config, 'databaseUrl'>): void {
  const db = databasePath(config);
  if (db === null) return;
  const files = ['', '-wal', '-shm', '-journal'].map((suffix) => `${db}${suffix}`);
  if (files.some((file) => sameFile(file, target)))
    throw new CliError(
      `${target} är databasen som Löftesbot använder och skrivs aldrig över, inte ens med --force; välj ett annat namn.`,
    );
}

/** The SQLite file of DATABASE_URL (null for PostgreSQL and an in-memory database). */
function databasePath(config: Pick<Config, 'databaseUrl'>): string | null {
  const { dialect, target } = parseDatabaseUrl(config.databaseUrl);
  return dialect === 'sqlite' && target !== ':memory:' ? resolve(target) : null;
}

/** The same file: the same path once symbolic links are followed, or the same inode (a hard link). */
function sameFile(a: string, b: string): boolean {
  if (canonical(a) === canonical(b)) return true;
  const sa = statOrNull(a);
  const sb = statOrNull(b);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** The path with its links followed, as far as it exists. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(canonical(parent), basename(path));
  }
}

function isInside(file: string, folder: string): boolean {
  const rel = relative(folder, file);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep);
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
