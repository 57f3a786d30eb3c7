import { periodSpan } from '../../../domain/target.ts';
import type { SetupTexts } from './setup-sv.ts';

/** English texts for setting up a kommun (same keys as setup-sv.ts). */
export const setupEn: SetupTexts = {
  areaSaved: (name, kommuner) => `✅ ${name} is saved with ${kommuner}.`,
  areaUnknownKommun: (q) => `I can't find a kommun called “${q}”.`,
  areaExample: '/lofte admin area new "LPO Höglandet" Tranås Sävsjö Eksjö',
  firstAdmin: (person) =>
    `The database was empty, so you (${person}) are now administrator of every kommun and police area (alla).`,
  renewal: (kommun, from, to, lastDay, days) =>
    `📄 The agreement ${periodSpan(from, to)} of ${kommun} ends on ${lastDay} (in ${days} days)`,
  renewalText:
    'Time to prepare the next one: the local picture, promises and activities. Once it is signed, a samordnare imports it: send me the file (Word or text) in a direct message, or paste the text after /lofte import. The reminder stops once a later agreement is stored.',
  homeTitle: 'To set up next',
  homeArea: 'Create a police area: /lofte admin area new "LPO Höglandet" Tranås Sävsjö Eksjö',
  homeAgreement:
    'Import the agreement: send me the file in a direct message or paste the text after /lofte import',
  homeSeries: (kommun) =>
    `Create the meeting series: /meeting ${kommun} new tuesday 13:00 every 6 weeks from 2027-01-12`,
  homeSeriesButton: (kommun) => `New meeting series ${kommun}`,
  homeChannel: (kommun) => `Bind a channel: type /lofte admin bind ${kommun} in the channel`,
  homeChannelAsk: (kommun) =>
    `Bind a channel: ask an administrator to type /lofte admin bind ${kommun} in it`,
  homeRolesAsk: (kommun) => `Give roles: ask an administrator, e.g. /lofte admin role @name polis ${kommun}`,
  homeRoles: (kommun) => `Give roles: /lofte admin role @name samordnare ${kommun} (polis, kommun, chef …)`,
  nextStepsTitle: 'How a kommun gets going',
  nextSteps: (kommun) =>
    [
      `1. Police area: /lofte admin area new "LPO Höglandet" Tranås Sävsjö Eksjö`,
      `2. Agreement: send me the file (Word or text) in a direct message, paste the text after /lofte import, or on the server npx loftesbot import <file>, e.g. data/seeds/tranas-medborgarlofte-2023-2024.txt`,
      `3. Meetings: /meeting ${kommun} new tuesday 13:00 every 6 weeks from 2027-01-12 at Town hall`,
      `4. Channel: in the Slack or Teams channel, /lofte admin bind ${kommun}`,
      `5. Roles: /lofte admin role @anna samordnare ${kommun} (polis, kommun, samordnare, chef, admin)`,
    ].join('\n'),
};
