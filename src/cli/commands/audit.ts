import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import type { AppContext } from '../../app/context.ts';
import { type RegistrationFacts, registrationFacts } from '../../bots/core/handlers/history-registrations.ts';
import { describeAudit } from '../../bots/core/handlers/history-words.ts';
import { textsFor } from '../../bots/core/texts/index.ts';
import {
  AREA_WIDE_ENTITIES,
  areaOfChange,
  areaWideChanges,
  eachChangeOnce,
} from '../../domain/area-history.ts';
import { lookupScope, scopeName } from '../../domain/scope.ts';
import type { AuditEntry } from '../../domain/types.ts';
import { type CliCommand, CliError } from '../command.ts';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'show the audit trail: who changed what, when, from which platform',
  help: `Usage: npx loftesbot audit [--kommun <kommun> | --område <område>] [--since <YYYY-MM-DD>] [--limit N] [--json]

Lists changes newest first: registrations, voids, status texts, statistics, meetings, roles, bindings, imports.
Each line: time, who (platform), action, kommun, entity:id, and what was done in Swedish words, as /lofte historik
says it ("ändrade målet för aktivitet 3 ”krogkontroller”: inget mål → minst 2 per tertial"); --json gives every
entry with its values before and after.
--område lists the changes made over a police area itself (its roles, channels and kommuner), each once; without
--kommun such a change is one line too, named by its area.
Example: npx loftesbot audit --kommun Sävsjö --since 2026-09-01
         npx loftesbot audit --område "LPO Höglandet"`,
  async run(args, env) {
    const { values } = parseArgs({
      args,
      options: {
        kommun: { type: 'string' },
        område: { type: 'string' },
        area: { type: 'string' },
        since: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
      },
      allowPositionals: false,
    });
    const zone = env.config.timezone;
    let since: number | undefined;
    if (values.since !== undefined) {
      const dt = DateTime.fromISO(values.since, { zone });
      if (!dt.isValid)
        throw new CliError(`--since: skriv ett datum som 2026-09-01 (fick ”${values.since}”)`, 2);
      since = dt.startOf('day').toMillis();
    }
    const limit = values.limit === undefined ? 200 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
      throw new CliError('--limit: ett heltal 1–100000', 2);
    const ctx = await env.openContext();
    try {
      let municipalityCode: string | undefined;
      if (values.kommun !== undefined) {
        const m = ctx.register.lookup(values.kommun);
        if (m.kind !== 'found') {
          const s = m.suggestions.map((x) => x.name);
          throw new CliError(
            `okänd kommun ”${values.kommun}”${s.length ? ` — menade du ${s.join(', ')}?` : ''}`,
          );
        }
        municipalityCode = m.municipality.code;
      }
      const areaText = values.område ?? values.area;
      if (areaText !== undefined && values.kommun !== undefined)
        throw new CliError('ange --kommun eller --område, inte båda', 2);
      const area = areaText === undefined ? undefined : await areaOf(ctx, areaText);
      const areaId = area?.id;
      const areaName = area?.name ?? '–';
      const found = await ctx.store.audit({
        ...(municipalityCode ? { municipalityCode } : {}),
        ...(areaId !== undefined ? { entities: AREA_WIDE_ENTITIES } : {}),
        ...(since !== undefined ? { since } : {}),
        limit: areaId === undefined ? limit : 100_000,
      });
      // The whole trail or a kommun's lists an area-wide change (stored once per kommun of the area) once.
      const entries =
        areaId !== undefined
          ? areaWideChanges(found, areaId).slice(0, limit)
          : municipalityCode === undefined
            ? eachChangeOnce(found)
            : found;
      if (values.json) {
        for (const e of entries) env.io.out(JSON.stringify(e));
        return 0;
      }
      if (entries.length === 0) {
        env.io.out('Inga ändringar hittades.');
        return 0;
      }
      const words = await inWords(ctx, entries);
      const areaNames = new Map((await ctx.store.listPoliceAreas()).map((a) => [a.id, a.name]));
      for (const e of entries) {
        const at = DateTime.fromMillis(e.at, { zone }).toFormat('yyyy-LL-dd HH:mm');
        const over = municipalityCode === undefined ? areaOfChange(e) : null;
        const kommun =
          areaText !== undefined
            ? areaName
            : over !== null
              ? (areaNames.get(over) ?? over)
              : e.municipalityCode
                ? (ctx.register.byCodeOrNull(e.municipalityCode)?.name ?? e.municipalityCode)
                : '–';
        env.io.out(
          `${at}\t${e.actor} (${e.platform})\t${e.action}\t${kommun}\t${e.entity}:${e.entityId}\t${words.get(e) ?? ''}`,
        );
      }
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

/** Each entry in the words of /lofte historik (Swedish): registrations by activity, count and day, people by name. */
async function inWords(
  ctx: Pick<AppContext, 'register' | 'store'>,
  entries: readonly AuditEntry[],
): Promise<Map<AuditEntry, string>> {
  const t = textsFor('sv');
  const byKommun = new Map<string, AuditEntry[]>();
  for (const e of entries)
    if ((e.entity === 'registration' || e.action === 'status.create') && e.municipalityCode)
      byKommun.set(e.municipalityCode, [...(byKommun.get(e.municipalityCode) ?? []), e]);
  const facts = new Map<string, RegistrationFacts>();
  for (const [code, rows] of byKommun)
    for (const [id, f] of await registrationFacts({ deps: { store: ctx.store }, t }, code, rows))
      facts.set(id, f);
  const people = entries.flatMap((e) => {
    const g = (e.after ?? e.before) as { person?: unknown } | null;
    return e.entity === 'role' && typeof g?.person === 'string' ? [g.person] : [];
  });
  const [known, areas] = await Promise.all([ctx.store.personNames(people), ctx.store.listPoliceAreas()]);
  const names = {
    person: (p: string) => known.get(p) ?? p,
    scope: (scope: Parameters<typeof scopeName>[0]) => scopeName(scope, ctx.register, areas),
  };
  return new Map(entries.map((e) => [e, describeAudit(e, t, facts, names)]));
}

/** The police area `text` names, or a CliError with the names it may have meant. */
async function areaOf(
  ctx: Pick<AppContext, 'register' | 'store'>,
  text: string,
): Promise<{ id: string; name: string }> {
  const lookup = lookupScope(text, ctx.register, await ctx.store.listPoliceAreas());
  if (lookup.kind === 'area') return lookup.area;
  const s = lookup.kind === 'unknown' ? lookup.suggestions : [];
  throw new CliError(`okänt polisområde ”${text}”${s.length ? ` — menade du ${s.join(', ')}?` : ''}`);
}
