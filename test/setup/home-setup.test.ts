import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CoreFixture, coreFixture, NOW } from '../core/fixtures.ts';

/** The home (Slack App Home, `/lofte hem` anywhere) shows an admin or samordnare what to set up next. */

describe('home: what to set up next', () => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture('sqlite', { demo: false });
    await f.db.store.grantRole(
      { person: 'console:admin', role: 'admin', scope: { type: 'all', id: 'alla' } },
      NOW,
    );
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('leads from an empty database to a kommun with nothing left to set up, with the command for each step', async () => {
    const empty = await f.say('admin', '/lofte hem');
    expect(empty.sections[0]?.title).toBe('Att ställa in härnäst');
    expect(empty.sections[0]?.text).toBe(
      '• Skapa ett polisområde: /lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö',
    );
    await f.say('admin', '/lofte admin område ny "LPO Höglandet" Tranås Sävsjö');
    const home = await f.say('admin', '/lofte hem');
    const all = home.sections[0]?.text?.split('\n') ?? [];
    expect(all.slice(all.indexOf('*Tranås*'), all.indexOf('*Tranås*') + 5)).toEqual([
      '*Tranås*',
      '• Importera medborgarlöftet: /lofte import och klistra in texten (eller npx loftesbot import <fil>)',
      '• Skapa mötesserien: /samverkan Tranås ny tisdag 13:00 var 6:e vecka från 12/1',
      '• Koppla en kanal: skriv /lofte admin koppla Tranås i kanalen',
      '• Ge roller: /lofte admin roll @namn samordnare Tranås (polis, kommun, chef …)',
    ]);
    const button = home.buttons?.find((b) => b.label === 'Ny mötesserie Tranås');
    expect(button).toBeDefined();
    const form = await f.press('admin', button as { actionId: string; value: string });
    expect(form.form?.title).toBe('Ny mötesserie');

    await f.say('admin', '/samverkan Tranås ny tisdag 13:00 var 6:e vecka från 12/1');
    await f.say('admin', '/lofte admin koppla Tranås', { conversation: 'tranas' });
    await f.say('admin', '/lofte admin roll @anna samordnare Tranås');
    const after = await f.say('admin', '/lofte hem');
    const lines = after.sections[0]?.text?.split('\n') ?? [];
    const at = lines.indexOf('*Tranås*');
    expect(lines[at + 1]).toBe(
      '• Importera medborgarlöftet: /lofte import och klistra in texten (eller npx loftesbot import <fil>)',
    );
    expect(lines[at + 2] ?? '').not.toMatch(/^•/);
    expect(lines).toContain('*Sävsjö*');
    expect(after.buttons?.map((b) => b.label)).not.toContain('Ny mötesserie Tranås');

    const en = await f.say('admin', '/lofte home', { lang: 'en' });
    expect(en.sections[0]?.title).toBe('To set up next');
    expect(en.sections[0]?.text).toContain(
      '• Import the agreement: /lofte import and paste the text (or npx loftesbot import <file>)',
    );
    // A polis sees no set-up steps.
    await f.say('admin', '/lofte admin roll @per polis "LPO Höglandet"');
    const polis = await f.say('per', '/lofte hem');
    expect(polis.sections.map((s) => s.title)).not.toContain('Att ställa in härnäst');
  });
});
