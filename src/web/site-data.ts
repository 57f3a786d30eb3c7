import type { AreaSummary } from '../domain/area-summary.ts';
import { summarizeAreaThisYear } from '../domain/area-year.ts';
import type { DomainDeps } from '../domain/deps.ts';
import { type PublicPageView, publicPageView } from '../domain/public-snapshot.ts';
import type { PublicAgreementView } from '../domain/public-view.ts';
import type { SlugIndex } from '../domain/slug.ts';
import { tertialOf } from '../domain/tertial.ts';
import type { Agreement, Municipality, PoliceArea } from '../domain/types.ts';

/**
 * What the pages show, read through the domain. Public pages show each agreement as of its last published
 * tertial (the snapshot saved when publishing, domain/public-snapshot.ts), never live figures; the managers'
 * dashboard (behind a signed link) shows the live area summary the chat uses. Nothing here computes progress.
 */

export interface KommunEntry {
  readonly municipality: Municipality;
  readonly slug: string;
  readonly agreement: Agreement;
}

export interface HomeData {
  /** When the page is made. */
  readonly generatedAt: number;
  readonly year: number;
  /** Kommuner with an agreement in force this year, by name. */
  readonly current: readonly KommunEntry[];
  /** Kommuner with only earlier agreements (their latest), by name. */
  readonly earlier: readonly KommunEntry[];
}

export interface KommunData {
  /** When the page is made. */
  readonly generatedAt: number;
  /** The moment the figures stand at: the end of the last published tertial, or now when none is published. */
  readonly asOf: number;
  /** When the current agreement's follow-up was last published (or withdrawn); null when nothing is published. */
  readonly publishedAt: number | null;
  readonly municipality: Municipality;
  readonly slug: string;
  /** The agreement in force this year, as the public may see it; null when there is none. */
  readonly current: PublicAgreementView | null;
  /** Earlier agreements, newest first. */
  readonly archive: readonly Agreement[];
  /** The next agreement, stored but not begun (its first year is after this one); null when there is none. */
  readonly upcoming?: Agreement | null;
}

const byName = (a: KommunEntry, b: KommunEntry): number =>
  a.municipality.name.localeCompare(b.municipality.name, 'sv');

/** How many years back the start page looks for kommuner whose agreements have all ended. */
export const EARLIER_YEARS = 12;

/**
 * Every kommun with an agreement in Löftesbot: those with one in force now, and those whose agreements of the last
 * EARLIER_YEARS years have all ended. One small query per year, whatever the number of kommuner.
 */
export async function homeData(deps: DomainDeps, slugs: SlugIndex): Promise<HomeData> {
  const generatedAt = deps.clock.now();
  const year = tertialOf(generatedAt, deps.zone).year;
  const years = Array.from({ length: EARLIER_YEARS }, (_, i) => year - 1 - i);
  const all = (await Promise.all(years.map((y) => deps.store.agreementsInYear(y)))).flat();
  const entry = (agreement: Agreement): KommunEntry | null => {
    const municipality = deps.register.byCodeOrNull(agreement.municipalityCode);
    return municipality ? { municipality, slug: slugs.slugOf(municipality), agreement } : null;
  };
  const current = new Map<string, KommunEntry>();
  for (const a of await deps.store.agreementsInYear(year)) {
    const e = entry(a);
    if (e && !current.has(e.municipality.code)) current.set(e.municipality.code, e);
  }
  const earlier = new Map<string, KommunEntry>();
  for (const a of [...all].sort((x, y) => y.periodTo - x.periodTo)) {
    if (current.has(a.municipalityCode) || earlier.has(a.municipalityCode) || a.periodFrom > year) continue;
    const e = entry(a);
    if (e) earlier.set(a.municipalityCode, e);
  }
  return {
    generatedAt,
    year,
    current: [...current.values()].sort(byName),
    earlier: [...earlier.values()].sort(byName),
  };
}

/** A kommun's page: its agreement in force (public view over this year and the whole period) and its archive. */
export async function kommunData(
  deps: DomainDeps,
  municipality: Municipality,
  slug: string,
): Promise<KommunData> {
  const now = deps.clock.now();
  const year = tertialOf(now, deps.zone).year;
  const [bundle, agreements] = await Promise.all([
    deps.store.agreementForYear(municipality.code, year),
    deps.store.agreementsOf(municipality.code),
  ]);
  const shown = bundle ? await publicPageView(deps.store, municipality, bundle, now, deps.zone) : null;
  const current = shown?.view ?? null;
  const archive = agreements.filter((a) => a.id !== current?.agreement.id && a.periodFrom <= year);
  const upcoming = agreements
    .filter((a) => a.periodFrom > year)
    .sort((a, b) => a.periodFrom - b.periodFrom)[0];
  return {
    generatedAt: now,
    asOf: shown?.asOf ?? now,
    publishedAt: shown?.publishedAt ?? null,
    municipality,
    slug,
    current,
    archive,
    upcoming: upcoming ?? null,
  };
}

/**
 * An earlier agreement of a kommun as the public may see it (over its whole period); `current` when the id is the
 * agreement in force (its page is the kommun's page); null when the kommun has no such agreement or it has not begun.
 */
export async function archivedAgreement(
  deps: DomainDeps,
  municipality: Municipality,
  agreementId: string,
): Promise<PublicPageView | 'current' | null> {
  const year = tertialOf(deps.clock.now(), deps.zone).year;
  const [bundle, current] = await Promise.all([
    deps.store.agreementBundle(agreementId),
    deps.store.agreementForYear(municipality.code, year),
  ]);
  if (!bundle || bundle.agreement.municipalityCode !== municipality.code) return null;
  if (current?.agreement.id === bundle.agreement.id) return 'current';
  if (bundle.agreement.periodFrom > year) return null;
  return publicPageView(deps.store, municipality, bundle, deps.clock.now(), deps.zone);
}

/**
 * The managers' dashboard: the area summary the chat shows for `/sammanfattning <område>`, this year — in January,
 * before any of its kommuner has this year's agreement, the year just ended (domain/area-year.ts).
 */
export async function dashboardData(deps: DomainDeps, area: PoliceArea): Promise<AreaSummary> {
  const scope = { kind: 'area' as const, name: area.name, municipalityCodes: area.municipalityCodes };
  return (await summarizeAreaThisYear(deps, scope)).area;
}
