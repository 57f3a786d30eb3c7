/**
 * The Swedish texts of importing a medborgarlöfte or follow-up from chat (`/lofte import <text>`, or a file sent
 * to the bot). `t.importing` in the catalogue; import-en.ts has the same keys in English.
 */
export const importSv = {
  what: 'importera dokument',
  preview: (what: string) => `Förhandsgranskning: ${what}`,
  agreement: (kommun: string, period: string) => `medborgarlöfte för ${kommun} ${period}`,
  followUp: (kommun: string, tertial: number, year: number, period: string) =>
    `uppföljning T${tertial} ${year} av medborgarlöftet för ${kommun} ${period}`,
  promises: 'Löften',
  activities: 'Aktiviteter och mål',
  noTarget: 'inget mål',
  responsible: { polis: 'polisen', kommun: 'kommunen', gemensam: 'gemensamt' } as Record<string, string>,
  promise: (n: number) => `löfte ${n}`,
  noPromise: 'utan löfte',
  warnings: 'Varningar',
  nothingYet: 'Ingenting är sparat än. Tryck Spara för att spara, eller Avbryt.',
  draftsNote: 'Lägestexterna sparas som utkast tills uppföljningen publiceras.',
  save: 'Spara',
  cancel: 'Avbryt',
  saved: (what: string) => `✅ Sparat: ${what}`,
  savedCounts: (statuses: number, registrations: number, statistics: number) =>
    `${statuses} lägestext${statuses === 1 ? '' : 'er'} (utkast), ${registrations} registrering${registrations === 1 ? '' : 'ar'}, ${statistics} statistikuppgift${statistics === 1 ? '' : 'er'}.`,
  savedAgreement: (activities: number) =>
    activities === 1 ? '1 aktivitet sparad.' : `${activities} aktiviteter sparade.`,
  publishHint: (command: string) => `Publicera lägestexterna med ${command}.`,
  unmatched: (n: number) =>
    `${n} ${n === 1 ? 'rad' : 'rader'} liknade ingen aktivitet i det sparade medborgarlöftet och sparades inte.`,
  already: 'Dokumentet är redan importerat; ingenting ändrades.',
  cancelled: 'Importen avbröts. Ingenting har sparats.',
  expired: 'Förhandsgranskningen gäller inte längre. Skicka dokumentet igen.',
  alreadySaved: (what: string) => `Redan sparat: ${what}. Ingenting ändrades.`,
  empty:
    'Klistra in texten efter /lofte import, eller skicka filen (.docx, .txt, .md) till mig i ett direktmeddelande.',
  example: '/lofte import Medborgarlöfte för Sävsjö 2025–2026 …',
  refusedPersonal: (pasted: boolean) =>
    `${pasted ? 'Texten' : 'Dokumentet'} innehåller personuppgifter och importerades inte`,
  unreadable: 'Dokumentet kunde inte läsas',
  noAgreement: 'Hittade inget medborgarlöfte i dokumentet',
  notSupported: (name: string) => `${name} kan inte importeras: skicka en .docx, .txt eller .md.`,
};
