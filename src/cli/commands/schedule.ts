import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { dayWindow, isIsoDay, localDay } from '../../domain/tertial.ts';
import { scheduleJsonLine, scheduleTable } from '../../scheduler/format.ts';
import { loadPlanInputs } from '../../scheduler/plan/load-inputs.ts';
import { plan } from '../../scheduler/plan/plan.ts';
import { DEFAULT_OFFSETS } from '../../scheduler/types.ts';
import { type CliCommand, CliError } from '../command.ts';

const DEFAULT_DAYS = 30;

export const scheduleCommand: CliCommand = {
  name: 'schedule',
  summary: 'list the reminders the scheduler will send, and when (sends nothing)',
  help: `Usage: npx loftesbot schedule [--from DATE] [--to DATE] [--json]

Lists every reminder the scheduler would send from --from through --to (inclusive, YYYY-MM-DD in
LOFTESBOT_TIMEZONE; default today and ${DEFAULT_DAYS} days on): samverkansmöte reminders and follow-ups, tertial
prompts and overdue notices, already moved off weekends and holidays. It is the same plan the scheduler uses,
computed from the database as it is now. Nothing is sent and nothing is written.

  --json   one JSON object per line:
           {"at": "2026-11-23T09:00:00+01:00", "kind": "meeting-reminder", "municipality": "Tranås",
            "target": "person:slack:U0123", "targetName": "Anna Svensson", "key": "…"}
           (targetName: the person's display name from Slack or Teams, a terminal person's name,
           else their id; a channel's address;
           every field: docs/formats.md in the repository, "schedule --json")`,
  async run(args, env) {
    const { values } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    });
    const ctx = await env.openContext();
    try {
      const zone = ctx.config.timezone;
      const now = ctx.clock.now();
      const from = values.from ?? localDay(now, zone);
      if (!isIsoDay(from)) throw new CliError(`--from: skriv datumet som YYYY-MM-DD (fick ”${from}”)`, 2);
      const to = values.to ?? (DateTime.fromISO(from).plus({ days: DEFAULT_DAYS }).toISODate() as string);
      if (!isIsoDay(to)) throw new CliError(`--to: skriv datumet som YYYY-MM-DD (fick ”${to}”)`, 2);
      if (to < from) throw new CliError(`--to (${to}) är före --from (${from})`, 2);
      const window = dayWindow(from, to, zone);
      const inputs = await loadPlanInputs(ctx.store, ctx.register, window, {
        zone,
        asOf: now,
        offsets: DEFAULT_OFFSETS,
      });
      const planned = plan(inputs, window);
      const persons = planned.filter((r) => r.target.startsWith('person:')).map((r) => r.target.slice(7));
      const names = await ctx.store.personNames(persons);
      if (values.json) {
        if (planned.length > 0) env.io.out(planned.map((r) => scheduleJsonLine(r, zone, names)).join('\n'));
      } else if (planned.length === 0) {
        env.io.out(`Inga påminnelser ${from} – ${to}.`);
      } else {
        env.io.out(scheduleTable(planned, zone, names));
        env.io.out(
          `\n${planned.length} ${planned.length === 1 ? 'påminnelse' : 'påminnelser'} ${from} – ${to}.`,
        );
      }
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
