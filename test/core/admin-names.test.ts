import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bots/core/reply.ts';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, NOW } from './fixtures.ts';

/**
 * `/lofte admin …` reads a kommun the way every other command does: a name typed without its å ä ö ("Savsjo"), or a
 * letter off ("Savjso"), is never acted on directly — the bot asks "Menade du Sävsjö?" with a button that runs the
 * command for Sävsjö, as `/insats Savsjo` does.
 */

const button = (r: Reply, i: number) => r.buttons?.[i] as { actionId: string; value: string; label: string };

describe.each(testDialects())('admin commands and kommun names [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
    await f.db.store.setPersonName('console:sven', 'Sven Svensson', NOW);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('a kommun without å ä ö, or a letter off, asks "Menade du …?" with a button that runs the command', async () => {
    const cases: readonly [string, string, string, string][] = [
      // typed, the question, its button, the headline once pressed
      ['/lofte admin roller Savsjo', 'Menade du Sävsjö?', 'Ja, Sävsjö', 'Roller i Sävsjö'],
      ['/lofte admin roller Savjso', 'Menade du Sävsjö?', 'Ja, Sävsjö', 'Roller i Sävsjö'],
      [
        '/lofte admin ta bort roll @sven samordnare Savsjo',
        'Menade du Sävsjö?',
        'Ja, Sävsjö',
        'Ta bort rollen samordnare för Sävsjö från Sven Svensson?',
      ],
      [
        '/lofte admin roll @kim polis Savsjo',
        'Menade du Sävsjö?',
        'Ja, Sävsjö',
        '✅ kim har fått rollen polis för Sävsjö.',
      ],
      [
        '/lofte admin koppla Savsjo',
        'Menade du Sävsjö?',
        'Ja, Sävsjö',
        '🔗 Kanalen är nu kopplad till Sävsjö. Kommandon här gäller Sävsjö om ingen kommun anges.',
      ],
      [
        '/lofte admin område ny "LPO Syd" Tranas Eksjö',
        'Menade du Tranås?',
        'Ja, Tranås',
        '✅ LPO Syd är sparat med Tranås och Eksjö.',
      ],
      [
        '/lofte admin roller LPO Höglandt',
        'Menade du LPO Höglandet?',
        'Ja, LPO Höglandet',
        'Roller i LPO Höglandet',
      ],
      ['/lofte admin roles Savsjo', 'Did you mean Sävsjö?', 'Yes, Sävsjö', 'Roles in Sävsjö'],
    ];
    for (const [text, question, label, done] of cases) {
      if (text.includes('roles')) await f.say('admin', '/lofte språk en');
      const before = await f.counts();
      const asked = await f.say('admin', text);
      expect(asked.headline, text).toBe(question);
      expect(
        asked.buttons?.map((b) => b.label),
        text,
      ).toEqual([label]);
      expect(await f.counts(), text).toEqual(before);
      // The same words for a police area as for a kommun: "… med rätt namn", never "för rätt kommun".
      expect(asked.sections.map((s) => s.text).join(' '), text).toMatch(/med rätt namn|with the right name/);
      const pressed = await f.press('admin', button(asked, 0));
      expect(pressed.headline, text).toContain(done);
    }
  });

  it('a mistyped or missing admin subcommand answers with the admin commands and the nearest one', async () => {
    const cases: readonly [string, string, string | null, string | null][] = [
      // typed, headline, the suggestion's button (null: none), the headline once pressed
      [
        '/lofte admin rolelr Sävsjö',
        'Menade du /lofte admin roller Sävsjö?',
        '/lofte admin roller Sävsjö',
        'Roller i Sävsjö',
      ],
      [
        '/lofte admin tabort roll @sven samordnare Sävsjö',
        'Menade du /lofte admin ta bort roll @sven samordnare Sävsjö?',
        '/lofte admin ta bort roll @sven samordnare Sävsjö',
        'Ta bort rollen samordnare för Sävsjö från Sven Svensson?',
      ],
      [
        '/lofte admin ta bor roll @sven samordnare Sävsjö',
        'Menade du /lofte admin ta bort roll @sven samordnare Sävsjö?',
        '/lofte admin ta bort roll @sven samordnare Sävsjö',
        'Ta bort rollen samordnare för Sävsjö från Sven Svensson?',
      ],
      [
        '/lofte admin kopla Sävsjö',
        'Menade du /lofte admin koppla Sävsjö?',
        '/lofte admin koppla Sävsjö',
        '🔗',
      ],
      ['/lofte admin', 'Vad vill du göra? Skriv ett av kommandona efter /lofte admin.', null, null],
      ['/lofte admin xyzzy Sävsjö', 'Jag förstår inte ”xyzzy” efter /lofte admin.', null, null],
    ];
    for (const [text, headline, label, done] of cases) {
      const r = await f.say('admin', text);
      expect(r.headline, text).toBe(headline);
      expect(r.buttons?.map((b) => b.label) ?? [], text).toEqual(label ? [label] : []);
      // The admin commands, one a line; not the whole /lofte list.
      expect(r.fallback, text).toContain('/lofte admin roller <kommun|område>\n/lofte admin ta bort roll');
      expect(r.fallback, text).not.toContain('/lofte avtal');
      if (done) expect((await f.press('admin', button(r, 0))).headline, text).toContain(done);
    }
    // A mistyped /lofte subcommand: the nearest one with the rest of the line, run by its button; else the help.
    const lofte: readonly [string, string | null, string | null][] = [
      ['/lofte avtl Sävsjö', '/lofte avtal Sävsjö', 'Medborgarlöftet i Sävsjö'],
      ['/lofte histrik Sävsjö', '/lofte historik Sävsjö', 'Senaste ändringarna i Sävsjö'],
      ['/lofte registeringar Sävsjö', '/lofte registreringar Sävsjö', 'Sävsjö'],
      ['/lofte imprt', '/lofte import', null],
      ['/lofte xyzzy Sävsjö', null, null],
    ];
    for (const [text, suggestion, done] of lofte) {
      const r = await f.say('admin', text);
      expect(r.headline, text).toBe(
        suggestion ? `Menade du ${suggestion}?` : 'Jag förstår inte vad du vill göra med /lofte.',
      );
      expect(r.buttons?.map((b) => b.label).filter((l) => l !== '/hjalp') ?? [], text).toEqual(
        suggestion ? [suggestion] : [],
      );
      if (done) expect((await f.press('admin', button(r, 0))).headline, text).toContain(done);
    }
    await f.say('admin', '/lofte språk en');
    const english = await f.say('admin', '/lofte admin unbnid');
    expect(english.headline).toBe('Did you mean /lofte admin unbind?');
    expect(english.fallback).toContain('/lofte admin roles <kommun|area>');
  });
});
