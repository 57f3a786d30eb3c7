import { numberedLabel } from '../../domain/activity-name.ts';
import { flagOf } from '../../domain/meeting-flags.ts';
import type { Role } from '../../domain/types.ts';
import { plusDays } from '../../domain/working-days.ts';
import { rolesResponsibleFor } from '../../scheduler/recipients.ts';
import type { AgendaItem, MissingActivity, ReminderPayload, RoleHolder } from '../../scheduler/types.ts';
import { suggestionValue } from './answered.ts';
import { clip, reply, truncate } from './build.ts';
import { flagSection } from './handlers/meeting-series.ts';
import { openFollowupReply } from './meeting-followup.ts';
import { ACTION, needs, needsInArea, type Reply, type ReplyButton, type ReplySection } from './reply.ts';
import type { Texts } from './texts/index.ts';

/**
 * The messages the scheduler's reminders become. Pure: the payload carries everything (the scheduler read the
 * store when it planned); buttons lead back into the core (open the follow-up form, mark a meeting held, remind
 * those responsible) and each says what it needs, so the core drops the ones its recipient may not press.
 */
export interface ReminderRenderOptions {
  /** False when this process cannot write reminder rows: the overdue notice then offers no "Påminn dem". */
  readonly canRemind: boolean;
  /** Display names of the people a message names (the overdue notice's responsible); ids where absent. */
  readonly names?: ReadonlyMap<string, string>;
}

export function renderReminderReply(
  payload: ReminderPayload,
  t: Texts,
  options: ReminderRenderOptions = { canRemind: true },
): Reply {
  const name = payload.subject.name;
  const code = payload.subject.municipalityCode;
  switch (payload.kind) {
    case 'meeting-reminder': {
      const m = payload.meeting;
      const sections: ReplySection[] = [];
      if (m.place) sections.push({ text: m.place });
      if (payload.agenda.length > 0) sections.push(agendaSection(payload.agenda, t));
      // A meeting on a holiday or in the Christmas week: say so, with buttons that move it (kommun series).
      const flag = flagOf(m.date, m.originalOn, plusDays(m.date, -payload.daysBefore));
      const flagged =
        flag && code
          ? flagSection(
              t,
              { code, name },
              [flag],
              `reminder:${m.seriesId}:${m.originalOn}:${payload.daysBefore}`,
            )
          : { sections: [], buttons: [] };
      return reply({
        headline: t.meetingReminder(name, t.day(m.date), m.time, payload.daysBefore),
        sections: [...sections, ...flagged.sections],
        buttons: flagged.buttons,
        visibility: 'channel',
        tone: 'info',
      });
    }
    case 'agreement-renewal': {
      const a = payload.agreement;
      return reply({
        headline: t.setup.renewal(name, a.periodFrom, a.periodTo, t.day(a.lastDay), payload.daysBefore),
        sections: [{ text: t.setup.renewalText }],
        visibility: 'channel',
        tone: 'info',
      });
    }
    case 'meeting-followup':
      // The answered state lives in the store: ChatCore.renderReminderFor renders it (meeting-followup.ts).
      return openFollowupReply(t, payload);
    case 'prompt-snooze':
      if (payload.snoozed === 'meeting-followup') return openFollowupReply(t, payload);
      return tertialReply(payload, t, code);
    case 'tertial-reminder':
    case 'tertial-nudge':
      return tertialReply(payload, t, code);
    case 'tertial-overdue': {
      const ref = payload.tertial;
      const label = t.windowTertial(ref.tertial, ref.year);
      const buttons: ReplyButton[] = [];
      if (code && options.canRemind && payload.missing.length > 0) {
        buttons.push({
          actionId: ACTION.remind,
          requires: needs('remind', code),
          label: t.remindThem,
          value: `${code}|${ref.year}|${ref.tertial}`,
          style: 'primary',
        });
      }
      for (const area of payload.areas ?? []) {
        buttons.push({
          actionId: `${ACTION.run}/${buttons.length}`,
          requires: needsInArea('read-area', area.id),
          label: `${t.openDashboard}: ${clip(area.name, 60)}`,
          value: suggestionValue(
            `dashboard-${area.id}-${ref.year}-T${ref.tertial}`,
            `sammanfattning ${area.name} länk`,
            { shortcut: true },
          ),
        });
      }
      if (code) buttons.push(reportButton(t, code, ref.year, ref.tertial));
      return reply({
        headline: t.tertialOverdue(name, label),
        sections:
          payload.missing.length > 0
            ? [missingSection(payload.missing, t, payload.responsible ?? null, options.names)]
            : [],
        buttons,
        visibility: 'channel',
        tone: 'warning',
      });
    }
  }
}

