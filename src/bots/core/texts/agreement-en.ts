import { DEFAULT_SANITY_LIMIT, MAX_SANITY_LIMIT } from '../../../domain/confirmation.ts';
import { targetChangeText } from '../../../domain/target-change.ts';
import type { Responsible, Target } from '../../../domain/types.ts';
import type { AgreementTexts } from './agreement-sv.ts';

/** English texts for keeping an agreement up to date (same keys as agreement-sv.ts). */

const BASIS: Record<string, string> = { year: 'per year', tertial: 'per tertial', period: 'for the period' };
const RESP: Record<Responsible, string> = { polis: 'Police', kommun: 'Kommun', gemensam: 'Joint' };
const target = (t: Target | null) => (t ? `${t.count} ${BASIS[t.per]}` : 'no target');

export const agreementEn: AgreementTexts = {
  target,
  responsible: (r) => RESP[r],
  changedFrom: (signed, on) => targetChangeText({ signed, on }, 'en'),
  headline: (kommun, from, to) => `The agreement of ${kommun} ${from}–${to}`,
  promise: (n, text) => `Promise ${n}: ${text}`,
  line: (n, name, resp, t, note, limit = null) =>
    `${n}. ${name} — ${RESP[resp]}, ${target(t)}${note ? ` (${note})` : ''} · sanity limit ${limit ?? DEFAULT_SANITY_LIMIT}${limit === null ? ' (default)' : ''}`,
  loose: 'Without a promise',
  context: (kommun) =>
    `Change: /lofte avtal ${kommun} <no> name|responsible|promise|limit …, /lofte mål ${kommun} <no> <count> per year, /lofte avtal ${kommun} new activity <text>, /lofte avtal ${kommun} remove <no>`,
  edited: (n, name) => `✅ Activity ${n} changed: ${name}`,
  targetSet: (n, name, t, was) => `✅ The target of ${n}. ${name} is now ${target(t)} (was ${target(was)}).`,
  limitSet: (n, name, limit, was, isDefault) =>
    `✅ The sanity limit of ${n}. ${name} is now ${limit}${isDefault ? ' (default)' : ''} (was ${was}): I will ask before storing more than ${limit} at once.`,
  badLimit: `Give the limit as a count from 1 to ${MAX_SANITY_LIMIT}, or default (${DEFAULT_SANITY_LIMIT}).`,
  added: (n, text) => `✅ Activity ${n} added: ${text}`,
  removed: (n, text) => `🗑️ Activity ${n} removed: ${text}`,
  undone: (kommun, from, to) => `↩️ The import of the agreement ${from}–${to} for ${kommun} is undone.`,
  auditActions: {
    'activity.edit': 'changed an activity',
    'activity.target': 'changed the target of an activity',
    'activity.add': 'added an activity',
    'activity.remove': 'removed an activity',
  },
  limitChanged: (from, to) => `changed the sanity limit ${from} → ${to}`,
  audited: 'The change is in the history (/lofte historik).',
  noAgreement: (kommun) => `${kommun} has no agreement in Löftesbot.`,
  noAgreementHint: 'Import it: npx loftesbot import <file>.',
  noSuchNumber: (max) => `There is no activity with that number; the agreement has ${max}.`,
  noSuchCommitment: (max) => `There is no such promise; the agreement has ${max}.`,
  hasRegistrations: (n) => `There are ${n} registrations, so this cannot be done. Nothing has changed.`,
  notImported: 'This agreement was not imported from a file and cannot be undone that way.',
  badWords: (text) => `I don't understand “${text}”.`,
  example: (kommun) => `/lofte mål ${kommun} 3 30 per year`,
  limitExample: (kommun) => `/lofte avtal ${kommun} 3 limit 80`,
};
