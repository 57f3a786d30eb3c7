import { nameKey } from '../../../domain/names.ts';
import { containsPersonalNumber } from '../../../domain/personnummer.ts';
import type { PoliceArea } from '../../../domain/types.ts';
import { type CommandName, commandByWord, nearestCommand } from '../commands.ts';
import { parsePeopleAdmin, unknownAdmin } from './admin-words.ts';
import { parseAgreementCommand } from './agreement.ts';
import { parseErase } from './erase.ts';
import { misspeltScope, readKommunArg } from './kommun-arg.ts';
import { unknownLofte } from './lofte-words.ts';
import { parseLog } from './log.ts';
import { parseLang, parseMeetingOp, parsePerson } from './options.ts';
import { parsePublish, parseSummary } from './output-words.ts';
import { boundArea, boundKommun, readPlace } from './place.ts';
import type {
  AreaSeriesOp,
  GrammarContext,
  GrammarError,
  LofteSub,
  MeetingOp,
  ParsedCommand,
  ParseResult,
} from './types.ts';
import { badWindow, parseTertialRef, parseWindow } from './window.ts';

/**
 * The command grammar: a typed line (`/insats Sävsjö 20/11 2 kväll`, with or without the `/`) → a typed command
 * or a typed error. Pure: everything it needs is in the GrammarContext.
 */

/**
 * Splits a command line into words (any whitespace, including no-break spaces). Platform markup (Teams' @mention,
 * HTML entities, Slack's escapes) is the adapter's to remove (src/bots/teams/parse/text.ts, src/bots/slack/parse).
 */
export function tokenize(text: string): string[] {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((t) => t !== '');
}

type Part = { ok: true; command: ParsedCommand } | { ok: false; error: GrammarError };

/** A kommun missing after `/lofte <sub>`: the reply's example is the subcommand's (`/lofte historik Sävsjö`). */
function withSub(part: Part, sub: LofteSub): Part {
  return !part.ok && part.error.error === 'missing-kommun'
    ? { ok: false, error: { ...part.error, sub } }
    : part;
}

export function parseCommand(text: string, ctx: GrammarContext): ParseResult {
  const tokens = tokenize(text);
  const word = tokens[0];
  if (word === undefined || word === '/') return { ok: false, command: null, error: { error: 'empty' } };
  const info = commandByWord(word);
  if (!info) {
    const near = nearestCommand(word);
    const suggestion = near ? [`/${near.word}`, ...tokens.slice(1)].join(' ') : null;
    return { ok: false, command: null, error: { error: 'unknown-command', word, suggestion } };
  }
  const args = tokens.slice(1);
  if (containsPersonalNumber(args.join(' '))) {
    return { ok: false, command: info.name, error: { error: 'personal-number' } };
  }
  const part = parseArgs(info.name, args, ctx);
  return part.ok ? part : { ok: false, command: info.name, error: part.error };
}

function parseArgs(name: CommandName, args: readonly string[], ctx: GrammarContext): Part {
  const rebuild = (n: string, rest: readonly string[]) => [`/${name}`, n, ...rest].join(' ');
  switch (name) {
    case 'insats':
    case 'logga':
      return parseLog(name, args, ctx);
    case 'status': {
      const k = readKommunArg(args, ctx, rebuild);
      if (!k.ok) return k;
      const w = parseWindow(k.rest, ctx.today);
      if (!w.ok) return { ok: false, error: badWindow(w.text, k.kommun.name, 'status', ctx.today) };
      return { ok: true, command: { kind: 'status', kommun: k.kommun, window: w.window } };
    }
    case 'sammanfattning':
      return parseSummary(args, ctx);
    case 'rapportera':
    case 'statistik': {
      const publish = name === 'rapportera' ? parsePublish(args, ctx) : null;
      if (publish) return publish;
      const k = readKommunArg(args, ctx, rebuild);
      if (!k.ok) return k;
      const t = parseTertialRef(k.rest, ctx.today);
      if (!t.ok) return { ok: false, error: { error: 'bad-window', text: t.text } };
      const kind = name === 'rapportera' ? 'report' : 'statistics';
      return { ok: true, command: { kind, kommun: k.kommun, tertial: t.tertial } };
    }
    case 'samverkan': {
      // A police area's own series: `/samverkan LPO Höglandet ny …`, `… ändra från …`, `… uppehåll …`, `… avsluta`.
      const place = readPlace(args, 0, ctx);
      if (place.type === 'area') {
        const op = parseMeetingOp(args.slice(place.consumed), ctx.today);
        if (op.ok && isAreaSeriesOp(op.op))
          return { ok: true, command: { kind: 'area-meeting', area: place.area, op: op.op } };
      }
      const first = readKommunArg(args, ctx, rebuild);
      if (!first.ok) return first;
      const op = parseMeetingOp(first.rest, ctx.today);
      if (!op.ok) return op;
      if (op.op.type !== 'list') {
        // A change is a write: take the kommun only when it matched exactly.
        const strict = readKommunArg(args, ctx, rebuild, true);
        if (!strict.ok) return strict;
      }
      return { ok: true, command: { kind: 'meeting', kommun: first.kommun, op: op.op } };
    }
    case 'hjalp':
      return { ok: true, command: { kind: 'help', topic: args[0] ?? null } };
    case 'lofte':
      return parseLofte(args, ctx);
  }
}

