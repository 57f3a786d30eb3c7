import { describe, expect, it } from 'vitest';
import {
  actionRequest,
  type BlockActionsPayload,
  commandRequest,
  formSubmission,
  unescapeCommandText,
  type ViewSubmissionPayload,
} from '../../src/bots/slack/parse/requests.ts';
import { fixtureJson, fixtureText } from './support/slack-requests.ts';

/** Slack payloads (the recorded fixtures) → chat core requests, and the event ids that make retries idempotent. */

describe('slash command payloads', () => {
  const payload = Object.fromEntries(new URLSearchParams(fixtureText('slash-command.txt').trim())) as never;

  it('become the command words with the trigger as event id, the user as person and the channel', () => {
    expect(
      commandRequest({ ...(payload as object), command: '/insats', text: 'Sävsjö igår 2' } as never, 'en'),
    ).toEqual({
      eventId: 'slack:cmd:13345224609.738474920.8088930838d88f008e0',
      platform: 'slack',
      person: 'slack:U2147483697',
      conversationId: 'C2147483705',
      text: '/insats Sävsjö igår 2',
      lang: 'en',
    });
  });

  it('turn Slack’s escaped mentions into person ids and decode entities, keeping broadcasts as written', () => {
    expect(unescapeCommandText('admin roll <@U0ANNA1|anna> samordnare Tranås')).toBe(
      'admin roll slack:U0ANNA1 samordnare Tranås',
    );
    expect(
      unescapeCommandText('kväll &lt;!channel&gt; &amp; <!here> <#C0X|tranas> <https://polisen.se|x>'),
    ).toBe('kväll <!channel> & <!here> #tranas x (https://polisen.se)');
  });

  it.each([
    ['<http://www.polisen.se|www.polisen.se>', 'www.polisen.se'],
    ['<https://polisen.se/savsjo|polisen.se/savsjo>', 'polisen.se/savsjo'],
    ['<https://polisen.se>', 'https://polisen.se'],
    ['<mailto:anna@kommun.se|anna@kommun.se>', 'anna@kommun.se'],
    ['<https://evil.example|klicka här>', 'klicka här (https://evil.example)'],
    ['<tel:0701234567|070-123 45 67>', '<tel:0701234567|070-123 45 67>'],
  ])('keep a link as the person typed it: %s → %s', (escaped, typed) => {
    expect(unescapeCommandText(`anteckning ${escaped} slut`)).toBe(`anteckning ${typed} slut`);
  });
});

describe('block_actions payloads', () => {
  const base = fixtureJson<BlockActionsPayload & Record<string, unknown>>('block-actions.json');
  const withAction = (over: Partial<BlockActionsPayload['actions'][number]>, extra: object = {}) =>
    ({ ...base, ...extra, actions: [{ ...base.actions[0], ...over }] }) as BlockActionsPayload;

  it('carry the button’s action id and value to the core', () => {
    expect(actionRequest(withAction({ action_id: 'undo', value: 'reg-1' }))).toMatchObject({
      platform: 'slack',
      person: 'slack:UA8RXUSPL',
      conversationId: 'CBR2V3XEX',
      actionId: 'undo',
      value: 'reg-1',
    });
  });

  it('get one event id per button, message and person: a double click or a redelivery is the same event', () => {
    const first = actionRequest(withAction({ action_ts: '1548426417.840180' }));
    const again = actionRequest(withAction({ action_ts: '1548426419.000001' }));
    const otherMessage = actionRequest(
      withAction({}, { container: { ...(base.container as object), message_ts: '1548261299.000900' } }),
    );
    const otherPerson = actionRequest(withAction({}, { user: { id: 'U0OTHER1' } }));
    expect(first?.eventId).toBe(again?.eventId);
    expect(new Set([first?.eventId, otherMessage?.eventId, otherPerson?.eventId]).size).toBe(3);
  });
});

describe('view_submission payloads', () => {
  const base = fixtureJson<ViewSubmissionPayload & Record<string, unknown>>('view-submission.json');
  const submit = (value: string, callback = 'form:report') =>
    ({
      ...base,
      view: {
        ...base.view,
        callback_id: callback,
        private_metadata: JSON.stringify({ s: '{"k":"0684"}', c: 'C0SAVSJO1' }),
        state: { values: { a1: { value: { type: 'plain_text_input', value } } } },
      },
    }) as ViewSubmissionPayload;

  it('become the form id, the core’s state, the values and the channel the form came from', () => {
    expect(formSubmission(submit('Pågår'))).toMatchObject({
      formId: 'report',
      state: '{"k":"0684"}',
      values: { a1: 'Pågår' },
      conversationId: 'C0SAVSJO1',
      person: 'slack:UA8RXUSPL',
    });
  });

  it('are the same event when resubmitted unchanged, a new one with corrected values', () => {
    expect(formSubmission(submit('Pågår'))?.eventId).toBe(formSubmission(submit('Pågår'))?.eventId);
    expect(formSubmission(submit('Pågår'))?.eventId).not.toBe(formSubmission(submit('Klart'))?.eventId);
  });

  it('are not ours when the callback id is someone else’s', () => {
    expect(formSubmission(submit('x', 'modal-with-inputs'))).toBeNull();
  });
});
