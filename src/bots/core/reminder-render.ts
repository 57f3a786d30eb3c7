import type { ReminderPayload } from '../../scheduler/types.ts';
import { type Recipient, visibleTo } from './access.ts';
import { peopleLabels } from './build.ts';
import { countPromptFor } from './count-prompt.ts';
import { meetingFollowupReply, snoozedFollowupToSend } from './meeting-followup.ts';
import { renderReminderReply } from './reminders.ts';
import type { Lang, Reply } from './reply.ts';
import type { ChatCoreDeps } from './requests.ts';
import { statusPromptFor } from './status-prompt.ts';
import { textsFor } from './texts/index.ts';

/**
 * What a scheduler reminder becomes for its recipient (the chat core's reminder methods): the meeting follow-up as
 * stored (open, or answered for all), a status prompt for whoever writes the follow-up, a count prompt for those who
 * do the work, else the plain reminder — in the
 * recipient's language, only with the buttons they may press, marked late when it is.
 */

/** Who a reminder goes to: a person (`slack:U123`) or a channel. */
export interface ReminderRecipient {
  readonly kind: 'channel' | 'person';
  readonly person?: string;
}

/**
 * The message to send, or null when there is nothing to ask any more: a snoozed prompt whose every question has
 * been answered meanwhile (its row is then done without a message).
 */
export async function reminderToSend(
  deps: ChatCoreDeps,
  recipient: ReminderRecipient,
  payload: ReminderPayload,
  late: boolean,
  options: { readonly nothingAsNull: boolean } = { nothingAsNull: true },
): Promise<Reply | null> {
  const { to, lang } = await recipientOf(deps, recipient);
  payload = await namedRequester(deps, payload, lang);
  const prompt =
    payload.kind === 'meeting-followup'
      ? await meetingFollowupReply(deps, textsFor(lang), payload)
      : payload.kind === 'prompt-snooze' && payload.snoozed === 'meeting-followup'
        ? await snoozedFollowupToSend(deps, textsFor(lang), payload)
        : to.kind === 'person'
          ? ((await statusPromptFor(deps, payload, to, lang, { onlyOpen: true })) ??
            (await countPromptFor(deps, payload, to, lang)))
          : null;
  if (!prompt && payload.kind === 'prompt-snooze' && options.nothingAsNull) return null;
  const names =
    payload.kind === 'tertial-overdue' && payload.responsible
      ? await deps.store.personNames(payload.responsible.map((h) => h.person))
      : new Map<string, string>();
  const plain = renderReminderReply(payload, textsFor(lang), {
    canRemind: deps.reminders !== undefined,
    names,
  });
  const rendered = { ...visibleTo(prompt ?? plain, to), lang };
  return late ? markLate(rendered, lang) : rendered;
}

/**
 * The new version of a sent reminder after a prompt in it was answered (or commented), or null when what its
 * recipient got asks nothing the samordnare answers (a channel's list, a count prompt): no update then.
 */
export async function reminderUpdate(
  deps: ChatCoreDeps,
  recipient: ReminderRecipient,
  payload: ReminderPayload,
  late: boolean,
): Promise<Reply | null> {
  const { to, lang } = await recipientOf(deps, recipient);
  payload = await namedRequester(deps, payload, lang);
  // The meeting follow-up is answered once for everyone it went to, channels and snoozed copies included.
  const prompt =
    payload.kind === 'meeting-followup' ||
    (payload.kind === 'prompt-snooze' && payload.snoozed === 'meeting-followup')
      ? await meetingFollowupReply(deps, textsFor(lang), payload)
      : to.kind === 'person'
        ? await statusPromptFor(deps, payload, to, lang)
        : null;
  if (!prompt) return null;
  const rendered = { ...visibleTo(prompt, to), lang };
  return late ? markLate(rendered, lang) : rendered;
}

/**
 * A chef's nudge with who sent it as people read them — the name their platform gave ("Lena Lind"), never a platform
 * id (`slack:U0…`) in "Påminnelsen skickades av …" / "Reminder sent by …".
 */
async function namedRequester(
  deps: ChatCoreDeps,
  payload: ReminderPayload,
  lang: Lang,
): Promise<ReminderPayload> {
  if (payload.kind !== 'tertial-nudge') return payload;
  const label = await peopleLabels(deps.store, textsFor(lang), [payload.requestedBy]);
  return { ...payload, requestedBy: label(payload.requestedBy) };
}

/** The reminder marked as sent late (after downtime or retries): "⏰ Försenad påminnelse — …". */
export function markLate(reminder: Reply, lang: Lang): Reply {
  const label = textsFor(lang).lateReminder;
  return {
    ...reminder,
    headline: `${label} — ${reminder.headline}`,
    fallback: `${label} — ${reminder.fallback}`,
  };
}

/**
 * A reminder recipient's roles and language: the person's choice (`/lofte språk`), else what their platform last
 * reported (Slack locale), else config.lang. A channel gets the default language and every button.
 */
async function recipientOf(
  deps: ChatCoreDeps,
  recipient: ReminderRecipient,
): Promise<{ to: Recipient; lang: Lang }> {
  const person = recipient.kind === 'person' ? recipient.person : undefined;
  if (!person) return { to: { kind: 'channel' }, lang: deps.defaultLang };
  const [stored, reported, grants, areas] = await Promise.all([
    deps.store.personLang(person),
    deps.store.personPlatformLang(person),
    deps.store.rolesOf(person),
    deps.store.listPoliceAreas(),
  ]);
  const lang = stored ?? reported ?? deps.defaultLang;
  return { to: { kind: 'person', person, grants, areas }, lang };
}
