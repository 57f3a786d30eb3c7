import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import type { Municipality } from '../domain/types.ts';

/**
 * Readable URL names for kommuner: `/k/savsjo`, `/k/upplands-vasby`, `/k/malung-salen`. Lower case, no diacritics,
 * words joined by hyphens. Unique over the SCB register (a test checks all 290).
 */
export function kommunSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Looks kommuner up by slug. */
export interface SlugIndex {
  bySlug(slug: string): Municipality | null;
  slugOf(municipality: Municipality): string;
}

export function slugIndex(register: MunicipalityRegister): SlugIndex {
  const map = new Map(register.all.map((m) => [kommunSlug(m.name), m]));
  return {
    bySlug: (slug) => map.get(slug.toLowerCase()) ?? null,
    slugOf: (m) => kommunSlug(m.name),
  };
}
