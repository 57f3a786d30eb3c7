import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personLabel } from '../../src/bots/core/build.ts';
import { renderText } from '../../src/bots/core/render-text.ts';
import { textsFor } from '../../src/bots/core/texts/index.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { type CoreFixture, coreFixture, NOW } from './fixtures.ts';

/**
 * Honest scope: a län summary filtered to the kommuner a person may read says so — how many of how many, and by
 * which of their roles — and a summary that is not filtered says nothing of the kind.
 */
describe('a län summary filtered by the person’s roles', () => {
  let f: CoreFixture;
  const county = loadRegister().inCounty('06');
  beforeAll(async () => {
    f = await coreFixture('sqlite');
    const kommun = (id: string) => ({ type: 'kommun' as const, id });
    await f.db.store.grantRole({ person: 'console:mia', role: 'samordnare', scope: kommun('0687') }, NOW);
    await f.db.store.grantRole({ person: 'console:mia', role: 'samordnare', scope: kommun('0662') }, NOW);
    for (const m of county) {
      await f.db.store.grantRole({ person: 'console:lan', role: 'samordnare', scope: kommun(m.code) }, NOW);
    }
  });
  afterAll(() => f.dispose());

  const cases: [string, string, 'sv' | 'en', string | null][] = [
    [
      'lena',
      '/sammanfattning Jönköpings län',
      'sv',
      'Du ser 6 av 13 kommuner i Jönköpings län — de i LPO Höglandet.',
    ],
    [
      'admin',
      '/sammanfattning Jönköpings län',
      'sv',
      'Du ser 6 av 13 kommuner i Jönköpings län — de i LPO Höglandet.',
    ],
    [
      'anna',
      '/sammanfattning Jönköpings län',
      'sv',
      'Du ser 1 av 13 kommuner i Jönköpings län — de i Tranås.',
    ],
    [
      'mia',
      '/sammanfattning Jönköpings län',
      'sv',
      'Du ser 2 av 13 kommuner i Jönköpings län — de i Gislaved och Tranås.',
    ],
    [
      'lena',
      '/summary Jönköpings län',
      'en',
      'You see 6 of 13 municipalities in Jönköpings län — those in LPO Höglandet.',
    ],
    ['lan', '/sammanfattning Jönköpings län', 'sv', null],
    ['lena', '/sammanfattning LPO Höglandet', 'sv', null],
  ];

  it.each(cases)('%s: %s (%s)', async (person, text, lang, line) => {
    const reply = await f.say(person, text, { lang });
    expect(f.errors).toEqual([]);
    expect(reply.tone).toBe('info');
    const shown = renderText(reply);
    if (line === null) expect(shown).not.toMatch(/Du ser|You see/);
    else expect(reply.sections[0]?.text).toBe(line);
  });

  it('has the 13 kommuner of Jönköpings län in the register (the total the line counts)', () => {
    expect(county).toHaveLength(13);
  });
});

describe('people and audit entries by name', () => {
  it('labels console people by name, the command line and importer in words, platform ids as they are', () => {
    const cases: [string, string, string][] = [
      ['console:anna', 'anna', 'anna'],
      ['cli:demo', 'kommandoraden', 'the command line'],
      ['cli:chat', 'kommandoraden', 'the command line'],
      ['import:seed', 'importen', 'the importer'],
      ['slack:U0123ABC', 'slack:U0123ABC', 'slack:U0123ABC'],
      ['teams:29:1abc', 'teams:29:1abc', 'teams:29:1abc'],
    ];
    for (const [person, sv, en] of cases) {
      expect(personLabel(textsFor('sv'), person)).toBe(sv);
      expect(personLabel(textsFor('en'), person)).toBe(en);
    }
  });

  it('has a Swedish and an English phrase for every audit action the domain writes', () => {
    const actions = Object.keys(textsFor('sv').auditActions).sort();
    expect(Object.keys(textsFor('en').auditActions).sort()).toEqual(actions);
    const written = [
      'registration.create',
      'registration.void',
      'status.create',
      'statistic.put',
      'follow-up.publish',
      'follow-up.unpublish',
      'prompt.answer',
      'meeting.held',
      'meeting.move',
      'meeting.cancel',
      'role.grant',
      'role.revoke',
      'binding.save',
      'binding.remove',
      'area.save',
      'dashboard.link',
      'report.link',
      'import',
      'demo.load',
    ];
    expect(actions).toEqual([...written].sort());
  });
});
