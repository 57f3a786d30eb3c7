import { calendarUrl } from '../../../domain/calendar-link.ts';
import { decide } from '../../../domain/permissions.ts';
import { seriesForKommun } from '../../../domain/samverkan.ts';
import { errorReply, reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import { ACTION, OPEN_TO_ALL, type Reply } from '../reply.ts';
import { accessOf, type Session } from '../session.ts';
import { forbiddenReply } from './errors.ts';

/**
 * `/samverkan <kommun> kalender`: the signed iCalendar link of the kommun's samverkansmöten, for anyone with a role
 * there, only to the person who asked. Outlook and Google Calendar subscribe to it and follow moves and cancellations.
 */
export async function handleCalendar(session: Session, kommun: KommunRef): Promise<Reply> {
  const { t } = session;
  const decision = decide(session.grants, 'read', { type: 'kommun', code: kommun.code }, session.areas);
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'read', kommun.name, decision);
  const links = session.deps.links;
  if (!links) return errorReply(t, t.series.calendarUnavailable);
  if ((await seriesForKommun(session.deps, accessOf(session), kommun.code)).length === 0)
    return errorReply(
      t,
      t.noSeries(kommun.name),
      t.series.createHelp(kommun.name),
      t.series.exampleCreate(kommun.name),
    );
  const url = calendarUrl(links.baseUrl, links.sign, kommun.code);
  return reply({
    headline: t.series.calendarHeadline(kommun.name),
    sections: [{ text: url }, { text: t.series.calendarText }],
    buttons: [
      { actionId: ACTION.link, requires: OPEN_TO_ALL, label: t.series.openCalendar, value: kommun.code, url },
    ],
    tone: 'success',
  });
}
