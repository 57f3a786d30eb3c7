import type { SharingTexts } from './sharing-sv.ts';

/** The English texts of publishing, the dashboard link and report links (same keys as sharing-sv.ts). */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const sharingEn: SharingTexts = {
  publishWhat: 'publish the follow-up',
  published: (kommun, t) => `🌐 The ${t} follow-up for ${kommun} is published`,
  publishedText: (withText, withoutText) =>
    `${plural(withText, 'status text is', 'status texts are')} now on the public page.${
      withoutText > 0
        ? ` ${plural(withoutText, 'activity has', 'activities have')} no status text and ${withoutText === 1 ? 'is' : 'are'} shown without one.`
        : ''
    }`,
  alreadyPublished: 'All of it was already published.',
  unpublished: (kommun, t) => `The ${t} follow-up for ${kommun} is no longer published`,
  unpublishedText: (n) => `${plural(n, 'status text is', 'status texts are')} no longer on the public page.`,
  alreadyUnpublished: 'None of it was published.',
  republishHint: (command) => `Publish it again with ${command}.`,
  laterTextsHint: 'A status text written after publishing shows only when you publish again.',
  openPublicPage: 'Open the public page',
  publishFuture: (t, publish = true) =>
    `${t} has not begun yet, so there is nothing to ${publish ? 'publish' : 'unpublish'}.`,
  publishNoStatus: (kommun, t) => `${kommun} has no status texts for ${t} to publish.`,
  unpublishNoStatus: (kommun, t) =>
    `${kommun} has no status texts for ${t}, so there is nothing to unpublish.`,
  writeFirst: (command) => `Write them first with ${command}.`,
  publishButton: (t) => `🌐 Publish ${t}`,
  publishBlocked: (kommun, t) => `The ${t} follow-up for ${kommun} cannot be published yet`,
  publishBlockedText:
    "Some texts hold details that could identify a person. Change them first (status texts with Edit, an activity's text as said below); nothing has been published.",
  publishConfirm: (kommun, t) => `Check the ${t} follow-up for ${kommun} before it is published`,
  publishConfirmText:
    'Some status texts mention an age or a street address. Publish anyway if no individual can be singled out, otherwise edit the text. Nothing has been published yet.',
  publishFinding: (activity, rules) => `• ${activity}: ${rules}`,
  publishTextFinding: (part, n, text, rules, kommun) =>
    part === 'activity'
      ? `• Activity ${n}, “${text}”: ${rules}. The text is shown on the public page; give the activity a name without personal data and the page shows that instead: /lofte agreement ${kommun} ${n} name <text>`
      : part === 'promise'
        ? `• Promise ${n}, “${text}”: ${rules}. The promise's text is not shown on the public page until it is reworded: /lofte agreement ${kommun} promise ${n} <text>`
        : `• The title “${text}”: ${rules}. The page shows “Medborgarlöfte” and the period instead until it is reworded: /lofte agreement ${kommun} title <text>`,
  publishRule: {
    personnummer: 'a personal identity number',
    phone: 'a phone number',
    email: 'an e-mail address',
    'named-person': "a person's name (next to suspected, arrested, taken into custody, contact or the like)",
    'small-count': 'a small count (shown as “fewer than 5”)',
    age: 'an age',
    'street-address': 'a street address',
    plate: 'a registration number',
  },
  publishAnyway: 'Publish anyway',
  editTexts: 'Edit',

  linkHeadline: (area) => `🔗 Link to the dashboard of ${area}`,
  validUntil: (when) => `Valid until ${when}.`,
  linkText:
    'Anyone with the link can see the dashboard without logging in. Share it only with those who should.',
  openDashboard: 'Open the dashboard',
  linksUnavailable:
    'This installation of Löftesbot cannot make links (it runs without web pages). Nothing was saved.',
  linkNeedsArea: (name) => `The link opens a police area's dashboard, and ${name} is not a police area.`,
  linkNeedsAreaText:
    'The dashboard shows every kommun of the area side by side, the one furthest behind first.',
  unknownArea: (q) => `I can't find a police area called “${q}”.`,

  documentsTitle: 'Documents',
  documentsText: (t, when) =>
    `The ${t} follow-up as HTML (for print), Markdown or Excel. The links are valid until ${when}.`,
  download: (format) => `Download ${format}`,
  documentsNeedKommun: (name) =>
    `The documents are one kommun's follow-up, and ${name} is not a kommun. Ask for one kommun at a time.`,
  documentsNotStarted: (t) => `There is no report for ${t} yet: the tertial has not begun.`,
  documentsUnavailable:
    'The documents cannot be linked from this installation (it runs without web pages). On the server: npx loftesbot report <kommun>.',
  linkClicked: 'The link opens in your browser.',
  windowWords: (place, words) =>
    `After ${place} you can type T1, T2 or T3, a year (2025), this year, last tertial, last year or period${
      words === 'status'
        ? ''
        : words === 'kommun'
          ? ', and document (the report)'
          : `, and document (the report, one kommun at a time)${words === 'area' ? ' or link (the dashboard)' : ''}`
    }.`,
};
