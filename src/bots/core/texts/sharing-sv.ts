/**
 * The Swedish texts of what leaves the closed circle: publishing a tertial's follow-up to the public pages, the
 * managers' dashboard link and the report download links. `t.sharing` in the catalogue; sharing-en.ts has the
 * same keys in English.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const sharingSv = {
  // Publishing (/rapportera <kommun> publicera | avpublicera)
  publishWhat: 'publicera uppföljningen',
  published: (kommun: string, t: string) => `🌐 Uppföljningen ${t} för ${kommun} är publicerad`,
  publishedText: (withText: number, withoutText: number) =>
    `${plural(withText, 'lägestext', 'lägestexter')} syns nu på den öppna sidan.${
      withoutText > 0
        ? ` ${plural(withoutText, 'aktivitet saknar', 'aktiviteter saknar')} lägestext och visas utan text.`
        : ''
    }`,
  alreadyPublished: 'Allt var redan publicerat.',
  unpublished: (kommun: string, t: string) => `Uppföljningen ${t} för ${kommun} är inte längre publicerad`,
  unpublishedText: (n: number) =>
    `${plural(n, 'lägestext', 'lägestexter')} visas inte längre på den öppna sidan.`,
  alreadyUnpublished: 'Ingenting av den var publicerat.',
  republishHint: (command: string) => `Publicera igen med ${command}.`,
  laterTextsHint: 'En lägestext som skrivs efter publiceringen syns först när du publicerar igen.',
  openPublicPage: 'Visa den öppna sidan',
  publishFuture: (t: string, publish = true) =>
    `${t} har inte börjat än, så det finns inget att ${publish ? 'publicera' : 'avpublicera'}.`,
  publishNoStatus: (kommun: string, t: string) => `${kommun} har inga lägestexter för ${t} att publicera.`,
  unpublishNoStatus: (kommun: string, t: string) =>
    `${kommun} har inga lägestexter för ${t}, så det finns inget att avpublicera.`,
  writeFirst: (command: string) => `Skriv dem först med ${command}.`,
  publishButton: (t: string) => `🌐 Publicera ${t}`,
  // Publish checks (personal-data/publish-checks.ts)
  publishBlocked: (kommun: string, t: string) => `Uppföljningen ${t} för ${kommun} kan inte publiceras än`,
  publishBlockedText:
    'Några texter innehåller uppgifter som kan peka ut en person. Ändra dem först (lägestexterna med Redigera, en aktivitets text som det står nedan); ingenting har publicerats.',
  publishConfirm: (kommun: string, t: string) =>
    `Kontrollera uppföljningen ${t} för ${kommun} innan den publiceras`,
  publishConfirmText:
    'Några lägestexter nämner en ålder eller en gatuadress. Publicera ändå om ingen enskild kan pekas ut, annars redigera texten. Ingenting har publicerats än.',
  publishFinding: (activity: string, rules: string) => `• ${activity}: ${rules}`,
  /** An agreement text the public page shows (public-texts.ts). */
  publishTextFinding: (
    part: 'title' | 'promise' | 'activity',
    n: number,
    text: string,
    rules: string,
    kommun: string,
  ) =>
    part === 'activity'
      ? `• Aktivitet ${n}, ”${text}”: ${rules}. Texten syns på den öppna sidan; ge aktiviteten ett namn utan personuppgifter, så visar sidan det i stället: /lofte avtal ${kommun} ${n} namn <text>`
      : part === 'promise'
        ? `• Löfte ${n}, ”${text}”: ${rules}. Löftets text visas inte på den öppna sidan förrän den är omskriven: /lofte avtal ${kommun} löfte ${n} <text>`
        : `• Rubriken ”${text}”: ${rules}. Sidan visar ”Medborgarlöfte” och perioden i stället tills den är omskriven: /lofte avtal ${kommun} titel <text>`,
  publishRule: {
    personnummer: 'ett personnummer',
    phone: 'ett telefonnummer',
    email: 'en e-postadress',
    'named-person': 'en persons namn (intill misstänkt, anhållen, omhändertogs, kontakt eller liknande)',
    'small-count': 'ett litet antal (visas som ”färre än 5”)',
    age: 'en ålder',
    'street-address': 'en gatuadress',
    plate: 'ett registreringsnummer',
  },
  publishAnyway: 'Publicera ändå',
  editTexts: 'Redigera',

  // The dashboard link (/sammanfattning <område> länk)
  linkHeadline: (area: string) => `🔗 Länk till lägesbilden för ${area}`,
  validUntil: (when: string) => `Giltig till ${when}.`,
  linkText: 'Alla som har länken kan se lägesbilden utan att logga in. Dela den bara med dem som ska se den.',
  openDashboard: 'Öppna lägesbilden',
  linksUnavailable:
    'Den här installationen av Löftesbot kan inte skapa länkar (den körs utan webbsidor). Ingenting har sparats.',
  linkNeedsArea: (name: string) =>
    `Länken går till lägesbilden för ett lokalpolisområde, och ${name} är inget polisområde.`,
  linkNeedsAreaText:
    'Lägesbilden visar alla kommuner i området sida vid sida, den som ligger sämst till först.',
  unknownArea: (q: string) => `Jag hittar inget polisområde som heter ”${q}”.`,

  // Report documents (/sammanfattning <kommun> [period] dokument)
  documentsTitle: 'Dokument',
  documentsText: (t: string, when: string) =>
    `Uppföljningen ${t} som HTML (för utskrift), Markdown eller Excel. Länkarna gäller till ${when}.`,
  download: (format: string) => `Ladda ner ${format}`,
  documentsNeedKommun: (name: string) =>
    `Dokumenten är en kommuns uppföljning, och ${name} är ingen kommun. Fråga efter en kommun i taget.`,
  documentsNotStarted: (t: string) => `Det finns ingen rapport för ${t} ännu: tertialet har inte börjat.`,
  documentsUnavailable:
    'Dokumenten kan inte länkas från den här installationen (den körs utan webbsidor). På servern: npx loftesbot report <kommun>.',
  linkClicked: 'Länken öppnas i webbläsaren.',
  // The words /status and /sammanfattning take after a kommun or area (grammar/window.ts, output-words.ts).
  windowWords: (place: string, words: 'status' | 'kommun' | 'area' | 'county') =>
    `Efter ${place} kan du skriva T1, T2 eller T3, ett år (2025), i år, förra tertialen, förra året eller perioden${
      words === 'status'
        ? ''
        : words === 'kommun'
          ? ', och dokument (rapporten)'
          : `, och dokument (rapporten, en kommun i taget)${words === 'area' ? ' eller länk (översikten)' : ''}`
    }.`,
};

export type SharingTexts = typeof sharingSv;
