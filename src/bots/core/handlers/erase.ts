import { eraseNote } from '../../../domain/note-erasure.ts';
import { eraseStatusText } from '../../../domain/status-erasure.ts';
import { suggestionValue } from '../answered.ts';
import { errorReply, reply } from '../build.ts';
import type { ParsedCommand } from '../grammar/types.ts';
import { ACTION, OPEN_TO_ALL, type Reply, type ReplyButton } from '../reply.ts';
import { accessOf, kommunName, type Session } from '../session.ts';
import { personalReasonReply } from './corrections.ts';

type EraseCommand = Extract<ParsedCommand, { kind: 'erase' }>;

/**
 * `/lofte radera anteckning <id> <skäl>` and `/lofte radera lägestext <kommun> <T1–T3> [år] <nr> <skäl>`: the chat
 * face of the erasures the command line does (`registrations erase-note`, `followups erase-text`), calling the same
 * domain use cases with the asker's access (samordnare of the kommun, admin). First every check and a question —
 * **Ja, radera** / **Avbryt**, only the asker may answer — then, confirmed, the erasure, audited with the reason.
 * The note or text itself is never quoted back.
 */
export async function handleErase(
  session: Session,
  cmd: EraseCommand,
  eventId: string,
  confirmed: boolean,
): Promise<Reply> {
  const { t } = session;
  const e = t.erase;
  if (cmd.what === 'usage') {
    const example = e.example(cmd.kommun?.name ?? 'Sävsjö');
    return reply({
      headline: e.usage,
      sections: [{ text: `${e.usageNote}\n${e.usageText}` }, { text: `${t.example}: ${example}` }],
      tone: 'info',
    });
  }
  const options = { access: accessOf(session), preview: !confirmed };
  const reason = cmd.reason.trim();
  if (cmd.what === 'note') {
    const result = await eraseNote(session.deps, session.actor, cmd.id, reason, options);
    if (!result.ok) {
      if (result.error === 'personal-number') return personalReasonReply(t, reason);
      const why =
        result.error === 'no-note'
          ? e.noNote
          : result.error === 'forbidden'
            ? e.forbidden
            : t.correctErrors[result.error];
      return errorReply(t, why, t.nothingStored);
    }
    const r = result.registration;
    const id = r.id.slice(0, Math.max(8, cmd.id.trim().length));
    const kommun = kommunName(session, r.municipalityCode);
    const command = `/lofte radera anteckning ${id} ${reason}`;
    if (!confirmed)
      return ask(
        session,
        eventId,
        e.askNote(id, r.count, t.day(r.occurredOn)),
        e.askNoteText(reason),
        command,
        `/lofte registreringar ${kommun}`,
      );
    return reply({
      headline: e.erasedNote(id),
      sections: [{ text: e.erasedNoteText(reason) }],
      tone: 'success',
    });
  }
  const municipality = session.deps.register.get(cmd.kommun.code);
  const when = t.windowTertial(cmd.tertial.tertial, cmd.tertial.year);
  const input = { municipality, tertial: cmd.tertial, activityNumber: cmd.number, reason };
  const result = await eraseStatusText(session.deps, session.actor, input, options);
  if (!result.ok) {
    if (result.error === 'personal-number') return personalReasonReply(t, reason);
    const kommun = cmd.kommun.name;
    const why: Record<Exclude<typeof result.error, 'personal-number'>, string> = {
      'no-reason': t.correctErrors['no-reason'],
      'reason-too-long': t.correctErrors['reason-too-long'],
      forbidden: e.forbidden,
      'no-agreement': e.noAgreement(kommun, cmd.tertial.year),
      'unknown-activity': e.unknownActivity(kommun, cmd.number),
      'no-text': e.noText(cmd.number, when),
      'already-erased': e.alreadyErased(cmd.number, when),
    };
    return errorReply(t, why[result.error], t.nothingStored);
  }
  const command = `/lofte radera lägestext ${cmd.kommun.name} ${when} ${cmd.number} ${reason}`;
  if (!confirmed)
    return ask(
      session,
      eventId,
      e.askText(cmd.number, result.activityText.replace(/[.\s]+$/, '').slice(0, 80), when, cmd.kommun.name),
      e.askTextText(reason),
      command,
      `/status ${cmd.kommun.name} ${when}`,
    );
  return reply({
    headline: e.erasedText(cmd.number, when, cmd.kommun.name),
    sections: [{ text: e.erasedTextText(reason, cmd.kommun.name, when) }],
    tone: 'success',
  });
}

/** The question before an erasure: "Ja, radera" runs the command again, confirmed; "Avbryt" shows where it was. */
function ask(
  session: Session,
  eventId: string,
  headline: string,
  text: string,
  command: string,
  cancel: string,
): Reply {
  const e = session.t.erase;
  const asker = session.actor.person;
  const button = (action: string, label: string, run: string, key: string): ReplyButton => ({
    actionId: `${action}/${key}`,
    // The command runs again as the one who presses, checking their permission; only the asker may answer.
    requires: OPEN_TO_ALL,
    label,
    value: suggestionValue(eventId, run, { asker, label, asked: session.now }),
    ...(key === 'yes' ? { style: 'danger' as const } : {}),
  });
  return reply({
    headline,
    sections: [{ text }],
    buttons: [button(ACTION.confirm, e.yes, command, 'yes'), button(ACTION.run, e.no, cancel, 'no')],
    tone: 'warning',
  });
}
