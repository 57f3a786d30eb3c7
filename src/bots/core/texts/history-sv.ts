/**
 * /lofte historik in words for the meeting series, a meeting's follow-up and note, the tertial prompts and the other
 * entries that say what they concerned (handlers/history-more.ts picks the values): "gav mötesserien uppehåll 15 jun
 * 2027–15 aug 2027", "svarade ”Pågår” om ”Trygghetsvandringar” för T3 2026". Swedish quotes ”…”.
 */
export const historySv = {
  rhythm: (weeks: number, time: string) =>
    `${weeks === 1 ? 'varje vecka' : `var ${weeks}:e vecka`} kl. ${time}`,
  eraseNote: (id: string, reason: string) => `tog bort anteckningen i registreringen ${id}: ${reason}`,
  eraseText: (at: string, reason: string) => `tog bort lägestexten för aktivitet ${at}: ${reason}`,
  roles: (n: number) => `${n} ${n === 1 ? 'roll' : 'roller'}`,
  name: 'namn',
  lang: 'språkval',
  personalChat: 'personlig chatt',
  and: 'och',
  personRemoved: (id: string, list: string) => `tog bort det som sparats om ${id}, som slutat: ${list}`,
  seriesCreated: (rhythm: string, from: string) => `skapade mötesserien: ${rhythm} från ${from}`,
  seriesChanged: (from: string, rhythm: string) => `ändrade mötesserien från ${from}: ${rhythm}`,
  seriesPaused: (span: string, n: number) =>
    `gav mötesserien uppehåll ${span} (${n} möte${n === 1 ? '' : 'n'} inställda)`,
  seriesEnded: (on: string) => `avslutade mötesserien: inga möten från och med ${on}`,
  meetingRestored: (on: string) => `återställde mötet ${on}`,
  followupMoved: (to: string) => `flyttat till ${to}`,
  followupHeld: 'hållet',
  followupCancelled: 'inställt',
  followupAnswered: (on: string, what: string) => `svarade på uppföljningen av mötet ${on}: ${what}`,
  meetingNote: (on: string) => `skrev en anteckning om mötet ${on}`,
  promptAnswered: (answer: string, question: string | null, tertial: string | null) =>
    `svarade ”${answer}”${question ? ` om ”${question}”` : ''}${tertial ? ` för ${tertial}` : ''}`,
  snoozed: (on: string) => `bad att bli påmind igen ${on}`,
  reminded: (n: number, tertial: string) =>
    `påminde ${n} ${n === 1 ? 'person' : 'personer'} om lägestexterna för ${tertial}`,
  commented: (tertial: string, text: string) => `kommenterade ${tertial} till samordnaren: ”${text}”`,
  statusWritten: (text: string, what: string | null, tertial: string) =>
    what
      ? `skrev lägestexten ”${text}” för ${what} (${tertial})`
      : `skrev lägestexten ”${text}” för ${tertial}`,
  statistics: (tertial: string, category: string, count: string) =>
    `förde in statistik för ${tertial}: ${category} ${count}`,
  unpublished: (tertial: string) => `avpublicerade uppföljningen för ${tertial}`,
  published: (tertial: string, n: number) =>
    `publicerade uppföljningen för ${tertial} (${n} lägestext${n === 1 ? '' : 'er'})`,
  areaCreated: (name: string) => `skapade polisområdet ${name}`,
  areaChanged: (name: string) => `ändrade polisområdet ${name}`,
  importUndone: (title: string) => `ångrade importen av ”${title}”`,
  dashboardLink: 'skapade en länk till områdets översikt',
  reportLink: (tertial: string) => `skapade en länk till rapporten för ${tertial}`,
  demoLoaded: (title: string) => `läste in demodata ”${title}”`,
};

export type HistoryTexts = typeof historySv;
