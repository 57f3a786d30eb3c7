import { endSeries, previewEndSeries } from '../../../domain/meeting-series-breaks.ts';
import type { PoliceArea } from '../../../domain/types.ts';
import { suggestionValue } from '../answered.ts';
import { reply } from '../build.ts';
import type { KommunRef } from '../grammar/types.ts';
import { ACTION, needs, needsInArea, OPEN_TO_ALL, type Reply } from '../reply.ts';
import { accessOf, type Session } from '../session.ts';
import { ownerOf, refusalReply } from './meeting-series.ts';

/**
 * /samverkan <kommun|område> avsluta [datum]: ends the series — no meetings on or after the date (default
 * tomorrow). It asks first ("Avsluta mötesserien i Sävsjö? …" [Ja, avsluta] [Avbryt], buttons only the asker may
 * press); the "Ja" button runs the same command ending in `ja`, which stores it.
 */
export async function handleEndSeries(
  session: Session,
  kommun: KommunRef,
  op: { readonly day: string | null; readonly confirmed?: boolean },
  eventId: string,
  area?: PoliceArea,
): Promise<Reply> {
  const { t } = session;
  const { day } = op;
  const owner = ownerOf(kommun, area);
  const result = op.confirmed
    ? await endSeries(session.deps, session.actor, accessOf(session), owner, day)
    : await previewEndSeries(session.deps, accessOf(session), owner, day);
  if (!result.ok)
    return refusalReply(session, kommun, result, `/samverkan ${kommun.name} avsluta 2027-06-30`, {
      action: 'end',
      words: day ? `avsluta ${day}` : 'avsluta',
    });
  const removed = result.removed.map((o) => o.scheduledOn);
  if (!op.confirmed) {
    const asker = session.actor.person;
    // The date is always written out, so the stored end is the one asked about, even pressed after midnight.
    const command = `/samverkan ${kommun.name} avsluta ${result.endsOn} ja`;
    return reply({
      headline: t.series.confirmEnd(kommun.name, result.endsOn),
      sections: [{ text: t.series.confirmEndText(removed) }],
      buttons: [
        {
          actionId: `${ACTION.run}/yes`,
          requires: area ? needsInArea('meetings', area.id) : needs('meetings', kommun.code),
          label: t.series.yesEnd,
          value: suggestionValue(`${eventId}:yes`, command, {
            asker,
            label: t.series.yesEnd,
            asked: session.now,
          }),
          style: 'danger',
        },
        {
          actionId: `${ACTION.run}/no`,
          requires: OPEN_TO_ALL,
          label: t.series.cancelEnd,
          value: suggestionValue(`${eventId}:no`, `/samverkan ${kommun.name}`, {
            asker,
            label: t.series.cancelEnd,
            asked: session.now,
          }),
        },
      ],
      tone: 'warning',
    });
  }
  session.deps.onPlanChange?.();
  return reply({
    headline: t.series.ended(kommun.name, result.endsOn),
    sections: [{ text: t.series.endedRemoved(removed.length) }],
    visibility: 'channel',
    tone: 'success',
  });
}
