import { MAX_PROMISE_TEXT, MAX_TITLE } from '../../../domain/agreement-texts.ts';
import { MAX_SANITY_LIMIT } from '../../../domain/confirmation.ts';
import { nameKey } from '../../../domain/names.ts';
import type { Responsible, Target, TargetBasis } from '../../../domain/types.ts';
import { parseNumberWord } from '../../../import/numbers.ts';
import { readKommunArg } from './kommun-arg.ts';
import type { GrammarContext, GrammarError, KommunRef } from './types.ts';

/**
 * `/lofte avtal <kommun> [år] [<nr> namn|ansvar|löfte|mål|gräns …] [ny aktivitet <text>] [ta bort <nr>] [ångra import]
 * [löfte <nr> <text>] [titel <text>]` and
 * `/lofte mål <kommun> [år] <nr> <antal> per år|per tertial|under perioden` (English words too).
 */

export type AgreementOp =
  | { readonly type: 'show' }
  | { readonly type: 'name'; readonly number: number; readonly text: string }
  | { readonly type: 'responsible'; readonly number: number; readonly responsible: Responsible }
  | { readonly type: 'commitment'; readonly number: number; readonly commitment: number }
  | { readonly type: 'target'; readonly number: number; readonly target: Target | null }
  /** The sanity limit per registration; null: back to the default. */
  | { readonly type: 'limit'; readonly number: number; readonly limit: number | null }
  | { readonly type: 'add'; readonly text: string; readonly responsible: Responsible }
  /** `ta bort <nr>`; `confirmed` once the person pressed "Ja, ta bort" (the command then ends in `ja`). */
  | { readonly type: 'remove'; readonly number: number; readonly confirmed?: boolean }
  | { readonly type: 'undo-import' }
  /** `löfte <nr> <text>`: a promise's signed wording; `titel <text>`: the agreement's title. */
  | { readonly type: 'promise-text'; readonly commitment: number; readonly text: string }
  | { readonly type: 'title'; readonly text: string };

export type AgreementParse =
  | { ok: true; command: { kind: 'agreement'; kommun: KommunRef; op: AgreementOp; year?: number } }
  | { ok: false; error: GrammarError };

const RESPONSIBLE: Readonly<Record<string, Responsible>> = {
  polis: 'polis',
  polisen: 'polis',
  police: 'polis',
  kommun: 'kommun',
  kommunen: 'kommun',
  municipality: 'kommun',
  gemensam: 'gemensam',
  gemensamt: 'gemensam',
  bada: 'gemensam',
  both: 'gemensam',
  joint: 'gemensam',
};

const BASES: Readonly<Record<string, TargetBasis>> = {
  'per ar': 'year',
  arligen: 'year',
  'per year': 'year',
  'a year': 'year',
  'per tertial': 'tertial',
  'under perioden': 'period',
  perioden: 'period',
  'for the period': 'period',
  'over the period': 'period',
  'per period': 'period',
};

/** What was wrong with the words after `/lofte avtal` or `/lofte mål`, for a reply that says so. */
export type AgreementProblem =
  | 'limit'
  | 'target-count'
  | 'target-basis'
  | 'number'
  | 'promise-text'
  | 'title'
  | 'too-long';

const bad = (
  text: string,
  what?: AgreementProblem,
  kommun?: string,
  target?: { readonly activity: number; readonly count?: number },
): AgreementParse => ({
  ok: false,
  error: {
    error: 'bad-agreement',
    text,
    ...(what ? { what } : {}),
    ...(kommun ? { kommun } : {}),
    ...(target ? { target } : {}),
  },
});

/** The highest target an activity may be given. */
export const MAX_TARGET = 9999;

/** `<antal>` (1–10 000) or `standard` / `default` (null: the default limit), or undefined when not one. */
export function readLimit(tokens: readonly string[]): number | null | undefined {
  if (tokens.length !== 1) return undefined;
  const word = nameKey(tokens[0] as string);
  if (['standard', 'default', 'inget', 'ingen', 'none'].includes(word)) return null;
  if (!/^\d{1,5}$/.test(tokens[0] as string)) return undefined;
  const n = Number(tokens[0]);
  return n >= 1 && n <= MAX_SANITY_LIMIT ? n : undefined;
}

/** Words of a target as an agreement writes it (`minst 4 ggr/tertial`, `20 st`) that `<antal> per …` does without. */
const TARGET_FILLER = new Set(['minst', 'st', 'st.', 'stycken', 'ggr', 'gånger', 'ganger', 'times']);

