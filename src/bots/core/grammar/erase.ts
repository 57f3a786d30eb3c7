import { nameKey } from '../../../domain/names.ts';
import type { TertialNumber } from '../../../domain/types.ts';
import { readKommunArg } from './kommun-arg.ts';
import type { GrammarContext, GrammarError, KommunRef, ParsedCommand } from './types.ts';
import { latestBegun } from './window.ts';

type Part = { ok: true; command: ParsedCommand } | { ok: false; error: GrammarError };

const ERASE = new Set(['radera', 'erase']);
const NOTE = new Set(['anteckning', 'anteckningen', 'note']);
const TEXT = new Set(['lagestext', 'lagestexten', 'text', 'status']);

/**
 * `/lofte radera anteckning <id> <skäl>` (`/lofte erase note …`) and `/lofte radera lägestext <kommun> <T1–T3> [år]
 * <nr> <skäl>` (`/lofte erase text …`), or null when the words are no erase command. A tertial without a year is
 * this year's, or last year's when this year's has not begun. Words missing: the `usage` command (the forms).
 */
export function parseErase(args: readonly string[], ctx: GrammarContext): Part | null {
  const [verb, what, ...rest] = args;
  if (verb === undefined || !ERASE.has(nameKey(verb))) return null;
  const usage = (kommun: KommunRef | null = null): Part => ({
    ok: true,
    command: { kind: 'erase', what: 'usage', kommun },
  });
  if (what !== undefined && NOTE.has(nameKey(what))) {
    const [id, ...reason] = rest;
    if (id === undefined || reason.length === 0) return usage();
    return { ok: true, command: { kind: 'erase', what: 'note', id, reason: reason.join(' ') } };
  }
  if (what === undefined || !TEXT.has(nameKey(what))) return usage();
  const k = readKommunArg(rest, ctx, (n, r) => ['/lofte radera lägestext', n, ...r].join(' '));
  if (!k.ok) return k.error.error === 'missing-kommun' ? usage() : k;
  const words = [...k.rest];
  const t = /^t([123])$/i.exec(words.shift() ?? '');
  const yearWord = /^\d{4}$/.test(words[0] ?? '') ? Number(words.shift()) : null;
  const number = Number(words.shift());
  if (!t || !Number.isInteger(number) || number < 1 || words.length === 0) return usage(k.kommun);
  const tertial = Number(t[1]) as TertialNumber;
  return {
    ok: true,
    command: {
      kind: 'erase',
      what: 'text',
      kommun: k.kommun,
      // Without a year the latest such tertial that has begun, as for every command that takes a period.
      tertial: yearWord === null ? latestBegun(tertial, ctx.today) : { year: yearWord, tertial },
      number,
      reason: words.join(' '),
    },
  };
}
