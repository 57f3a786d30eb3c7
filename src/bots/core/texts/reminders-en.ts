import { clockTime } from '../../../domain/clock-time.ts';
import type { remindersSv } from './reminders-sv.ts';

/** English texts of the reminders (same keys as reminders-sv.ts). */
export const remindersEn: typeof remindersSv = {
  lateReminder: '⏰ Late reminder',
  meetingReminder: (name, day, time, days) =>
    `📅 Collaboration meeting in ${name} on ${day} at ${clockTime(time, 'en')}${days > 0 ? ` (in ${days} day${days === 1 ? '' : 's'})` : ''}`,
  agendaTitle: 'On the agenda',
  agendaBehind: 'behind target',
  agendaBehindFigures: (done, target) => `behind target (${done} of ${target})`,
  agendaNoStatus: 'no status text',
  agendaNoStatusFor: (tertial) => `no status text for ${tertial}`,
  tertialReminder: (name, t, lastDay, days) =>
    `📝 Time for the ${t} follow-up in ${name} — due ${lastDay} (in ${days} day${days === 1 ? '' : 's'})`,
  tertialOverdue: (name, t) => `⏰ The ${t} follow-up in ${name} is overdue`,
  missingTitle: (n) => `${n} activit${n === 1 ? 'y has' : 'ies have'} no status text`,
};
