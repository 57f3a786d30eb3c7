import { isAllWord, lookupScope } from '../../../domain/scope.ts';
import { boundArea, boundKommun, readPlace } from './place.ts';
import type { GrammarContext, GrammarError, KommunRef, SummaryTarget } from './types.ts';

/**
 * The kommun argument of the non-logging commands: the first words, or the channel's bound kommun when left out.
 * `strict` (write commands) refuses a kommun matched only without accents and suggests the right one instead.
 * `rebuild` makes the full command text for a suggested name (for the suggestion's button).
 */

export type KommunArg =
  | { readonly ok: true; readonly kommun: KommunRef; readonly rest: readonly string[] }
  | { readonly ok: false; readonly error: GrammarError };

export function readKommunArg(
  tokens: readonly string[],
  ctx: GrammarContext,
  rebuild: (name: string, rest: readonly string[]) => string,
  strict = false,
): KommunArg {
  const place = readPlace(tokens, 0, ctx);
  switch (place.type) {
    case 'kommun': {
      const rest = tokens.slice(place.consumed);
      if (strict && !place.exact) {
        const query = tokens.slice(0, place.consumed).join(' ');
        return suggest(query, [place.kommun.name], rest, rebuild);
      }
      return { ok: true, kommun: place.kommun, rest };
    }
    case 'area':
      return { ok: false, error: { error: 'area-not-kommun', name: place.area.name } };
    case 'county':
      return { ok: false, error: { error: 'area-not-kommun', name: place.name } };
    case 'unknown': {
      if (place.suggestions.length > 0)
        return suggest(place.query, place.suggestions, tokens.slice(1), rebuild);
      const bound = boundKommun(ctx);
      if (bound) return { ok: true, kommun: bound, rest: tokens };
      return { ok: false, error: { error: 'unknown-kommun', query: place.query } };
    }
    case 'none':
      return unbound(tokens, ctx);
  }
}

/**
 * The kommun, police area (or `alla`) an admin command names, read as the rest of its words: null when it is one
 * exactly (or names nothing close: the handler says so); else the same "Menade du Sävsjö?" as a write above — a
 * kommun matched only without its å ä ö, or a name a letter or two away. `kommunOnly` for a list of kommuner.
 */
export function misspeltScope(
  scopeText: string,
  ctx: GrammarContext,
  rebuild: (name: string) => string,
  kommunOnly = false,
): GrammarError | null {
  if (!kommunOnly && isAllWord(scopeText)) return null;
  const lookup = lookupScope(scopeText, ctx.register, kommunOnly ? [] : ctx.areas);
  const names =
    lookup.kind === 'kommun' && !lookup.exact
      ? [lookup.municipality.name]
      : lookup.kind === 'unknown'
        ? lookup.suggestions
        : [];
  if (names.length === 0) return null;
  const s = suggest(scopeText, names, [], (name) => rebuild(name));
  return s.ok ? null : s.error;
}

function unbound(tokens: readonly string[], ctx: GrammarContext): KommunArg {
  const bound = boundKommun(ctx);
  if (bound) return { ok: true, kommun: bound, rest: tokens };
  const area = boundArea(ctx);
  return {
    ok: false,
    error: area ? { error: 'area-not-kommun', name: area.name } : { error: 'missing-kommun' },
  };
}

function suggest(
  query: string,
  names: readonly string[],
  rest: readonly string[],
  rebuild: (name: string, rest: readonly string[]) => string,
): KommunArg {
  return {
    ok: false,
    error: {
      error: 'suggest-kommun',
      query,
      suggestions: names.map((name) => ({ name, text: rebuild(name, rest) })),
    },
  };
}

/** The target of /sammanfattning: a kommun, a police area or a län; the bound scope when left out. */
export function readSummaryTarget(
  tokens: readonly string[],
  ctx: GrammarContext,
  rebuild: (name: string, rest: readonly string[]) => string,
): { ok: true; target: SummaryTarget; rest: readonly string[] } | { ok: false; error: GrammarError } {
  const place = readPlace(tokens, 0, ctx, { areas: true });
  const rest = place.type === 'none' ? tokens : tokens.slice(place.consumed);
  switch (place.type) {
    case 'kommun':
      return { ok: true, target: { type: 'kommun', kommun: place.kommun }, rest };
    case 'area':
      return { ok: true, target: { type: 'area', area: place.area }, rest };
    case 'county':
      return {
        ok: true,
        target: { type: 'county', code: place.code, name: place.name, codes: place.codes },
        rest,
      };
    case 'unknown': {
      if (place.suggestions.length > 0) {
        const s = suggest(place.query, place.suggestions, rest, rebuild);
        return s.ok ? { ok: false, error: { error: 'missing-kommun' } } : s;
      }
      if (ctx.bound) return boundTarget(tokens, ctx);
      return { ok: false, error: { error: 'unknown-kommun', query: place.query } };
    }
    case 'none':
      return boundTarget(tokens, ctx);
  }
}

function boundTarget(
  rest: readonly string[],
  ctx: GrammarContext,
): { ok: true; target: SummaryTarget; rest: readonly string[] } | { ok: false; error: GrammarError } {
  const kommun = boundKommun(ctx);
  if (kommun) return { ok: true, target: { type: 'kommun', kommun }, rest };
  const area = boundArea(ctx);
  if (area) return { ok: true, target: { type: 'area', area }, rest };
  return { ok: false, error: { error: 'missing-kommun' } };
}
