import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCore } from '../../src/bots/core/core.ts';
import type { Reply } from '../../src/bots/core/reply.ts';
import { fitParts } from '../../src/bots/slack/listeners/deliver.ts';
import { renderReply } from '../../src/bots/slack/render/blocks.ts';
import { homeView } from '../../src/bots/slack/render/home.ts';
import { blockKitProblems, viewProblems } from '../../src/bots/slack/render/limits.ts';
import { formView, replyView } from '../../src/bots/slack/render/modal.ts';
import { escapeMrkdwn } from '../../src/bots/slack/render/mrkdwn.ts';
import { slackTexts } from '../../src/bots/slack/render/texts.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { silentLogger } from '../../src/runtime/logger.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { fixedClock } from '../../src/runtime/system.ts';
import type { ReminderPayload } from '../../src/scheduler/types.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import { blockText } from './support/slack-requests.ts';

const NOW = DateTime.fromISO('2026-11-20T10:00:00', { zone: 'Europe/Stockholm' }).toMillis();
const POLICE = 'slack:U0POLIS01';
const CHIEF = 'slack:U0CHEF001';
const COORDINATOR = 'slack:U0SAMORD1';

/** Every message, modal and home view a reply can become on Slack, each checked against Block Kit's limits. */
function problemsOf(reply: Reply): string[] {
  const problems: string[] = [];
  for (const [i, part] of renderReply(reply).entries()) {
    problems.push(...blockKitProblems(part.blocks).map((p) => `part ${i + 1}: ${p}`));
    if (part.text.length > 40_000) problems.push(`part ${i + 1}: text ${part.text.length} > 40000`);
  }
  for (const part of fitParts(reply, 5, slackTexts('sv'))) problems.push(...blockKitProblems(part.blocks));
  if (reply.form) problems.push(...viewProblems(formView(reply.form, { channel: 'C0SAVSJO1' }) as never));
  problems.push(...viewProblems(replyView(reply, 'Löftesbot') as never));
  problems.push(...viewProblems(homeView(reply) as never));
  return problems;
}

/** Every word a reply's sections carry, as it must appear (escaped) somewhere in the rendered blocks. */
function wordsOf(reply: Reply): string[] {
  const texts: string[] = [reply.headline, reply.context ?? ''];
  for (const s of reply.sections) {
    texts.push(s.title ?? '', s.text ?? '');
    for (const f of s.fields ?? []) texts.push(f.label, f.value);
    for (const p of s.progress ?? []) texts.push(p.label);
    for (const row of s.table?.rows ?? []) texts.push(...row);
    for (const c of s.table?.columns.slice(1) ?? []) texts.push(c);
  }
  return texts.flatMap((t) => tokens(escapeMrkdwn(t)));
}

/** Words without the mrkdwn markup around them (bold asterisks, code ticks, a trailing colon). */
function tokens(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[*`_~•]+|[*`_~:]+$/g, ''))
    .filter((w) => w !== '');
}