/** A tertial reminder, a chef's nudge or a snoozed status/count prompt as plain text (the prompts render elsewhere). */
function tertialReply(
  payload: Extract<
    ReminderPayload,
    { kind: 'tertial-reminder' | 'tertial-nudge' } | { kind: 'prompt-snooze'; snoozed: 'status' | 'count' }
  >,
  t: Texts,
  code: string | null,
): Reply {
  const name = payload.subject.name;
  const ref = payload.tertial;
  const label = t.windowTertial(ref.tertial, ref.year);
  const headline =
    payload.kind === 'tertial-reminder'
      ? t.tertialReminder(name, label, t.day(ref.lastDay), payload.daysBefore)
      : payload.kind === 'tertial-nudge'
        ? t.tertialNudge(name, label)
        : t.snoozeHeadline(name, label, t.day(ref.lastDay));
  const sections = payload.missing.length > 0 ? [missingSection(payload.missing, t)] : [];
  return reply({
    headline,
    sections,
    buttons: code ? [reportButton(t, code, ref.year, ref.tertial)] : [],
    ...(payload.kind === 'tertial-nudge' ? { context: t.nudgeBy(payload.requestedBy) } : {}),
    visibility: 'channel',
    tone: payload.kind === 'tertial-nudge' ? 'warning' : 'info',
  });
}

function reportButton(t: Texts, code: string, year: number, tertial: number): ReplyButton {
  return {
    actionId: ACTION.reportOpen,
    requires: needs('follow-up', code),
    label: t.openReport,
    value: `${code}|${year}|${tertial}`,
    style: 'primary',
  };
}

/**
 * An activity in a reminder's list, as the home and /sammanfattning call it: "5. riktade insatser". A row planned
 * before reminders carried the number reads as it did (its chat name, clipped).
 */
function labelOf(item: AgendaItem | MissingActivity, t: Texts): string {
  if (item.number === undefined) return clip(item.text, 90);
  const shortName = item.shortName ?? null;
  return numberedLabel(item.number, { text: item.text, shortName, kind: item.kind ?? null }, t.lang);
}

function agendaSection(items: readonly AgendaItem[], t: Texts): ReplySection {
  const lines = items.slice(0, 25).map((item) => {
    // "efter målet (3 av 12), saknar lägestext för T3 2026": the figures with the verdict they explain.
    const behind = () =>
      item.done !== null && item.target !== null
        ? t.agendaBehindFigures(item.done, item.target)
        : t.agendaBehind;
    const noStatus = () =>
      item.statusFor
        ? t.agendaNoStatusFor(t.windowTertial(item.statusFor.tertial, item.statusFor.year))
        : t.agendaNoStatus;
    const why = item.reasons.map((r) => (r === 'behind' ? behind() : noStatus())).join(', ');
    return `• ${labelOf(item, t)} — ${why}`;
  });
  return { title: t.agendaTitle, text: truncate(lines.join('\n'), 2900) };
}

/**
 * The activities lacking a status; with `holders` (a manager's notice) each line also says who answers for it:
 * the responsible party and the people holding its roles (polis / kommun by responsibility, and the samordnare).
 */
function missingSection(
  items: readonly MissingActivity[],
  t: Texts,
  holders: readonly RoleHolder[] | null = null,
  names: ReadonlyMap<string, string> = new Map(),
): ReplySection {
  const lines = items.slice(0, 25).map((item) => {
    if (!holders) return `• ${labelOf(item, t)}`;
    const roles: readonly Role[] = rolesResponsibleFor(item.responsible);
    const people = [
      ...new Set(holders.filter((h) => roles.includes(h.role)).map((h) => names.get(h.person) ?? h.person)),
    ];
    const who = t.responsibleWho(
      t.responsibleRole[item.responsible],
      people.length > 0 ? clip(people.join(', '), 200) : t.nobodyResponsible,
    );
    return `• ${labelOf(item, t)} — ${who}`;
  });
  return { title: t.missingTitle(items.length), text: truncate(lines.join('\n'), 2900) };
}
