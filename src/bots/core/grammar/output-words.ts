import { closest, nameKey } from '../../../domain/names.ts';
import { readKommunArg, readSummaryTarget } from './kommun-arg.ts';
import type { GrammarContext, GrammarError, ParsedCommand, SummaryTarget } from './types.ts';
import { badWindow, parseTertialRef, parseWindow } from './window.ts';

/**
 * The words that change what /sammanfattning and /rapportera give back: `länk` (a signed dashboard link for a
 * police area), `dokument` (the report documents of a kommun), `publicera` / `avpublicera` (release or withdraw a
 * tertial's follow-up on the public pages). Each may stand anywhere after the command; no kommun, area or period
 * word reads like them.
 */

type Part = { ok: true; command: ParsedCommand } | { ok: false; error: GrammarError };

const LINK = new Set(['lank', 'lankar', 'link', 'links']);
// `rapport` is what a Swede calls the council's document; `rapportera` (a command word) is not among them.
const DOCUMENTS = new Set([
  'dokument',
  'dokumenten',
  'rapport',
  'rapporten',
  'document',
  'documents',
  'report',
]);
const PUBLISH = new Set(['publicera', 'publish']);
const UNPUBLISH = new Set(['avpublicera', 'unpublish']);

/** Takes out the first word whose key is in `words`. */
function takeWord(
  tokens: readonly string[],
  words: ReadonlySet<string>,
): { word: string | null; rest: readonly string[] } {
  const i = tokens.findIndex((t) => words.has(nameKey(t)));
  if (i < 0) return { word: null, rest: tokens };
  return { word: tokens[i] as string, rest: [...tokens.slice(0, i), ...tokens.slice(i + 1)] };
}

/** `/sammanfattning <kommun|område|län> [period] [dokument]` and `/sammanfattning <område> länk`. */
export function parseSummary(args: readonly string[], ctx: GrammarContext): Part {
  const link = takeWord(args, LINK);
  const docs = takeWord(link.rest, DOCUMENTS);
  if (link.word !== null && docs.word !== null) {
    return { ok: false, error: { error: 'bad-args', text: args.join(' ') } };
  }
  const extra = link.word ?? docs.word;
  const rebuild = (n: string, rest: readonly string[]) =>
    ['/sammanfattning', n, ...rest, ...(extra ? [extra] : [])].join(' ');
  const s = readSummaryTarget(docs.rest, ctx, rebuild);
  if (!s.ok) return s;
  if (link.word !== null) return linkTarget(s.target, s.rest, ctx);
  const w = parseWindow(s.rest, ctx.today);
  if (!w.ok) return { ok: false, error: badWindow(w.text, targetName(s.target), s.target.type, ctx.today) };
  if (docs.word !== null && s.target.type !== 'kommun') {
    // The same words for each of its kommuner: a button runs `/sammanfattning Sävsjö T2 dokument`.
    const codes = s.target.type === 'area' ? s.target.area.municipalityCodes : s.target.codes;
    const options = codes.flatMap((code) => {
      const name = ctx.register.byCodeOrNull(code)?.name;
      return name ? [{ code, name, text: rebuild(name, s.rest) }] : [];
    });
    return { ok: false, error: { error: 'documents-need-kommun', name: targetName(s.target), options } };
  }
  return {
    ok: true,
    command: { kind: 'summary', target: s.target, window: w.window, documents: docs.word !== null },
  };
}

function linkTarget(target: SummaryTarget, rest: readonly string[], ctx: GrammarContext): Part {
  if (target.type === 'area') {
    if (rest.length > 0) return { ok: false, error: { error: 'bad-args', text: rest.join(' ') } };
    return { ok: true, command: { kind: 'dashboard-link', area: target.area } };
  }
  const area =
    target.type === 'kommun'
      ? (ctx.areas.find((a) => a.municipalityCodes.includes(target.kommun.code))?.name ?? null)
      : null;
  return { ok: false, error: { error: 'link-needs-area', name: targetName(target), area } };
}

function targetName(target: SummaryTarget): string {
  return target.type === 'kommun'
    ? target.kommun.name
    : target.type === 'area'
      ? target.area.name
      : target.name;
}

/**
 * `/rapportera <kommun> publicera|avpublicera [T1|T2|T3] [år]`, or null when neither word is there (the form).
 * Publishing is a write: the kommun is taken only when it matched exactly, else a suggestion is offered.
 */
export function parsePublish(args: readonly string[], ctx: GrammarContext): Part | null {
  const on = takeWord(args, PUBLISH);
  const off = on.word === null ? takeWord(args, UNPUBLISH) : { word: null, rest: args };
  const word = on.word ?? off.word;
  if (word === null) return nearPublishWord(args);
  const rest = on.word !== null ? on.rest : off.rest;
  if (takeWord(rest, new Set([...PUBLISH, ...UNPUBLISH])).word !== null) {
    return { ok: false, error: { error: 'bad-args', text: args.join(' ') } };
  }
  const rebuild = (n: string, r: readonly string[]) => ['/rapportera', n, word, ...r].join(' ');
  const k = readKommunArg(rest, ctx, rebuild, true);
  if (!k.ok) return k;
  const t = parseTertialRef(k.rest, ctx.today);
  if (!t.ok) return { ok: false, error: { error: 'bad-window', text: t.text } };
  return {
    ok: true,
    command: { kind: 'publish', kommun: k.kommun, tertial: t.tertial, publish: on.word !== null },
  };
}

/**
 * "avpublisera", "publiceras", "unpublsh": a publish word mistyped asks "Menade du /rapportera Sävsjö avpublicera
 * T2?" with the whole command to press, rather than reading it as a period; null when no word is near one.
 */
function nearPublishWord(args: readonly string[]): Part | null {
  const words = [...PUBLISH, ...UNPUBLISH];
  for (const [i, token] of args.entries()) {
    const key = nameKey(token);
    if (key.length < 6) continue;
    const [near] = closest(key, words, (w) => w, 1);
    if (near === undefined) continue;
    const suggestion = ['/rapportera', ...args.slice(0, i), near, ...args.slice(i + 1)].join(' ');
    return { ok: false, error: { error: 'unknown-command', word: token, suggestion } };
  }
  return null;
}
