import type { Activity, TurnContext } from 'botbuilder';
import type { FormSpec, Lang, Reply } from '../../core/reply.ts';
import { type CardSubmission, parseSubmission } from '../parse/card-submission.ts';
import { replyActivity } from '../render/activity.ts';
import { type EmbeddedForm, FORM_SPEC_KEY } from '../render/form.ts';
import type { TeamsTexts } from '../render/texts.ts';
import { chatRequest, commandWriting, shortTime, type TeamsBotDeps, textsOf } from './deps.ts';

/**
 * A card's Action.Submit: a button (`{ actionId, value }`) or a form (`{ formId, state, f:<field>… }`).
 *
 * An accepted form, and a button whose reply replaces the original, UPDATE the card in place (the message the
 * button was on is `replyToId`) to show what was recorded and by whom. A refused form updates the card to show the
 * errors under their fields, with what the person typed kept. Error replies to buttons are posted as a new message,
 * so the card stays usable.
 */
export async function onCardSubmit(context: TurnContext, deps: TeamsBotDeps): Promise<void> {
  const a = context.activity;
  const submission = parseSubmission(a.value);
  if (!submission) {
    deps.logger.debug(
      { platform: 'teams' },
      'teams: message value that is not a Löftesbot submission ignored',
    );
    return;
  }
  const request = chatRequest(context);
  // What the person wrote or pressed (a form's values, a button's value) is shown as written in a channel too.
  const typed = submission.kind === 'form' ? Object.values(submission.values).join('\n') : submission.value;
  const commands = commandWriting(context, typed);
  const withCommands = commands ? { commands } : {};
  // "✔ Registrerat av" only under a reply that recorded something; an undo or a notice says who answered.
  const footerIn = (texts: TeamsTexts, lang: Lang, reply: Reply) =>
    (reply.tone === 'success' ? texts.answeredBy : texts.pressedBy)(
      a.from?.name || request.person,
      shortTime(deps, lang),
    );

  if (submission.kind === 'action') {
    const reply = await deps.core.handleAction({
      ...request,
      actionId: submission.actionId,
      value: submission.value,
      ...(a.replyToId ? { messageRef: `${a.conversation?.id ?? ''}|${a.replyToId}` } : {}),
    });
    const lang = reply.lang ?? deps.defaultLang;
    const texts = textsOf(deps, lang);
    if (reply.replaceOriginal && reply.tone !== 'error' && a.replyToId) {
      const footer = footerIn(texts, lang, reply);
      await replaceCard(context, a.replyToId, replyActivity(reply, { texts, footer, ...withCommands }));
    } else {
      await context.sendActivity(replyActivity(reply, { texts, ...withCommands }));
    }
    return;
  }

  const result = await deps.core.submitForm({
    ...request,
    formId: submission.formId,
    state: submission.state,
    values: submission.values,
  });
  const lang = (result.ok ? result.reply.lang : result.lang) ?? deps.defaultLang;
  const texts = textsOf(deps, lang);
  if (result.ok) {
    const accepted = replyActivity(result.reply, {
      texts,
      ...withCommands,
      footer: result.reply.tone === 'error' ? undefined : footerIn(texts, lang, result.reply),
    });
    if (a.replyToId) await replaceCard(context, a.replyToId, accepted);
    else await context.sendActivity(accepted);
    return;
  }
  const again = refusedForm(submission, a, texts, result.errors);
  if (again && a.replyToId) await replaceCard(context, a.replyToId, again);
  else
    await context.sendActivity(
      replyActivity(errorsAsReply(result.errors, texts), { texts, ...withCommands }),
    );
}

async function replaceCard(
  context: TurnContext,
  activityId: string,
  activity: Partial<Activity>,
): Promise<void> {
  await context.updateActivity({ ...activity, id: activityId });
}

/** The form card again, rebuilt from the spec embedded in its submit data, with the values and errors. */
function refusedForm(
  submission: Extract<CardSubmission, { kind: 'form' }>,
  a: Activity,
  texts: TeamsTexts,
  errors: Readonly<Record<string, string>>,
): Partial<Activity> | null {
  const embedded = (a.value as Record<string, unknown> | undefined)?.[FORM_SPEC_KEY] as
    | EmbeddedForm
    | undefined;
  if (!embedded || !Array.isArray(embedded.fields)) return null;
  const form: FormSpec = { ...embedded, formId: submission.formId, state: submission.state };
  const reply: Reply = {
    headline: embedded.headline,
    sections: [],
    fallback: embedded.headline,
    visibility: 'ephemeral',
    form,
    tone: 'warning',
  };
  return replyActivity(reply, { texts, formValues: submission.values, formErrors: errors });
}

function errorsAsReply(errors: Readonly<Record<string, string>>, texts: TeamsTexts): Reply {
  const lines = Object.values(errors).map((e) => `• ${e}`);
  return {
    headline: texts.formErrors,
    sections: [{ text: lines.join('\n') }],
    fallback: [texts.formErrors, ...lines].join('\n'),
    visibility: 'ephemeral',
    tone: 'error',
  };
}
