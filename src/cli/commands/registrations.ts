import { correctRegistration, listRegistrations, MAX_REASON_LENGTH } from '../../domain/corrections.ts';
import { eraseNote } from '../../domain/note-erasure.ts';
import { type CliCommand, CliError, needsWords, subcommandArgs } from '../command.ts';
import { cliActor } from '../operator.ts';

const HELP = `Usage:
  npx loftesbot registrations list <kommun> [--activity <n>] [--json]
  npx loftesbot registrations void <id> --reason "<why>"
  npx loftesbot registrations erase-note <id> --reason "<why>"

list: the latest registrations of the kommun's medborgarlöfte in force, newest day first, each with its short id
(the first 8 characters of its id); --activity limits to one activity (its number in /status).
void: voids a registration at any time (after the 24 hours of Ångra), with a reason of at most ${MAX_REASON_LENGTH} characters;
the registration stays, struck out, and the correction is in the audit log as cli:<your user name>. Public pages
change only when the tertial is published again.
erase-note: erases a note that holds personal data — from the registration, its audit entries and the stored reply
that quoted it; the registration, its count and day stay; audited with the reason, never with the note.
Example: npx loftesbot registrations void 3f2a9c1e --reason "Dubbelregistrerad"
         npx loftesbot registrations erase-note 3f2a9c1e --reason "Personuppgifter i anteckningen"`;

export const registrationsCommand: CliCommand = {
  name: 'registrations',
  summary:
    'list registrations with short ids, void one, erase a note with personal data (list | void | erase-note)',
  help: HELP,
  async run(args, env) {
    const { sub, rest, values } = subcommandArgs('registrations', args, ['list', 'void', 'erase-note'], {
      activity: { type: 'string' },
      reason: { type: 'string' },
      json: { type: 'boolean' },
    });
    const reasonExample = sub === 'void' ? 'Dubbelregistrerad' : 'Personuppgifter i anteckningen';
    if (sub !== 'list' && (rest.length !== 1 || !values.reason))
      throw needsWords(
        'registrations',
        sub,
        '<id> och --reason ”<skäl>”',
        `3f2a9c1e --reason ”${reasonExample}”`,
      );
    if (sub === 'list' && rest.length === 0) throw needsWords('registrations', sub, '<kommun>', 'Tranås');
    const activity = values.activity === undefined ? null : Number(values.activity);
    if (activity !== null && (!Number.isInteger(activity) || activity < 1))
      throw new CliError('--activity: aktivitetens nummer, 1 eller mer', 2);
    const ctx = await env.openContext();
    try {
      const deps = { ...ctx, zone: ctx.config.timezone };
      if (sub === 'erase-note') {
        const result = await eraseNote(deps, cliActor(env), rest[0] ?? '', values.reason ?? '');
        if (!result.ok)
          throw new CliError(
            result.error === 'no-note' ? 'registreringen har ingen anteckning' : VOID_ERRORS[result.error],
            1,
          );
        const r = result.registration;
        env.io.out(
          `Tog bort anteckningen i registreringen ${r.id} (${r.occurredOn}, antal ${r.count}) — ur registreringen, historiken och det sparade svaret.`,
        );
        return 0;
      }
      if (sub === 'void') {
        const actor = cliActor(env);
        const result = await correctRegistration(deps, actor, null, rest[0] ?? '', values.reason ?? '');
        if (!result.ok) throw new CliError(VOID_ERRORS[result.error], 1);
        const r = result.registration;
        env.io.out(`Makulerade registreringen ${r.id} (${r.occurredOn}, antal ${r.count}).`);
        return 0;
      }
      const query = rest.join(' ');
      const found = ctx.register.lookup(query);
      if (found.kind !== 'found') throw new CliError(`hittar ingen kommun som heter ”${query}”`, 1);
      const result = await listRegistrations(deps, null, found.municipality, activity);
      if (!result.ok)
        throw new CliError(
          result.error === 'unknown-activity'
            ? `${found.municipality.name} har ingen aktivitet ${activity}`
            : `${found.municipality.name} har inget medborgarlöfte som gäller nu`,
          1,
        );
      if (values.json) {
        env.io.out(
          JSON.stringify(
            result.rows.map((r) => ({ shortId: r.shortId, ...r.registration })),
            null,
            2,
          ),
        );
      } else if (result.rows.length === 0) {
        env.io.out(`Inga registreringar för ${found.municipality.name}.`);
      } else {
        for (const r of result.rows)
          env.io.out(
            [
              r.shortId,
              r.registration.occurredOn,
              r.registration.count,
              `${r.activityNumber}. ${r.activity.text}`,
              r.registration.actor,
            ].join('\t'),
          );
      }
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

const VOID_ERRORS: Record<
  Exclude<Awaited<ReturnType<typeof correctRegistration>>, { ok: true }>['error'],
  string
> = {
  'not-found': 'hittar ingen registrering med det id:t (ange minst 8 tecken, som i registrations list)',
  ambiguous: 'flera registreringar börjar så; ange fler tecken av id:t',
  'no-reason': 'ange ett skäl med --reason',
  'reason-too-long': `skälet får vara högst ${MAX_REASON_LENGTH} tecken`,
  'personal-number':
    'skälet innehåller personuppgifter (ett personnummer, ett telefonnummer, en e-postadress eller ett namn); skriv utan personuppgifter, t.ex. --reason "fel antal, ska vara 2"',
  'already-voided': 'registreringen är redan makulerad',
  forbidden: 'du får inte makulera den registreringen',
};
