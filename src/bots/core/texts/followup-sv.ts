/**
 * The Swedish texts of the meeting follow-up ("Hölls samverkansmötet i Sävsjö 5 jan?") and of questions answered
 * once ("Redan besvarat av …"); `t.followup` in sv.ts.
 */
export const followupSv = {
  question: (name: string, day: string) => `Hölls samverkansmötet i ${name} ${day}?`,
  snoozedQuestion: (question: string) => `⏰ Du bad om en påminnelse: ${question}`,
  text: 'Den som svarar först svarar för alla som fick frågan. Ja registrerar mötet som ett samverkansmöte.',
  yes: '✅ Ja',
  no: '❌ Nej, inställt',
  moved: '📅 Flyttat till …',
  note: '📝 Anteckning',
  answerLabel: {
    held: 'Ja',
    cancelled: 'Nej, inställt',
    moved: (day: string) => `Flyttat till ${day}`,
  },
  answered: (who: string, day: string, answer: string) => `✅ Besvarat av ${who} ${day}: ${answer}`,
  already: (who: string, day: string, answer: string) => `Redan besvarat av ${who} ${day}: ${answer}`,
  alreadyMarked: {
    held: '✅ Mötet är markerat som genomfört.',
    cancelled: '🚫 Mötet är inställt.',
    moved: (day: string) => `📅 Mötet är flyttat till ${day}.`,
  },
  noteLine: (note: string) => `📝 ${note}`,
  saved: (name: string, day: string, answer: string) =>
    `✅ Sparat för samverkansmötet i ${name} ${day}: ${answer}`,
  noteSaved: '📝 Anteckningen är sparad med mötet.',
  movedTitle: 'Flyttat till',
  noteTitle: 'Anteckning',
  dateLabel: 'Nytt datum',
  dateHint: 'Till exempel 12 jan eller 2027-01-12; ett datum utan år är nästa sådana dag.',
  noteLabel: 'Anteckning (valfri)',
  noteOnlyLabel: 'Anteckning',
  noteHint: 'Sparas med mötet. Skriv inga personuppgifter.',
  badDate: (text: string) =>
    `Jag förstår inte datumet ”${text}”. Skriv till exempel 12 jan eller 2027-01-12.`,
  pastDate: (day: string) =>
    `${day} har redan varit — ett möte kan inte flyttas bakåt i tiden. Ingenting har sparats.`,
  emptyNote: 'Skriv en anteckning.',
  noteTooLong: (n: number) => `Anteckningen får vara högst ${n} tecken.`,
  missing: 'Jag hittar inte det mötet längre (serien är borttagen). Ingenting har sparats.',
  forbidden:
    'Du kan inte svara på uppföljningen av det här mötet; det kan samordnaren. Ingenting har sparats.',
  questionAnswered: (who: string, day: string, what: string) => `Redan besvarat av ${who} ${day}: ${what}`,
  questionTooOld: 'Frågan är för gammal för att besvaras med knappen',
  questionTooOldText: (days: number, command: string) =>
    `Knapparna i en fråga gäller i ${days} dagar. Ingenting har sparats. Skriv kommandot igen: ${command}`,
  notYourQuestion: (who: string) => `Frågan ställdes till ${who} — bara hen kan svara på den.`,
  notYourQuestionText: (command: string) =>
    `Ingenting har sparats och frågan står kvar. Vill du själv göra detsamma, skriv ${command}`,
};
