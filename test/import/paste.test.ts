import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import { loadRegister } from '../../src/runtime/register.ts';

/** An agreement typed or pasted by a samordnare: lead-in lines and meeting cadences come out right. */

const parse = (body: string) =>
  parseDocument(`Medborgarlöfte för Eksjö kommun 2025–2026\n\n${body}`, { register: loadRegister() })
    .document;

describe('a lead-in line ending with a colon opens the list below it, never an activity', () => {
  it.each([
    [
      'Polisen och Eksjö kommun lovar gemensamt:\n- samverkansmöten var sjätte vecka\n- minst 4 trygghetsvandringar per år',
      ['samverkansmöten var sjätte vecka', 'minst 4 trygghetsvandringar per år'],
      'gemensam',
    ],
    [
      'Polisen och Eksjö kommun lovar gemensamt:\n• samverkansmöten var sjätte vecka\n• minst 4 trygghetsvandringar per år',
      ['samverkansmöten var sjätte vecka', 'minst 4 trygghetsvandringar per år'],
      'gemensam',
    ],
    [
      'Polisen lovar att:\n- genomföra minst 10 riktade insatser i centrum per år\n- delta i samverkansmöten varannan vecka',
      ['genomföra minst 10 riktade insatser i centrum per år', 'delta i samverkansmöten varannan vecka'],
      'polis',
    ],
    [
      'Eksjö kommun och polisen i Eksjö lovar tillsammans:\n- samverkansmöten en gång i månaden\n- trygghetsvandringar två gånger per termin',
      ['samverkansmöten en gång i månaden', 'trygghetsvandringar två gånger per termin'],
      'gemensam',
    ],
    [
      'Kommunen åtar sig följande:\n- föräldravandringar varje månad\n- minst 2 föreläsningar per år',
      ['föräldravandringar varje månad', 'minst 2 föreläsningar per år'],
      'kommun',
    ],
    [
      'Det här gör polisen och Eksjö kommun tillsammans under året:\n- samverkansmöten var sjätte vecka\n- minst 4 trygghetsvandringar per år',
      ['samverkansmöten var sjätte vecka', 'minst 4 trygghetsvandringar per år'],
      'gemensam',
    ],
    [
      // Pasted without list markers, one sentence a paragraph.
      'Polisen lovar att:\n\nGenomföra minst 10 riktade insatser per år.\n\nHålla samverkansmöten varannan vecka.',
      ['Genomföra minst 10 riktade insatser per år.', 'Hålla samverkansmöten varannan vecka.'],
      'polis',
    ],
    [
      'Polisen och Eksjö kommun lovar gemensamt:\n\nSamverkansmöten var sjätte vecka.\n\nMinst 4 trygghetsvandringar per år.',
      ['Samverkansmöten var sjätte vecka.', 'Minst 4 trygghetsvandringar per år.'],
      'gemensam',
    ],
  ])('%s', (body, texts, responsible) => {
    const doc = parse(body);
    expect(doc.activities.map((a) => a.text)).toEqual(texts);
    expect(doc.activities.map((a) => a.responsible)).toEqual(texts.map(() => responsible));
  });

  it('an activity that ends with a colon before its places keeps its target', () => {
    const doc = parse(
      'Polisen lovar att:\n- genomföra minst 10 riktade insatser per år på följande platser:\n  - torget\n  - stationen',
    );
    expect(doc.activities[0]?.target).toEqual({ count: 10, per: 'year' });
  });
});

describe('a cadence without a number: its yearly count, or no target and a warning saying why', () => {
  it.each([
    // [activity, target, the warning's words after "målet kunde inte läsas: "]
    ['samverkansmöten var sjätte vecka', null, '”var sjätte vecka” blir 8 eller 9 gånger per år'],
    ['samverkansmöten varannan vecka', null, '”varannan vecka” blir 26 gånger per år'],
    ['samverkansmöten var 14:e dag', null, '”var 14:e dag” blir 26 gånger per år'],
    ['samverkansmöten var fjärde vecka', null, '”var fjärde vecka” blir 13 gånger per år'],
    ['samverkansmöten varje månad', null, '”varje månad” blir 12 gånger per år'],
    ['samverkansmöten varannan månad', null, '”varannan månad” blir 6 gånger per år'],
    ['samverkansmöten var tredje månad', null, '”var tredje månad” blir 4 gånger per år'],
    ['trygghetsvandringar varje termin', null, '”varje termin” blir 2 gånger per år'],
    ['trygghetsvandringar kvartalsvis', null, '”kvartalsvis” blir 4 gånger per år'],
    // A number and its cadence: read at once, as before.
    ['samverkansmöten en gång i månaden', { count: 12, per: 'year' }, null],
    ['trygghetsvandringar två gånger per termin', { count: 4, per: 'year' }, null],
    ['två trygghetsvandringar varannan månad', { count: 12, per: 'year' }, null],
    ['två trygghetsvandringar var sjätte vecka', null, '”var sjätte vecka” blir 8 eller 9 gånger per år'],
  ])('%s', (activity, target, warning) => {
    const doc = parse(`Polisen lovar att:\n- ${activity}`);
    expect(doc.activities.map((a) => a.text)).toEqual([activity]);
    expect(doc.activities[0]?.target ?? null).toEqual(target);
    const said = doc.warnings.filter((w) => w.includes('målet kunde inte läsas'));
    if (warning === null) expect(said).toEqual([]);
    else
      expect(said).toEqual([
        expect.stringContaining(`målet kunde inte läsas: ${warning}; sätt det med /lofte mål Eksjö 1 `),
      ]);
  });
});
