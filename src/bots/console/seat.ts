import type { MunicipalityRegister } from '../../domain/municipality-register.ts';
import type { Store } from '../../domain/ports.ts';
import { scopeName } from '../../domain/scope.ts';
import type { Platform } from '../../domain/types.ts';

/** The name of the kommun or police area a conversation is bound to ("LPO Höglandet"), or null when unbound. */
export async function conversationPlace(
  deps: { readonly store: Store; readonly register: MunicipalityRegister },
  platform: Platform,
  conversationId: string,
): Promise<string | null> {
  const binding = await deps.store.binding(platform, conversationId);
  if (!binding) return null;
  return scopeName(binding.scope, deps.register, await deps.store.listPoliceAreas());
}

/** A console person as a person reads it: `console:admin` → `admin`. */
export function consoleName(person: string): string {
  return person.replace(/^console:/, '');
}
