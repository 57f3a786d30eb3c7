import type { Config } from '../config.ts';
import type { DomainDeps } from '../domain/deps.ts';
import { closest, nameKey } from '../domain/names.ts';
import type { LinkDeps } from '../domain/signed-link.ts';
import { basePathOf, type SiteUrls, serverUrlsUnder } from '../domain/site-urls.ts';
import { kommunSlug, type SlugIndex, slugIndex } from '../domain/slug.ts';
import type { Municipality, PoliceArea } from '../domain/types.ts';
import type { LinkSecretSource } from './hmac.ts';

/** What the web pages need from the application: the domain's ports, kommun slugs and the link signer. */
export interface Site {
  readonly deps: DomainDeps;
  readonly slugs: SlugIndex;
  readonly links: LinkDeps & { readonly secretSource: LinkSecretSource };
  /** The path prefix of LOFTESBOT_PUBLIC_URL ('' at the root of a host), which every link of a page starts with. */
  readonly basePath: string;
  /** The pages' links, under `basePath`. */
  readonly urls: SiteUrls;
  /** A kommun by its slug, kommunkod or name, or the closest kommun name for a "did you mean". */
  kommunBySlug(slug: string): { found: Municipality } | { suggestion: Municipality | null };
  /** A police area by its exact id (as in `/d/<id>`): the id the link was signed for. */
  area(id: string): Promise<PoliceArea | null>;
}

/** The parts of the application the site is built from (server or CLI). */
export type SiteParts = Omit<DomainDeps, 'zone'> & { readonly config: Config };

/** The site over the application's parts and its link signer. */
export function createSite(ctx: SiteParts, links: Site['links']): Site {
  const deps: DomainDeps = {
    store: ctx.store,
    register: ctx.register,
    clock: ctx.clock,
    ids: ctx.ids,
    zone: ctx.config.timezone,
  };
  const slugs = slugIndex(ctx.register);
  const basePath = basePathOf(ctx.config.publicUrl);
  return {
    deps,
    slugs,
    links,
    basePath,
    urls: serverUrlsUnder(basePath),
    kommunBySlug(slug) {
      // The slug, or the kommun's name as written ("Sävsjö", "upplands väsby", "Håbo"): the route sends it on.
      // A bare "habo" stays ambiguous (Habo or Håbo), as the slugs keep it.
      const asName = kommunSlug(slug) === slug ? undefined : slug.toLowerCase().replace(/-/g, ' ');
      const found =
        slugs.bySlug(slug) ??
        ctx.register.all.find((m) => m.name.toLowerCase() === asName) ??
        (asName === undefined ? null : slugs.bySlug(kommunSlug(slug)));
      if (found) return { found };
      const [best] = closest(nameKey(slug), ctx.register.all, (m) => nameKey(m.name), 1);
      return { suggestion: best ?? null };
    },
    async area(id) {
      return (await ctx.store.listPoliceAreas()).find((a) => a.id === id) ?? null;
    },
  };
}
