import type { eraseSv } from './erase-sv.ts';

/** The English texts of `/lofte erase note|text` (see erase-sv.ts). */
export const eraseEn: typeof eraseSv = {
  askNote: (id, count, day) => `Erase the note of registration ${id} (count ${count}, ${day})?`,
  askNoteText: (reason) =>
    `The note goes from the registration, the history and the kept replies; the registration, its count and day stay. Reason: ${reason}. This cannot be undone.`,
  askText: (n, activity, when, kommun) =>
    `Erase the status text of activity ${n} “${activity}”, ${when} in ${kommun}?`,
  askTextText: (reason) =>
    `Every version of the text goes, from the history, the kept replies and the public page. The activity then lacks a status text for the tertial, and the reminders ask for a new one. Reason: ${reason}. This cannot be undone.`,
  yes: 'Yes, erase',
  no: 'Cancel',
  erasedNote: (id) => `🗑️ The note of registration ${id} is erased`,
  erasedNoteText: (reason) => `The registration, its count and day stay. Reason: ${reason}`,
  erasedText: (n, when, kommun) => `🗑️ The status text of activity ${n}, ${when} in ${kommun} is erased`,
  erasedTextText: (reason, kommun, when) =>
    `Reason: ${reason}. The tertial shows “(lägestexten är raderad)”; write a new one with /report ${kommun} ${when}.`,
  usage: 'How to erase a note or status text that holds personal data (coordinators and admins):',
  usageNote: 'Note: /lofte erase note <id> <reason> — the id from /lofte registrations <kommun>',
  usageText:
    'Status text: /lofte erase text <kommun> <T1–T3> [year] <no> <reason> — the number as in /status',
  example: (kommun) => `/lofte erase text ${kommun} T2 2026 3 Health data in the status text`,
  noNote: 'The registration has no note to erase.',
  forbidden: 'Only a coordinator or admin of the kommun may erase notes and status texts there.',
  noAgreement: (kommun, year) => `${kommun} has no citizen promise for ${year} in Löftesbot.`,
  unknownActivity: (kommun, n) => `${kommun} has no activity ${n}. The numbers are in /status ${kommun}.`,
  noText: (n, when) => `Activity ${n} has no status text for ${when}.`,
  alreadyErased: (n, when) => `The status text of activity ${n}, ${when} is already erased.`,
};
