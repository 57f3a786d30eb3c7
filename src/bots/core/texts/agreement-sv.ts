import { DEFAULT_SANITY_LIMIT, MAX_SANITY_LIMIT } from '../../../domain/confirmation.ts';
import { foundText, PUBLIC_TEXT_ADVICE_SV } from '../../../domain/personal-data/public-text.ts';
import type { PublishRuleId } from '../../../domain/personal-data/publish-checks.ts';
import { agreedTarget, periodSpan } from '../../../domain/target.ts';
import { targetChangeText } from '../../../domain/target-change.ts';
import type { Responsible, Target } from '../../../domain/types.ts';

/** Swedish texts for keeping an agreement up to date (`/lofte avtal`, `/lofte mål`). */

const RESP: Record<Responsible, string> = { polis: 'Polisen', kommun: 'Kommunen', gemensam: 'Gemensam' };
/** A target as the agreement words it: "minst 30 per år" (domain/target.ts). */
const target = (t: Target | null) => (t ? agreedTarget(t, 'sv') : 'inget mål');

export const agreementSv = {
  target,
  responsible: (r: Responsible) => RESP[r],
  /** "ändrat från 15 under perioden den 6 dec 2026" */
  changedFrom: (signed: Target | null, on: string) => targetChangeText({ signed, on }, 'sv'),
  headline: (kommun: string, from: number, to: number) =>
    `Medborgarlöftet i ${kommun} ${periodSpan(from, to)}`,
  promise: (n: number, text: string) => `Löfte ${n}: ${text}`,
  /** One activity with its settings; `limit` null: the default sanity limit; `signed`: the signed text after a short name. */
  line: (
    n: number,
    name: string,
    resp: Responsible,
    t: Target | null,
    note: string | null,
    limit: number | null = null,
    signed: string | null = null,
  ) =>
    `${n}. ${name}${signed ? `: ”${signed}”` : ''} — ${RESP[resp]}, ${target(t)}${note ? ` (${note})` : ''} · rimlighetsgräns ${limit ?? DEFAULT_SANITY_LIMIT}${limit === null ? ' (standard)' : ''}`,
  loose: 'Utan löfte',
  context: (kommun: string) =>
    `Ändra: /lofte avtal ${kommun} <nr> namn|ansvar|löfte|gräns …, /lofte mål ${kommun} <nr> <antal> per år, /lofte avtal ${kommun} ny aktivitet <text>, /lofte avtal ${kommun} ta bort <nr>, /lofte avtal ${kommun} löfte <nr> <text>, /lofte avtal ${kommun} titel <text>`,
  edited: (n: number, name: string) => `✅ Aktivitet ${n} ändrad: ${name}`,
  targetSet: (n: number, name: string, t: Target | null, was: Target | null) =>
    `✅ Målet för ${n}. ${name} är nu ${target(t)} (var ${target(was)}).`,
  /** The confirmation rule asks before storing more than `limit` in one registration. */
  limitSet: (n: number, name: string, limit: number, was: number, isDefault: boolean) =>
    `✅ Rimlighetsgränsen för ${n}. ${name} är nu ${limit}${isDefault ? ' (standard)' : ''} (var ${was}): registreringar över ${limit} frågar jag om först.`,
  badLimit: `Skriv gränsen som ett antal mellan 1 och ${MAX_SANITY_LIMIT}, eller standard (${DEFAULT_SANITY_LIMIT}).`,
  added: (n: number, text: string) => `✅ Aktivitet ${n} tillagd: ${text}`,
  removed: (n: number, text: string) => `🗑️ Aktivitet ${n} borttagen: ${text}`,
  /** "6 blir 5 (”krogkontroller”), 7 blir 6 (…)": the numbers a removal moves up. */
  renumbered: (moves: string) => `Nya nummer: ${moves}. Använd dem i /logga <nr>.`,
  moved: (from: number, name: string) => `${from} blir ${from - 1} (”${name}”)`,
  confirmRemove: (n: number, name: string) => `Ta bort aktivitet ${n} ”${name}”?`,
  confirmRemoveText: (n: number, max: number) =>
    n < max
      ? `Numren efter den flyttas upp ett steg: ${Array.from({ length: max - n }, (_, i) => `${n + i + 1} blir ${n + i}`).join(', ')}. Ingenting tas bort förrän du trycker.`
      : 'Den är sist, så inga andra nummer ändras. Ingenting tas bort förrän du trycker.',
  yesRemove: 'Ja, ta bort',
  keep: 'Nej',
  /** A change that sets what is already there: "Aktivitet 5 har redan inget mål. Ingenting har ändrats." */
  unchanged: (n: number, what: string) => `Aktivitet ${n} ${what}. Ingenting har ändrats.`,
  already: {
    name: (name: string) => `heter redan ”${name}”`,
    responsible: (r: Responsible) => `har redan ansvar ${RESP[r]}`,
    commitment: (n: number) => `hör redan till löfte ${n}`,
    target: (t: Target | null) => (t ? `har redan målet ${target(t)}` : 'har redan inget mål'),
    limit: (limit: number, isDefault: boolean) =>
      `har redan rimlighetsgränsen ${limit}${isDefault ? ' (standard)' : ''}`,
  },
  nameIsKind: (name: string, word: string) =>
    `”${name}” kan inte vara ett kortnamn: /logga ${word} betyder redan aktivitetstypen ${word}. Ingenting har ändrats.`,
  nameIsNumber: (name: string) =>
    `”${name}” kan inte vara ett kortnamn: /logga läser ett tal som aktivitetens nummer. Ingenting har ändrats.`,
  nameTaken: (name: string, n: number) =>
    `Aktivitet ${n} heter redan ”${name}”; två aktiviteter kan inte ha samma kortnamn. Ingenting har ändrats.`,
  nameExample: (kommun: string) => `/lofte avtal ${kommun} 4 namn föräldramöten`,
  /** A promise's wording or the title, changed: the public pages show it from the next publish. */
  promiseEdited: (n: number, text: string) => `✅ Löfte ${n} lyder nu: ”${text}”`,
  titleEdited: (text: string) => `✅ Medborgarlöftet heter nu ”${text}”`,
  textPublishedNext: 'De publika sidorna visar den nya texten från nästa publicering.',
  sameText: 'Texten är redan precis så. Ingenting har ändrats.',
  emptyText: 'Skriv den nya texten efter numret.',
  badText: {
    'promise-text': 'Skriv löftets nummer och sedan den nya texten.',
    title: 'Skriv den nya titeln efter ordet titel.',
    'too-long': 'Texten är för lång: ett löfte får vara högst 1 000 tecken och titeln 200.',
  } as Record<'promise-text' | 'title' | 'too-long', string>,
  textExample: (kommun: string) => `/lofte avtal ${kommun} löfte 2 Vi ska arbeta för en trygg skolväg`,
  undone: (kommun: string, from: number, to: number) =>
    `↩️ Importen av medborgarlöftet ${periodSpan(from, to)} för ${kommun} är ångrad.`,
  /** What an upkeep audit entry did, in words (`/lofte historik`). */
  auditActions: {
    'activity.edit': 'ändrade en aktivitet',
    'activity.target': 'ändrade målet för en aktivitet',
    'activity.add': 'lade till en aktivitet',
    'activity.remove': 'tog bort en aktivitet',
    'commitment.edit': 'ändrade texten i ett löfte',
    'agreement.title': 'ändrade medborgarlöftets titel',
  } as Record<string, string>,
  limitChanged: (from: number, to: number) => `ändrade rimlighetsgränsen ${from} → ${to}`,
  /** /lofte historik: which activity a change concerned, and what changed from → to. */
  history: {
    activity: (n: number | null, name: string) => (n ? `aktivitet ${n} ”${name}”` : `aktiviteten ”${name}”`),
    edit: (what: string, changes: string) => `ändrade ${what}: ${changes}`,
    target: (what: string, from: Target | null, to: Target | null) =>
      `ändrade målet för ${what}: ${target(from)} → ${target(to)}`,
    limit: (what: string, from: number, to: number) =>
      `ändrade rimlighetsgränsen ${from} → ${to} för ${what}`,
    add: (what: string) => `lade till ${what}`,
    remove: (what: string) => `tog bort ${what}`,
    name: (from: string | null, to: string | null) =>
      `kortnamn ${from ? `”${from}”` : 'inget'} → ${to ? `”${to}”` : 'inget'}`,
    responsible: (from: Responsible, to: Responsible) => `ansvar ${RESP[from]} → ${RESP[to]}`,
    commitment: 'flyttad till ett annat löfte',
    promiseText: (n: number | null, from: string, to: string) =>
      `ändrade texten i löfte${n ? ` ${n}` : ''}: ”${from}” → ”${to}”`,
    title: (from: string, to: string) => `ändrade titeln: ”${from}” → ”${to}”`,
    /** A registration: registered, undone (Ångra) or struck (`/lofte rätta`, with its reason). */
    registration: (action: string, count: number, what: string, day: string, reason: string | null) => {
      const of = what ? ` ${count} för ${what} (${day})` : '';
      if (action === 'registration.create') return `registrerade${of || ' en aktivitet'}`;
      if (action === 'registration.void') return `ångrade registreringen${of ? ` av${of}` : ''}`;
      return `makulerade registreringen${of ? ` av${of}` : ''}${reason ? `: ${reason}` : ''}`;
    },
  },
  audited: 'Ändringen finns i historiken (/lofte historik).',
  noAgreement: (kommun: string) => `${kommun} har inget medborgarlöfte i Löftesbot.`,
  noAgreementYear: (kommun: string, year: number) =>
    `${kommun} har inget medborgarlöfte för ${year} i Löftesbot.`,
  /** After noAgreementYear: "Medborgarlöften finns för 2025–2026 och 2027" (agreement-years.ts lists them). */
  agreementsFor: (list: string, many: boolean) =>
    `${many ? 'Medborgarlöften' : 'Medborgarlöfte'} finns för ${list}`,
  /**
   * Under `/lofte avtal <kommun>` (and the CLI's `agreements show`) when the next agreement is already stored
   * (imported in December), with the command that shows it.
   */
  nextStored: (from: number, to: number, command: string) =>
    `Nästa medborgarlöfte, ${periodSpan(from, to)}, är sparat och gäller från 1 januari ${from}: ${command}`,
  /** After importing an agreement that begins in a later year. */
  startsLater: (kommun: string, from: number) =>
    `Det gäller från 1 januari ${from}. Se och ändra det med /lofte avtal ${kommun} ${from}.`,
  noAgreementHint:
    'Importera det: skicka filen till mig i ett direktmeddelande, eller klistra in texten efter /lofte import.',
  noSuchNumber: (max: number) => `Det finns ingen aktivitet med det numret; medborgarlöftet har ${max}.`,
  noSuchCommitment: (max: number) => `Det finns inget sådant löfte; medborgarlöftet har ${max}.`,
  hasRegistrations: (n: number) =>
    `Det finns ${n} ${n === 1 ? 'registrering' : 'registreringar'}, så det går inte. Ingenting har ändrats.`,
  hasStatusTexts: (n: number) =>
    `Det finns ${n === 1 ? 'en lägestext' : `${n} lägestexter`} för medborgarlöftet, så importen kan inte ångras – ${n === 1 ? 'den' : 'de'} skulle raderas. Ändra medborgarlöftet med /lofte avtal i stället. Ingenting har ändrats.`,
  notImported: 'Det här medborgarlöftet är inte importerat från en fil och kan inte ångras så.',
  /** An agreement text holding a phone number, an e-mail address or a named person. */
  publicPersonalData: (found: readonly PublishRuleId[]) =>
    `Texten innehåller ${foundText(found)}. ${PUBLIC_TEXT_ADVICE_SV}`,
  publicTextExample: (kommun: string) =>
    `/lofte avtal ${kommun} ny aktivitet Nattvandring med föreningar, kontakt via kommunens växel gemensam`,
  badWords: (text: string) => `Jag förstår inte ”${text}”.`,
  badTarget: {
    'target-count': 'Målet ska vara ett antal från 1 till 9 999 (till exempel 12 eller tolv), eller inget.',
    'target-basis': 'Skriv vad målet gäller: per år, per tertial eller under perioden.',
    number: 'Skriv aktivitetens nummer först; numren står i /lofte avtal <kommun>.',
  },
  example: (kommun: string, activity = 3, count = 30) => `/lofte mål ${kommun} ${activity} ${count} per år`,
  limitExample: (kommun: string) => `/lofte avtal ${kommun} 3 gräns 80`,
};

export type AgreementTexts = typeof agreementSv;
