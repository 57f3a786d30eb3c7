import type { AuditEntry, Scope } from './types.ts';

/**
 * The changes made over a police area itself: roles granted or removed for the area, channels bound to it or
 * unbound, the area's own kommuner. Each is stored once per kommun of the area (so each kommun's history shows it);
 * here each counts once. For `/lofte historik <område>` and `npx loftesbot audit --område`.
 */

/** The entities an area-wide change can be: ask the store for these only, then `areaWideChanges`. */
export const AREA_WIDE_ENTITIES: readonly string[] = ['role', 'binding', 'police-area'];

/** The police area an entry's change was made over (a role or channel of the area, the area itself), or null. */
export function areaOfChange(e: AuditEntry): string | null {
  if (e.entity === 'police-area') return e.entityId;
  if (!AREA_WIDE_ENTITIES.includes(e.entity)) return null;
  for (const v of [e.after, e.before]) {
    const scope = (v as { scope?: Scope } | null)?.scope;
    if (scope?.type === 'area') return scope.id;
  }
  return null;
}

/** Every change once: an area-wide change, stored once per kommun of its area, counts once (the whole trail). */
export function eachChangeOnce(entries: readonly AuditEntry[]): AuditEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    if (areaOfChange(e) === null) return true;
    const key = `${e.at}|${e.action}|${e.entityId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The entries (newest first, as the store gives them) that concern area `areaId` itself, each change once. */
export function areaWideChanges(entries: readonly AuditEntry[], areaId: string): AuditEntry[] {
  const isArea = (v: unknown) => {
    const scope = (v as { scope?: Scope } | null)?.scope;
    return scope?.type === 'area' && scope.id === areaId;
  };
  const seen = new Set<string>();
  return entries.filter((e) => {
    const ours = e.entity === 'police-area' ? e.entityId === areaId : isArea(e.before) || isArea(e.after);
    const key = `${e.at}|${e.action}|${e.entityId}`;
    if (!ours || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
