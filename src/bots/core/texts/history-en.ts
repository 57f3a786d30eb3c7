import type { HistoryTexts } from './history-sv.ts';

/** /lofte history in words (same keys as history-sv.ts); what people wrote quoted in English marks, “…”. */
export const historyEn: HistoryTexts = {
  rhythm: (weeks, time) => `${weeks === 1 ? 'every week' : `every ${weeks} weeks`} at ${time}`,
  eraseNote: (id, reason) => `erased the note of registration ${id}: ${reason}`,
  eraseText: (at, reason) => `erased the status text of activity ${at}: ${reason}`,
  roles: (n) => `${n} role${n === 1 ? '' : 's'}`,
  name: 'name',
  lang: 'language',
  personalChat: 'personal chat',
  and: 'and',
  personRemoved: (id, list) => `removed what was kept about ${id}, who left: ${list}`,
  seriesCreated: (rhythm, from) => `created the meeting series: ${rhythm} from ${from}`,
  seriesChanged: (from, rhythm) => `changed the meeting series from ${from}: ${rhythm}`,
  seriesPaused: (span, n) =>
    `paused the meeting series ${span} (${n} meeting${n === 1 ? '' : 's'} cancelled)`,
  seriesEnded: (on) => `ended the meeting series: no meetings on or after ${on}`,
  meetingRestored: (on) => `restored the meeting ${on}`,
  followupMoved: (to) => `moved to ${to}`,
  followupHeld: 'held',
  followupCancelled: 'cancelled',
  followupAnswered: (on, what) => `answered the follow-up of the meeting ${on}: ${what}`,
  meetingNote: (on) => `wrote a note on the meeting ${on}`,
  promptAnswered: (answer, question, tertial) =>
    `answered “${answer}”${question ? ` about “${question}”` : ''}${tertial ? ` for ${tertial}` : ''}`,
  snoozed: (on) => `asked to be reminded again on ${on}`,
  reminded: (n, tertial) =>
    `reminded ${n} ${n === 1 ? 'person' : 'people'} of the status texts for ${tertial}`,
  commented: (tertial, text) => `commented for ${tertial} to the samordnare: “${text}”`,
  statusWritten: (text, what, tertial) =>
    what
      ? `wrote the status text “${text}” for ${what} (${tertial})`
      : `wrote the status text “${text}” for ${tertial}`,
  statistics: (tertial, category, count) => `entered statistics for ${tertial}: ${category} ${count}`,
  unpublished: (tertial) => `unpublished the follow-up of ${tertial}`,
  published: (tertial, n) => `published the follow-up of ${tertial} (${n} status text${n === 1 ? '' : 's'})`,
  areaCreated: (name) => `created the police area ${name}`,
  areaChanged: (name) => `changed the police area ${name}`,
  importUndone: (title) => `undid the import of “${title}”`,
  dashboardLink: 'made a link to the area dashboard',
  reportLink: (tertial) => `made a link to the report of ${tertial}`,
  demoLoaded: (title) => `loaded the demo data “${title}”`,
};
