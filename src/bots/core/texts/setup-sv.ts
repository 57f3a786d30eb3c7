import { periodSpan } from '../../../domain/target.ts';

/** Swedish texts for setting up a kommun: police areas in chat, the first administrator, the next steps. */
export const setupSv = {
  areaSaved: (name: string, kommuner: string) => `✅ ${name} är sparat med ${kommuner}.`,
  areaUnknownKommun: (q: string) => `Jag hittar ingen kommun som heter ”${q}”.`,
  areaExample: '/lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö',
  firstAdmin: (person: string) =>
    `Databasen var tom, så du (${person}) är nu administratör för alla kommuner och polisområden (alla).`,
  renewal: (kommun: string, from: number, to: number, lastDay: string, days: number) =>
    `📄 Medborgarlöftet ${periodSpan(from, to)} i ${kommun} slutar ${lastDay} (om ${days} dagar)`,
  renewalText:
    'Dags att ta fram nästa: lägesbild, löften och aktiviteter. När det nya är undertecknat importerar en samordnare det: skicka filen (Word eller text) till mig i ett direktmeddelande, eller klistra in texten efter /lofte import. Påminnelsen upphör när ett senare medborgarlöfte finns.',
  homeTitle: 'Att ställa in härnäst',
  homeArea: 'Skapa ett polisområde: /lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö',
  homeAgreement:
    'Importera medborgarlöftet: skicka filen till mig i ett direktmeddelande eller klistra in texten efter /lofte import',
  homeSeries: (kommun: string) =>
    `Skapa mötesserien: /samverkan ${kommun} ny tisdag 13:00 var 6:e vecka från 12/1`,
  homeSeriesButton: (kommun: string) => `Ny mötesserie ${kommun}`,
  homeChannel: (kommun: string) => `Koppla en kanal: skriv /lofte admin koppla ${kommun} i kanalen`,
  homeChannelAsk: (kommun: string) =>
    `Koppla en kanal: be en administratör skriva /lofte admin koppla ${kommun} i kanalen`,
  homeRolesAsk: (kommun: string) =>
    `Ge roller: be en administratör, t.ex. /lofte admin roll @namn polis ${kommun}`,
  homeRoles: (kommun: string) =>
    `Ge roller: /lofte admin roll @namn samordnare ${kommun} (polis, kommun, chef …)`,
  nextStepsTitle: 'Så kommer en kommun igång',
  nextSteps: (kommun: string) =>
    [
      `1. Polisområde: /lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö`,
      `2. Medborgarlöfte: skicka filen (Word eller text) till mig i ett direktmeddelande, klistra in texten efter /lofte import, eller på servern npx loftesbot import <fil>, t.ex. data/seeds/tranas-medborgarlofte-2023-2024.txt`,
      `3. Samverkansmöten: /samverkan ${kommun} ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset`,
      `4. Kanal: i Slack- eller Teams-kanalen, /lofte admin koppla ${kommun}`,
      `5. Roller: /lofte admin roll @anna samordnare ${kommun} (polis, kommun, samordnare, chef, admin)`,
    ].join('\n'),
};

export type SetupTexts = typeof setupSv;
