/**
 * The Swedish texts of `/lofte radera anteckning|lägestext` (erase-en.ts has the same keys): the question, the
 * answer and what was wrong. The note or text itself is never repeated: it may hold the personal data being erased.
 */
export const eraseSv = {
  askNote: (id: string, count: number, day: string) =>
    `Radera anteckningen i registreringen ${id} (antal ${count}, ${day})?`,
  askNoteText: (reason: string) =>
    `Anteckningen tas bort ur registreringen, historiken och de sparade svaren; registreringen, antalet och dagen står kvar. Skäl: ${reason}. Det går inte att ångra.`,
  askText: (n: number, activity: string, when: string, kommun: string) =>
    `Radera lägestexten för aktivitet ${n} ”${activity}”, ${when} i ${kommun}?`,
  askTextText: (reason: string) =>
    `Texten tas bort i alla versioner, ur historiken, de sparade svaren och från den publika sidan. Aktiviteten saknar sedan lägestext för tertialet, och påminnelserna ber om en ny. Skäl: ${reason}. Det går inte att ångra.`,
  yes: 'Ja, radera',
  no: 'Avbryt',
  erasedNote: (id: string) => `🗑️ Anteckningen i registreringen ${id} är raderad`,
  erasedNoteText: (reason: string) => `Registreringen, antalet och dagen står kvar. Skäl: ${reason}`,
  erasedText: (n: number, when: string, kommun: string) =>
    `🗑️ Lägestexten för aktivitet ${n}, ${when} i ${kommun} är raderad`,
  erasedTextText: (reason: string, kommun: string, when: string) =>
    `Skäl: ${reason}. Tertialet visar ”(lägestexten är raderad)”; skriv en ny med /rapportera ${kommun} ${when}.`,
  usage: 'Så raderar du en anteckning eller lägestext med personuppgifter (samordnare och administratörer):',
  usageNote: 'Anteckning: /lofte radera anteckning <id> <skäl> — id:t från /lofte registreringar <kommun>',
  usageText: 'Lägestext: /lofte radera lägestext <kommun> <T1–T3> [år] <nr> <skäl> — numret som i /status',
  example: (kommun: string) => `/lofte radera lägestext ${kommun} T2 2026 3 Hälsouppgifter i lägestexten`,
  noNote: 'Registreringen har ingen anteckning att radera.',
  forbidden:
    'Bara en samordnare eller administratör för kommunen får radera anteckningar och lägestexter där.',
  noAgreement: (kommun: string, year: number) =>
    `${kommun} har inget medborgarlöfte för ${year} i Löftesbot.`,
  unknownActivity: (kommun: string, n: number) =>
    `${kommun} har ingen aktivitet ${n}. Numren står i /status ${kommun}.`,
  noText: (n: number, when: string) => `Aktivitet ${n} har ingen lägestext för ${when}.`,
  alreadyErased: (n: number, when: string) => `Lägestexten för aktivitet ${n}, ${when} är redan raderad.`,
};
