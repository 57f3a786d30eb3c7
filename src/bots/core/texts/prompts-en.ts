import { countEn } from './count-prompts-en.ts';
import type { promptsSv } from './prompts-sv.ts';
import { tertialDueEn } from './tertial-due-en.ts';

/** The English texts of status prompts and tertial reminders (same keys as prompts-sv.ts). */
export const promptsEn: typeof promptsSv = {
  ...countEn,
  ...tertialDueEn,
  statusWriteOwn: '✍️ Write your own',
  writeOwnHeadline: (status: boolean) =>
    status
      ? 'Write the status in your own words: what is done and what remains.'
      : 'Write your answer in your own words.',
  writeOwnLabel: (status: boolean) => (status ? 'Status' : 'Answer'),
  writeOwnHint: (status: boolean) =>
    status
      ? 'For example: “Two walks in November, one more planned for December.”'
      : 'For example: “Done, we will raise it at the next collaboration meeting.”',
  statusOption: { Pågår: 'Ongoing', 'Ej genomfört': 'Not done' },
  statusFigures: (n, target, t) =>
    target === null ? `${n} logged in ${t}` : `${n} logged in ${t} · target ${target}`,
  statusAnswered: (who, day, answer) => `✅ Answered by ${who} on ${day}: ${answer}`,
  statusPromptHint: (t) =>
    `The answer becomes the activity's status text for ${t}. The first answer counts for everyone; the rest can be answered later.`,
  statusSaved: (activity, t, answer) => `✅ Saved as the status text of “${activity}”, ${t}: ${answer}`,
  statusAlreadyWritten: (activity, t, who, day, text) =>
    `“${activity}” already has a status text for ${t}, written by ${who} on ${day}: “${text}”. Nothing was changed.`,
  statusChangeIt: (kommun) => `To change it, type /report ${kommun}.`,
  activityGone: (kommun) => `The activity is no longer in the agreement for ${kommun}.`,
  activityGoneText: (activity, kommun) =>
    `${activity ? `The question was about “${activity}”, which was removed or replaced when the agreement changed. ` : ''}Nothing has been saved. The activities in force are in /status ${kommun}.`,
  tertialNudge: (name, t) =>
    `🔔 Reminder: the ${t} follow-up in ${name} is overdue — please write the missing status texts`,
  nudgeBy: (person) => `Reminder sent by ${person}.`,
  responsibleRole: { polis: 'the police', kommun: 'the kommun', gemensam: 'police and kommun' },
  responsibleWho: (party, people) => `responsible: ${party}${people ? ` (${people})` : ''}`,
  nobodyResponsible: 'nobody holds the role yet',
  remindThem: 'Remind them',
  openDashboard: 'Area dashboard',
  remindSent: (whom, name, t) =>
    `🔔 The reminder about ${t} in ${name} goes out within a minute to ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(whom.map((w) => w ?? 'the channel'))}.`,
  remindAlready: (name, t) =>
    `Those responsible for ${t} in ${name} have already been reminded today. You can remind them again tomorrow.`,
  remindNothing: (name, t) => `Every activity in ${name} has a status text for ${t}. Nobody is reminded.`,
  remindNobody: (name) =>
    `Nobody holds the polis, kommun or samordnare role for ${name}, and no channel is bound. Nobody is reminded.`,
  remindUnavailable: 'Reminders cannot be sent from here. Nothing was sent.',
};