describe.each(testDialects())('Block Kit limits on every reply kind [$name]', ({ name }) => {
  let db: TestDatabase;
  let core: ChatCore;
  const replies = new Map<string, Reply>();

  beforeAll(async () => {
    db = await createTestDatabase(name);
    const clock = fixedClock(NOW);
    await loadDemo(db.store, clock, 'Europe/Stockholm');
    await db.store.grantRole(
      { person: POLICE, role: 'polis', scope: { type: 'area', id: 'hoglandet' } },
      NOW,
    );
    await db.store.grantRole({ person: CHIEF, role: 'chef', scope: { type: 'area', id: 'hoglandet' } }, NOW);
    await db.store.grantRole(
      { person: COORDINATOR, role: 'samordnare', scope: { type: 'kommun', id: '0684' } },
      NOW,
    );
    const deps = {
      store: db.store,
      register: loadRegister(),
      clock,
      ids: (() => {
        let n = 0;
        return () => `id-${++n}`;
      })(),
      zone: 'Europe/Stockholm',
    };
    core = new ChatCore({ ...deps, logger: silentLogger, defaultLang: 'sv' });
    const commands: [string, string][] = [
      [POLICE, '/hjalp'],
      [POLICE, '/hjalp insats'],
      [POLICE, '/insats Sävsjö'],
      [POLICE, '/insats Savsjo'],
      [POLICE, '/insats Ingenstans'],
      [POLICE, '/insats Sävsjö igår 3 kvällsinsats <!channel> & mer'],
      [POLICE, '/logga trafikkontroll Tranås'],
      [POLICE, '/status Sävsjö'],
      [POLICE, '/status Tranås T2 2026'],
      [CHIEF, '/sammanfattning Sävsjö'],
      [CHIEF, '/sammanfattning Tranås perioden'],
      [CHIEF, '/sammanfattning LPO Höglandet'],
      [CHIEF, '/sammanfattning LPO Höglandet perioden'],
      [CHIEF, '/sammanfattning Jönköpings län'],
      [COORDINATOR, '/rapportera Sävsjö'],
      [POLICE, '/statistik Sävsjö'],
      [COORDINATOR, '/samverkan Sävsjö'],
      [COORDINATOR, '/lofte historik Sävsjö'],
      ['slack:U0NOBODY1', '/rapportera Tranås'],
    ];
    for (const [i, [person, text]] of commands.entries()) {
      const reply = await core.handleCommand({
        eventId: `limits-${i}`,
        platform: 'slack',
        person,
        conversationId: 'C0SAVSJO1',
        text,
      });
      replies.set(text, reply);
    }
    const bundle = await db.store.agreementForYear('0684', 2026);
    const missing = (bundle?.activities ?? []).map((a) => ({
      municipalityCode: '0684',
      activityId: a.id,
      text: a.text,
      responsible: a.responsible,
    }));
    const subject = {
      scope: { type: 'kommun' as const, id: '0684' },
      name: 'Sävsjö',
      municipalityCode: '0684',
    };
    const meeting = {
      seriesId: 'demo-series-savsjo',
      originalOn: '2026-12-01',
      date: '2026-12-01',
      time: '10:00',
      place: 'Sävsjö kommunhus',
    };
    const payloads: ReminderPayload[] = [
      {
        kind: 'meeting-reminder',
        subject,
        meeting,
        daysBefore: 7,
        agenda: missing.map((m) => ({
          ...m,
          reasons: ['behind', 'no-status'] as const,
          done: 1,
          target: 15,
        })),
      },
      { kind: 'meeting-followup', subject, meeting },
      {
        kind: 'tertial-reminder',
        subject,
        tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
        daysBefore: 14,
        missing,
      },
      {
        kind: 'tertial-overdue',
        subject,
        tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
        missing,
      },
    ];
    for (const p of payloads) {
      replies.set(`reminder ${p.kind}`, core.renderReminder(p));
      replies.set(`late reminder ${p.kind}`, core.markLate(core.renderReminder(p)));
    }
    const { prompt, reply } = await core.ask({
      kind: 'follow-up',
      municipalityCode: '0684',
      activityId: null,
      year: 2026,
      tertial: 3,
      question: 'Hölls samverkansmötet?',
      options: ['Ja', 'Nej', 'Flyttat'],
      audience: 'samordnare',
    });
    replies.set('prompt', reply);
    replies.set(
      'prompt answered',
      await core.handleAction({
        eventId: 'limits-answer',
        platform: 'slack',
        person: COORDINATOR,
        conversationId: 'C0SAVSJO1',
        actionId: 'prompt:answer/0',
        value: `${prompt.id}|0`,
      }),
    );
    const overview = (person: string, lang: 'sv' | 'en') =>
      core.home({ eventId: `home-${person}`, platform: 'slack', person, conversationId: '', lang });
    replies.set('home coordinator', await overview(COORDINATOR, 'sv'));
    replies.set('home chief', await overview(CHIEF, 'en'));
    replies.set('home nobody', await overview('slack:U0NOBODY1', 'sv'));
  });
  afterAll(async () => db?.dispose());

  it('renders every reply kind within the limits of messages, modals and the App Home', () => {
    expect(replies.size).toBeGreaterThan(25);
    const problems = [...replies].flatMap(([label, reply]) => problemsOf(reply).map((p) => `${label}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('forms open as modals with one input per field', () => {
    const form = replies.get('/rapportera Sävsjö')?.form;
    expect(form).toBeDefined();
    const view = form ? formView(form) : null;
    expect(view?.blocks.filter((b) => b.type === 'input')).toHaveLength(form?.fields.length ?? -1);
    expect(replies.get('/statistik Sävsjö')?.form).toBeDefined();
  });

  it('the longest summary is rendered whole: every word of it is in the blocks, nothing cut', () => {
    const summaries = [...replies].filter(([label]) => label.startsWith('/sammanfattning'));
    const [label, longest] = summaries.sort((a, b) => b[1].fallback.length - a[1].fallback.length)[0] ?? [];
    expect(label).toBeDefined();
    if (!longest) return;
    const parts = renderReply(longest);
    const rendered = new Set(tokens(blockText(parts.map((p) => p.blocks))));
    const missing = wordsOf(longest).filter((w) => !rendered.has(w));
    expect(missing).toEqual([]);
    expect(parts.every((p) => p.blocks.length <= 50)).toBe(true);
  });

  it('echoes a note escaped: no <!channel> anywhere in the rendered confirmation', () => {
    const reply = replies.get('/insats Sävsjö igår 3 kvällsinsats <!channel> & mer');
    const raw = JSON.stringify(renderReply(reply as Reply));
    expect(raw).toContain('&lt;!channel&gt; &amp; mer');
    expect(raw).not.toContain('<!channel>');
  });
});
