import { DateTime } from 'luxon';
import { clockTimeAt } from '../../../domain/clock-time.ts';
import { requestDashboardLink, requestReportLink } from '../../../domain/publishing.ts';
import type { ReportLinkFormat } from '../../../domain/signed-link.ts';
import type { SummaryWindow } from '../../../domain/summary.ts';
import type { PoliceArea } from '../../../domain/types.ts';
import { buildReport } from '../../../reports/build-report.ts';
import { errorReply, joinOr, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import {
  ACTION,
  OPEN_TO_ALL,
  type Reply,
  type ReplyButton,
  type ReplySection,
  type ReportRef,
} from '../reply.ts';
import type { Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';

/**
 * Signed links in chat: `/sammanfattning <område> länk` (the managers' dashboard, /d/<område>) and the download
 * buttons of `/sammanfattning <kommun> … dokument` (one kommun's report, /r/<kommunkod>/…). Both last 24 hours;
 * the domain checks the permission and audits, the web routes verify the token.
 */

/** "22 nov 2026 09:14" in the configured zone. */
export function untilText(t: Texts, ms: number, zone: string): string {
  const d = DateTime.fromMillis(ms, { zone });
  return `${t.day(d.toFormat('yyyy-MM-dd'))} ${clockTimeAt(ms, zone, t.lang)}`;
}

/** The link to a police area's dashboard, with its expiry. Only for the person who asked (ephemeral). */
export async function handleDashboardLink(session: Session, area: PoliceArea): Promise<Reply> {
  const { t } = session;
  const s = t.sharing;
  const links = session.deps.links;
  if (!links) return errorReply(t, s.linksUnavailable);
  const result = await requestDashboardLink(session.deps, links, session.actor, area.id);
  if (!result.ok) {
    if (result.error === 'unknown-area') return errorReply(t, s.unknownArea(result.query), t.nothingStored);
    const decision = { ok: false, reason: result.reason, allowed: result.allowed } as const;
    return forbiddenReply(t, session.actor.person, 'read-area', area.name, decision);
  }
  const { url, expiresAt } = result.link;
  return reply({
    headline: s.linkHeadline(result.area.name),
    sections: [
      { text: url },
      { text: `${s.validUntil(untilText(t, expiresAt, session.deps.zone))} ${s.linkText}` },
    ],
    buttons: [
      { actionId: ACTION.link, requires: OPEN_TO_ALL, label: s.openDashboard, value: result.area.id, url },
    ],
    tone: 'success',
  });
}

/**
 * The buttons people press: HTML (to read and print), Markdown, and Excel — an .xlsx that Swedish Excel opens in
 * columns on a double-click, where a CSV (comma-separated) lands in one column. The CSV link still works, for machines.
 */
const BUTTON_FORMATS = ['html', 'md', 'xlsx'] as const satisfies readonly ReportLinkFormat[];

const FORMAT_LABEL: Readonly<Record<(typeof BUTTON_FORMATS)[number], string>> = {
  html: 'HTML',
  md: 'Markdown',
  xlsx: 'Excel',
};

/**
 * The "download card" part of a kommun summary asked for with `dokument`: a section saying what the documents are
 * and until when the links hold, and one link button per format. The report is the one `npx loftesbot report`
 * writes for the window's year (and tertial); when there is none, the section says why and there are no buttons.
 */
export async function documentLinks(
  session: Session,
  kommun: KommunRef,
  window: SummaryWindow,
): Promise<{ section: ReplySection; buttons: ReplyButton[]; ref?: ReportRef }> {
  const { t } = session;
  const s = t.sharing;
  const title = s.documentsTitle;
  const options =
    window.kind === 'tertial'
      ? { year: window.year, tertial: window.tertial }
      : window.kind === 'year'
        ? { year: window.year }
        : {};
  const built = await buildReport(session.deps, kommun.code, { ...options, lang: session.lang });
  if (!built.ok) {
    const text =
      built.error === 'not-started'
        ? s.documentsNotStarted(t.windowTertial(built.tertial, built.year))
        : t.noAgreement(kommun.name);
    return { section: { title, text }, buttons: [] };
  }
  const ref = { municipalityCode: kommun.code, year: built.report.year, tertial: built.report.tertial };
  const links = session.deps.links;
  if (!links) return { section: { title, text: s.documentsUnavailable }, buttons: [], ref };
  const result = await requestReportLink(session.deps, links, session.actor, ref, session.lang);
  if (!result.ok) {
    const text =
      result.error === 'forbidden'
        ? t.forbidden(t.permission.read, kommun.name, joinOr(t, [...result.allowed]))
        : t.unknownKommun(kommun.name);
    return { section: { title, text }, buttons: [] };
  }
  const label = t.windowTertial(ref.tertial, ref.year);
  const until = untilText(t, result.link.expiresAt, session.deps.zone);
  return {
    section: { title, text: s.documentsText(label, until) },
    buttons: BUTTON_FORMATS.map((format, i) => ({
      actionId: `${ACTION.link}/${i}`,
      requires: OPEN_TO_ALL,
      label: s.download(FORMAT_LABEL[format]),
      value: format,
      url: result.link.urls[format],
    })),
    ref,
  };
}
