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
