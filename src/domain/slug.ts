import type { MunicipalityRegister } from './municipality-register.ts';
import type { Municipality } from './types.ts';

/**
 * Readable URL names for kommuner: `/k/savsjo`, `/k/upplands-vasby`, `/k/malung-salen`. Lower case, no diacritics,
 * words joined by hyphens.
 */
export function kommunSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Looks kommuner up by slug (or by kommunkod) and gives each kommun its one slug. */
export interface SlugIndex {
  bySlug(slug: string): Municipality | null;
  slugOf(municipality: Municipality): string;
}

/**
 * The slugs of a register. Names that fold to the same slug (Habo and Håbo) both get their kommunkod appended
 * (`habo-0643`, `habo-0305`), so no kommun is preferred; a bare kommunkod (`/k/0684`) finds its kommun too.
 */
export function slugIndex(register: MunicipalityRegister): SlugIndex {
  const count = new Map<string, number>();
  for (const m of register.all) count.set(kommunSlug(m.name), (count.get(kommunSlug(m.name)) ?? 0) + 1);
  const slugOfCode = new Map<string, string>();
  const bySlug = new Map<string, Municipality>();
  for (const m of register.all) {
    const plain = kommunSlug(m.name);
    const slug = (count.get(plain) ?? 0) > 1 ? `${plain}-${m.code}` : plain;
    slugOfCode.set(m.code, slug);
    bySlug.set(slug, m);
  }
  return {
    bySlug: (slug) => {
      const key = slug.toLowerCase();
      return bySlug.get(key) ?? (/^\d{4}$/.test(key) ? register.byCodeOrNull(key) : null);
    },
    slugOf: (m) => slugOfCode.get(m.code) ?? kommunSlug(m.name),
  };
}
