import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleNotifier } from '../../src/bots/console/notifier.ts';
import { runConsoleChat } from '../../src/bots/console/run-console-chat.ts';
import { parseAddress, type Target } from '../../src/bots/contract.ts';
import { createStore } from '../../src/store/kysely-store.ts';
import { openDatabase } from '../../src/store/open.ts';
import { freshSqliteUrl } from '../support/databases.ts';
import { type CoreFixture, chatRegistrations, coreFixture } from './fixtures.ts';

/** A stored address as the notifiers' typed Target. */
const target = (text: string): Target => parseAddress(text) ?? { platform: '?', kind: 'channel', id: text };

const BIN = 'bin/loftesbot.js';

function run(
  args: string[],
  env: Record<string, string>,
  stdin = '',
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(stdin);
  });
}

/** Asserts that the pieces occur in `text` in this order; returns the text after the last one. */
function inOrder(text: string, pieces: readonly (string | RegExp)[]): void {
  let at = 0;
  for (const piece of pieces) {
    const rest = text.slice(at);
    const m =
      typeof piece === 'string' ? { index: rest.indexOf(piece), length: piece.length } : piece.exec(rest);
    const index = m && 'index' in m ? m.index : -1;
    expect(index, `expected ${String(piece)} after position ${at} in:\n${text}`).toBeGreaterThanOrEqual(0);
    at +=
      (index ?? 0) + (typeof piece === 'string' ? piece.length : ((m as RegExpExecArray)[0]?.length ?? 0));
  }
}

describe('npx loftesbot chat, spawned on a fresh SQLite file with the demo data', () => {
  const db = freshSqliteUrl();
  const env = { DATABASE_URL: db.url, LOG_LEVEL: 'error', NO_COLOR: '1' };
  afterAll(() => db.drop());

  it('answers the five commands and stores exactly one registration', async () => {
    const demo = await run(['demo'], env);
    expect(demo.code, demo.err).toBe(0);
    const input = [
      '/insats Sävsjö',
      '/status Sävsjö',
      '/insats Savsjo',
      '/insats Sävsjö 2099-01-01',
      '/insats Sävsjö 12345678901234567890',
    ].join('\n');
    const chat = await run(['chat', '--as', 'per'], env, `${input}\n`);
    expect(chat.code, chat.err).toBe(0);
    expect(chat.err).toBe('');
    const out = chat.out;

    const handle = openDatabase(db.url);
    try {
      const store = createStore(handle.db);
      const year = Number(/registrerad i Sävsjö \S+ \d+ \S+ (\d{4})/.exec(out)?.[1]);
      const bundle = await store.agreementForYear('0684', year);
      if (!bundle) throw new Error('no Sävsjö agreement');
      const insats = bundle.activities.find((a) => a.kind === 'insats');
      if (!insats) throw new Error('no insats activity');
      const counts = await store.registrationCounts([insats.id], `${year}-01-01`, `${year}-12-31`);
      const done = counts[insats.id] ?? -1;
      inOrder(out, [
        // 1. the confirmation, then the activity's bar with the new count (stated once)
        new RegExp(`✅ Riktad insats registrerad i Sävsjö \\S+ \\d+ \\S+ ${year}\n`),
        new RegExp(`▱? ${done} av minst 15 under ${year}`),
        '[1] Ångra',
        // 2. the status, listing every activity of the agreement in order
        'Läget i Sävsjö, år',
        // The activity's signed text, without a closing period (as it is embedded everywhere).
        ...bundle.activities.map((a, i) => `${i + 1}. ${a.text.slice(0, 40).replace(/[.\s]+$/, '')}`),
        // 3. the suggestion
        'Menade du Sävsjö?',
        '[1] Ja, Sävsjö',
        // 4. the date error
        '1 jan 2099 har inte hänt än — datumet får inte vara efter idag.',
        'Exempel: /insats Sävsjö',
        // 5. the count error
        'Antalet ”12345678901234567890” går inte. Skriv ett heltal från 1 till 999.',
      ]);
      const created = (await store.audit({ limit: 1000 })).filter((e) => e.action === 'registration.create');
      expect(created).toHaveLength(1);
      expect(created[0]).toMatchObject({
        actor: 'console:per',
        platform: 'console',
        municipalityCode: '0684',
      });
    } finally {
      await handle.close();
    }
  });

  it('grants a role with --role/--kommun, and refuses a lonely --role', async () => {
    const bad = await run(['chat', '--as', 'kim', '--role', 'polis'], env, '');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--role and --kommun go together');
    const chat = await run(
      ['chat', '--as', 'kim', '--role', 'polis', '--kommun', 'Tranås'],
      env,
      '/logga trafikkontroll Tranås\n',
    );
    expect(chat.code, chat.err).toBe(0);
    expect(chat.out).toMatch(/^✅ Trafikkontroll registrerad i Tranås/);
  });
});

