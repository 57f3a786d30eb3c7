/**
 * The Swedish texts of the tertial whose status texts are due (spread into prompts-sv.ts): `/rapportera` opening the
 * tertial just ended, and `/status` naming the activities still without a status text.
 */
export const tertialDueSv = {
  /** The command that opens a tertial's follow-up form, in the reader's language. */
  reportCommand: (kommun: string, tertial: number, year: number) =>
    `/rapportera ${kommun} T${tertial} ${year}`,
  reportDue: (ended: string, n: number, current: string | null) =>
    `${ended} saknar lägestext för ${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'} – här är den.${current ? ` Nuvarande tertial: ${current}` : ''}`,
  endedYearShown: (kommun: string, year: number, ended: number) =>
    `${kommun} har inget medborgarlöfte för ${year} i Löftesbot ännu – här är ${ended}.`,
  noAgreementOn: (kommun: string, day: string) =>
    `${kommun} har inget medborgarlöfte i Löftesbot för ${day}.`,
  agreementEnded: (period: string, year: number) =>
    `Medborgarlöftet ${period} gällde till och med 31 december ${year}; arbete från den tiden registreras med dess datum.`,
  statisticsCommand: (kommun: string, tertial: number, year: number) =>
    `/statistik ${kommun} T${tertial} ${year}`,
  currentTertial: (command: string) => `Nuvarande tertial: ${command}`,
  endedYearShownArea: (area: string, year: number, ended: number) =>
    `Ingen kommun i ${area} har ett medborgarlöfte för ${year} i Löftesbot ännu – här är ${ended}.`,
  statusTextsMissing: (t: string, n: number) => `Saknar lägestext för ${t} (${n})`,
  statusTextsWrite: (n: number, command: string) => `Skriv ${n === 1 ? 'den' : 'dem'} med ${command}`,
  statusTextsWriter: (n: number, command: string) =>
    `Samordnaren skriver ${n === 1 ? 'den' : 'dem'} med ${command}`,
};
