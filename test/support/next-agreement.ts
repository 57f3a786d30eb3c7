/**
 * Sävsjö's 2027 agreement as a samordnare pastes it in December (`/lofte import …`, `npx loftesbot import`), with
 * its first `activities` activities: the tests of next year's agreement and of the turn of the year share one text.
 */

const ACTIVITIES = [
  '- Polisen ska genomföra minst tjugo (20) riktade insatser per år för att upptäcka narkotikabrott bland unga.',
  '- Kommunen lovar att tillsammans med polisen genomföra minst tre trygghetsvandringar i centrala Sävsjö.',
  '- Polisen och kommunen ska under året genomföra minst sex (6) samverkansmöten.',
  '- Polisen ska genomföra trafikkontroller.',
  '- Polisen ska genomföra krogkontroller.',
];

export function savsjo2027(activities: number): string {
  return [
    'Medborgarlöfte för Sävsjö kommun 2027',
    '',
    'Polisen och Sävsjö kommun lovar att gemensamt arbeta för:',
    '- att öka tryggheten i centrala Sävsjö',
    '',
    'Det ska vi åstadkomma genom följande aktiviteter',
    ...ACTIVITIES.slice(0, activities),
  ].join('\n');
}
