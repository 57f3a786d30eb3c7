import { closest, nameKey } from '../../../domain/names.ts';
import { misspeltScope } from './kommun-arg.ts';
import { parsePerson } from './options.ts';
import type { GrammarContext, GrammarError, ParsedCommand } from './types.ts';

/**
 * `/lofte admin …` for the people and channels of a kommun or area: `roller <kommun|område>` (who has which role),
 * `ta bort roll @person <roll> <kommun|område> [ja]` (`ja` once the asker pressed "Ja, ta bort") and
 * `koppla bort` (this channel). Null when the words are none of these (the caller tries the others).
 */

type Part = { ok: true; command: ParsedCommand } | { ok: false; error: GrammarError };

const ROLES = new Set(['roller', 'roles']);
const UNBIND = new Set(['unbind', 'avkoppla']);
const YES = new Set(['ja', 'yes']);

export function parsePeopleAdmin(args: readonly string[], ctx: GrammarContext): Part | null {
  const words = args.map((x) => x.toLocaleLowerCase('sv-SE'));
  const [a, b] = words;
  if (a === undefined) return null;
  const bad = (example: string): Part => ({
    ok: false,
    error: { error: 'bad-args', text: ['admin', ...args].join(' '), example },
  });
  if (ROLES.has(a)) {
    const scopeText = args.slice(1).join(' ');
    if (!scopeText) return missing(ROLES_EXAMPLE);
    const error = misspeltScope(scopeText, ctx, (n) => `/lofte admin ${args[0]} ${n}`);
    return error ? { ok: false, error } : { ok: true, command: { kind: 'roles', scopeText } };
  }
  if (
    UNBIND.has(a) ||
    (['koppla', 'bind', 'kanal'].includes(a) && ['bort', 'loss', 'remove'].includes(b ?? ''))
  ) {
    const rest = args.slice(UNBIND.has(a) ? 1 : 2);
    return rest.length === 0 ? { ok: true, command: { kind: 'unbind' } } : bad('/lofte admin koppla bort');
  }
  const removeAt = a === 'ta' && b === 'bort' ? 2 : a === 'remove' ? 1 : -1;
  if (removeAt < 0) return null;
  if (!['roll', 'role'].includes(words[removeAt] ?? '')) return bad(REVOKE_EXAMPLE);
  const [personText, role, ...scope] = args.slice(removeAt + 1);
  if (personText === undefined || role === undefined) return bad(REVOKE_EXAMPLE);
  const person = parsePerson(personText, ctx.platform);
  if (!person) return { ok: false, error: { error: 'bad-person', text: personText } };
  const confirmed = scope.length > 1 && YES.has((scope.at(-1) as string).toLocaleLowerCase('sv-SE'));
  const scopeWords = confirmed ? scope.slice(0, -1) : scope;
  if (scopeWords.length === 0) return missing(REVOKE_EXAMPLE);
  const scopeText = scopeWords.join(' ');
  const typed = ['/lofte admin', ...args.slice(0, removeAt + 3)].join(' ');
  const error = misspeltScope(scopeText, ctx, (n) => `${typed} ${n}`);
  if (error) return { ok: false, error };
  return { ok: true, command: { kind: 'revoke', person, role, scopeText, confirmed } };
}

const ROLES_EXAMPLE = '/lofte admin roller Tranås';
const REVOKE_EXAMPLE = '/lofte admin ta bort roll @anna samordnare Tranås';

function missing(example: string): Part {
  return { ok: false, error: { error: 'missing-kommun', example } };
}

/** The words of each `/lofte admin` subcommand, Swedish and English, as typed; the key is the words run together. */
const SUBCOMMANDS = [
  'koppla',
  'koppla bort',
  'roll',
  'roller',
  'ta bort roll',
  'område ny',
  'bind',
  'unbind',
  'role',
  'roles',
  'remove role',
  'area new',
].map((words) => ({ words, key: nameKey(words.replace(/\s+/g, '')) }));

/**
 * `/lofte admin <words>` that no subcommand took: the nearest subcommand to the first word, or the first two or three
 * run together ("tabort", "ta bor roll"), with the rest of the line after it ("/lofte admin roller Sävsjö").
 */
export function unknownAdmin(args: readonly string[]): GrammarError {
  const word = args[0];
  if (word === undefined) return { error: 'unknown-admin', word: null, suggestion: null };
  for (const n of [3, 2, 1]) {
    if (args.length < n) continue;
    const key = nameKey(args.slice(0, n).join(''));
    const near = key.length < 3 ? undefined : closest(key, SUBCOMMANDS, (c) => c.key, 1)[0];
    if (near) {
      const suggestion = ['/lofte admin', near.words, ...args.slice(n)].join(' ');
      return { error: 'unknown-admin', word, suggestion };
    }
  }
  return { error: 'unknown-admin', word, suggestion: null };
}
