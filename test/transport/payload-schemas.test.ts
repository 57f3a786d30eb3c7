import { describe, expect, it } from 'vitest';
import { formValues } from '../../src/bots/slack/render/modal.ts';
import { slackBodyProblem } from '../../src/bots/slack/verify/body-check.ts';
import { parseSubmission } from '../../src/bots/teams/parse/card-submission.ts';
import { activityShapeProblem, parseJsonObject } from '../../src/bots/teams/verify/activity-shape.ts';

/**
 * The request bodies Slack and Teams may post, and the form states they carry, checked by one zod schema per
 * payload kind. The reasons are what the 400 answers and the warnings say, so they are pinned here case by case.
 */

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json; charset=utf-8';
const commands = new Set(['/insats', '/status']);
const form = (fields: Record<string, string | string[]>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) p.append(k, one);
  return p.toString();
};
const payload = (body: unknown): string => form({ payload: JSON.stringify(body) });
const user = { id: 'U1' };
const submission = (view: unknown) => ({ type: 'view_submission', user, view });
const actions = (extra: Record<string, unknown> = {}) => ({
  type: 'block_actions',
  user,
  actions: [{ action_id: 'a1', value: 'x' }],
  ...extra,
});

describe('Slack request bodies', () => {
  const cases: [string, string | undefined, string, string | null][] = [
    ['ssl check', FORM, form({ ssl_check: '1', token: 't' }), null],
    ['slash command', FORM, form({ command: '/insats', user_id: 'U1', text: 'Sävsjö' }), null],
    ['slash command without text', FORM, form({ command: '/status', user_id: 'U1' }), null],
    ['unknown command', FORM, form({ command: '/annat', user_id: 'U1' }), 'unknown slash command'],
    ['command without user', FORM, form({ command: '/insats', text: 'x' }), 'slash command without user_id'],
    [
      'command with empty user',
      FORM,
      form({ command: '/insats', user_id: '' }),
      'slash command without user_id',
    ],
    [
      'command with two texts',
      FORM,
      form({ command: '/insats', user_id: 'U1', text: ['a', 'b'] }),
      'slash command with several texts',
    ],
    ['empty form', FORM, '', 'neither a slash command nor an interactivity payload'],
    ['payload not JSON', FORM, form({ payload: '{nope' }), 'payload is not JSON'],
    ['payload null', FORM, form({ payload: 'null' }), 'payload is not a JSON object'],
    ['payload list', FORM, payload([1]), 'payload is not a JSON object'],
    [
      'payload without user',
      FORM,
      payload({ type: 'block_actions', actions: [] }),
      'payload without user.id',
    ],
    [
      'payload with user id number',
      FORM,
      payload({ type: 'block_actions', user: { id: 5 } }),
      'payload without user.id',
    ],
    ['bad team', FORM, payload(actions({ team: 'T1' })), 'payload with a bad team'],
    ['null team', FORM, payload(actions({ team: null })), null],
    ['bad enterprise', FORM, payload(actions({ enterprise: [1] })), 'payload with a bad enterprise'],
    ['options request', FORM, payload(actions({ name: 'x' })), 'payload with a name'],
    ['bad response_url', FORM, payload(actions({ response_url: 5 })), 'bad response_url'],
    ['bad response_urls', FORM, payload(actions({ response_urls: [{}] })), 'bad response_urls'],
    ['response_urls not list', FORM, payload(actions({ response_urls: 'x' })), 'bad response_urls'],
    ['good response_urls', FORM, payload(actions({ response_urls: [{ response_url: 'https://x' }] })), null],
    ['block actions', FORM, payload(actions({ channel: { id: 'C1' }, message: { ts: '1' } })), null],
    ['no actions', FORM, payload(actions({ actions: [] })), 'block_actions without actions'],
    ['actions not list', FORM, payload(actions({ actions: 'x' })), 'block_actions without actions'],
    ['action without id', FORM, payload(actions({ actions: [{ value: 'x' }] })), 'action without action_id'],
    ['bad container', FORM, payload(actions({ container: 'x' })), 'bad container'],
    ['null channel', FORM, payload(actions({ channel: null })), 'bad channel'],
    ['bad message', FORM, payload(actions({ message: 1 })), 'bad message'],
    ['bad view', FORM, payload(actions({ view: [] })), 'bad view'],
    [
      'our view',
      FORM,
      payload(submission({ id: 'V1', callback_id: 'form:report', state: { values: {} } })),
      null,
    ],
    [
      'submission with actions',
      FORM,
      payload({ ...submission({ id: 'V1', callback_id: 'form:x' }), actions: [] }),
      'view_submission with actions',
    ],
    ['submission without view', FORM, payload(submission(undefined)), 'view_submission without view.id'],
    [
      'submission without view id',
      FORM,
      payload(submission({ callback_id: 'form:x' })),
      'view_submission without view.id',
    ],
    [
      'not our view',
      FORM,
      payload(submission({ id: 'V1', callback_id: 'other' })),
      'view_submission of a view that is not ours',
    ],
    [
      'view without callback',
      FORM,
      payload(submission({ id: 'V1' })),
      'view_submission of a view that is not ours',
    ],
    [
      'bad state',
      FORM,
      payload(submission({ id: 'V1', callback_id: 'form:x', state: 'x' })),
      'view_submission with a bad state',
    ],
    ['other interactivity', FORM, payload({ type: 'shortcut', user }), 'unsupported interactivity type'],
    ['url verification', JSON_TYPE, JSON.stringify({ type: 'url_verification', challenge: 'c' }), null],
    [
      'verification without challenge',
      JSON_TYPE,
      JSON.stringify({ type: 'url_verification' }),
      'url_verification without challenge',
    ],
    ['json not json', JSON_TYPE, '{', 'body is not JSON'],
    ['json list', JSON_TYPE, '[]', 'body is not a JSON object'],
    [
      'event',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', event: { type: 'app_home_opened', channel: 'D1' } }),
      null,
    ],
    [
      'event channel object',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', event: { type: 'x', channel: { id: 'C' } } }),
      null,
    ],
    [
      'event without type',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', event: {} }),
      'event_callback without event.type',
    ],
    [
      'event missing',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback' }),
      'event_callback without event.type',
    ],
    [
      'bad event channel',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', event: { type: 'x', channel: 5 } }),
      'bad event.channel',
    ],
    [
      'bad event item',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', event: { type: 'x', item: 'i' } }),
      'bad event.item',
    ],
    [
      'bad authorizations',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', event: { type: 'x' }, authorizations: [1] }),
      'bad authorizations',
    ],
    [
      'good authorizations',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', event: { type: 'x' }, authorizations: [{}] }),
      null,
    ],
    [
      'app_rate_limited',
      JSON_TYPE,
      JSON.stringify({ type: 'app_rate_limited', minute_rate_limited: 1 }),
      null,
    ],
    ['other event', JSON_TYPE, JSON.stringify({ type: 'team_migration_started' }), 'unsupported event type'],
    ['text body', 'text/plain', 'hej', 'unsupported content type'],
    ['no content type', undefined, 'hej', 'unsupported content type'],
  ];
  it.each(cases)('%s', (_name, type, body, problem) => {
    expect(slackBodyProblem(Buffer.from(body), type, commands)).toBe(problem);
  });
});

