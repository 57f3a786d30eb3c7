import { personId } from '../../domain/admin.ts';
import { type PersonRecord, personRecord, removePerson } from '../../domain/offboarding.ts';
import { scopeName } from '../../domain/scope.ts';
import { type CliCommand, CliError, needsWords, subcommandArgs } from '../command.ts';
import { cliActor } from '../operator.ts';

const HELP = `Usage:
  npx loftesbot person show <person> [--json]
  npx loftesbot person remove <person>

A person is slack:<user id>, teams:<Entra object id> or console:<name>.
show: what the bot keeps about the person — roles, the name their platform reported, their language choice, the
address of their personal chat with the bot.
remove: when someone leaves — removes all of that (each role audited; the last admin over alla is refused). What they
did (registrations, status texts, answers, the audit trail) is the official record and stays, under their id.
Example: npx loftesbot person show slack:U024BE7LH
         npx loftesbot person remove slack:U024BE7LH`;

const BAD_PERSON = (p: string) =>
  `”${p}” är ingen person; skriv slack:<användar-id>, teams:<Entra-objekt-id> eller console:<namn>, t.ex. person show slack:U024BE7LH`;

const RECORD_NOTE =
  'Det personen har gjort — registreringar, lägestexter, svar och historiken — är uppföljningens underlag och finns kvar under id:t.';

export const personCommand: CliCommand = {
  name: 'person',
  summary: 'what the bot keeps about a person, and removing it when they leave (show | remove)',
  help: HELP,
  async run(args, env) {
    const { sub, rest, values } = subcommandArgs(
      'person',
      args,
      ['show', 'remove'],
      { json: { type: 'boolean' } },
      'show slack:U024BE7LH',
    );
    const [typed, ...more] = rest;
    // A console name as the terminal chat makes it: `console:Örjan` is console:örjan.
    const person = typed === undefined ? undefined : personId(typed);
    if (!person || more.length > 0) throw needsWords('person', sub, 'en person', 'slack:U024BE7LH');
    const ctx = await env.openContext();
    try {
      const areas = await ctx.store.listPoliceAreas();
      const roles = (r: PersonRecord) =>
        r.roles.map((g) => `${g.role} för ${scopeName(g.scope, ctx.register, areas)}`).join(', ');
      if (sub === 'show') {
        const found = await personRecord(ctx, person);
        if (!found.ok) throw new CliError(BAD_PERSON(person), 2);
        if (values.json) {
          env.io.out(JSON.stringify(found.record, null, 2));
          return 0;
        }
        for (const line of showLines(found.record, roles(found.record))) env.io.out(line);
        return 0;
      }
      const deps = { ...ctx, zone: ctx.config.timezone };
      const result = await removePerson(deps, cliActor(env), person);
      if (!result.ok) {
        if (result.error === 'bad-person') throw new CliError(BAD_PERSON(person), 2);
        if (result.error === 'last-admin')
          throw new CliError(
            `${person} är den sista administratören för alla och kan inte tas bort; ge först någon annan rollen (role add <person> admin alla)`,
          );
        env.io.out(`Löftesbot har inget sparat om ${person}; ingenting har tagits bort.`);
        return 0;
      }
      const r = result.removed;
      const what = [
        r.roles.length > 0 ? `${rolesWord(r.roles.length)} (${roles(r)})` : null,
        r.name !== null ? 'namnet' : null,
        r.lang !== null ? 'språkvalet' : null,
        r.personalChat ? 'adressen till den personliga chatten' : null,
      ].filter((x): x is string => x !== null);
      env.io.out(`Borttaget om ${person}: ${joinAnd(what)}.`);
      env.io.out(RECORD_NOTE);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

function rolesWord(n: number): string {
  return n === 1 ? '1 roll' : `${n} roller`;
}

function joinAnd(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} och ${words.at(-1)}`;
}

function showLines(r: PersonRecord, roles: string): string[] {
  return [
    r.person,
    `Roller: ${roles || 'inga'}`,
    `Namn från plattformen: ${r.name ?? 'inget sparat'}`,
    `Språkval: ${r.lang === 'sv' ? 'svenska' : r.lang === 'en' ? 'engelska' : 'inget'}`,
    `Personlig chatt med boten: ${r.personalChat ? 'adressen är sparad (för påminnelser)' : 'ingen sparad'}`,
    RECORD_NOTE,
    `Ta bort när personen slutar: npx loftesbot person remove ${r.person}`,
  ];
}
