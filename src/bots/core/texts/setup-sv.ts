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
    'Dags att ta fram nästa: lägesbild, löften och aktiviteter. När det nya är undertecknat importerar en administratör det: npx loftesbot import <fil> (Word, HTML eller text). Påminnelsen upphör när ett senare medborgarlöfte finns.',
  homeTitle: 'Att ställa in härnäst',
  homeArea: 'Skapa ett polisområde: /lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö',
  homeAgreement:
    'Importera medborgarlöftet: /lofte import och klistra in texten (eller npx loftesbot import <fil>)',
  homeSeries: (kommun: string) =>
    `Skapa mötesserien: /samverkan ${kommun} ny tisdag 13:00 var 6:e vecka från 12/1`,
  homeSeriesButton: (kommun: string) => `Ny mötesserie ${kommun}`,
  homeChannel: (kommun: string) => `Koppla en kanal: skriv /lofte admin koppla ${kommun} i kanalen`,
  homeRoles: (kommun: string) =>
    `Ge roller: /lofte admin roll @namn samordnare ${kommun} (polis, kommun, chef …)`,
  nextStepsTitle: 'Så kommer en kommun igång',
  nextSteps: (kommun: string) =>
    [
      `1. Polisområde: /lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö`,
      `2. Medborgarlöfte: npx loftesbot import <fil> (Word, PDF-text, HTML eller text), t.ex. data/seeds/tranas-medborgarlofte-2023-2024.txt`,
      `3. Samverkansmöten: /samverkan ${kommun} ny tisdag 13:00 var 6:e vecka från 12/1 plats Stadshuset`,
      `4. Kanal: i Slack- eller Teams-kanalen, /lofte admin koppla ${kommun}`,
      `5. Roller: /lofte admin roll @anna samordnare ${kommun} (polis, kommun, samordnare, chef, admin)`,
    ].join('\n'),
};

export type SetupTexts = typeof setupSv;
