import { readLimit, readTarget } from '../../bots/core/grammar/agreement.ts';
import { agreementSv } from '../../bots/core/texts/agreement-sv.ts';
import { agreementYears } from '../../bots/core/texts/agreement-years.ts';
import { activityName, signedText } from '../../domain/activity-name.ts';
import type { AgreementStore } from '../../domain/agreement-ports.ts';
import { type ActivityChange, editActivity, showAgreement } from '../../domain/agreement-upkeep.ts';
import { localDay } from '../../domain/tertial.ts';
import { RESPONSIBLES, type Responsible } from '../../domain/types.ts';
import { type CliCommand, CliError, subcommandArgs } from '../command.ts';
import { cliActor } from '../operator.ts';

const HELP = `Usage:
  npx loftesbot agreements show <kommun> [--year YYYY] [--json]
  npx loftesbot agreements edit <kommun> <nr> [--year YYYY] [--name TEXT] [--responsible polis|kommun|gemensam]
                                              [--promise N] [--target "<antal> per år|per tertial|under perioden"|inget]
                                              [--limit <antal>|standard]

show   the kommun's current agreement: its promises and activities with their numbers (as /status numbers them).
--year the agreement in force that year instead, e.g. next year's, imported in December (as /lofte avtal Sävsjö 2027);
       a year without one is refused with the years that have one.
edit   changes one activity; a changed target keeps the signed one, which public pages and reports show
       ("ändrat från 15 under perioden den 6 dec 2026"). --limit sets the sanity limit: a registration of more
       than that count is asked about before it is stored (default 50). Audited as cli:<your user name>.
To undo an import: npx loftesbot import --undo <id>.
Examples:
  npx loftesbot agreements show Tranås
  npx loftesbot agreements show Tranås --year 2027
  npx loftesbot agreements edit Tranås 2 --year 2027 --name trygghetsvandringar
  npx loftesbot agreements edit Tranås 3 --target "30 per år" --responsible polis
  npx loftesbot agreements edit Tranås 3 --limit 80`;

