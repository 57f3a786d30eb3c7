import { DateTime } from 'luxon';
import { numberedLabel } from '../../domain/activity-name.ts';
import { clockTime } from '../../domain/clock-time.ts';
import type { DomainDeps } from '../../domain/deps.ts';
import { nextMeetings } from '../../domain/meetings.ts';
import { decide } from '../../domain/permissions.ts';
import { summarizeKommun } from '../../domain/summary.ts';
import { formatTertial, tertialOf } from '../../domain/tertial.ts';
import type { PoliceArea, RoleGrant } from '../../domain/types.ts';
import { progressOf } from './handlers/status.ts';
import { endedTertialLine } from './home-ended.ts';
import { setupSection } from './home-setup.ts';
import {
  ACTION,
  type Lang,
  needs,
  type Reply,
  type ReplyButton,
  type ReplyProgress,
  type ReplySection,
} from './reply.ts';
import type { Session } from './session.ts';
import { textsFor } from './texts/index.ts';

/** Kommuner shown on one App Home (each is a few blocks; the tab holds 100). */
export const HOME_MAX_KOMMUNER = 12;

/** The kommunkoder a person's roles cover: their kommuner and every kommun of their police areas, in order. */
export function kommunerOf(grants: readonly RoleGrant[], areas: readonly PoliceArea[]): string[] {
  const codes: string[] = [];
  for (const g of grants) {
    const add =
      g.scope.type === 'kommun'
        ? [g.scope.id]
        : g.scope.type === 'all'
          ? areas.flatMap((a) => a.municipalityCodes)
          : (areas.find((a) => a.id === g.scope.id)?.municipalityCodes ?? []);
    for (const c of add) if (!codes.includes(c)) codes.push(c);
  }
  return codes;
}

/**
 * A person's home (Slack's App Home tab), as a platform-neutral Reply: for each kommun their roles cover, the
 * progress of every activity this tertial and the next samverkansmöte, with a button to open the tertial's
 * follow-up form. Read-only; built from the domain's summary and meeting functions.
 */
export async function homeReply(session: Session): Promise<Reply> {
  const { deps, grants, areas, today, lang } = session;
  const t = session.t.home;
  const codes = kommunerOf(grants, areas);
  const current = tertialOf(session.now, deps.zone);
  const sections: ReplySection[] = [];
  const buttons: ReplyButton[] = [];
  if (codes.length === 0 && grants.length === 0) sections.push({ text: t.noRoles });
  // Kommuner with nothing to follow (no agreement, no meeting) are named together, after the ones with something.
  const idle: string[] = [];
  const waiting: ReplySection[] = [];
  for (const code of codes.slice(0, HOME_MAX_KOMMUNER)) {
    const name = deps.register.byCodeOrNull(code)?.name ?? code;
    const result = await summarizeKommun(deps, code, { kind: 'tertial', ...current });
    const next = await nextMeetingText(deps, code, areas, today, lang);
    // In the first month of a tertial, to whoever writes the follow-up: the tertial just ended lacking texts.
    const ended = await endedTertialLine(session, code, name);
    if (!result.ok) {
      if (next === null && ended === null) idle.push(name);
      else waiting.push({ title: name, text: [t.noAgreement(name), next, ended].filter(Boolean).join('\n') });
      continue;
    }
    const meeting = ended ? `${next ?? t.noMeeting}\n${ended}` : (next ?? t.noMeeting);
    const summary = result.summary;
    // Numbered as /status numbers them, called as /sammanfattning calls them: "5. riktade insatser"; the figures
    // as /status gives them (an activity followed up in text with nothing registered says so alone, no "0 under").
    const progress: ReplyProgress[] = summary.activities.map((line, i) => {
      const { detail: _statusText, ...row } = progressOf(line, i + 1, session.t, summary);
      return { ...row, label: numberedLabel(i + 1, line.activity, lang) };
    });
    sections.push({ title: `${name} · ${t.tertial(formatTertial(current))}`, text: meeting, progress });
    // Offered to everyone here; the core leaves it out for those who may not write the follow-up (access.ts).
    buttons.push({
      actionId: `${ACTION.reportOpen}/${buttons.length}`,
      requires: needs('follow-up', code),
      label: `📝 ${name}`,
      value: code,
    });
  }
  sections.push(...waiting);
  if (idle.length > 0) sections.push({ text: t.idle(idle.sort((a, b) => a.localeCompare(b, 'sv'))) });
  if (codes.length > HOME_MAX_KOMMUNER) sections.push({ text: t.more(codes.length - HOME_MAX_KOMMUNER) });
  const setup = await setupSection(session, codes);
  sections.unshift(...setup.sections);
  buttons.unshift(...setup.buttons);
  const fallback = [t.title, ...sections.map((s) => [s.title, s.text].filter(Boolean).join('\n'))].join(
    '\n\n',
  );
  return {
    headline: t.title,
    sections,
    ...(buttons.length > 0 ? { buttons } : {}),
    // "Registrera med /insats …" only to those who may log in one of their kommuner (a chef reads).
    context: t.hint(codes.some((code) => decide(grants, 'log', { type: 'kommun', code }, areas).ok)),
    fallback,
    visibility: 'ephemeral',
  };
}

/** "Nästa samverkansmöte: …" for the kommun (its own series or its area's), or null when none is planned. */
async function nextMeetingText(
  deps: DomainDeps,
  code: string,
  areas: readonly PoliceArea[],
  today: string,
  lang: Lang,
): Promise<string | null> {
  const t = textsFor(lang).home;
  const scopes = [
    { type: 'kommun' as const, id: code },
    ...areas
      .filter((a) => a.municipalityCodes.includes(code))
      .map((a) => ({ type: 'area' as const, id: a.id })),
  ];
  const series = (await Promise.all(scopes.map((s) => deps.store.meetingSeriesFor(s))))
    .flat()
    .filter((s) => s.active);
  if (series.length === 0) return null;
  const exceptions = await deps.store.meetingsOf(series.map((s) => s.id));
  const next = series
    .flatMap((s) => nextMeetings(s, exceptions, today, 1))
    .sort((a, b) => `${a.scheduledOn} ${a.time}`.localeCompare(`${b.scheduledOn} ${b.time}`))[0];
  if (!next) return null;
  const when = DateTime.fromISO(next.scheduledOn, { zone: deps.zone })
    .setLocale(lang === 'en' ? 'en-GB' : 'sv')
    .toFormat('cccc d LLLL');
  return t.nextMeeting(`${when} ${clockTime(next.time, lang)}`, next.place);
}
