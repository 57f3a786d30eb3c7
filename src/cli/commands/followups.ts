import { MAX_REASON_LENGTH } from '../../domain/corrections.ts';
import { eraseStatusText } from '../../domain/status-erasure.ts';
import type { TertialNumber } from '../../domain/types.ts';
import { type CliCommand, CliError, subcommandArgs } from '../command.ts';
import { cliActor } from '../operator.ts';

const HELP = `Usage:
  npx loftesbot followups erase-text <kommun> <T1-T3> <year> <activity nr> --reason "<why>"

erase-text: erases a status text (lägestext) that holds personal data — from every stored version of the activity's
tertial, its audit entries, a prompt answer and a stored reply that held it, and from the public page; the follow-up
keeps its place and count and reads "(lägestexten är raderad)"; publishing skips it. Audited with the reason (at most
${MAX_REASON_LENGTH} characters), never with the text, as cli:<your user name>. The activity number is the one /status shows.
Example: npx loftesbot followups erase-text Sävsjö T2 2026 3 --reason "Hälsouppgifter i lägestexten"`;

const USAGE =
  'erase-text behöver <kommun> <T1–T3> <år> <aktivitetsnr> och --reason ”<skäl>”, t.ex. followups erase-text Sävsjö T2 2026 3 --reason ”Hälsouppgifter i lägestexten”';

export const followupsCommand: CliCommand = {
  name: 'followups',
  summary: 'erase a status text that holds personal data (erase-text)',
  help: HELP,
  async run(args, env) {
    const { rest, values } = subcommandArgs(
      'followups',
      args,
      ['erase-text'],
      { reason: { type: 'string' } },
      'erase-text Sävsjö T2 2026 3 --reason ”Hälsouppgifter i lägestexten”',
    );
    if (rest.length < 4 || values.reason === undefined) throw new CliError(USAGE, 2);
    const [tertialText, yearText, numberText] = rest.slice(-3) as [string, string, string];
    const query = rest.slice(0, -3).join(' ');
    const tertial = /^t([123])$/i.exec(tertialText)?.[1];
    if (!tertial) throw new CliError(`tertialet skrivs T1, T2 eller T3, inte ”${tertialText}”. ${USAGE}`, 2);
    if (!/^\d{4}$/.test(yearText))
      throw new CliError(`året skrivs med fyra siffror, t.ex. 2026, inte ”${yearText}”`, 2);
    const activityNumber = Number(numberText);
    if (!/^\d+$/.test(numberText) || activityNumber < 1)
      throw new CliError(`aktivitetens nummer (som i /status) är 1 eller mer, inte ”${numberText}”`, 2);
    const ctx = await env.openContext();
    try {
      const found = ctx.register.lookup(query);
      if (found.kind !== 'found') throw new CliError(`hittar ingen kommun som heter ”${query}”`, 1);
      const municipality = found.municipality;
      const year = Number(yearText);
      const ref = { year, tertial: Number(tertial) as TertialNumber };
      const result = await eraseStatusText({ ...ctx, zone: ctx.config.timezone }, cliActor(env), {
        municipality,
        tertial: ref,
        activityNumber,
        reason: values.reason,
      });
      const when = `T${tertial} ${year}`;
      if (!result.ok) {
        const errors: Record<typeof result.error, string> = {
          'no-reason': 'ange ett skäl med --reason, t.ex. --reason "Hälsouppgifter i lägestexten"',
          forbidden: 'saknar behörighet',
          'reason-too-long': `skälet får vara högst ${MAX_REASON_LENGTH} tecken`,
          'personal-number':
            'skälet innehåller personuppgifter (ett personnummer, ett telefonnummer, en e-postadress eller ett namn); skriv utan personuppgifter, t.ex. --reason "Hälsouppgifter i lägestexten"',
          'no-agreement': `${municipality.name} har inget medborgarlöfte för ${year} i Löftesbot (agreements show ${municipality.name})`,
          'unknown-activity': `${municipality.name} har ingen aktivitet ${activityNumber} i medborgarlöftet för ${year} (agreements show ${municipality.name} --year ${year})`,
          'no-text': `aktivitet ${activityNumber} i ${municipality.name} har ingen lägestext för ${when}`,
          'already-erased': `lägestexten för aktivitet ${activityNumber}, ${when} i ${municipality.name} är redan raderad`,
        };
        throw new CliError(errors[result.error], 1);
      }
      env.io.out(
        `Tog bort lägestexten för aktivitet ${activityNumber} ”${result.activityText}”, ${when} i ${municipality.name} (${result.versions} ${result.versions === 1 ? 'version' : 'versioner'}) — ur uppföljningen, historiken, de sparade svaren och den publika sidan. Tertialet visar ”(lägestexten är raderad)” och saknar lägestext igen: påminnelserna ber om en ny, som skrivs med /rapportera ${municipality.name} ${when}.`,
      );
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
