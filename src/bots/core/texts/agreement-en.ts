import { DEFAULT_SANITY_LIMIT, MAX_SANITY_LIMIT } from '../../../domain/confirmation.ts';
import { foundText, PUBLIC_TEXT_ADVICE_EN } from '../../../domain/personal-data/public-text.ts';
import { agreedTarget, periodSpan } from '../../../domain/target.ts';
import { targetChangeText } from '../../../domain/target-change.ts';
import type { Responsible, Target } from '../../../domain/types.ts';
import type { AgreementTexts } from './agreement-sv.ts';

/** English texts for keeping an agreement up to date (same keys as agreement-sv.ts). */

const RESP: Record<Responsible, string> = { polis: 'Police', kommun: 'Kommun', gemensam: 'Joint' };
/** A target as the agreement words it: "minst 30 per år" (domain/target.ts). */
const target = (t: Target | null) => (t ? agreedTarget(t, 'en') : 'no target');

export const agreementEn: AgreementTexts = {
  target,
  responsible: (r) => RESP[r],
  changedFrom: (signed, on) => targetChangeText({ signed, on }, 'en'),
  headline: (kommun, from, to) => `The agreement of ${kommun} ${periodSpan(from, to)}`,
  promise: (n, text) => `Promise ${n}: ${text}`,
  line: (n, name, resp, t, note, limit = null, signed = null) =>
    `${n}. ${name}${signed ? `: “${signed}”` : ''} — ${RESP[resp]}, ${target(t)}${note ? ` (${note})` : ''} · sanity limit ${limit ?? DEFAULT_SANITY_LIMIT}${limit === null ? ' (default)' : ''}`,
  loose: 'Without a promise',
  context: (kommun) =>
    `Change: /lofte agreement ${kommun} <no> name|responsible|promise|limit …, /lofte target ${kommun} <no> <count> per year, /lofte agreement ${kommun} new activity <text>, /lofte agreement ${kommun} remove <no>, /lofte agreement ${kommun} promise <no> <text>, /lofte agreement ${kommun} title <text>`,
  edited: (n, name) => `✅ Activity ${n} changed: ${name}`,
  targetSet: (n, name, t, was) =>
    t
      ? `✅ The target of ${n}. ${name} is now ${target(t)} (was ${target(was)}).`
      : `✅ ${n}. ${name} now has no target (was ${target(was)}).`,
  limitSet: (n, name, limit, was, isDefault) =>
    `✅ The sanity limit of ${n}. ${name} is now ${isDefault ? `the default, ${limit}` : limit} (was ${was}): I will ask before storing more than ${limit} at once.`,
  badLimit: `Give the limit as a count from 1 to ${MAX_SANITY_LIMIT}, or default (${DEFAULT_SANITY_LIMIT}).`,
  added: (n, text) => `✅ Activity ${n} added: ${text}`,
  removed: (n, text) => `🗑️ Activity ${n} removed: ${text}`,
  renumbered: (moves) => `New numbers: ${moves}. Use them in /log <no>.`,
  moved: (from, name) => `${from} becomes ${from - 1} (“${name}”)`,
  confirmRemove: (n, name) => `Remove activity ${n} “${name}”?`,
  confirmRemoveText: (n, max) =>
    n < max
      ? `The numbers after it move up one step: ${Array.from({ length: max - n }, (_, i) => `${n + i + 1} becomes ${n + i}`).join(', ')}. Nothing is removed until you press.`
      : 'It is the last one, so no other numbers change. Nothing is removed until you press.',
  yesRemove: 'Yes, remove',
  keep: 'No',
  unchanged: (n, what) => `Activity ${n} ${what}. Nothing has changed.`,
  already: {
    name: (name) => `is already called “${name}”`,
    responsible: (r) => `already has responsible party ${RESP[r]}`,
    commitment: (n) => `already belongs to promise ${n}`,
    target: (t) => (t ? `already has the target ${target(t)}` : 'already has no target'),
    limit: (limit, isDefault) => `already has the sanity limit ${limit}${isDefault ? ' (default)' : ''}`,
  },
  nameIsKind: (name, word) =>
    `“${name}” cannot be a short name: /log ${word} already means the activity kind ${word}. Nothing has changed.`,
  nameIsNumber: (name) =>
    `“${name}” cannot be a short name: /log reads a number as the activity's number. Nothing has changed.`,
  nameTaken: (name, n) =>
    `Activity ${n} is already called “${name}”; two activities cannot share a short name. Nothing has changed.`,
  nameExample: (kommun) => `/lofte agreement ${kommun} 4 name parent meetings`,
  promiseEdited: (n, text) => `✅ Promise ${n} now reads: “${text}”`,
  titleEdited: (text) => `✅ The agreement is now called “${text}”`,
  textPublishedNext: 'The public pages show the new text from the next publish.',
  sameText: 'The text is already exactly that. Nothing has changed.',
  emptyText: 'Write the new text after the number.',
  badText: {
    'promise-text': 'Give the promise’s number, then the new text.',
    title: 'Write the new title after the word title.',
    'too-long': 'The text is too long: a promise may have at most 1,000 characters and the title 200.',
  },
  textExample: (kommun) => `/lofte agreement ${kommun} promise 2 We will work for a safe way to school`,
  undone: (kommun, from, to) =>
    `↩️ The import of the agreement ${periodSpan(from, to)} for ${kommun} is undone.`,
  auditActions: {
    'activity.edit': 'changed an activity',
    'activity.target': 'changed the target of an activity',
    'activity.add': 'added an activity',
    'activity.remove': 'removed an activity',
    'commitment.edit': 'changed the text of a promise',
    'agreement.title': 'changed the agreement’s title',
  },
  limitChanged: (from, to) => `changed the sanity limit ${from} → ${to}`,
  history: {
    activity: (n, name) => (n ? `activity ${n} “${name}”` : `the activity “${name}”`),
    edit: (what, changes) => `changed ${what}: ${changes}`,
    target: (what, from, to) => `changed the target of ${what}: ${target(from)} → ${target(to)}`,
    limit: (what, from, to) => `changed the sanity limit ${from} → ${to} of ${what}`,
    add: (what) => `added ${what}`,
    remove: (what) => `removed ${what}`,
    name: (from, to) => `short name ${from ? `“${from}”` : 'none'} → ${to ? `“${to}”` : 'none'}`,
    responsible: (from, to) => `responsible ${RESP[from]} → ${RESP[to]}`,
    commitment: 'moved to another promise',
    promiseText: (n, from, to) => `changed the text of promise${n ? ` ${n}` : ''}: “${from}” → “${to}”`,
    title: (from, to) => `changed the title: “${from}” → “${to}”`,
    registration: (action, count, what, day, reason) => {
      const of = what ? ` ${count} for ${what} (${day})` : '';
      if (action === 'registration.create') return `registered${of || ' an activity'}`;
      if (action === 'registration.void') return `undid the registration${of ? ` of${of}` : ''}`;
      return `voided the registration${of ? ` of${of}` : ''}${reason ? `: ${reason}` : ''}`;
    },
  },
  audited: 'The change is in the history (/lofte history).',
  noAgreement: (kommun) => `${kommun} has no agreement in Löftesbot.`,
  noAgreementYear: (kommun, year) => `${kommun} has no agreement for ${year} in Löftesbot.`,
  agreementsFor: (list, many) => `${many ? 'There are agreements' : 'There is an agreement'} for ${list}`,
  nextStored: (from, to, command) =>
    `The next agreement, ${periodSpan(from, to)}, is stored and applies from 1 January ${from}: ${command}`,
  startsLater: (kommun, from) =>
    `It applies from 1 January ${from}. See and change it with /lofte agreement ${kommun} ${from}.`,
  noAgreementHint: 'Import it: send me the file in a direct message, or paste the text after /lofte import.',
  noSuchNumber: (max) => `There is no activity with that number; the agreement has ${max}.`,
  noSuchCommitment: (max) => `There is no such promise; the agreement has ${max}.`,
  hasRegistrations: (n) =>
    `There ${n === 1 ? 'is 1 registration' : `are ${n} registrations`}, so this cannot be done. Nothing has changed.`,
  hasStatusTexts: (n) =>
    `There ${n === 1 ? 'is a status text' : `are ${n} status texts`} for the agreement, so the import cannot be undone – ${n === 1 ? 'it' : 'they'} would be deleted. Change the agreement with /lofte agreement instead. Nothing has changed.`,
  notImported: 'This agreement was not imported from a file and cannot be undone that way.',
  publicPersonalData: (found) => `The text holds ${foundText(found, 'en')}. ${PUBLIC_TEXT_ADVICE_EN}`,
  publicTextExample: (kommun) =>
    `/lofte agreement ${kommun} new activity Night walks with associations, contact via the kommun's switchboard joint`,
  badWords: (text) => `I don't understand “${text}”.`,
  badTarget: {
    'target-count': 'The target is a count from 1 to 9,999 (such as 12), or none.',
    'target-basis': 'Say what the target is per: per year, per tertial or for the period.',
    number: 'Give the activity’s number first; the numbers are in /lofte agreement <kommun>.',
  },
  example: (kommun, activity = 3, count = 30) => `/lofte target ${kommun} ${activity} ${count} per year`,
  limitExample: (kommun) => `/lofte agreement ${kommun} 3 limit 80`,
};
