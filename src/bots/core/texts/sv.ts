import type { Permission } from '../../../domain/permissions.ts';
import type { ProgressState } from '../../../domain/progress.ts';
import { periodSpan } from '../../../domain/target.ts';
import { reportLabels } from '../../../reports/labels.ts';
import { adminSv } from './admin-sv.ts';
import { agreementSv } from './agreement-sv.ts';
import { datesSv } from './dates-sv.ts';
import { eraseSv } from './erase-sv.ts';
import { followupSv } from './followup-sv.ts';
import { helpSv } from './help.ts';
import { historySv } from './history-sv.ts';
import { homeSv } from './home.ts';
import { importSv } from './import-sv.ts';
import { kindsSv } from './kinds-sv.ts';
import { meetingDaysSv } from './meeting-days-sv.ts';
import { seriesSv } from './meetings-sv.ts';
import { promptsSv } from './prompts-sv.ts';
import { remindersSv } from './reminders-sv.ts';
import { setupSv } from './setup-sv.ts';
import { sharingSv } from './sharing-sv.ts';

/**
 * Every Swedish text the chat core writes. `Texts` (the type of this object) is the catalogue's shape;
 * en.ts implements the same keys in English. Keep texts short: people read them on a phone.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

export const sv = {
  lang: 'sv' as 'sv' | 'en',
  months: MONTHS,
  day: (iso: string) =>
    `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`,
  /** The verdict in words, as the report documents say it (reports/labels.ts). */
  state: reportLabels('sv').states as Record<ProgressState, string>,
  example: 'Exempel',
  examples: 'Exempel',
  quote: (text: string) => `”${text}”`, // quoted words in running text (English “…”)

  // The boundary
  apology: (id: string) => `😕 Något gick fel hos Löftesbot. Försök igen om en stund (fel-id ${id}).`,
  apologyText: 'Ingenting har sparats. Om felet kvarstår, ge fel-id:t till den som sköter Löftesbot.',

  // Help (the frame: help.ts)
  unknownCommand: (word: string) => `Jag känner inte till kommandot ”${word}”.`,
  unknownCommandShort: (word: string) =>
    `Jag känner inte till ”${word}”. Skriv /hjalp för att se kommandona.`,
  emptyCommand: 'Skriv ett kommando, till exempel /insats Sävsjö.',

  // Access
  noAccessHeadline: 'Du har ingen behörighet i Löftesbot ännu',
  noAccessText: (person: string) =>
    `Be din samordnare eller administratör att ge dig en roll (polis, kommun, samordnare eller chef) för din kommun eller ditt polisområde. Ditt användar-id är ${person}. En administratör skriver till exempel /lofte admin roll @du polis Sävsjö, eller på servern: npx loftesbot role add ${person} polis Sävsjö. Ingenting har sparats.`,
  forbidden: (what: string, where: string, roles: string) =>
    `Du får inte ${what} för ${where}. Det får den som har rollen ${roles} där.`,
  or: 'eller',
  and: 'och',

  // Grammar errors
  missingKommun: 'Vilken kommun? Skriv kommunen efter kommandot.',
  unknownKommun: (q: string) => `Jag hittar ingen kommun som heter ”${q}”.`,
  suggestions: (names: string) => `Menade du ${names}?`,
  didYouMean: (name: string) => `Menade du ${name}?`,
  didYouMeanText: 'Ingenting har sparats än. Tryck på knappen så gör jag det med rätt namn.',
  runFor: (name: string) => `Ja, ${name}`,
  areaNeedsKommun: (area: string) => `Kanalen gäller ${area}. Skriv vilken kommun det gäller.`,
  notAKommun: (name: string) => `${name} är inte en kommun. Skriv en kommun.`,
  badDate: (text: string) => `Jag förstår inte datumet ”${text}”.`,
  dateFormats: 'Skriv datum som 2026-11-20, 20/11, 20 nov, idag eller igår.',
  futureDate: (day: string) => `${day} har inte hänt än — datumet får inte vara efter idag.`,
  outsidePeriod: (day: string, from: number, to: number) =>
    `${day} ligger utanför medborgarlöftets period ${periodSpan(from, to)}.`,
  badCount: (text: string) => `Antalet ”${text}” går inte. Skriv ett heltal från 1 till 999.`,
  noteTooLong: (n: number) => `Anteckningen är ${n} tecken lång; högst 500 går.`,
  personalNumber:
    'Texten innehåller något som ser ut som ett personnummer eller samordningsnummer: ett födelsedatum och fyra siffror (”ÅÅMMDD-NNNN”, också med mellanslag). Sådant får inte sparas här — skriv utan personuppgifter, t.ex. ”samtal med en ungdom och vårdnadshavare”, och ett datum med tid som ”2026-12-01 kl. 19.00”. Ingenting har sparats.',
  missingKind:
    'Vilken aktivitet? Skriv till exempel trafikkontroll, trygghetsvandring eller aktivitetens nummer i /status.',
  unknownKind: (word: string) => `Jag känner inte till aktiviteten ”${word}”.`,
  knownKinds: (kinds: string) => `Aktiviteter: ${kinds}.`,
  badWindow: (text: string) => `Jag förstår inte ”${text}”. Skriv T1, T2 eller T3 och/eller ett år.`,
  badArgs: (text: string) => `Jag förstår inte ”${text}”.`,
  noSuchNumber: (n: number, max: number) =>
    `Det finns ingen aktivitet nummer ${n}; medborgarlöftet har ${max}.`,
  nothingStored: 'Ingenting har sparats.',

  // Registration
  /** A kind's word leads the label, so its gender is known: "Samverkansmöte skolor registrerat". */
  logged: (label: string, kommun: string, day: string, count: number, neuter = false) =>
    `✅ ${count > 1 ? `${count} ` : ''}${label} ${count > 1 ? 'registrerade' : neuter ? 'registrerat' : 'registrerad'} i ${kommun} ${day}`,
  undo: 'Ångra',
  undoHint: 'Fel? Tryck Ångra inom 24 timmar.',
  noSuchActivity: (label: string, kommun: string) =>
    `${kommun}s medborgarlöfte har ingen aktivitet för ${label}. Ingenting har sparats.`,
  availableKinds: (list: string) =>
    `Det här kan registreras: ${list}. Eller använd aktivitetens nummer i /status.`,
  noAgreement: (kommun: string) => `${kommun} har inget medborgarlöfte i Löftesbot för den tiden.`,
  agreementNotBegun: (kommun: string, period: string, year: number) =>
    `Medborgarlöftet ${period} för ${kommun} börjar gälla 1 januari ${year}.`,
  agreementNotBegunText: (kommun: string) =>
    `Till dess finns inget att registrera eller följa upp; /lofte avtal ${kommun} visar det.`,
  noAgreementHint:
    'En samordnare importerar det: skickar filen till mig i ett direktmeddelande, eller med /lofte import.',
  undone: (label: string, kommun: string, day: string) =>
    `↩️ Ångrat: ${label} i ${kommun} ${day}. Registreringen är struken men finns kvar i historiken.`,
  alreadyUndone: 'Registreringen är redan ångrad.',
  undoExpired:
    'Det har gått mer än 24 timmar; registreringen kan inte längre ångras här. Kontakta en samordnare.',
  undoForbidden: 'Bara den som registrerade (eller en samordnare) kan ångra.',
  registrationMissing: 'Jag hittar inte den registreringen.',

  // Status and summary
  statusHeadline: (kommun: string, window: string) => `Läget i ${kommun}, ${window}`,
  windowTertial: (t: number, y: number) => `T${t} ${y}`,
  windowYear: (y: number) => `år ${y}`,
  windowPeriod: (from: number, to: number) => `perioden ${periodSpan(from, to)}`,
  noTarget: 'inget mål',
  /** "1 klar · 4 i fas · 1 efter · 1 nådde inte målet · 1 ej påbörjad · 2 följs upp med text" (zero counts left out). */
  tally: (c: Readonly<Record<ProgressState, number>>) =>
    [
      c.klar > 0 ? `${c.klar} ${c.klar === 1 ? 'klar' : 'klara'}` : '',
      c['i fas'] > 0 ? `${c['i fas']} i fas` : '',
      c.efter > 0 ? `${c.efter} efter` : '',
      c['ej nått'] > 0 ? `${c['ej nått']} nådde inte målet` : '',
      c['ej påbörjad'] > 0
        ? `${c['ej påbörjad']} ej ${c['ej påbörjad'] === 1 ? 'påbörjad' : 'påbörjade'}`
        : '',
      c['följs upp med text'] > 0 ? `${c['följs upp med text']} följs upp med text` : '',
    ]
      .filter((x) => x !== '')
      .join(' · '),
  statusContext: (title: string) => `${title}. Registrera med /logga <nr> <kommun>.`,
  summaryHeadline: (name: string, window: string) => `Uppföljning av medborgarlöftet i ${name}, ${window}`,
  activity: 'Aktivitet',
  looseActivities: 'Övriga aktiviteter',
  statistics: 'Statistik',
  statisticsCategory: 'Kategori',
  noStatus: '–',
  areaSummaryHeadline: (name: string, window: string) => `Läget i ${name}, ${window}`,
  filteredScope: (shown: number, total: number, name: string, places: string) =>
    `Du ser ${shown} av ${total} kommuner i ${name} — de i ${places}.`,
  kommun: 'Kommun',

  // Forms
  reportTitle: (t: string) => `Uppföljning ${t}`,
  save: 'Spara',
  reportEnded: (t: string, command: string) => `Uppföljningen av ${t} skriver du med ${command}.`,
  reportIntro: (kommun: string, t: string) =>
    `Skriv lägestexten för varje aktivitet i ${kommun}, ${t}. Tomt fält = ingen ändring.`,
  reportSaved: (n: number, kommun: string, t: string) =>
    n === 0
      ? `Inga ändringar för ${kommun}, ${t}.`
      : `✅ ${n} lägestext${n === 1 ? '' : 'er'} sparad${n === 1 ? '' : 'e'} för ${kommun}, ${t}.`,
  tooLong: (max: number) => `Högst ${max} tecken.`,
  statisticsTitle: (t: string) => `Statistik ${t}`,
  statisticsIntro: (kommun: string, t: string) =>
    `Misstankar om narkotikabrott i ${kommun}, ${t}: antal och hur många som gäller 21 år och yngre.`,
  categories: {
    'narkotika.framstallning': 'Framställning',
    'narkotika.overlatelse': 'Överlåtelse',
    'narkotika.innehav': 'Innehav',
    'narkotika.eget-bruk': 'Eget bruk',
    'doping.innehav': 'Dopning innehav',
    'doping.eget-bruk': 'Dopning eget bruk',
  } as Record<string, string>,
  youthOf: (label: string) => `${label}, varav 21 år och yngre`,
  notANumber: 'Skriv ett heltal (0 eller mer).',
  numberTooLarge: 'Högst 99 999.',
  youthOverCount: 'Kan inte vara fler än totalen.',
  youthWithoutCount: 'Fyll i totalen också.',
  statisticsSaved: (n: number, kommun: string, t: string) =>
    n === 0
      ? `Ingen statistik ändrad för ${kommun}, ${t}.`
      : `✅ Statistik sparad för ${kommun}, ${t} (${n} ${n === 1 ? 'kategori' : 'kategorier'}).`,
  formExpired: 'Formuläret gäller inte längre. Öppna det igen.',
  openReport: 'Skriv uppföljning',
  openStatistics: 'Fyll i statistik',

  // Meetings (meeting-days-sv.ts)
  ...meetingDaysSv,

  // Prompts
  promptTextButton: 'Skriv eget svar',
  promptFormTitle: 'Ditt svar',
  promptAnswerLabel: 'Svar',
  promptAnswered: (who: string, answer: string) => `✅ Svar från ${who}: ${answer}`,
  promptAlreadyAnswered: (who: string, answer: string) => `Frågan är redan besvarad av ${who}: ${answer}`,
  promptMissing: 'Jag hittar inte den frågan.',
  promptForbidden: 'Du kan inte svara på den här frågan; det kan samordnaren för kommunen.',
  promptEmpty: 'Skriv ett svar.',
  promptAbout: (activity: string, t: string) => `${activity} · ${t}`,

  // Admin
  ...adminSv,
  granted: (person: string, role: string, scope: string) =>
    `✅ ${person} har fått rollen ${role} för ${scope}.`,
  alreadyGranted: (person: string, role: string, scope: string) =>
    `${person} har redan rollen ${role} för ${scope}.`,
  badRole: (role: string, roles: string) => `Det finns ingen roll ”${role}”. Roller: ${roles}.`,
  badPerson: (text: string) =>
    `”${text}” är ingen person jag känner igen. Nämn personen (@namn) eller skriv slack:<id>, teams:<id> eller console:<namn>.`,
  unknownScope: (q: string) => `Jag hittar ingen kommun eller inget polisområde som heter ”${q}”.`,
  historyHeadline: (kommun: string) => `Senaste ändringarna i ${kommun}`,
  historyEmpty: 'Inga ändringar ännu.',
  registrationsHeadline: (kommun: string) => `Senaste registreringarna i ${kommun}`,
  registrationsEmpty: 'Inga registreringar ännu.',
  registrationsHint: 'Rätta en registrering med /lofte rätta <id> <skäl> (samordnare, admin).',
  /** "fre 20 nov · 2 × riktade insatser — Per Polis · 9b006114": one registration on one line. */
  registrationsLine: (day: string, count: number, activity: string, who: string, id: string) =>
    `${day} · ${count} × ${activity} — ${who} · ${id}`,
  registrationsNote: (note: string) => `      ”${note}”`,
  registrationsTotal: (from: number, to: number, total: number) =>
    `Visar ${from}–${to} av ${total} ${total === 1 ? 'registrering' : 'registreringar'}, senaste dagen först.`,
  registrationsMore: (from: number, to: number) => `Visa fler (${from}–${to})`,
  registrationsPastEnd: (pages: number) =>
    `Det finns bara ${pages} ${pages === 1 ? 'sida' : 'sidor'} med registreringar. Börja från sida 1.`,
  /** The command and its page word, as "Visa fler" runs it: "/lofte registreringar Sävsjö sida 2". */
  registrationsCommand: '/lofte registreringar',
  registrationsPage: 'sida',
  corrected: (id: string, count: number, day: string) =>
    `Registreringen ${id} är makulerad (antal ${count}, ${day})`,
  correctedText: (reason: string) =>
    `Skäl: ${reason}. Ändringen finns i historiken; den öppna sidan ändras när tertialet publiceras igen.`,
  correctErrors: {
    'not-found': 'Jag hittar ingen registrering med det id:t. Ta id:t från /lofte registreringar <kommun>.',
    ambiguous: 'Flera registreringar börjar så. Skriv fler tecken av id:t.',
    'no-reason': 'Skriv ett skäl efter id:t.',
    'reason-too-long': 'Skälet får vara högst 200 tecken.',
    'personal-number':
      'Skälet innehåller något som ser ut som ett personnummer: ett födelsedatum och fyra siffror (”ÅÅMMDD-NNNN”). Skriv utan personuppgifter, t.ex. ”fel antal, ska vara 2”.',
    'already-voided': 'Registreringen är redan makulerad.',
    forbidden: 'Bara en samordnare eller administratör för kommunen får rätta registreringar där.',
  },
  /** What an audit entry did, as a person reads it (`/lofte historik`). */
  auditActions: {
    'registration.create': 'registrerade en aktivitet',
    'registration.void': 'ångrade en registrering',
    'status.create': 'skrev en lägestext',
    'statistic.put': 'förde in statistik',
    'follow-up.publish': 'publicerade uppföljningen',
    'follow-up.unpublish': 'avpublicerade uppföljningen',
    'prompt.answer': 'svarade på en fråga',
    'meeting.held': 'markerade ett samverkansmöte som hållet',
    'meeting.move': 'flyttade ett samverkansmöte',
    'meeting.cancel': 'ställde in ett samverkansmöte',
    'role.grant': 'gav en roll',
    'role.revoke': 'tog bort en roll',
    'binding.save': 'kopplade en kanal',
    'binding.remove': 'kopplade bort en kanal',
    'area.save': 'sparade ett polisområde',
    'dashboard.link': 'skapade en länk till översikten',
    'report.link': 'skapade en länk till rapporten',
    import: 'importerade ett dokument',
    'demo.load': 'läste in demodata',
  } as Record<string, string>,
  /** Who did it, when it was not a person in chat. */
  auditActors: { cli: 'kommandoraden', import: 'importen', system: 'Löftesbot' } as Record<string, string>,
  langSet: 'Klart! Jag svarar dig på svenska från och med nu.',
  badLang: 'Skriv /lofte språk sv eller /lofte språk en.',
  badLofte: 'Jag förstår inte vad du vill göra med /lofte.',
  correctNeedsReason: 'Skriv varför registreringen rättas, efter id:t (skälet sparas i historiken).',
  correctNeedsId:
    'Skriv registreringens id och varför den rättas; id:t står i /lofte registreringar <kommun>.',

  ...remindersSv,
  // Permissions (what a permission lets you do, for "Du får inte …")
  permission: {
    log: 'registrera aktiviteter',
    'follow-up': 'skriva lägestexter',
    statistics: 'rapportera statistik',
    meetings: 'ändra samverkansmöten',
    read: 'se läget',
    'read-area': 'se sammanfattningen',
    history: 'se historiken',
    remind: 'påminna de ansvariga',
    admin: 'administrera',
  } as Record<Permission, string>,
  alreadyLogged: 'Det här är redan registrerat (samma händelse kom två gånger).',
  noteLabel: 'Anteckning',
  progressTitle: 'Mot målen',
  everyone: 'alla',
  help: helpSv,
  home: homeSv,
  ...promptsSv,
  sharing: sharingSv,
  series: seriesSv,
  setup: setupSv,
  agreement: agreementSv,
  importing: importSv,
  dates: datesSv,
  erase: eraseSv,
  followup: followupSv,
  historyMore: historySv,
  ...kindsSv,
};

export type Texts = typeof sv;
