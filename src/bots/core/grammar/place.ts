import { lookupScope } from '../../../domain/scope.ts';
import type { Municipality, PoliceArea } from '../../../domain/types.ts';
import type { GrammarContext, KommunRef } from './types.ts';

/**
 * Reads a kommun (or, where allowed, a police area or län) at the start of the arguments. Names may be up to three
 * words ("Upplands Väsby", "LPO Höglandet", "Jönköpings län"); the longest match wins.
 */

export type PlaceRead =
  | {
      readonly type: 'kommun';
      readonly kommun: KommunRef;
      readonly exact: boolean;
      readonly consumed: number;
    }
  | { readonly type: 'area'; readonly area: PoliceArea; readonly consumed: number }
  | {
      readonly type: 'county';
      readonly code: string;
      readonly name: string;
      readonly codes: readonly string[];
      readonly consumed: number;
    }
  /** The first word is a name-like word but no kommun; `suggestions` are close kommun (or area) names. */
  | {
      readonly type: 'unknown';
      readonly query: string;
      readonly suggestions: readonly string[];
      readonly consumed: number;
    }
  /** Nothing name-like here (a date, a number, nothing at all). */
  | { readonly type: 'none' };

const ref = (m: Municipality): KommunRef => ({ code: m.code, name: m.name });

/** True when a token can start a place name (not a number, date, tertial or flag). */
export function nameLike(token: string | undefined): boolean {
  if (token === undefined) return false;
  if (/^\d+$/.test(token) || /\d[-/.]\d/.test(token)) return false;
  if (/^[tT][123]$/.test(token)) return false;
  return /\p{L}/u.test(token);
}

export function readPlace(
  tokens: readonly string[],
  start: number,
  ctx: GrammarContext,
  options: { readonly areas: boolean } = { areas: false },
): PlaceRead {
  if (!nameLike(tokens[start])) return { type: 'none' };
  for (let n = Math.min(3, tokens.length - start); n >= 1; n--) {
    const phrase = tokens.slice(start, start + n).join(' ');
    if (n > 1 && !tokens.slice(start, start + n).every((t) => nameLike(t))) continue;
    const lookup = lookupScope(phrase, ctx.register, ctx.areas);
    if (lookup.kind === 'kommun') {
      return { type: 'kommun', kommun: ref(lookup.municipality), exact: lookup.exact, consumed: n };
    }
    if (lookup.kind === 'area') return { type: 'area', area: lookup.area, consumed: n };
    if (lookup.kind === 'county' && options.areas) {
      return {
        type: 'county',
        code: lookup.code,
        name: lookup.name,
        codes: lookup.municipalities.map((m) => m.code),
        consumed: n,
      };
    }
  }
  const query = tokens[start] as string;
  const single = lookupScope(query, ctx.register, ctx.areas);
  const suggestions = single.kind === 'unknown' ? single.suggestions : [];
  return {
    type: 'unknown',
    query,
    suggestions: options.areas ? suggestions : kommunOnly(suggestions, ctx),
    consumed: 1,
  };
}

function kommunOnly(names: readonly string[], ctx: GrammarContext): string[] {
  return names.filter((n) => ctx.register.lookup(n).kind === 'found');
}

/** The kommun the conversation is bound to, or null (unbound, or bound to an area). */
export function boundKommun(ctx: GrammarContext): KommunRef | null {
  if (ctx.bound?.type !== 'kommun') return null;
  const m = ctx.register.byCodeOrNull(ctx.bound.id);
  return m ? ref(m) : null;
}

/** The area the conversation is bound to, or null. */
export function boundArea(ctx: GrammarContext): PoliceArea | null {
  if (ctx.bound?.type !== 'area') return null;
  const id = ctx.bound.id;
  return ctx.areas.find((a) => a.id === id) ?? null;
}
