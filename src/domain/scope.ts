import type { MunicipalityRegister } from './municipality-register.ts';
import { closest, nameKey } from './names.ts';
import type { Municipality, PoliceArea, Scope } from './types.ts';

/** The word for the scope `alla` (every kommun and police area), as typed and as shown. */
export const ALL_NAME = 'alla';

/** True when a scope word means every kommun and police area (`alla`, `all`). */
export function isAllWord(text: string): boolean {
  return ['alla', 'all'].includes(text.trim().toLowerCase());
}

/** What a scope word ("Tranås", "Höglandet", "LPO Höglandet", "Jönköpings län") resolved to. */
export type ScopeLookup =
  | { readonly kind: 'kommun'; readonly municipality: Municipality; readonly exact: boolean }
  | { readonly kind: 'area'; readonly area: PoliceArea }
  | {
      readonly kind: 'county';
      readonly code: string;
      readonly name: string;
      readonly municipalities: Municipality[];
    }
  | { readonly kind: 'unknown'; readonly query: string; readonly suggestions: readonly string[] };

function areaKey(name: string): string {
  return nameKey(name.replace(/^\s*(lpo|lokalpolisområde|lokalpolisomrade)\s+/i, ''));
}

/** A name as written in quotes ("LPO Höglandet", ”Sävsjö”, 'Eksjö'), without them. */
export function unquoted(text: string): string {
  return text.trim().replace(/^["'”“„«»]+\s*(.*?)\s*["'”“„«»]+$/su, '$1');
}

/** Finds a police area by name, with or without the "LPO" prefix, accent-insensitively. */
export function findArea(query: string, areas: readonly PoliceArea[]): PoliceArea | null {
  const key = areaKey(query);
  return areas.find((a) => areaKey(a.name) === key || a.id === query.trim().toLowerCase()) ?? null;
}

/** Resolves a kommun, a police area or a län, in that order; suggestions for typos. */
export function lookupScope(
  typed: string,
  register: MunicipalityRegister,
  areas: readonly PoliceArea[],
): ScopeLookup {
  const query = unquoted(typed);
  const m = register.lookup(query);
  if (m.kind === 'found') return { kind: 'kommun', municipality: m.municipality, exact: m.exact };
  const area = findArea(query, areas);
  if (area) return { kind: 'area', area };
  if (/l[aä]n\b/i.test(query)) {
    const county = register.lookupCounty(query);
    if (county) return { kind: 'county', ...county, municipalities: register.inCounty(county.code) };
  }
  const areaSuggestions = closest(areaKey(query), areas, (a) => areaKey(a.name)).map((a) => a.name);
  return {
    kind: 'unknown',
    query: query.trim(),
    suggestions: [...m.suggestions.map((s) => s.name), ...areaSuggestions].slice(0, 3),
  };
}

export function scopeOf(lookup: ScopeLookup): Scope | null {
  if (lookup.kind === 'kommun') return { type: 'kommun', id: lookup.municipality.code };
  if (lookup.kind === 'area') return { type: 'area', id: lookup.area.id };
  return null;
}

/** The display name of a scope. */
export function scopeName(
  scope: Scope,
  register: MunicipalityRegister,
  areas: readonly PoliceArea[],
): string {
  if (scope.type === 'kommun') return register.byCodeOrNull(scope.id)?.name ?? scope.id;
  if (scope.type === 'all') return ALL_NAME;
  return areas.find((a) => a.id === scope.id)?.name ?? scope.id;
}

/** True when `scope` covers kommun `code` (the kommun itself, or a police area it belongs to). */
export function scopeCovers(scope: Scope, code: string, areas: readonly PoliceArea[]): boolean {
  if (scope.type === 'all') return true;
  if (scope.type === 'kommun') return scope.id === code;
  return areas.some((a) => a.id === scope.id && a.municipalityCodes.includes(code));
}
