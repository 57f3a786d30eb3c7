import type { tertialDueSv } from './tertial-due-sv.ts';

/** The English texts of the tertial whose status texts are due; see tertial-due-sv.ts. */
export const tertialDueEn: typeof tertialDueSv = {
  reportCommand: (kommun, tertial, year) => `/report ${kommun} T${tertial} ${year}`,
  reportDue: (ended, n, current) =>
    `${ended} lacks a status text for ${n} ${n === 1 ? 'activity' : 'activities'} – here it is.${current ? ` Current tertial: ${current}` : ''}`,
  endedYearShown: (kommun, year, ended) =>
    `${kommun} has no agreement for ${year} in Löftesbot yet – here is ${ended}.`,
  noAgreementOn: (kommun, day) => `${kommun} has no agreement in Löftesbot for ${day}.`,
  agreementEnded: (period, year) =>
    `The agreement ${period} was in force until 31 December ${year}; work from then is registered with its date.`,
  statisticsCommand: (kommun, tertial, year) => `/stats ${kommun} T${tertial} ${year}`,
  currentTertial: (command) => `Current tertial: ${command}`,
  endedYearShownArea: (area, year, ended) =>
    `No kommun in ${area} has an agreement for ${year} in Löftesbot yet – here is ${ended}.`,
  statusTextsMissing: (t, n) => `Without a status text for ${t} (${n})`,
  statusTextsWrite: (n, command) => `Write ${n === 1 ? 'it' : 'them'} with ${command}`,
  statusTextsWriter: (n, command) => `The samordnare writes ${n === 1 ? 'it' : 'them'} with ${command}`,
};