describe('runConsoleChat in-process', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite');
  });
  afterEach(async () => {
    await f.dispose();
  });

  async function chat(lines: string[], person = 'console:per', notifier?: ConsoleNotifier): Promise<string> {
    const input = new PassThrough();
    let out = '';
    input.end(`${lines.join('\n')}\n`);
    await runConsoleChat({
      core: f.core,
      input,
      output: { write: (t: string) => (out += t) },
      person,
      conversationId: 'terminal',
      interactive: false,
      ...(notifier ? { notifier } : {}),
    });
    return out;
  }

  it('/lofte import reads the paste up to "." or the end of input, sends it as one, and runs none of it', async () => {
    const DOC = [
      'Medborgarlöfte för Eksjö kommun 2025–2026',
      '',
      'Polisen och kommunen lovar att gemensamt arbeta för:',
      '- att öka tryggheten i Eksjö centrum',
      // Empty lines in a row inside a document (a copy from Word has them) end nothing.
      '',
      '',
      '',
      'Insats Sävsjö 2 vid skolan enligt plan.',
      '/insats Sävsjö 3',
      '',
      '',
      '- Polisen ska genomföra minst tolv (12) riktade insatser per år.',
    ];
    const [head, ...rest] = DOC;
    // Each input ends the paste its own way; what follows the end is a command again.
    const inputs: readonly [string, string[]][] = [
      ['a full stop, nothing after /lofte import', ['/lofte import', ...DOC, '.', '/hjalp']],
      ['a full stop, text after /lofte import', [`/lofte import ${head}`, ...rest, ' . ', '/hjalp']],
      ['a full stop, without the /', ['lofte import', ...DOC, '', '', '.', '/hjalp']],
      ['the end of input', [`/lofte import ${head}`, ...rest]],
      ['the end of input after empty lines', ['lofte import', ...DOC, '', '', '']],
      // A copy from Word or a web page often begins with empty lines: they are no end, nothing has come yet.
      ['empty lines before the text, then a full stop', ['/lofte import', '', '', '', ...DOC, '.', '/hjalp']],
    ];
    for (const [how, lines] of inputs) {
      const out = await chat(lines, 'console:admin');
      inOrder(out, [
        'Klistra in texten. Avsluta med en rad med bara en punkt (.).',
        'Förhandsgranskning: medborgarlöfte för Eksjö 2025–2026',
        '1. att öka tryggheten i Eksjö centrum',
        'minst 12 per år',
      ]);
      expect(out.split('Förhandsgranskning').length - 1, how).toBe(1);
      expect(out, how).not.toContain('registrerad');
      expect(out.includes('/hjalp') || out.includes('Kommandon'), how).toBe(lines.includes('/hjalp'));
    }
    expect(await chatRegistrations(f)).toBe(0);
  });

  it('presses numbered buttons with !n', async () => {
    const out = await chat(['/insats Sävsjö', '!1', '!1', '!7']);
    inOrder(out, [
      '✅ Riktad insats registrerad',
      '[1] Ångra',
      '↩️ Ångrat: riktad insats i Sävsjö',
      'Det finns ingen knapp 1.',
      'Det finns ingen knapp 7.',
    ]);
    expect(await chatRegistrations(f)).toBe(1);
  });

  it('says in the reader’s language that there is no such button', async () => {
    for (const [lang, want] of [
      ['sv', 'Det finns ingen knapp 7.'],
      ['en', 'There is no button 7.'],
    ] as const) {
      const input = new PassThrough();
      let out = '';
      input.end('!7\n');
      await runConsoleChat({
        core: f.core,
        input,
        output: { write: (t: string) => (out += t) },
        person: 'console:per',
        conversationId: 'terminal',
        interactive: false,
        lang,
      });
      expect(out.trim()).toBe(want);
    }
  });

  it('speaks the language the person chose in the chat, /lofte language en, in its own words too', async () => {
    const out = await chat(
      ['/lofte language en', '/status Sävsjö', '!7', '/lofte språk sv', '/status Sävsjö', '!7'],
      'console:sven',
    );
    inOrder(out, ['There is no button 7.', 'Det finns ingen knapp 7.']);
  });

  it('shows a section title as it is when piped and in bold on a terminal, never as *…*', async () => {
    const piped = await chat(['/lofte avtal Sävsjö'], 'console:sven');
    expect(piped).toMatch(/^Löfte 1: /m);
    expect(piped).not.toMatch(/^\*/m);
    const input = new PassThrough();
    let out = '';
    input.end('/lofte avtal Sävsjö\n');
    await runConsoleChat({
      core: f.core,
      input,
      output: { write: (t: string) => (out += t), isTTY: true } as { write(t: string): unknown },
      person: 'console:sven',
      conversationId: 'terminal',
      interactive: false,
    });
    const esc = String.fromCharCode(27);
    expect(out.split('\n').some((l) => l.startsWith(`${esc}[1mLöfte 1: `) && l.endsWith(`${esc}[22m`))).toBe(
      true,
    );
  });

  it('fills a form line by line, shows field errors and asks again for those fields', async () => {
    const empty = Array.from({ length: 10 }, () => '');
    const out = await chat(
      ['/statistik Sävsjö', '5', '9', ...empty, '3', 'exit', '/status Sävsjö'],
      'console:sven',
    );
    inOrder(out, [
      '[Statistik T3 2026]',
      '⚠️ Framställning, varav 21 år och yngre: Kan inte vara fler än totalen.',
      '✅ Statistik sparad för Sävsjö, T3 2026 (1 kategori).',
    ]);
    expect(out).not.toContain('Läget i Sävsjö');
  });

  it('the series form asks for a meeting date from today on, and says nothing was saved when it gives up', async () => {
    const out = await chat(
      ['/samverkan Eksjö ny', 'torsdag', '09:30', '4', '2026-11-19', '', '2026-11-19', '2026-11-19', 'exit'],
      'console:admin',
    );
    inOrder(out, [
      'Skriv datumet som 2027-01-12, 12/1 eller 12 jan — idag eller senare',
      '⚠️ Första mötet (datum): Torsdag 19 november 2026 har redan varit',
      '⚠️ Första mötet (datum): Torsdag 19 november 2026 har redan varit',
      '⚠️ Första mötet (datum): Torsdag 19 november 2026 har redan varit',
      'Ingenting har sparats.',
    ]);
    expect(out).not.toContain('igår');
  });

  it('prints what the ConsoleNotifier is sent, rendered like a reply', async () => {
    const notifier = new ConsoleNotifier(() => {});
    const input = new PassThrough();
    let out = '';
    const running = runConsoleChat({
      core: f.core,
      input,
      output: { write: (t: string) => (out += t) },
      person: 'console:sven',
      conversationId: 'savsjo',
      interactive: false,
      notifier,
    });
    const reminder = f.core.renderReminder({
      kind: 'tertial-reminder',
      subject: { scope: { type: 'kommun', id: '0684' }, name: 'Sävsjö', municipalityCode: '0684' },
      tertial: { year: 2026, tertial: 3, lastDay: '2026-12-31' },
      daysBefore: 14,
      missing: [
        {
          municipalityCode: '0684',
          activityId: 'a1',
          text: 'Polisen ska öppna ett poliskontor.',
          responsible: 'polis',
        },
      ],
    });
    const result = await notifier.send({ to: target('channel:console:savsjo'), reply: reminder, key: 'k1' });
    expect(result.ok).toBe(true);
    input.end('!1\n');
    await running;
    inOrder(out, [
      '🔔 channel:console:savsjo',
      '📝 Dags för uppföljning T3 2026 i Sävsjö — sista dag 31 dec 2026 (om 14 dagar)',
      '• Polisen ska öppna ett poliskontor.',
      '[1] Skriv uppföljning',
      'Skriv lägestexten för varje aktivitet i Sävsjö, T3 2026.',
    ]);
  });
});
