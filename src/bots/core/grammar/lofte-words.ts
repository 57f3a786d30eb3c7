import { closest, nameKey } from '../../../domain/names.ts';
import type { GrammarError } from './types.ts';

/** The first words of the `/lofte` subcommands, Swedish and English, as the help writes them. */
const SUBCOMMANDS = [
  'hem',
  'home',
  'avtal',
  'agreement',
  'mål',
  'target',
  'import',
  'historik',
  'history',
  'registreringar',
  'registrations',
  'rätta',
  'correct',
  'radera',
  'erase',
  'språk',
  'language',
  'admin',
].map((word) => ({ word, key: nameKey(word) }));

/**
 * `/lofte <word> …` that no subcommand took: when the word is a typo of one ("imprt", "avtl", "histrik"), "Menade du
 * /lofte import?" with the rest of the line after it; otherwise the /lofte help, as before.
 */
export function unknownLofte(args: readonly string[]): GrammarError {
  const word = args[0];
  const key = word === undefined ? '' : nameKey(word);
  const near = key.length < 3 ? undefined : closest(key, SUBCOMMANDS, (c) => c.key, 1)[0];
  if (word === undefined || !near || near.key === key) return { error: 'bad-args', text: args.join(' ') };
  return {
    error: 'unknown-command',
    word: `/lofte ${word}`,
    suggestion: ['/lofte', near.word, ...args.slice(1)].join(' '),
  };
}
