import type { Lang } from '../domain/headline.ts';
import type { ProgressState } from '../domain/progress.ts';
import { periodSpan } from '../domain/target.ts';
import type { Responsible, StatisticCategory, TertialNumber } from '../domain/types.ts';

/** Swedish number words for 0–12, as the seed documents write small figures ("varav tre 21 år och yngre"). */
const SV_WORDS = [
  'noll',
  'en',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
];

/** 0–12 in words (Swedish), larger numbers in digits. */
export function smallNumber(n: number, lang: Lang): string {
  if (lang === 'sv' && Number.isInteger(n) && n >= 0 && n < SV_WORDS.length) return SV_WORDS[n] as string;
  return String(n);
}

const SV = {
  kommun: (name: string) => `${name} kommun`,
  followUpOf: (name: string) => `Uppföljning av medborgarlöften för ${name} kommun`,
  ordinal: { 1: 'första', 2: 'andra', 3: 'tredje' } as Record<TertialNumber, string>,
  intro: (ord: string, year: number) =>
    `Polisens och kommunens arbete med medborgarlöften följs upp tertialvis. Uppföljningen avser ${ord} tertialet ${year}.`,
  asOf: (day: string) => `Läget den ${day}.`,
  period: (ord: string, year: number) => `Uppföljning, ${ord} tertialet ${year}`,
  commitmentsHeading: (name: string, from: number, to: number) =>
    `Medborgarlöften ${name} kommun ${periodSpan(from, to)}`,
  activitiesHeading: (name: string) =>
    `Uppföljning av aktiviteter kopplat till medborgarlöftena för ${name} kommun`,
  looseActivities: 'Aktiviteter',
  otherActivities: 'Övriga aktiviteter',
  headline: 'Läget i korthet',
  activity: 'Aktivitet',
  tertial: (t: number) => `Tertial ${t}`,
  done: (n: number, what: string) => `Genomfört ${n} ${what}.`,
  times: (n: number): string => (n === 1 ? 'gång' : 'gånger'),
  yearLead: (year: number) => `Sammanlagt under ${year}`,
  soFarLead: (year: number) => `Hittills under ${year}`,
  soFar: (year: number, upTo: number) =>
    upTo === 1 ? `Hittills under ${year} (tertial 1)` : `Hittills under ${year} (tertial 1–${upTo})`,
  progressHeading: (year: number) => `Måluppfyllelse ${year}`,
  target: 'Målet enligt löftet',
  registered: 'Registrerat mot målet',
  expectedColumn: 'Väntat hittills',
  stateColumn: 'Läge',
  noTarget: 'följs upp med text',
  ofTarget: (done: number, target: string) => `${done} av ${target}`,
  chartsHeading: (year: number) => `Registreringar per månad ${year}`,
  chartDesc: (months: string, target: string | null) =>
    `Registreringar per månad: ${months}.${target === null ? '' : ` Målet: ${target}.`}`,
  months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  legendMonthly: 'per månad',
  legendCumulative: 'sammanlagt',
  legendTarget: 'målet',
  legendPace: 'jämn takt',
  statisticsHeading: (year: number) => `Misstankar narkotikabrott ${year}`,
  statisticsColumn: 'Misstankar narkotikabrott',
  statisticsLead: 'misstankar narkotikabrott',
  noStatistics: (year: number) => `Inga uppgifter om misstankar narkotikabrott är registrerade för ${year}.`,
  youth: (n: number) => `varav ${n === 0 ? 'ingen' : smallNumber(n, 'sv')} 21 år och yngre`,
  /** A count of offences of a category, and how many of them concern the young: "110 innehav varav 13 21 år och yngre". */
  figure: (count: number, label: string, youth: string | null) =>
    `${count} ${label}${youth ? ` ${youth}` : ''}`,
  /** Between the figures of a list (English "; ": a figure's "of which …" has a comma of its own). */
  figureSeparator: ', ',
  footer: (day: string) => `Sammanställt av Löftesbot den ${day}.`,
  demo: 'Demodata: uppgifterna är exempel.',
  noStatus: 'Ingen uppgift',
  notYet: 'Ej aktuell ännu',
  responsible: { polis: 'Polisen', kommun: 'Kommunen', gemensam: 'Polisen och kommunen' } as Record<
    Responsible,
    string
  >,
  states: {
    klar: 'klar',
    'i fas': 'i fas',
    efter: 'efter',
    'ej nått': 'målet nåddes inte',
    'ej påbörjad': 'ej påbörjad',
    'följs upp med text': 'följs upp med text',
  } as Record<ProgressState, string>,
  categories: {
    'narkotika.framstallning': 'framställning',
    'narkotika.overlatelse': 'överlåtelse',
    'narkotika.innehav': 'innehav',
    'narkotika.eget-bruk': 'eget bruk',
    'doping.innehav': 'dopningslagen innehav',
    'doping.eget-bruk': 'dopningslagen eget bruk',
  } as Record<StatisticCategory, string>,
};