export const agreementsCommand: CliCommand = {
  name: 'agreements',
  summary: 'show and edit a kommun’s agreement (show | edit)',
  help: HELP,
  async run(args, env) {
    const { sub, rest, values } = subcommandArgs('agreements', args, ['show', 'edit'], {
      json: { type: 'boolean' },
      name: { type: 'string' },
      responsible: { type: 'string' },
      promise: { type: 'string' },
      target: { type: 'string' },
      limit: { type: 'string' },
      year: { type: 'string' },
    });
    const last = rest.at(-1);
    const hasNumber = sub === 'edit' && last !== undefined && /^\d+$/.test(last);
    const numberText = hasNumber ? last : undefined;
    const kommunText = (hasNumber ? rest.slice(0, -1) : rest).join(' ');
    if (!kommunText)
      throw new CliError(
        `${sub} behöver kommunen, t.ex. agreements ${sub === 'edit' ? 'edit Tranås 3 --target ”30 per år”' : 'show Tranås'}`,
        2,
      );
    if (sub === 'edit' && !hasNumber)
      throw new CliError(
        `edit behöver också aktivitetens nummer efter kommunen, t.ex. agreements edit ${kommunText} 3 --target ”30 per år” (numren står i agreements show ${kommunText})`,
        2,
      );
    const actor = cliActor(env);
    const ctx = await env.openContext();
    try {
      const yearText = values.year?.trim();
      if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
        const next = Number(localDay(ctx.clock.now(), ctx.config.timezone).slice(0, 4)) + 1;
        throw new CliError(
          `--year: ett år med fyra siffror, t.ex. agreements show ${kommunText} --year ${next} (fick ”${values.year}”)`,
          2,
        );
      }
      const year = yearText === undefined ? undefined : Number(yearText);
      const found = ctx.register.lookup(kommunText);
      if (found.kind !== 'found')
        throw new CliError(
          `hittar ingen kommun som heter ”${kommunText}”${found.suggestions.length ? ` — menade du ${found.suggestions.map((s) => s.name).join(', ')}?` : ''}`,
        );
      const m = found.municipality;
      const deps = { ...ctx, zone: ctx.config.timezone };
      const access = {
        grants: [
          { person: actor.person, role: 'admin' as const, scope: { type: 'kommun' as const, id: m.code } },
        ],
        areas: [],
      };
      if (sub === 'show') {
        const r = await showAgreement(deps, access, m.code, year);
        if (!r.ok) throw new CliError(await noAgreementText(ctx.store, m, year));
        const { agreement, commitments, activities } = r.bundle;
        if (values.json) {
          env.io.out(
            JSON.stringify(
              { agreement, commitments, activities: activities.map((a, i) => ({ number: i + 1, ...a })) },
              null,
              2,
            ),
          );
          return 0;
        }
        env.io.out(
          `${agreementSv.headline(m.name, agreement.periodFrom, agreement.periodTo)} (${agreement.id})`,
        );
        for (const [i, c] of commitments.entries()) env.io.out(agreementSv.promise(i + 1, c.text));
        for (const [i, a] of activities.entries()) {
          const promise = commitments.findIndex((c) => c.id === a.commitmentId);
          const note = a.targetChange
            ? agreementSv.changedFrom(a.targetChange.signed, a.targetChange.on)
            : null;
          env.io.out(
            `${agreementSv.line(i + 1, activityName(a), a.responsible, a.target, note, a.sanityLimit ?? null, a.shortName ? signedText(a, 60) : null)}${promise >= 0 ? ` [löfte ${promise + 1}]` : ''}`,
          );
        }
        if (r.next) {
          const { periodFrom, periodTo } = r.next;
          env.io.out(
            agreementSv.nextStored(periodFrom, periodTo, `agreements show ${m.name} --year ${periodFrom}`),
          );
        }
        return 0;
      }
      const number = numberText && /^\d{1,3}$/.test(numberText) ? Number(numberText) : Number.NaN;
      if (!Number.isInteger(number))
        throw new CliError(
          `ingen aktivitet har nummer ”${numberText}”; numren står i agreements show ${kommunText}`,
          2,
        );
      const change: { -readonly [K in keyof ActivityChange]: ActivityChange[K] } = {};
      if (values.name !== undefined) change.shortName = values.name;
      if (values.responsible !== undefined) {
        if (!RESPONSIBLES.includes(values.responsible as Responsible))
          throw new CliError(`--responsible: polis, kommun eller gemensam (fick ”${values.responsible}”)`, 2);
        change.responsible = values.responsible as Responsible;
      }
      if (values.promise !== undefined) {
        if (!/^\d{1,2}$/.test(values.promise))
          throw new CliError(`--promise: löftets nummer (fick ”${values.promise}”)`, 2);
        change.commitment = Number(values.promise);
      }
      if (values.target !== undefined) {
        const target = readTarget(values.target.split(/\s+/).filter(Boolean));
        if (target === undefined)
          throw new CliError(
            `--target: skriv "<antal> per år", "<antal> per tertial", "<antal> under perioden" eller inget (fick ”${values.target}”)`,
            2,
          );
        change.target = target;
      }
      if (values.limit !== undefined) {
        const limit = readLimit([values.limit]);
        if (limit === undefined)
          throw new CliError(`--limit: ${agreementSv.badLimit} (fick ”${values.limit}”)`, 2);
        change.sanityLimit = limit;
      }
      if (Object.keys(change).length === 0)
        throw new CliError(
          'inget att ändra: ange --name, --responsible, --promise, --target eller --limit',
          2,
        );
      const r = await editActivity(deps, actor, access, m.code, number, change, year);
      if (!r.ok) {
        if (r.error === 'no-agreement') throw new CliError(await noAgreementText(ctx.store, m, year));
        if (r.error === 'no-such-number') throw new CliError(agreementSv.noSuchNumber(r.max));
        if (r.error === 'no-such-commitment') throw new CliError(agreementSv.noSuchCommitment(r.max));
        if (r.error === 'personal-number')
          throw new CliError('namnet ser ut att innehålla ett personnummer; inget sparades', 2);
        if (r.error === 'public-personal-data')
          throw new CliError(`--name: ${agreementSv.publicPersonalData(r.found)} Inget sparades.`, 2);
        if (r.error === 'unchanged') {
          env.io.out(`Aktivitet ${number} är redan så. Ingenting har ändrats.`);
          return 0;
        }
        if (r.error === 'name-taken')
          throw new CliError(
            r.clash.type === 'activity'
              ? agreementSv.nameTaken(values.name ?? '', r.clash.number)
              : r.clash.type === 'number'
                ? agreementSv.nameIsNumber(values.name ?? '')
                : agreementSv.nameIsKind(values.name ?? '', r.clash.word),
            2,
          );
        throw new CliError('ändringen kunde inte sparas');
      }
      const a = r.after;
      const note = a.targetChange ? agreementSv.changedFrom(a.targetChange.signed, a.targetChange.on) : null;
      env.io.out(
        agreementSv.line(
          number,
          activityName(a),
          a.responsible,
          a.target,
          note,
          a.sanityLimit ?? null,
          a.shortName ? signedText(a, 60) : null,
        ),
      );
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

/**
 * "Sävsjö har inget medborgarlöfte för 2030 i Löftesbot. Medborgarlöften finns för 2025–2026 och 2027:
 * agreements show Sävsjö --year 2027" — a year without an agreement, with the years that have one.
 */
async function noAgreementText(
  store: Pick<AgreementStore, 'agreementsOf'>,
  m: { readonly code: string; readonly name: string },
  year: number | undefined,
): Promise<string> {
  const agreements = await store.agreementsOf(m.code);
  if (year === undefined || agreements.length === 0)
    return `${agreementSv.noAgreement(m.name)} ${agreementSv.noAgreementHint}`;
  const { headline, years, latest } = agreementYears(agreementSv, 'sv', m.name, year, agreements);
  return `${headline} ${years}: agreements show ${m.name} --year ${latest}`;
}
