import type { Lang } from '../../core/reply.ts';

/**
 * The few sentences only the Slack adapter says (everything else comes from the chat core's replies):
 * what happens when Slack's 3-second windows close, and the App Home's frame.
 */
export interface SlackTexts {
  readonly formExpired: string;
  /** The same, after a button press. */
  readonly formExpiredPress: string;
  readonly formFailed: string;
  readonly moreParts: (shown: number, total: number) => string;
  readonly formSavedTitle: string;
  readonly formErrorsHeadline: string;
  readonly homeMore: (n: number) => string;
  /** The upload's caption: the report's title and the formats of its files ("Excel, HTML och Markdown"). */
  readonly reportReady: (kommun: string, formats: readonly string[]) => string;
  /** The upload was refused where the command was typed: the bot is not in that channel or conversation. */
  readonly documentsNotHere: string;
  /** Any other failure of the upload (logged with Slack's error code). */
  readonly documentsFailed: string;
  readonly documentsUnavailable: string;
  readonly formButtonHeadline: (title: string) => string;
  readonly formButton: string;
}

const sv: SlackTexts = {
  formExpired: 'Formuläret hann inte öppnas (Slack väntar bara 3 sekunder). Skicka kommandot igen.',
  formExpiredPress: 'Formuläret hann inte öppnas (Slack väntar bara 3 sekunder). Tryck på knappen igen.',
  formFailed: 'Formuläret kunde inte öppnas. Ingenting har sparats.',
  moreParts: (shown, total) =>
    `Svaret är för långt för Slack: ${shown} av ${total} delar visas. Hela rapporten får du med \`dokument\`.`,
  formSavedTitle: 'Sparat',
  formErrorsHeadline: 'Formuläret sparades inte',
  homeMore: (n) => `… och ${n} kommuner till. Skriv \`/status <kommun>\`.`,
  reportReady: (kommun, formats) =>
    `Uppföljningsrapporten för ${kommun}: ${new Intl.ListFormat('sv', { type: 'conjunction' }).format(formats)}`,
  documentsNotHere:
    'Rapportdokumenten kunde inte laddas upp här: Löftesbot är inte med i den här kanalen. Ladda ner dem med knapparna ovan, eller bjud in Löftesbot (/invite @loftesbot) och skriv kommandot igen.',
  documentsFailed: 'Rapportdokumenten kunde inte laddas upp just nu. Ladda ner dem med knapparna ovan.',
  documentsUnavailable:
    'Dokument finns för en kommun med ett medborgarlöfte det året: `/sammanfattning <kommun> [T1|T2|T3] [år] dokument`.',
  formButtonHeadline: (title) => `Formuläret ”${title}” öppnas när du trycker på knappen.`,
  formButton: 'Öppna formuläret',
};

const en: SlackTexts = {
  formExpired:
    'The form could not be opened in time (Slack waits only 3 seconds). Please send the command again.',
  formExpiredPress:
    'The form could not be opened in time (Slack waits only 3 seconds). Please press the button again.',
  formFailed: 'The form could not be opened. Nothing was saved.',
  moreParts: (shown, total) =>
    `The answer is too long for Slack: ${shown} of ${total} parts shown. Use \`dokument\` for the full report.`,
  formSavedTitle: 'Saved',
  formErrorsHeadline: 'The form was not saved',
  homeMore: (n) => `… and ${n} more kommuner. Type \`/status <kommun>\`.`,
  reportReady: (kommun, formats) =>
    `The follow-up report for ${kommun}: ${new Intl.ListFormat('en', { type: 'conjunction' }).format(formats)}`,
  documentsNotHere:
    'The report documents could not be uploaded here: Löftesbot is not in this channel. Download them with the buttons above, or invite Löftesbot (/invite @loftesbot) and send the command again.',
  documentsFailed:
    'The report documents could not be uploaded just now. Download them with the buttons above.',
  documentsUnavailable:
    'Documents exist for a kommun with an agreement that year: `/summary <kommun> [T1|T2|T3] [year] dokument`.',
  formButtonHeadline: (title) => `The form “${title}” opens when you press the button.`,
  formButton: 'Open the form',
};

export function slackTexts(lang: Lang): SlackTexts {
  return lang === 'en' ? en : sv;
}
