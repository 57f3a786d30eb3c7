import type { AgreementBundle, Store } from './ports.ts';
import { publicText, publicTitle } from './public-texts.ts';
import { type PublicAgreementView, publicView, redactSmallFigures } from './public-view.ts';
import { composeSummary, summaryPlan } from './summary.ts';
import { type TertialRef, tertialLastDay, tertialWindow } from './tertial.ts';
import type { Municipality } from './types.ts';

/**
 * What the public sees is decided by publishing: the public view of an agreement as of its last published tertial.
 * Counts are those registered up to the end of that tertial and known at the moment of publishing; texts are the
 * published ones. Saved when a tertial is published or withdrawn (publishing.ts) and read by the pages and
 * `publish --out` — so a registration made after publishing changes nothing public until the next publish.
 */

const later = (a: TertialRef, b: TertialRef) =>
  a.year > b.year || (a.year === b.year && a.tertial > b.tertial);

/**
 * The public view of `bundle` as of its last published tertial, computed now from `store` (a transaction while
 * publishing); null when no tertial of it is published.
 */
export async function publishedView(
  store: Store,
  municipality: Municipality,
  bundle: AgreementBundle,
  now: number,
  zone: string,
): Promise<PublicAgreementView | null> {
  const window = { kind: 'period' } as const;
  const plan = summaryPlan(window, bundle.agreement, zone);
  const ids = bundle.activities.map((a) => a.id);
  const statuses = await store.latestStatuses(ids, plan.years);
  let last: TertialRef | null = null;
  for (const s of statuses) if (s.published && (last === null || later(s, last))) last = s;
  if (last === null) return null;
  const lastDay = tertialLastDay(last);
  const [monthly, statistics] = await Promise.all([
    store.monthlyCounts(ids, plan.firstDay, lastDay < plan.lastDay ? lastDay : plan.lastDay),
    store.statisticsOf(municipality.code, plan.years),
  ]);
  const asOf = Math.min(now, tertialWindow(last, zone).end - 1);
  const data = { monthly, statuses, statistics };
  const period = composeSummary(municipality, bundle, window, data, asOf, zone);
  const year = composeSummary(municipality, bundle, { kind: 'year', year: last.year }, data, asOf, zone);
  return publicView(period, year, { year: last.year, tertial: last.tertial });
}

/**
 * The public view of an agreement none of which is published: the promises, activities and targets, no figures
 * (`figuresAsOf` null) and no texts.
 */
export function unpublishedView(
  municipality: Municipality,
  bundle: AgreementBundle,
  now: number,
  zone: string,
): PublicAgreementView {
  const data = { monthly: [], statuses: [], statistics: [] };
  return publicView(composeSummary(municipality, bundle, { kind: 'period' }, data, now, zone), null);
}

/** What a public page shows of an agreement, and as of when. */
export interface PublicPageView {
  readonly view: PublicAgreementView;
  /** The moment the figures stand at (the end of the last published tertial, or now when none is published). */
  readonly asOf: number;
  /** When a samordnare last published a tertial of it (a withdrawal keeps it); null when nothing is published. */
  readonly publishedAt: number | null;
}

/** The view the public pages show of `bundle`: its snapshot, or the unpublished view when there is none. */
export async function publicPageView(
  store: Store,
  municipality: Municipality,
  bundle: AgreementBundle,
  now: number,
  zone: string,
): Promise<PublicPageView> {
  const snapshot = await store.publicSnapshot(bundle.agreement.id);
  if (snapshot)
    return {
      view: { ...screened(snapshot.view), municipality },
      asOf: snapshot.view.asOf,
      publishedAt: snapshot.publishedAt,
    };
  return { view: unpublishedView(municipality, bundle, now, zone), asOf: now, publishedAt: null };
}

/**
 * A saved view with every text checked again by today's rules as it is read: a snapshot saved before a rule existed
 * or was sharpened never shows a text the rules now withhold (public-texts.ts), and its status texts are masked anew
 * ("2 LOB/PL-ingripanden" → "färre än 5 …"). Checking twice changes nothing.
 */
function screened(view: PublicAgreementView): PublicAgreementView {
  return {
    ...view,
    agreement: { ...view.agreement, title: publicTitle(view.agreement) },
    commitments: view.commitments.map((c) => ({
      text: c.text === null ? null : publicText(c.text),
      activities: c.activities.map((a) => ({
        ...a,
        text: publicText(a.text),
        followUps: a.followUps.map((f) => ({ ...f, text: publicText(redactSmallFigures(f.text)) })),
      })),
    })),
  };
}

/**
 * Saves (or, when nothing is published any more, removes) the public snapshot of `bundle`. `publishing` false (a
 * tertial withdrawn) keeps the moment of the last publication: the page's "publicerades senast" names when something
 * was published, and a withdrawal publishes nothing.
 */
export async function refreshPublicSnapshot(
  store: Store,
  municipality: Municipality,
  bundle: AgreementBundle,
  now: number,
  zone: string,
  publishing = true,
): Promise<void> {
  const view = await publishedView(store, municipality, bundle, now, zone);
  if (view === null) {
    await store.deletePublicSnapshot(bundle.agreement.id);
    return;
  }
  const previous = publishing ? null : await store.publicSnapshot(bundle.agreement.id);
  await store.savePublicSnapshot({
    agreementId: bundle.agreement.id,
    municipalityCode: municipality.code,
    publishedAt: previous?.publishedAt ?? now,
    view,
  });
}
