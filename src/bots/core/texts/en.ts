import { periodSpan } from '../../../domain/target.ts';
import { reportLabels } from '../../../reports/labels.ts';
import { adminEn } from './admin-en.ts';
import { agreementEn } from './agreement-en.ts';
import { datesEn } from './dates-en.ts';
import { eraseEn } from './erase-en.ts';
import { followupEn } from './followup-en.ts';
import { helpEn } from './help.ts';
import { historyEn } from './history-en.ts';
import { homeEn } from './home.ts';
import { importEn } from './import-en.ts';
import { kindsEn } from './kinds-en.ts';
import { meetingDaysEn } from './meeting-days-en.ts';
import { seriesEn } from './meetings-en.ts';
import { promptsEn } from './prompts-en.ts';
import { remindersEn } from './reminders-en.ts';
import { setupEn } from './setup-en.ts';
import { sharingEn } from './sharing-en.ts';
import type { Texts } from './sv.ts';

/** The English texts of the chat core (same keys as sv.ts). Command words stay Swedish; English aliases work too. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `2026-10-30` → "30 Oct 2026". */
const day = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

export const en: Texts = {
  lang: 'en',
  months: MONTHS,
  day,
  state: reportLabels('en').states,
  example: 'Example',
  examples: 'Examples',
  quote: (text) => `“${text}”`,

  apology: (id) => `😕 Something went wrong in Löftesbot. Please try again in a moment (error id ${id}).`,
  apologyText: 'Nothing was saved. If it keeps happening, give the error id to whoever runs Löftesbot.',

  unknownCommand: (word) => `I don't know the command “${word}”.`,
  unknownCommandShort: (word) => `I don't know “${word}”. Type /help to see the commands.`,
  emptyCommand: 'Type a command, for example /insats Sävsjö.',

  noAccessHeadline: 'You have no access to Löftesbot yet',
  noAccessText: (person) =>
    `Ask your coordinator or administrator to give you a role (polis, kommun, samordnare or chef) for your kommun or police area. Your user id is ${person}. An administrator types for example /lofte admin role @you polis Sävsjö, or on the server: npx loftesbot role add ${person} polis Sävsjö. Nothing was saved.`,
  forbidden: (what, where, roles) =>
    `You may not ${what} for ${where}. People with the role ${roles} there may.`,
  or: 'or',
  and: 'and',

  missingKommun: 'Which kommun? Type the kommun after the command.',
  unknownKommun: (q) => `I can't find a kommun called “${q}”.`,
  suggestions: (names) => `Did you mean ${names}?`,
  didYouMean: (name) => `Did you mean ${name}?`,
  didYouMeanText: 'Nothing is saved yet. Press the button and I will do it with the right name.',
  runFor: (name) => `Yes, ${name}`,
  areaNeedsKommun: (area) => `This channel covers ${area}. Say which kommun.`,
  notAKommun: (name) => `${name} is not a kommun. Type a kommun.`,
  badDate: (text) => `I don't understand the date “${text}”.`,
  dateFormats: 'Write dates as 2026-11-20, 20/11, 20 Nov, today or yesterday.',
  futureDate: (day) => `${day} has not happened yet — the date may not be after today.`,
  outsidePeriod: (day, from, to) => `${day} is outside the agreement's period ${periodSpan(from, to)}.`,
  badCount: (text) => `The count “${text}” won't do. Type a whole number from 1 to 999.`,
  noteTooLong: (n) => `The note is ${n} characters long; 500 at most.`,
  personalNumber:
    'The text contains something that looks like a Swedish personal identity number (personnummer or samordningsnummer): a birth date and four digits (“YYMMDD-NNNN”, also with a space). That may not be stored here — write it without personal data, e.g. “talked with a young person and their guardian”, and a date with a time as “2026-12-01 19:00”. Nothing was saved.',
  missingKind:
    'Which activity? Type for example traffic control, safety walk or the activity’s number in /status.',
  unknownKind: (word) => `I don't know the activity “${word}”.`,
  knownKinds: (kinds) => `Activities: ${kinds}.`,
  badWindow: (text) => `I don't understand “${text}”. Type T1, T2 or T3 and/or a year.`,
  badArgs: (text) => `I don't understand “${text}”.`,
  noSuchNumber: (n, max) => `There is no activity number ${n}; the agreement has ${max}.`,
  nothingStored: 'Nothing was saved.',

  logged: (label, kommun, day, count) =>
    `✅ ${count > 1 ? `${count} ` : ''}${label} logged in ${kommun} on ${day}`,
  undo: 'Undo',
  undoHint: 'Wrong? Press Undo within 24 hours.',
  noSuchActivity: (label, kommun) => `${kommun}'s agreement has no activity for ${label}. Nothing was saved.`,
  availableKinds: (list) => `You can log: ${list}. Or use the activity's number in /status.`,
  noAgreement: (kommun) => `${kommun} has no agreement in Löftesbot for that time.`,
  agreementNotBegun: (kommun, period, year) =>
    `The agreement ${period} of ${kommun} applies from 1 January ${year}.`,
  agreementNotBegunText: (kommun) =>
    `Until then there is nothing to log or follow up; /lofte agreement ${kommun} shows it.`,
  noAgreementHint:
    'A samordnare imports it: by sending me the file in a direct message, or with /lofte import.',
  undone: (label, kommun, day) =>
    `↩️ Undone: ${label} in ${kommun} on ${day}. The registration is struck out but kept in the history.`,
  alreadyUndone: 'That registration is already undone.',
  undoExpired: 'More than 24 hours have passed; it can no longer be undone here. Ask a coordinator.',
  undoForbidden: 'Only the person who logged it (or a coordinator) can undo it.',
  registrationMissing: "I can't find that registration.",

  statusHeadline: (kommun, window) => `Progress in ${kommun}, ${window}`,
  windowTertial: (t, y) => `T${t} ${y}`,
  windowYear: (y) => `year ${y}`,
  windowPeriod: (from, to) => `period ${periodSpan(from, to)}`,
  noTarget: 'no target',
  tally: (c) =>
    [
      c.klar > 0 ? `${c.klar} done` : '',
      c['i fas'] > 0 ? `${c['i fas']} on track` : '',
      c.efter > 0 ? `${c.efter} behind` : '',
      c['ej nått'] > 0 ? `${c['ej nått']} did not reach the target` : '',
      c['ej påbörjad'] > 0 ? `${c['ej påbörjad']} not started` : '',
      c['följs upp med text'] > 0 ? `${c['följs upp med text']} followed up in text` : '',
    ]
      .filter((x) => x !== '')
      .join(' · '),
  statusContext: (title) => `${title}. Log with /log <no> <kommun>.`,
  summaryHeadline: (name, window) => `Follow-up of the agreement in ${name}, ${window}`,
  activity: 'Activity',
  looseActivities: 'Other activities',
  statistics: 'Statistics',
  statisticsCategory: 'Category',
  noStatus: '–',
  areaSummaryHeadline: (name, window) => `Progress in ${name}, ${window}`,
  filteredScope: (shown, total, name, places) =>
    `You see ${shown} of ${total} municipalities in ${name} — those in ${places}.`,
  kommun: 'Kommun',

  reportTitle: (t) => `Follow-up ${t}`,
  save: 'Save',
  reportEnded: (t, command) => `Write the follow-up of ${t} with ${command}.`,
  reportIntro: (kommun, t) =>
    `Write the status text for each activity in ${kommun}, ${t}. Empty = no change.`,
  reportSaved: (n, kommun, t) =>
    n === 0
      ? `No changes for ${kommun}, ${t}.`
      : `✅ ${n} status text${n === 1 ? '' : 's'} saved for ${kommun}, ${t}.`,
  tooLong: (max) => `At most ${max} characters.`,
  statisticsTitle: (t) => `Statistics ${t}`,
  statisticsIntro: (kommun, t) =>
    `Suspected drug offences in ${kommun}, ${t}: the count and how many concern people aged 21 or younger.`,
  categories: {
    'narkotika.framstallning': 'Manufacture',
    'narkotika.overlatelse': 'Supply',
    'narkotika.innehav': 'Possession',
    'narkotika.eget-bruk': 'Personal use',
    'doping.innehav': 'Doping possession',
    'doping.eget-bruk': 'Doping personal use',
  },
  youthOf: (label) => `${label}, of which aged 21 or younger`,
  notANumber: 'Type a whole number (0 or more).',
  numberTooLarge: 'At most 99,999.',
  youthOverCount: 'Cannot exceed the total.',
  youthWithoutCount: 'Fill in the total too.',
  statisticsSaved: (n, kommun, t) =>
    n === 0
      ? `No statistics changed for ${kommun}, ${t}.`
      : `✅ Statistics saved for ${kommun}, ${t} (${n} ${n === 1 ? 'category' : 'categories'}).`,
  formExpired: 'This form is no longer valid. Open it again.',
  openReport: 'Write follow-up',
  openStatistics: 'Fill in statistics',

  ...meetingDaysEn,

  promptTextButton: 'Write an answer',
  promptFormTitle: 'Your answer',
  promptAnswerLabel: 'Answer',
  promptAnswered: (who, answer) => `✅ Answer from ${who}: ${answer}`,
  promptAlreadyAnswered: (who, answer) => `Already answered by ${who}: ${answer}`,
  promptMissing: "I can't find that question.",
  promptForbidden: "You can't answer this question; the kommun's coordinator can.",
  promptEmpty: 'Type an answer.',
  promptAbout: (activity, t) => `${activity} · ${t}`,

  ...adminEn,
  granted: (person, role, scope) => `✅ ${person} now has the role ${role} for ${scope}.`,
  alreadyGranted: (person, role, scope) => `${person} already has the role ${role} for ${scope}.`,
  badRole: (role, roles) => `There is no role “${role}”. Roles: ${roles}.`,
  badPerson: (text) =>
    `“${text}” is not a person I recognise. Mention them (@name) or type slack:<id>, teams:<id> or console:<name>.`,
  unknownScope: (q) => `I can't find a kommun or police area called “${q}”.`,
  historyHeadline: (kommun) => `Latest changes in ${kommun}`,
  historyEmpty: 'No changes yet.',
  registrationsHeadline: (kommun) => `Latest registrations in ${kommun}`,
  registrationsEmpty: 'No registrations yet.',
  registrationsHint: 'Correct one with /lofte correct <id> <reason> (samordnare, admin).',
  registrationsLine: (day, count, activity, who, id) => `${day} · ${count} × ${activity} — ${who} · ${id}`,
  registrationsNote: (note) => `      “${note}”`,
  registrationsTotal: (from, to, total) =>
    `Showing ${from}–${to} of ${total} ${total === 1 ? 'registration' : 'registrations'}, latest day first.`,
  registrationsMore: (from, to) => `Show more (${from}–${to})`,
  registrationsPastEnd: (pages) =>
    `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} of registrations. Start from page 1.`,
  registrationsCommand: '/lofte registrations',
  registrationsPage: 'page',
  corrected: (id, count, on) => `Registration ${id} is voided (count ${count}, ${day(on)})`,
  correctedText: (reason) =>
    `Reason: ${reason}. The change is in the history; the public page changes when the tertial is published again.`,
  correctErrors: {
    'not-found': 'I find no registration with that id. Take the id from /lofte registrations <kommun>.',
    ambiguous: 'Several registrations start like that. Type more of the id.',
    'no-reason': 'Write a reason after the id.',
    'reason-too-long': 'The reason may be at most 200 characters.',
    'personal-number':
      'The reason holds something that looks like a personal identity number: a birth date and four digits (“YYMMDD-NNNN”). Write it without personal data, e.g. “wrong count, should be 2”.',
    'already-voided': 'The registration is already voided.',
    forbidden: 'Only a samordnare or administrator of the kommun may correct registrations there.',
  },
  auditActions: {
    'registration.create': 'registered an activity',
    'registration.void': 'undid a registration',
    'status.create': 'wrote a status text',
    'statistic.put': 'entered statistics',
    'follow-up.publish': 'published the follow-up',
    'follow-up.unpublish': 'unpublished the follow-up',
    'prompt.answer': 'answered a question',
    'meeting.held': 'marked a meeting as held',
    'meeting.move': 'moved a meeting',
    'meeting.cancel': 'cancelled a meeting',
    'role.grant': 'granted a role',
    'role.revoke': 'removed a role',
    'binding.save': 'bound a channel',
    'binding.remove': 'unbound a channel',
    'area.save': 'saved a police area',
    'dashboard.link': 'made a dashboard link',
    'report.link': 'made a report link',
    import: 'imported a document',
    'demo.load': 'loaded the demo data',
  },
  auditActors: { cli: 'the command line', import: 'the importer', system: 'Löftesbot' },
  langSet: 'Done! I will answer you in English from now on.',
  badLang: 'Type /lofte language en or /lofte language sv.',
  badLofte: "I don't understand what you want to do with /lofte.",
  correctNeedsReason:
    'Say why the registration is corrected, after its id (the reason is kept in the history).',
  correctNeedsId:
    'Give the registration’s id and why it is corrected; ids are listed by /lofte registrations <kommun>.',

  ...remindersEn,
  permission: {
    log: 'log activities',
    'follow-up': 'write status texts',
    statistics: 'report statistics',
    meetings: 'change collaboration meetings',
    read: 'see progress',
    'read-area': 'see the summary',
    history: 'see the history',
    remind: 'remind those responsible',
    admin: 'administer',
  },
  alreadyLogged: 'This is already logged (the same event arrived twice).',
  noteLabel: 'Note',
  progressTitle: 'Against the targets',
  everyone: 'everyone',
  help: helpEn,
  home: homeEn,
  ...promptsEn,
  sharing: sharingEn,
  series: seriesEn,
  setup: setupEn,
  agreement: agreementEn,
  importing: importEn,
  dates: datesEn,
  erase: eraseEn,
  followup: followupEn,
  historyMore: historyEn,
  ...kindsEn,
};