describe('Teams activities', () => {
  const base = {
    type: 'message',
    serviceUrl: 'https://smba.example/',
    conversation: { id: 'c1' },
    recipient: { id: 'bot' },
  };
  const bodies: [string, string, string | null][] = [
    ['empty', '', 'empty body'],
    ['not json', '{', 'body is not JSON'],
    ['null', 'null', 'body is not a JSON object'],
    ['list', '[1]', 'body is not a JSON object'],
    ['object', '{"type":"message"}', null],
  ];
  it.each(bodies)('body %s', (_name, raw, reason) => {
    const parsed = parseJsonObject(Buffer.from(raw));
    expect(parsed.ok ? null : parsed.reason).toBe(reason);
  });
  const activities: [string, Record<string, unknown>, string | null][] = [
    ['message', base, null],
    ['no type', { ...base, type: undefined }, 'activity without a type'],
    ['empty type', { ...base, type: '' }, 'activity without a type'],
    ['typing needs nothing', { type: 'typing' }, null],
    ['no serviceUrl', { ...base, serviceUrl: undefined }, 'activity without a valid serviceUrl'],
    ['bad serviceUrl', { ...base, serviceUrl: 'ftp://x' }, 'activity without a valid serviceUrl'],
    ['no conversation', { ...base, conversation: undefined }, 'activity without a conversation id'],
    ['empty conversation id', { ...base, conversation: { id: '' } }, 'activity without a conversation id'],
    ['no recipient', { ...base, type: 'invoke', recipient: {} }, 'activity without a recipient'],
    ['bad from', { ...base, from: 'x' }, 'bad from'],
    ['null from', { ...base, from: null }, 'bad from'],
    ['text number', { ...base, text: 5 }, 'text is not a string'],
    ['text null', { ...base, text: null }, null],
    ['entities object', { ...base, entities: {} }, 'entities is not a list'],
    ['entities list', { ...base, entities: [] }, null],
  ];
  it.each(activities)('activity %s', (_name, body, problem) => {
    expect(activityShapeProblem(body)).toBe(problem);
  });
});

describe('form states', () => {
  it('reads a Slack view state into field values', () => {
    const cases: [unknown, Record<string, string>][] = [
      [null, {}],
      [{}, {}],
      [
        {
          values: { a: { value: { value: 'x' } }, b: { value: { value: null } }, c: { value: { value: 3 } } },
        },
        { a: 'x', b: '', c: '3' },
      ],
      [{ values: { a: {} } }, { a: '' }],
    ];
    for (const [state, values] of cases) expect(formValues(state)).toEqual(values);
  });
  it('reads a Teams card submission', () => {
    const cases: [unknown, unknown][] = [
      [null, null],
      [[1], null],
      ['x', null],
      [
        { formId: 'report', state: 's', 'f:kommun': 'Eksjö', 'f:n': 3, 'f:b': true, 'f:o': {}, other: 'x' },
        { kind: 'form', formId: 'report', state: 's', values: { kommun: 'Eksjö', n: '3', b: 'true', o: '' } },
      ],
      [{ formId: 'report' }, null],
      [
        { actionId: 'go', value: 'v' },
        { kind: 'action', actionId: 'go', value: 'v' },
      ],
      [
        { actionId: 'go', value: 5 },
        { kind: 'action', actionId: 'go', value: '' },
      ],
      [{ actionId: '' }, null],
    ];
    for (const [value, parsed] of cases) expect(parseSubmission(value)).toEqual(parsed);
  });
});
