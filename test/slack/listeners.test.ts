import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_INFOS } from '../../src/bots/core/commands.ts';
import type { ActionRequest, CommandRequest, FormResult, FormSubmission } from '../../src/bots/core/core.ts';
import { OPEN_TO_ALL, type Reply } from '../../src/bots/core/reply.ts';
import { createDeliveryClient } from '../../src/bots/slack/api/client.ts';
import { buttonPress } from '../../src/bots/slack/listeners/actions/button-press.ts';
import { slashCommand } from '../../src/bots/slack/listeners/commands/slash-command.ts';
import type { Respond, SlackApi } from '../../src/bots/slack/listeners/deliver.ts';
import type { ListenerDeps, SlackCore } from '../../src/bots/slack/listeners/deps.ts';
import { appHomeOpened } from '../../src/bots/slack/listeners/events/app-home-opened.ts';
import { type FormSubmissionArgs, formSubmit } from '../../src/bots/slack/listeners/views/form-submission.ts';
import { formView } from '../../src/bots/slack/render/modal.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { type FakeSlack, startFakeSlack } from '../support/fake-slack.ts';
import { blockText, fixtureJson, fixtureText } from './support/slack-requests.ts';

/** The listeners called directly, with a fake ack and respond, a scripted core and a Web API client on the fake. */

const confirmation: Reply = {
  headline: '✅ Riktad insats registrerad i Sävsjö',
  sections: [{ text: 'Anteckning: kväll <!channel>' }],
  buttons: [{ actionId: 'undo', requires: OPEN_TO_ALL, label: 'Ångra', value: 'reg-1', style: 'danger' }],
  fallback: 'Riktad insats registrerad i Sävsjö',
  visibility: 'ephemeral',
};
const summary: Reply = {
  ...confirmation,
  headline: 'Sammanfattning Sävsjö',
  buttons: [],
  visibility: 'channel',
};
const withForm: Reply = {
  headline: 'Uppföljning Sävsjö T3 2026',
  sections: [],
  fallback: 'Uppföljning',
  visibility: 'ephemeral',
  form: {
    formId: 'report',
    title: 'Uppföljning T3 2026',
    submitLabel: 'Spara',
    state: '{"k":"0684"}',
    fields: [{ id: 'a1', label: '1. Poliskontor', initial: 'Pågår', multiline: true }],
  },
};
const replaced: Reply = { ...summary, headline: 'Ångrat', replaceOriginal: true };

type RespondArguments = Parameters<Respond>[0] & { blocks?: unknown };
type ViewResponseAction = Parameters<FormSubmissionArgs['ack']>[0];

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

interface Recorder {
  readonly events: string[];
  readonly acks: unknown[];
  readonly responses: RespondArguments[];
  ack: (body?: unknown) => Promise<void>;
  respond: (message: RespondArguments) => Promise<unknown>;
}

function recorder(): Recorder {
  const r = {
    events: [] as string[],
    acks: [] as unknown[],
    responses: [] as RespondArguments[],
    ack: async (body?: unknown) => {
      r.events.push('ack');
      r.acks.push(body);
    },
    respond: async (message: RespondArguments) => {
      r.events.push('respond');
      r.responses.push(message);
      return {};
    },
  };
  return r;
}

