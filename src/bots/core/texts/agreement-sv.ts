import { DEFAULT_SANITY_LIMIT, MAX_SANITY_LIMIT } from '../../../domain/confirmation.ts';
import { targetChangeText } from '../../../domain/target-change.ts';
import type { Responsible, Target } from '../../../domain/types.ts';

/** Swedish texts for keeping an agreement up to date (`/lofte avtal`, `/lofte mål`). */

const BASIS: Record<string, string> = { year: 'per år', tertial: 'per tertial', period: 'under perioden' };
const RESP: Record<Responsible, string> = { polis: 'Polisen', kommun: 'Kommunen', gemensam: 'Gemensam' };
const target = (t: Target | null) => (t ? `${t.count} ${BASIS[t.per]}` : 'inget mål');

export const agreementSv = {
  target,
  responsible: (r: Responsible) => RESP[r],
  /** "ändrat från 15 under perioden den 6 dec 2026" */
  changedFrom: (signed: Target | null, on: string) => targetChangeText({ signed, on }, 'sv'),
  headline: (kommun: string, from: number, to: number) => `Medborgarlöftet i ${kommun} ${from}–${to}`,
  promise: (n: number, text: string) => `Löfte ${n}: ${text}`,
  /** One activity with its settings; `limit` null: the default sanity limit. */
  line: (
    n: number,
    name: string,
    resp: Responsible,
    t: Target | null,
    note: string | null,
    limit: number | null = null,
  ) =>
    `${n}. ${name} — ${RESP[resp]}, ${target(t)}${note ? ` (${note})` : ''} · rimlighetsgräns ${limit ?? DEFAULT_SANITY_LIMIT}${limit === null ? ' (standard)' : ''}`,
  loose: 'Utan löfte',
  context: (kommun: string) =>
    `Ändra: /lofte avtal ${kommun} <nr> namn|ansvar|löfte|gräns …, /lofte mål ${kommun} <nr> <antal> per år, /lofte avtal ${kommun} ny aktivitet <text>, /lofte avtal ${kommun} ta bort <nr>`,
  edited: (n: number, name: string) => `✅ Aktivitet ${n} ändrad: ${name}`,
  targetSet: (n: number, name: string, t: Target | null, was: Target | null) =>
    `✅ Målet för ${n}. ${name} är nu ${target(t)} (var ${target(was)}).`,
  /** The confirmation rule asks before storing more than `limit` in one registration. */
  limitSet: (n: number, name: string, limit: number, was: number, isDefault: boolean) =>
    `✅ Rimlighetsgränsen för ${n}. ${name} är nu ${limit}${isDefault ? ' (standard)' : ''} (var ${was}): registreringar över ${limit} frågar jag om först.`,
  badLimit: `Skriv gränsen som ett antal mellan 1 och ${MAX_SANITY_LIMIT}, eller standard (${DEFAULT_SANITY_LIMIT}).`,
  added: (n: number, text: string) => `✅ Aktivitet ${n} tillagd: ${text}`,
  removed: (n: number, text: string) => `🗑️ Aktivitet ${n} borttagen: ${text}`,
  undone: (kommun: string, from: number, to: number) =>
    `↩️ Importen av medborgarlöftet ${from}–${to} för ${kommun} är ångrad.`,
  /** What an upkeep audit entry did, in words (`/lofte historik`). */
  auditActions: {
    'activity.edit': 'ändrade en aktivitet',
    'activity.target': 'ändrade målet för en aktivitet',
    'activity.add': 'lade till en aktivitet',
    'activity.remove': 'tog bort en aktivitet',
  } as Record<string, string>,
  limitChanged: (from: number, to: number) => `ändrade rimlighetsgränsen ${from} → ${to}`,
  audited: 'Ändringen finns i historiken (/lofte historik).',
  noAgreement: (kommun: string) => `${kommun} har inget medborgarlöfte i Löftesbot.`,
  noAgreementHint: 'Importera det: npx loftesbot import <fil>.',
  noSuchNumber: (max: number) => `Det finns ingen aktivitet med det numret; medborgarlöftet har ${max}.`,
  noSuchCommitment: (max: number) => `Det finns inget sådant löfte; medborgarlöftet har ${max}.`,
  hasRegistrations: (n: number) => `Det finns ${n} registreringar, så det går inte. Ingenting har ändrats.`,
  notImported: 'Det här medborgarlöftet är inte importerat från en fil och kan inte ångras så.',
  badWords: (text: string) => `Jag förstår inte ”${text}”.`,
  example: (kommun: string) => `/lofte mål ${kommun} 3 30 per år`,
  limitExample: (kommun: string) => `/lofte avtal ${kommun} 3 gräns 80`,
};

export type AgreementTexts = typeof agreementSv;
