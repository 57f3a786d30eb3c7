import type { importSv } from './import-sv.ts';

/** The English texts of importing from chat; the same keys as import-sv.ts. */
export const importEn: typeof importSv = {
  what: 'import documents',
  preview: (what) => `Preview: ${what}`,
  agreement: (kommun, period) => `medborgarlöfte for ${kommun} ${period}`,
  followUp: (kommun, tertial, year, period) =>
    `follow-up T${tertial} ${year} of the medborgarlöfte for ${kommun} ${period}`,
  promises: 'Promises',
  activities: 'Activities and targets',
  noTarget: 'no target',
  responsible: { polis: 'the police', kommun: 'the municipality', gemensam: 'jointly' },
  promise: (n) => `promise ${n}`,
  noPromise: 'no promise',
  warnings: 'Warnings',
  nothingYet: 'Nothing is saved yet. Press Save to save it, or Cancel.',
  draftsNote: 'Status texts are saved as drafts until the follow-up is published.',
  save: 'Save',
  cancel: 'Cancel',
  saved: (what) => `✅ Saved: ${what}`,
  savedCounts: (statuses, registrations, statistics) =>
    `${statuses} status ${statuses === 1 ? 'text (draft)' : 'texts (drafts)'}, ${registrations} registration${registrations === 1 ? '' : 's'}, ${statistics} statistics figure${statistics === 1 ? '' : 's'}.`,
  savedAgreement: (activities) => `${activities} ${activities === 1 ? 'activity' : 'activities'} saved.`,
  publishHint: (command) => `Publish the status texts with ${command}.`,
  unmatched: (n) =>
    `${n} ${n === 1 ? 'row' : 'rows'} matched no activity of the stored agreement and ${n === 1 ? 'was' : 'were'} not saved.`,
  already: 'The document is already imported; nothing changed.',
  cancelled: 'The import was cancelled. Nothing was saved.',
  expired: 'This preview is no longer valid. Send the document again.',
  alreadySaved: (what) => `Already saved: ${what}. Nothing changed.`,
  empty: 'Paste the text after /lofte import, or send the file (.docx, .txt, .md) to me in a direct message.',
  example: '/lofte import Medborgarlöfte för Sävsjö 2025–2026 …',
  refusedPersonal: (pasted) =>
    `${pasted ? 'The text' : 'The document'} contains personal data and was not imported`,
  unreadable: 'The document could not be read',
  noAgreement: 'Found no medborgarlöfte in the document',
  notSupported: (name) => `${name} cannot be imported: send a .docx, .txt or .md file.`,
};
