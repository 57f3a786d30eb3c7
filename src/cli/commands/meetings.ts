import { seriesSv } from '../../bots/core/texts/meetings-sv.ts';
import { bindConversation } from '../../domain/admin.ts';
import { weekdayOf } from '../../domain/meeting-day.ts';
import {
  createSeries,
  echoOf,
  isCurrent,
  type SeriesAccess,
  type SeriesRefusal,
} from '../../domain/meeting-series.ts';
import { endSeries } from '../../domain/meeting-series-breaks.ts';
import { lookupScope, scopeName } from '../../domain/scope.ts';
import { localDay } from '../../domain/tertial.ts';
import type { Platform, Scope } from '../../domain/types.ts';
import { failAdmin } from '../admin-errors.ts';
import { type CliCommand, CliError, needsWords, subcommandArgs } from '../command.ts';
import { cliActor } from '../operator.ts';

const HELP = `Usage:
  npx loftesbot meetings add <kommun|område> --first YYYY-MM-DD --time HH:MM --every <weeks> [--place TEXT] [--channel <platform:id>]
  npx loftesbot meetings list [<kommun>] [--json]
  npx loftesbot meetings end <series-id> [--from YYYY-MM-DD]

add      creates the samverkansmöte series of a kommun or police area; the first meeting is --first, then every
         --every weeks at --time. --channel also binds that conversation (slack:C…, "teams:19:…", console:…) to it,
         so the reminders (7 days and 1 day before, 09:00) are posted there.
list     the series with their next three meetings (--json: one object per series).
end      ends a series: no meetings from --from on (default: from tomorrow).
Examples:
  npx loftesbot meetings add Eksjö --first 2027-01-12 --time 13:00 --every 6 --place Stadshuset --channel slack:C0123ABCD
  npx loftesbot meetings list Eksjö
  npx loftesbot meetings end 6f1c… --from 2027-06-30`;

const PLATFORMS: readonly Platform[] = ['slack', 'teams', 'console'];

