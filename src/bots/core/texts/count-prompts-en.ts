import type { countSv } from './count-prompts-sv.ts';

/** The English texts of count prompts, comments, the prompt's log form and snooze (same keys as the Swedish). */
export const countEn: typeof countSv = {
  countRegistered: 'Logged',
  countFigures: (what, kommun, signed) => `${what} in ${kommun}: ${signed}`,
  countIntro: (t) =>
    `Your figures so far for ${t}. Log what is missing, or leave a comment for the coordinator — it is shown when the follow-up is written.`,
  logButton: '➕ Log activity',
  commentButton: '💬 Comment to the coordinator',
  commentChange: '💬 Change the comment',
  yourComment: (text) => `💬 Your comment: ${text}`,
  commentLine: (who, text) => `💬 ${who}: ${text}`,
  commentsTitle: (t) => `Comments to the coordinator, ${t}`,
  commentFormTitle: 'Comment',
  commentHint: (n) =>
    `At most ${n} characters. The coordinator sees it; it is never public. A new comment replaces your earlier one.`,
  commentSaved: (activity, t, text) =>
    `✅ Your comment to the coordinator is saved (${activity}, ${t}): ${text}`,
  commentReplaced: 'It replaced your earlier comment.',
  commentEmpty: 'Write a few words, or close the form.',
  logFormTitle: 'Log activity',
  logCount: 'Count',
  logDate: 'Date (empty = today)',
  logNote: 'Note (optional)',
  logBadCount: 'Write a whole number from 1, e.g. 3.',
  logBadDate: 'Write a date such as today, yesterday, 5 Dec or 2026-12-05 (not in the future).',
  logDateUntil: (year) => `Date (at the latest 31 Dec ${year})`,
  logAfterAgreement: (year, period) =>
    `Write the day the work was done, at the latest 31 Dec ${year} (the agreement ${period}).`,
  logBeforeAgreement: (year, period) =>
    `Write the day the work was done, at the earliest 1 Jan ${year} (the agreement ${period}).`,
  snoozeNext: (day) => `⏰ Remind me on ${day} at 09:00`,
  snoozeChoose: '📅 Remind me another day…',
  snoozeFormTitle: 'Remind me later',
  snoozeDay: (lastDay) => `Which day? (at the latest ${lastDay})`,
  snoozeDayHint: 'E.g. Friday, 14 Dec or 2026-12-14. The reminder comes at 09:00.',
  snoozeSet: (when) => `⏰ I'll remind you on ${when} at 09:00.`,
  snoozeAlready: (when) => `You already have a reminder on ${when} at 09:00.`,
  snoozeBadDate: 'Write a day such as Friday, 14 Dec or 2026-12-14.',
  snoozeNotAfterToday: 'Choose a day after today.',
  snoozeAfterDeadline: (lastDay) => `Choose a day no later than ${lastDay}, the last day of the tertial.`,
  snoozeBeforeOverdue: (lastDay) =>
    `Choose a day no later than ${lastDay}, before the chef is told which status texts are missing.`,
  snoozeHeadline: (name, t, lastDay, ended = false) =>
    `⏰ You asked to be reminded: the ${t} follow-up in ${name} — ${ended ? 'the tertial ended on' : 'last day'} ${lastDay}`,
  countAnswerHeadline: (typed: string) => `“${typed}” — which activity is it for?`,
  countAnswerPress:
    'Nothing is stored yet. Press the activity and I register it — the reply shows the day and count, with Undo.',
  countAnswerNoChoice: 'A count needs an activity and a kommun. Nothing is stored.',
  countAnswerButton: (count: number, what: string) => `➕ ${count} × ${what}`,
};
