import { flagOf } from '../../domain/meeting-flags.ts';
import { plusDays } from '../../domain/working-days.ts';
import type { AgendaItem, MissingActivity, ReminderPayload } from '../../scheduler/types.ts';
import { clip, reply, truncate } from './build.ts';
import { flagSection } from './handlers/meeting-series.ts';
import { ACTION, type Reply, type ReplyButton, type ReplySection } from './reply.ts';
import type { Texts } from './texts/index.ts';

/**
 * The messages the scheduler's reminders become. Pure: the payload carries everything (the scheduler read the
 * store when it planned); buttons lead back into the core (open the follow-up form, mark a meeting held).
 */
export function renderReminderReply(payload: ReminderPayload, t: Texts, _zone: string): Reply {
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
    case 'meeting-followup': {
      const m = payload.meeting;
      const buttons: ReplyButton[] = [
        {
          actionId: ACTION.meetingHeld,
          label: t.markHeld,
          value: `${m.seriesId}|${m.originalOn}`,
          style: 'primary',
        },
      ];
      if (code) buttons.push({ actionId: ACTION.reportOpen, label: t.openReport, value: code });
      return reply({
        headline: t.meetingFollowup(name, t.day(m.date)),
        sections: [{ text: t.meetingFollowupText }],
        buttons,
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
    case 'tertial-reminder':
    case 'tertial-overdue': {
      const ref = payload.tertial;
      const label = t.windowTertial(ref.tertial, ref.year);
      const headline =
        payload.kind === 'tertial-reminder'
          ? t.tertialReminder(name, label, t.day(ref.lastDay), payload.daysBefore)
          : t.tertialOverdue(name, label);
      const buttons: ReplyButton[] = code
        ? [
            {
              actionId: ACTION.reportOpen,
              label: t.openReport,
              value: `${code}|${ref.year}|${ref.tertial}`,
              style: 'primary',
            },
          ]
        : [];
      return reply({
        headline,
        sections: payload.missing.length > 0 ? [missingSection(payload.missing, t)] : [],
        buttons,
        visibility: 'channel',
        tone: payload.kind === 'tertial-overdue' ? 'warning' : 'info',
      });
    }
  }
}

function agendaSection(items: readonly AgendaItem[], t: Texts): ReplySection {
  const lines = items.slice(0, 25).map((item) => {
    const why = item.reasons.map((r) => (r === 'behind' ? t.agendaBehind : t.agendaNoStatus)).join(', ');
    const figures = item.done !== null && item.target !== null ? ` ${item.done}/${item.target}` : '';
    return `• ${clip(item.text, 90)} —${figures} ${why}`;
  });
  return { title: t.agendaTitle, text: truncate(lines.join('\n'), 2900) };
}

function missingSection(items: readonly MissingActivity[], t: Texts): ReplySection {
  const lines = items.slice(0, 25).map((item) => `• ${clip(item.text, 100)}`);
  return { title: t.missingTitle(items.length), text: lines.join('\n') };
}
