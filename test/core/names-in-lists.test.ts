import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/databases.ts';
import { type CoreFixture, coreFixture, NOW } from './fixtures.ts';

/**
 * `/lofte historik` and `/lofte registreringar` say who by name: the name the platform gave (Slack's profile, Teams'
 * from.name) when one is known, never the platform id `slack:U0…` a person cannot read.
 */
const PEOPLE: readonly [person: string, name: string | null, shown: string][] = [
  ['slack:U0POLIS77', 'Per Polis', 'Per Polis'],
  ['teams:29:1abc', 'Tea Teams', 'Tea Teams'],
  ['console:sven', null, 'sven'],
];

describe.each(testDialects())('names in the lists of who did what [$name]', ({ name }) => {
  let f: CoreFixture;
  beforeEach(async () => {
    f = await coreFixture(name);
  });
  afterEach(async () => {
    expect(f.errors).toEqual([]);
    await f.dispose();
  });

  it('historik and registreringar show the known name of each person', async () => {
    for (const [person, known] of PEOPLE) {
      if (known) await f.db.store.setPersonName(person, known, NOW);
      await f.db.store.grantRole({ person, role: 'polis', scope: { type: 'kommun', id: '0684' } }, NOW);
      expect((await f.say(person, '/insats Sävsjö')).tone, person).toBe('success');
    }
    for (const command of ['/lofte historik Sävsjö', '/lofte registreringar Sävsjö']) {
      const reply = await f.say('sven', command);
      // historik: a table (when, who, what); registreringar: a line each, "idag · 1 × … — <who> · <id>".
      const who = reply.sections.flatMap(
        (s) =>
          s.table?.rows.map((r) => r[1]) ??
          (s.text ?? '').split('\n').flatMap((l) => l.match(/ — (.+) · [0-9a-f]+$/)?.slice(1) ?? []),
      );
      for (const [person, , shown] of PEOPLE) {
        expect(who, `${command}: ${person}`).toContain(shown);
        if (shown !== person) expect(who, command).not.toContain(person);
      }
    }
  });
});