/** The sub-commands a police area's own series takes; the rest (flytta, ställ in, …) are per kommun. */
function isAreaSeriesOp(op: MeetingOp): op is AreaSeriesOp {
  return op.type === 'create' || op.type === 'change' || op.type === 'pause' || op.type === 'end';
}

const ADMIN = new Set(['admin']);
const BIND = new Set(['koppla', 'bind', 'kanal']);
const ROLE = new Set(['roll', 'role', 'ge']);
const AREA = new Set(['område', 'omrade', 'area', 'lpo']);
const NEW = new Set(['ny', 'nytt', 'new']);

/** `ny "LPO Höglandet" Tranås Sävsjö Eksjö` (quotes around a name of several words; kommuner by space or comma). */
function parseAreaNew(args: readonly string[]): Extract<ParsedCommand, { kind: 'area-new' }> | null {
  if (!NEW.has((args[0] ?? '').toLocaleLowerCase('sv-SE'))) return null;
  const text = args.slice(1).join(' ');
  const quoted = /^["“”'](.+?)["“”']\s*(.*)$/.exec(text);
  let name: string;
  let rest: string;
  if (quoted) {
    name = quoted[1] as string;
    rest = quoted[2] as string;
  } else {
    const words = args.slice(1);
    const take = /^lpo$/i.test(words[0] ?? '') ? 2 : 1;
    name = words.slice(0, take).join(' ');
    rest = words.slice(take).join(' ');
  }
  const kommuner = rest.split(/[\s,]+/).filter((w) => w !== '');
  if (!name.trim() || kommuner.length === 0) return null;
  return { kind: 'area-new', name: name.trim(), kommuner };
}

const HISTORY = new Set(['historik', 'history', 'logg']);
const LANG = new Set(['språk', 'sprak', 'language', 'lang']);
const REGISTRATIONS = new Set(['registreringar', 'registrations']);
const PAGE_WORDS = new Set(['sida', 'page']);
const CORRECT = new Set(['rätta', 'ratta', 'correct']);

function parseLofte(args: readonly string[], ctx: GrammarContext): Part {
  const [a, b, ...rest] = args.map((x) => x.toLocaleLowerCase('sv-SE'));
  const people = a !== undefined && ADMIN.has(a) ? parsePeopleAdmin(args.slice(1), ctx) : null;
  if (people) return people;
  if (a !== undefined && ADMIN.has(a) && b !== undefined && BIND.has(b)) {
    const scopeText = args.slice(2).join(' ');
    if (!scopeText)
      return { ok: false, error: { error: 'missing-kommun', example: '/lofte admin koppla Tranås' } };
    const error = misspeltScope(scopeText, ctx, (n) => ['/lofte', ...args.slice(0, 2), n].join(' '));
    return error ? { ok: false, error } : { ok: true, command: { kind: 'bind', scopeText } };
  }
  if (a !== undefined && ADMIN.has(a) && b !== undefined && ROLE.has(b)) {
    const [personText, role, ...scope] = args.slice(2);
    if (personText === undefined || role === undefined)
      return { ok: false, error: { error: 'bad-args', text: args.join(' ') } };
    const person = parsePerson(personText, ctx.platform);
    if (!person) return { ok: false, error: { error: 'bad-person', text: personText } };
    if (scope.length === 0)
      return {
        ok: false,
        error: { error: 'missing-kommun', example: '/lofte admin roll @anna samordnare Tranås' },
      };
    const scopeText = scope.join(' ');
    const error = misspeltScope(scopeText, ctx, (n) => ['/lofte', ...args.slice(0, 4), n].join(' '));
    return error ? { ok: false, error } : { ok: true, command: { kind: 'grant', person, role, scopeText } };
  }
  if (a !== undefined && ADMIN.has(a) && b !== undefined && AREA.has(b)) {
    const area = parseAreaNew(args.slice(2));
    if (!area) return { ok: false, error: { error: 'bad-args', text: args.join(' ') } };
    for (const [i, word] of area.kommuner.entries()) {
      const again = (n: string) => {
        const kommuner = area.kommuner.map((k, j) => (j === i ? n : k)).join(' ');
        return `/lofte ${args[0]} ${args[1]} ${args[2]} "${area.name}" ${kommuner}`;
      };
      const error = misspeltScope(word, ctx, again, true);
      if (error) return { ok: false, error };
    }
    return { ok: true, command: area };
  }
  if (a !== undefined && ADMIN.has(a)) return { ok: false, error: unknownAdmin(args.slice(1)) };
  if (a !== undefined && ['hem', 'home', 'start'].includes(nameKey(a)) && args.length === 1)
    return { ok: true, command: { kind: 'home' } };
  if (a !== undefined && (nameKey(a) === 'avtal' || nameKey(a) === 'agreement'))
    return withSub(parseAgreementCommand('avtal', args.slice(1), ctx), 'avtal');
  if (a !== undefined && (nameKey(a) === 'mal' || nameKey(a) === 'target'))
    return withSub(parseAgreementCommand('mal', args.slice(1), ctx), 'mål');
  if (a !== undefined && HISTORY.has(a)) {
    const words = args.slice(1);
    const place = readPlace(words, 0, ctx, { areas: true });
    const bound = words.length === 0 ? boundArea(ctx) : null;
    if (place.type === 'area' || bound) {
      const area = place.type === 'area' ? place.area : (bound as PoliceArea);
      const more = place.type === 'area' ? words.slice(place.consumed) : [];
      if (more.length > 0) return { ok: false, error: { error: 'bad-args', text: more.join(' ') } };
      return { ok: true, command: { kind: 'history', area } };
    }
    const k = readKommunArg(words, ctx, (n, r) => ['/lofte historik', n, ...r].join(' '));
    if (!k.ok && k.error.error === 'unknown-kommun') {
      // "LPO Hoglandt": a police area a letter or two away is asked about as a kommun is.
      const error = misspeltScope(words.join(' '), ctx, (n) => `/lofte historik ${n}`);
      if (error) return { ok: false, error };
    }
    if (!k.ok) return withSub(k, 'historik');
    if (k.rest.length > 0) return { ok: false, error: { error: 'bad-args', text: k.rest.join(' ') } };
    return { ok: true, command: { kind: 'history', kommun: k.kommun } };
  }
  if (a !== undefined && REGISTRATIONS.has(a)) {
    const k = readKommunArg(args.slice(1), ctx, (n, r) => ['/lofte registreringar', n, ...r].join(' '));
    if (!k.ok) return withSub(k, 'registreringar');
    // `[aktivitet] [sida <n>]` (English `page <n>`): the page is how "Visa fler" asks for older ones.
    const rest = [...k.rest];
    const at = rest.findIndex((w) => PAGE_WORDS.has(w.toLocaleLowerCase('sv-SE')));
    const page = at < 0 ? 1 : Number(rest[at + 1]);
    if (at >= 0) rest.splice(at, 2);
    const [n, ...more] = rest;
    const activity = n === undefined ? null : Number(n);
    if (
      more.length > 0 ||
      !Number.isInteger(page) ||
      page < 1 ||
      (activity !== null && (!Number.isInteger(activity) || activity < 1))
    )
      return { ok: false, error: { error: 'bad-args', text: k.rest.join(' ') } };
    return { ok: true, command: { kind: 'registrations', kommun: k.kommun, activity, page } };
  }
  if (a !== undefined && CORRECT.has(a)) {
    const [id, ...reason] = args.slice(1);
    if (id === undefined || reason.length === 0)
      return { ok: false, error: { error: 'correct-needs-reason', id: id ?? null } };
    return { ok: true, command: { kind: 'correct', id, reason: reason.join(' ') } };
  }
  const erase = parseErase(args, ctx);
  if (erase) return erase;
  if (a !== undefined && LANG.has(a)) {
    const lang = parseLang(b);
    if (!lang || rest.length > 0)
      return { ok: false, error: { error: 'bad-lang', text: args.slice(1).join(' ') } };
    return { ok: true, command: { kind: 'lang', lang } };
  }
  return { ok: false, error: unknownLofte(args) };
}

/**
 * The kommun a command names (the first exact kommun among its words), else the channel's bound kommun, else null:
 * an error reply's example then uses it ("Exempel: /insats Eksjö" when Eksjö was typed).
 */
export function mentionedKommun(text: string, ctx: GrammarContext): string | null {
  const tokens = tokenize(text);
  for (let i = 1; i < tokens.length; i++) {
    const place = readPlace(tokens, i, ctx);
    if (place.type === 'kommun' && place.exact) return place.kommun.name;
  }
  return boundKommun(ctx)?.name ?? null;
}
