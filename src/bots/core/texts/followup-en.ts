import type { followupSv } from './followup-sv.ts';

/** The English texts of the meeting follow-up and of questions answered once (same keys as followup-sv.ts). */
export const followupEn: typeof followupSv = {
  question: (name, day) => `Was the collaboration meeting in ${name} on ${day} held?`,
  snoozedQuestion: (question) => `⏰ You asked to be reminded: ${question}`,
  text: 'The first answer counts for everyone who got the question. Yes logs the meeting as a collaboration meeting.',
  yes: '✅ Yes',
  no: '❌ No, cancelled',
  moved: '📅 Moved to …',
  note: '📝 Note',
  answerLabel: {
    held: 'Yes',
    cancelled: 'No, cancelled',
    moved: (day) => `Moved to ${day}`,
  },
  answered: (who, day, answer) => `✅ Answered by ${who} on ${day}: ${answer}`,
  already: (who, day, answer) => `Already answered by ${who} on ${day}: ${answer}`,
  alreadyMarked: {
    held: '✅ The meeting is marked as held.',
    cancelled: '🚫 The meeting is cancelled.',
    moved: (day) => `📅 The meeting is moved to ${day}.`,
  },
  noteLine: (note) => `📝 ${note}`,
  saved: (name, day, answer) => `✅ Saved for the collaboration meeting in ${name} on ${day}: ${answer}`,
  noteSaved: '📝 The note is saved with the meeting.',
  movedTitle: 'Moved to',
  noteTitle: 'Note',
  dateLabel: 'New date',
  dateHint: 'For example 12 Jan or 2027-01-12; a date without a year is the next such day.',
  noteLabel: 'Note (optional)',
  noteOnlyLabel: 'Note',
  noteHint: 'Stored with the meeting. Write no personal data.',
  badDate: (text) => `I cannot read the date “${text}”. Write for example 12 Jan or 2027-01-12.`,
  pastDate: (day) => `${day} has already passed — a meeting cannot be moved back in time. Nothing was saved.`,
  emptyNote: 'Write a note.',
  noteTooLong: (n) => `The note may be at most ${n} characters.`,
  missing: 'I cannot find that meeting any more (its series was removed). Nothing was saved.',
  forbidden: 'You cannot answer the follow-up of this meeting; the samordnare can. Nothing was saved.',
  questionAnswered: (who, day, what) => `Already answered by ${who} on ${day}: ${what}`,
  questionTooOld: 'This question is too old to answer with its button',
  questionTooOldText: (days, command) =>
    `A question's buttons work for ${days} days. Nothing was saved. Type the command again: ${command}`,
  notYourQuestion: (who) => `This question was put to ${who}; only they can answer it.`,
  notYourQuestionText: (command) =>
    `Nothing was saved and the question stays open. To do the same yourself, type ${command}`,
};