describe('Slack listeners', () => {
  let fake: FakeSlack;
  let client: SlackApi;
  const seen: { commands: CommandRequest[]; actions: ActionRequest[]; forms: FormSubmission[] } = {
    commands: [],
    actions: [],
    forms: [],
  };

  beforeAll(async () => {
    fake = await startFakeSlack();
    client = createDeliveryClient('xoxb-test', { apiUrl: fake.apiUrl }, silentLogger);
  });
  afterAll(async () => fake?.close());
  beforeEach(() => {
    fake.reset();
    seen.commands.length = 0;
    seen.actions.length = 0;
    seen.forms.length = 0;
  });

  const depsWith = (core: Partial<SlackCore>, extra: Partial<ListenerDeps> = {}): ListenerDeps => ({
    core: {
      handleCommand: async (r) => {
        seen.commands.push(r);
        return confirmation;
      },
      handleAction: async (r) => {
        seen.actions.push(r);
        return confirmation;
      },
      submitForm: async (r): Promise<FormResult> => {
        seen.forms.push(r);
        return { ok: true, reply: confirmation };
      },
      commandNames: () => COMMAND_INFOS,
      home: async () => summary,
      reportDocuments: async () => null,
      handleDocument: async () => confirmation,
      ...core,
    },
    logger: silentLogger,
    defaultLang: 'sv',
    ackBudgetMs: 500,
    resolveLang: async () => 'sv',
    ...extra,
  });

  const command = (text: string, cmd = '/insats') => {
    const p = Object.fromEntries(new URLSearchParams(fixtureText('slash-command.txt').trim()));
    return { ...p, command: cmd, text, trigger_id: '111.222.trig' } as never;
  };

  describe('slash commands', () => {
    it('ack carries the reply when the core answers in time; the request reaches the core as words', async () => {
      const r = recorder();
      await slashCommand(depsWith({}))({
        command: command('Sävsjö kväll'),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      expect(r.events).toEqual(['ack']);
      const body = r.acks[0] as RespondArguments;
      expect(body.response_type).toBe('ephemeral');
      expect(blockText(body.blocks)).toContain('kväll &lt;!channel&gt;');
      expect(seen.commands[0]).toEqual({
        eventId: 'slack:cmd:111.222.trig',
        platform: 'slack',
        person: 'slack:U2147483697',
        conversationId: 'C2147483705',
        text: '/insats Sävsjö kväll',
        lang: 'sv',
      });
    });

    it('acks at once when the core is slow and answers through response_url when ready', async () => {
      const r = recorder();
      const slow = depsWith({ handleCommand: () => later(150, summary) }, { ackBudgetMs: 20 });
      await slashCommand(slow)({
        command: command('Sävsjö', '/sammanfattning'),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      expect(r.events).toEqual(['ack', 'respond']);
      expect(r.acks).toEqual([undefined]);
      expect(r.responses[0]?.response_type).toBe('in_channel');
      expect(blockText(r.responses[0]?.blocks)).toContain('Sammanfattning Sävsjö');
    });

    it('opens the modal of a reply with a form on the command’s trigger', async () => {
      const r = recorder();
      await slashCommand(depsWith({ handleCommand: async () => withForm }))({
        command: command('Sävsjö', '/rapportera'),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      expect(r.acks).toEqual([undefined]);
      const [open] = fake.callsOf('views.open');
      expect(open?.args.trigger_id).toBe('111.222.trig');
      expect((open?.args.view as { callback_id?: string } | undefined)?.callback_id).toBe('form:report');
      expect(r.responses).toEqual([]);
    });

    it('tells the person when Slack refused the modal because the trigger expired', async () => {
      fake.failNext('views.open', { error: 'expired_trigger_id' });
      const r = recorder();
      await slashCommand(depsWith({ handleCommand: async () => withForm }))({
        command: command('Sävsjö', '/rapportera'),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      expect(r.responses[0]?.text).toMatch(/3 sekunder/);
    });

    it('/sammanfattning … dokument: the core reads the whole text; the report its reply refers to is uploaded', async () => {
      const r = recorder();
      const ref = { municipalityCode: '0684', year: 2026, tertial: 3 as const };
      const asked: unknown[] = [];
      const deps = depsWith({
        handleCommand: async (req) => {
          seen.commands.push(req);
          return { ...summary, documents: ref, lang: 'sv' };
        },
        reportDocuments: async (wanted, lang) => {
          asked.push([wanted, lang]);
          return {
            title: 'Sävsjö 2026 T3',
            files: [
              { filename: 'uppfoljning-savsjo-2026-t3.html', title: 'HTML', content: '<html>Sävsjö</html>' },
              { filename: 'uppfoljning-savsjo-2026-t3.md', title: 'Markdown', content: '# Sävsjö' },
            ],
          };
        },
      });
      await slashCommand(deps)({
        command: command('Sävsjö 2026 dokument', '/sammanfattning'),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      expect(seen.commands[0]?.text).toBe('/sammanfattning Sävsjö 2026 dokument');
      expect(asked).toEqual([[ref, 'sv']]);
      expect(fake.callsOf('files.getUploadURLExternal')).toHaveLength(2);
      const [complete] = fake.callsOf('files.completeUploadExternal');
      expect(complete?.args.channel_id).toBe('C2147483705');
      expect(complete?.args.initial_comment).toMatch(/: HTML och Markdown$/);
      expect(fake.uploads.map((u) => u.body.toString('utf8')).join('\n')).toContain('# Sävsjö');
    });
    it('uploads nothing when the reply refers to no report; tells the person when files are missing or refused', async () => {
      const plain = recorder();
      await slashCommand(depsWith({ handleCommand: async () => summary }))({
        command: command('LPO Höglandet dokument', '/sammanfattning'),
        ack: plain.ack,
        respond: plain.respond,
        client,
      });
      expect(fake.callsOf('files.getUploadURLExternal')).toEqual([]);
      const ref = { municipalityCode: '0684', year: 2026, tertial: 3 as const };
      const none = recorder();
      await slashCommand(
        depsWith({
          handleCommand: async () => ({ ...summary, documents: ref }),
          reportDocuments: async () => null,
        }),
      )({
        command: command('Sävsjö dokument', '/sammanfattning'),
        ack: none.ack,
        respond: none.respond,
        client,
      });
      expect(none.responses[0]?.text).toMatch(/Dokument finns för en kommun/);
      fake.failNext('files.getUploadURLExternal', { error: 'not_in_channel' }, 2);
      const refused = recorder();
      const files = [{ filename: 'a.md', title: 'a', content: '# a' }];
      await slashCommand(
        depsWith({
          handleCommand: async () => ({ ...summary, documents: ref }),
          reportDocuments: async () => ({ title: 'Sävsjö', files }),
        }),
      )({
        command: command('Sävsjö dokument', '/sammanfattning'),
        ack: refused.ack,
        respond: refused.respond,
        client,
      });
      expect(refused.responses[0]?.text).toContain('Löftesbot är inte med i den här kanalen');
    });
  });

  describe('buttons', () => {
    const press = (over: Record<string, unknown> = {}) =>
      ({ ...fixtureJson<Record<string, unknown>>('block-actions.json'), ...over }) as never;

    it('updates a bot message in a channel with chat.update when the reply replaces it', async () => {
      const r = recorder();
      await buttonPress(depsWith({ handleAction: async () => replaced }))({
        body: press(),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      const [update] = fake.callsOf('chat.update');
      expect(update?.args).toMatchObject({ channel: 'CBR2V3XEX', ts: '1548261231.000200' });
      expect(r.responses).toEqual([]);
    });

    it('replaces an ephemeral message (Ångra on a confirmation) through response_url', async () => {
      const r = recorder();
      const container = {
        type: 'message',
        message_ts: '1548261231.000200',
        channel_id: 'CBR2V3XEX',
        is_ephemeral: true,
      };
      await buttonPress(depsWith({ handleAction: async () => replaced }))({
        body: press({ container }),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      expect(fake.callsOf('chat.update')).toEqual([]);
      expect(r.responses[0]).toMatchObject({ replace_original: true });
    });

    it('posts any other reply as a new message, and acks before the core is asked', async () => {
      const r = recorder();
      const deps = depsWith({
        handleAction: async (req) => {
          r.events.push('core');
          seen.actions.push(req);
          return confirmation;
        },
      });
      await buttonPress(deps)({ body: press(), ack: r.ack, respond: r.respond, client });
      expect(r.events).toEqual(['ack', 'core', 'respond']);
      expect(r.responses[0]).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    });

    it('opens a form from a button, and pushes it when the button sits in a modal', async () => {
      const r = recorder();
      const deps = depsWith({ handleAction: async () => withForm });
      await buttonPress(deps)({ body: press(), ack: r.ack, respond: r.respond, client });
      expect(fake.callsOf('views.open')).toHaveLength(1);
      await buttonPress(deps)({
        body: press({ view: { id: 'V1', type: 'modal' }, container: { type: 'view', view_id: 'V1' } }),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      expect(fake.callsOf('views.push')).toHaveLength(1);
      expect(fake.callsOf('views.open')).toHaveLength(1);
    });

    it('gives a double click the same event id, so the core stores its effect once', async () => {
      const r = recorder();
      const deps = depsWith({});
      const action = (ts: string) => [{ action_id: 'undo', value: 'reg-1', type: 'button', action_ts: ts }];
      await buttonPress(deps)({
        body: press({ actions: action('1.1') }),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      await buttonPress(deps)({
        body: press({ actions: action('1.9') }),
        ack: r.ack,
        respond: r.respond,
        client,
      });
      expect(seen.actions).toHaveLength(2);
      expect(seen.actions[0]?.eventId).toBe(seen.actions[1]?.eventId);
      expect(seen.actions[0]).toMatchObject({ actionId: 'undo', value: 'reg-1', person: 'slack:UA8RXUSPL' });
    });
  });

  describe('form submissions', () => {
    const submission = (values: Record<string, string>) => {
      const base = fixtureJson<{ view: Record<string, unknown> }>('view-submission.json');
      const view = formView(withForm.form as NonNullable<Reply['form']>, { channel: 'C0SAVSJO1' });
      return {
        ...base,
        view: {
          ...base.view,
          ...view,
          id: 'V123',
          state: {
            values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: { value: v } }])),
          },
        },
      } as never;
    };

    it('keeps the modal open with the core’s field errors', async () => {
      const acks: ViewResponseAction[] = [];
      const deps = depsWith({
        submitForm: async () => ({ ok: false, errors: { a1: 'Personnummer får inte skrivas här' } }),
      });
      await formSubmit(deps)({
        body: submission({ a1: '19121212-1212' }),
        ack: async (b) => void acks.push(b),
        client,
      });
      expect(acks).toEqual([
        { response_action: 'errors', errors: { a1: 'Personnummer får inte skrivas här' } },
      ]);
    });

    it('turns the modal into the confirmation and hands the core the values, state and channel', async () => {
      const acks: ViewResponseAction[] = [];
      await formSubmit(depsWith({}))({
        body: submission({ a1: 'Klart' }),
        ack: async (b) => void acks.push(b),
        client,
      });
      expect(acks[0]?.response_action).toBe('update');
      expect(seen.forms[0]).toMatchObject({
        formId: 'report',
        state: '{"k":"0684"}',
        values: { a1: 'Klart' },
        conversationId: 'C0SAVSJO1',
        person: 'slack:UA8RXUSPL',
      });
    });

    it('closes the modal at once when the core is slow, and sends the outcome as a direct message', async () => {
      const acks: ViewResponseAction[] = [];
      const deps = depsWith(
        { submitForm: () => later(120, { ok: false as const, errors: { a1: 'För lång text' } }) },
        { ackBudgetMs: 10 },
      );
      await formSubmit(deps)({ body: submission({ a1: 'x' }), ack: async (b) => void acks.push(b), client });
      expect(acks).toEqual([undefined]);
      const [dm] = fake.callsOf('chat.postMessage');
      expect(dm?.args.channel).toBe('UA8RXUSPL');
      expect(blockText(dm?.args.blocks)).toContain('För lång text');
    });

    it('posts a reply meant for the channel in the channel the form came from', async () => {
      await formSubmit(depsWith({ submitForm: async () => ({ ok: true, reply: summary }) }))({
        body: submission({ a1: 'Klart' }),
        ack: async () => {},
        client,
      });
      expect(fake.callsOf('chat.postMessage')[0]?.args.channel).toBe('C0SAVSJO1');
    });
  });

  describe('App Home', () => {
    it('publishes the overview on app_home_opened, and ignores the messages tab', async () => {
      await appHomeOpened(depsWith({}))({ event: { user: 'U1', tab: 'messages' }, client });
      expect(fake.callsOf('views.publish')).toEqual([]);
      await appHomeOpened(depsWith({}))({ event: { user: 'U1', tab: 'home' }, client });
      const [publish] = fake.callsOf('views.publish');
      expect(publish?.args.user_id).toBe('U1');
      expect((publish?.args.view as { type?: string } | undefined)?.type).toBe('home');
    });
  });
});