export const meetingsCommand: CliCommand = {
  name: 'meetings',
  summary: 'create, list and end meeting series (add | list | end)',
  help: HELP,
  async run(args, env) {
    const { sub, rest, values } = subcommandArgs('meetings', args, ['add', 'list', 'end'], {
      first: { type: 'string' },
      time: { type: 'string' },
      every: { type: 'string' },
      place: { type: 'string' },
      channel: { type: 'string' },
      from: { type: 'string' },
      json: { type: 'boolean' },
    });
    const actor = cliActor(env);
    const ctx = await env.openContext();
    try {
      const deps = { ...ctx, zone: ctx.config.timezone };
      const areas = await ctx.store.listPoliceAreas();
      const today = localDay(ctx.clock.now(), deps.zone);
      const nameOf = (scope: Scope) => scopeName(scope, ctx.register, areas);
      if (sub === 'list') {
        let all = await ctx.store.allMeetingSeries();
        if (rest.length > 0) {
          const lookup = lookupScope(rest.join(' '), ctx.register, areas);
          if (lookup.kind !== 'kommun' && lookup.kind !== 'area')
            throw new CliError(`hittar ingen kommun eller inget polisområde som heter ”${rest.join(' ')}”`);
          const code = lookup.kind === 'kommun' ? lookup.municipality.code : null;
          const id = lookup.kind === 'area' ? lookup.area.id : null;
          all = all.filter(
            (s) =>
              (s.scope.type === 'kommun' && s.scope.id === code) ||
              (s.scope.type === 'area' &&
                (s.scope.id === id ||
                  areas.some((a) => a.id === s.scope.id && code && a.municipalityCodes.includes(code)))),
          );
        }
        if (all.length === 0)
          env.io.out(
            'Inga mötesserier. Skapa en med: npx loftesbot meetings add <kommun> --first … --time … --every …',
          );
        for (const s of all) {
          const echo = await echoOf(deps, s, today);
          const next = isCurrent(s, today) ? echo.next.map((o) => o.scheduledOn) : [];
          if (values.json) {
            env.io.out(
              JSON.stringify({
                id: s.id,
                scope: s.scope,
                name: nameOf(s.scope),
                firstDate: s.firstDate,
                intervalWeeks: s.intervalWeeks,
                time: s.time,
                place: s.place,
                remindAt: s.remindAt,
                endsOn: s.endsOn ?? null,
                current: isCurrent(s, today),
                next,
              }),
            );
          } else {
            const state = isCurrent(s, today) ? '' : ' (avslutad)';
            env.io.out(`${s.id}\t${nameOf(s.scope)}${state}\t${describe(s, next)}`);
          }
        }
        return 0;
      }
      if (sub === 'end') {
        const [id] = rest;
        if (!id) throw new CliError('end behöver <serie-id> (se npx loftesbot meetings list)', 2);
        const series = await ctx.store.meetingSeries(id);
        if (!series) throw new CliError(`ingen mötesserie med id ${id} (se npx loftesbot meetings list)`);
        if (values.from !== undefined && !isDay(values.from))
          throw new CliError(`--from: skriv datumet som YYYY-MM-DD (fick ”${values.from}”)`, 2);
        const result = await endSeries(
          deps,
          actor,
          operatorOver(actor, series.scope, areas),
          { seriesId: id },
          values.from ?? null,
        );
        if (!result.ok) fail(result);
        env.io.out(
          `${nameOf(series.scope)}: ${seriesSv.ended(nameOf(series.scope), result.endsOn).replace(/^🛑 /, '')} ${seriesSv.endedRemoved(result.removed.length)}`,
        );
        return 0;
      }
      const target = rest.join(' ');
      if (!target)
        throw needsWords(
          'meetings',
          sub,
          '<kommun|område>',
          'Tranås --first 2027-01-12 --time 09:00 --every 4',
        );
      const lookup = lookupScope(target, ctx.register, areas);
      if (lookup.kind !== 'kommun' && lookup.kind !== 'area') {
        const s = lookup.kind === 'unknown' ? lookup.suggestions : [];
        throw new CliError(
          `hittar ingen kommun eller inget polisområde som heter ”${target}”${s.length ? ` — menade du ${s.join(', ')}?` : ''}`,
        );
      }
      const scope: Scope =
        lookup.kind === 'kommun'
          ? { type: 'kommun', id: lookup.municipality.code }
          : { type: 'area', id: lookup.area.id };
      const { first, time, every } = values;
      if (!first || !isDay(first))
        throw new CliError(`--first: skriv första mötet som YYYY-MM-DD (fick ”${first ?? ''}”)`, 2);
      if (!time || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
        throw new CliError(`--time: skriv tiden som HH:MM (fick ”${time ?? ''}”)`, 2);
      if (!every || !/^\d{1,2}$/.test(every) || Number(every) < 1 || Number(every) > 52)
        throw new CliError(`--every: antal veckor mellan mötena, 1–52 (fick ”${every ?? ''}”)`, 2);
      const channel = values.channel ? parseChannel(values.channel) : null;
      const result = await createSeries(deps, actor, operatorOver(actor, scope, areas), scope, {
        first,
        weekday: null,
        time,
        intervalWeeks: Number(every),
        place: values.place?.trim() || null,
      });
      if (!result.ok) fail(result, nameOf(scope));
      if (channel) {
        const bound = await bindConversation(deps, actor, channel.platform, channel.id, nameOf(scope));
        if (!bound.ok) failAdmin(bound);
      }
      env.io.out(`Mötesserie ${result.series.id} skapad för ${nameOf(scope)}.`);
      env.io.out(
        describe(
          result.series,
          result.next.map((o) => o.scheduledOn),
        ),
      );
      for (const flag of result.flags) {
        const what = seriesSv.flagReason(flag.reason, flag.day, flag.holiday);
        env.io.out(`Obs: ${seriesSv.flagMove(what, [...flag.alternatives])}`);
      }
      if (channel)
        env.io.out(`${values.channel} är kopplad till ${nameOf(scope)}; påminnelserna skickas dit.`);
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

/** The CLI operator acts as an administrator of the scope (the server's own console). */
function operatorOver(actor: { person: string }, scope: Scope, areas: SeriesAccess['areas']): SeriesAccess {
  return { grants: [{ person: actor.person, role: 'admin', scope }], areas };
}

function describe(
  s: { intervalWeeks: number; firstDate: string; time: string; place: string | null },
  next: string[],
) {
  return seriesSv.echo(s.intervalWeeks, weekdayOf(s.firstDate), s.time, s.firstDate, s.place, next);
}

function parseChannel(text: string): { platform: Platform; id: string } {
  const m = /^([a-z]+):(.+)$/.exec(text);
  const platform = m?.[1] as Platform | undefined;
  if (!m || !platform || !PLATFORMS.includes(platform))
    throw new CliError(`--channel: skriv <platform>:<id>, t.ex. slack:C0123ABCD (fick ”${text}”)`, 2);
  return { platform, id: m[2] as string };
}

function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

function fail(r: SeriesRefusal, name = ''): never {
  switch (r.error) {
    case 'forbidden':
      throw new CliError('ingen behörighet');
    case 'invalid':
      throw new CliError(r.problems.join(' '), 2);
    case 'in-the-past':
      throw new CliError(seriesSv.inThePast(r.day));
    case 'exists':
      throw new CliError(
        `${seriesSv.exists(name)} Avsluta den först: npx loftesbot meetings end ${r.series.id} --from <datum>`,
      );
    case 'no-series':
      throw new CliError('ingen mötesserie');
    case 'personal-number':
      throw new CliError(
        'platsen innehåller personuppgifter (ett personnummer, ett telefonnummer, en e-postadress eller ett namn); skriv en plats som ”Tranås stadshus”; inget sparades',
        2,
      );
    default:
      throw new CliError('mötesserien kunde inte sparas');
  }
}