/** `20/år` → `20 per år`, without `minst`, `st`, `ggr`: the target's words as `readTarget` reads them. */
function targetTokens(tokens: readonly string[]): string[] {
  return tokens
    .flatMap((t) => t.replace(/\//g, ' per ').split(/\s+/))
    .filter((t) => t !== '' && !TARGET_FILLER.has(t.toLocaleLowerCase('sv-SE')));
}

/** `<antal> per år|per tertial|under perioden` (or `inget` / `none`) → a target, or undefined when not one. */
export function readTarget(written: readonly string[]): Target | null | undefined {
  const tokens = targetTokens(written);
  const words = tokens.map((t) => nameKey(t));
  if (words.length === 1 && ['inget', 'ingen', 'none', 'nothing'].includes(words[0] as string)) return null;
  const count = targetCount(tokens[0]);
  if (count === null) return undefined;
  const per: TargetBasis | undefined = BASES[words.slice(1).join(' ')];
  return per ? { count, per } : undefined;
}

/** `12` or `tolv` (1–MAX_TARGET), else null. */
function targetCount(token: string | undefined): number | null {
  const count = /^\d{1,5}$/.test(token ?? '') ? Number(token) : parseNumberWord(token ?? '');
  return count !== null && Number.isInteger(count) && count >= 1 && count <= MAX_TARGET ? count : null;
}

/** Why `readTarget` found no target in these words: the count, or what it counts per. */
function targetProblem(tokens: readonly string[]): AgreementProblem {
  return targetCount(targetTokens(tokens)[0]) === null ? 'target-count' : 'target-basis';
}

export function parseAgreementCommand(
  word: 'avtal' | 'mal',
  args: readonly string[],
  ctx: GrammarContext,
): AgreementParse {
  const prefix = word === 'avtal' ? '/lofte avtal' : '/lofte mål';
  const k = readKommunArg(args, ctx, (n, r) => [prefix, n, ...r].join(' '), true);
  if (!k.ok) return k;
  // A year right after the kommun picks the agreement in force that year (`/lofte avtal Sävsjö 2027`).
  const year = /^20\d\d$/.test(k.rest[0] ?? '') ? Number(k.rest[0]) : undefined;
  const rest = year === undefined ? k.rest : k.rest.slice(1);
  const keys = rest.map((t) => nameKey(t));
  const done = (op: AgreementOp): AgreementParse => ({
    ok: true,
    command: { kind: 'agreement', kommun: k.kommun, op, ...(year === undefined ? {} : { year }) },
  });
  const number = /^\d{1,3}$/.test(rest[0] ?? '') ? Number(rest[0]) : null;
  if (word === 'mal') {
    if (number === null) return bad(rest.join(' '), 'number', k.kommun.name);
    const target = readTarget(rest.slice(1));
    if (target === undefined) {
      // The example is the target typed, completed: `/lofte mål Vetlanda 1 40` → `/lofte mål Vetlanda 1 40 per år`.
      const count = targetCount(rest[1]) ?? undefined;
      const typed = { activity: number, ...(count === undefined ? {} : { count }) };
      return bad(rest.join(' '), targetProblem(rest.slice(1)), k.kommun.name, typed);
    }
    return done({ type: 'target', number, target });
  }
  if (rest.length === 0) return done({ type: 'show' });
  if ((keys[0] === 'angra' || keys[0] === 'undo') && keys[1] === 'import' && rest.length === 2)
    return done({ type: 'undo-import' });
  if ((keys[0] === 'ny' || keys[0] === 'new' || keys[0] === 'lagg') && rest.length > 1) {
    const skip = ['aktivitet', 'activity', 'till', 'to'].includes(keys[1] as string) ? 2 : 1;
    const words = rest.slice(skip);
    const last = nameKey(words[words.length - 1] ?? '');
    const responsible = words.length > 1 ? RESPONSIBLE[last] : undefined;
    const text = (responsible ? words.slice(0, -1) : words).join(' ').trim();
    if (!text) return bad(rest.join(' '));
    return done({ type: 'add', text: text.slice(0, 500), responsible: responsible ?? 'gemensam' });
  }
  if ((keys[0] === 'lofte' || keys[0] === 'promise') && rest.length > 1) {
    if (!/^\d{1,2}$/.test(rest[1] as string) || rest.length < 3)
      return bad(rest.join(' '), 'promise-text', k.kommun.name);
    const text = rest.slice(2).join(' ');
    if (text.length > MAX_PROMISE_TEXT) return bad(rest.join(' '), 'too-long', k.kommun.name);
    return done({ type: 'promise-text', commitment: Number(rest[1]), text });
  }
  if (keys[0] === 'titel' || keys[0] === 'title') {
    const text = rest.slice(1).join(' ');
    if (!text) return bad(rest.join(' '), 'title', k.kommun.name);
    if (text.length > MAX_TITLE) return bad(rest.join(' '), 'too-long', k.kommun.name);
    return done({ type: 'title', text });
  }
  if ((keys[0] === 'ta' && keys[1] === 'bort') || keys[0] === 'remove') {
    const at = keys[0] === 'ta' ? 2 : 1;
    const n = rest[at];
    const confirmed = rest.length === at + 2 && ['ja', 'yes'].includes(keys[at + 1] as string);
    if (!n || !/^\d{1,3}$/.test(n) || (rest.length !== at + 1 && !confirmed)) return bad(rest.join(' '));
    return done({ type: 'remove', number: Number(n), ...(confirmed ? { confirmed } : {}) });
  }
  if (number === null || rest.length < 3) return bad(rest.join(' '));
  const field = keys[1];
  const value = rest.slice(2);
  if (field === 'namn' || field === 'name')
    return done({ type: 'name', number, text: value.join(' ').slice(0, 80) });
  if (field === 'ansvar' || field === 'responsible') {
    const responsible = RESPONSIBLE[nameKey(value[0] ?? '')];
    if (!responsible || value.length !== 1) return bad(rest.join(' '));
    return done({ type: 'responsible', number, responsible });
  }
  if (field === 'lofte' || field === 'promise') {
    if (value.length !== 1 || !/^\d{1,2}$/.test(value[0] as string)) return bad(rest.join(' '));
    return done({ type: 'commitment', number, commitment: Number(value[0]) });
  }
  if (field === 'grans' || field === 'limit' || field === 'rimlighetsgrans') {
    const limit = readLimit(value);
    if (limit === undefined) return bad(rest.join(' '), 'limit', k.kommun.name);
    return done({ type: 'limit', number, limit });
  }
  if (field === 'mal' || field === 'target') {
    const target = readTarget(value);
    if (target === undefined) return bad(rest.join(' '), targetProblem(value), k.kommun.name);
    return done({ type: 'target', number, target });
  }
  return bad(rest.join(' '));
}
