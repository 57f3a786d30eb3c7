import { clockTime } from '../../../domain/clock-time.ts';
/** The Swedish texts of the reminders: meeting reminders and their agenda, tertial reminders, overdue notices. */
export const remindersSv = {
  lateReminder: '⏰ Försenad påminnelse',
  meetingReminder: (name: string, day: string, time: string, days: number) =>
    `📅 Samverkansmöte i ${name} ${day} kl. ${clockTime(time, 'sv')}${days > 0 ? ` (om ${days} dag${days === 1 ? '' : 'ar'})` : ''}`,
  agendaTitle: 'Att ta upp',
  agendaBehind: 'efter målet',
  agendaBehindFigures: (done: number, target: number) => `efter målet (${done} av ${target})`,
  agendaNoStatus: 'saknar lägestext',
  agendaNoStatusFor: (tertial: string) => `saknar lägestext för ${tertial}`,
  tertialReminder: (name: string, t: string, lastDay: string, days: number) =>
    `📝 Dags för uppföljning ${t} i ${name} — sista dag ${lastDay} (om ${days} dag${days === 1 ? '' : 'ar'})`,
  tertialOverdue: (name: string, t: string) => `⏰ Uppföljningen ${t} i ${name} är försenad`,
  missingTitle: (n: number) => `${n} aktivitet${n === 1 ? '' : 'er'} saknar lägestext`,
};