export type ReportLabels = typeof SV;

const EN: ReportLabels = {
  kommun: (name) => `${name} Municipality`,
  followUpOf: (name) => `Follow-up of the citizen promises for ${name} Municipality`,
  ordinal: { 1: 'first', 2: 'second', 3: 'third' },
  intro: (ord, year) =>
    `The work of the police and the municipality on the citizen promises is followed up every tertial. This follow-up covers the ${ord} tertial of ${year}.`,
  asOf: (day) => `Status as of ${day}.`,
  period: (ord, year) => `Follow-up, ${ord} tertial of ${year}`,
  commitmentsHeading: (name, from, to) => `Citizen promises, ${name} Municipality ${periodSpan(from, to)}`,
  activitiesHeading: (name) =>
    `Follow-up of the activities under the citizen promises for ${name} Municipality`,
  looseActivities: 'Activities',
  otherActivities: 'Other activities',
  headline: 'At a glance',
  activity: 'Activity',
  tertial: (t) => `Tertial ${t}`,
  done: (n, what) => `Carried out ${n} ${what}.`,
  times: (n) => (n === 1 ? 'time' : 'times'),
  yearLead: (year) => `In total during ${year}`,
  soFarLead: (year) => `So far during ${year}`,
  soFar: (year, upTo) =>
    upTo === 1 ? `So far in ${year} (tertial 1)` : `So far in ${year} (tertials 1–${upTo})`,
  progressHeading: (year) => `Targets ${year}`,
  target: 'Target as agreed',
  registered: 'Registered against the target',
  expectedColumn: 'Expected so far',
  stateColumn: 'Status',
  noTarget: 'followed up in text',
  ofTarget: (done, target) => `${done} of ${target}`,
  chartsHeading: (year) => `Registrations per month ${year}`,
  chartDesc: (months, target) =>
    `Registrations per month: ${months}.${target === null ? '' : ` The target: ${target}.`}`,
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  legendMonthly: 'per month',
  legendCumulative: 'cumulative',
  legendTarget: 'the target',
  legendPace: 'even pace',
  statisticsHeading: (year) => `Suspected drug offences ${year}`,
  statisticsColumn: 'Suspected drug offences',
  statisticsLead: 'suspected drug offences',
  noStatistics: (year) => `No figures on suspected drug offences are registered for ${year}.`,
  youth: (n) => `of which ${n === 0 ? 'none' : n} aged 21 or younger`,
  figure: (count, label, youth) =>
    `${count} ${count === 1 ? 'case' : 'cases'} of ${label}${youth ? `, ${youth}` : ''}`,
  figureSeparator: '; ',
  footer: (day) => `Compiled by Löftesbot on ${day}.`,
  demo: 'Demo data: the figures are examples.',
  noStatus: 'No entry',
  notYet: 'Not yet due',
  responsible: { polis: 'Police', kommun: 'Municipality', gemensam: 'Police and municipality' },
  states: {
    klar: 'done',
    'i fas': 'on track',
    efter: 'behind',
    'ej nått': 'target not reached',
    'ej påbörjad': 'not started',
    'följs upp med text': 'followed up in text',
  },
  categories: {
    'narkotika.framstallning': 'manufacture',
    'narkotika.overlatelse': 'supply',
    'narkotika.innehav': 'possession',
    'narkotika.eget-bruk': 'personal use',
    'doping.innehav': 'doping possession',
    'doping.eget-bruk': 'doping personal use',
  },
};

/** The report's words in `lang`. Status texts themselves stay as written (Swedish). */
export function reportLabels(lang: Lang): ReportLabels {
  return lang === 'en' ? EN : SV;
}
