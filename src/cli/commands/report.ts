import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { TertialNumber } from '../../domain/types.ts';
import { buildReport } from '../../reports/build-report.ts';
import { isReportFormat, REPORT_FORMATS, renderReport } from '../../reports/render.ts';
import { renderXlsx } from '../../reports/xlsx.ts';
import { type CliCommand, CliError } from '../command.ts';
import { outFile, pathLike } from '../out-path.ts';

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'write the follow-up report of a kommun (Markdown, HTML for print, CSV, JSON or Excel)',
  help: `Usage: npx loftesbot report <kommun> [--year Y] [--tertial N] [--format md|html|csv|json|xlsx] [--out FILE [--force]] [--lang sv|en]

Writes the follow-up of a kommun's medborgarlöfte in the form of the published follow-ups: a heading with the
kommun and period, the promises, one table per promise (Aktivitet | Tertial 1 | Tertial 2 | Tertial 3), targets,
registrations per month and the drug-crime statistics.

  --year      calendar year (default: this year)
  --tertial   1, 2 or 3 (default: 3 for past years, the current tertial this year); without --year the latest
              such tertial that has begun (in January --tertial 3 is last year's)
  --format    md (default), html (prints on A4), csv (UTF-8 with BOM, for Excel), json, or xlsx (an Excel
              workbook; needs --out); without it, the --out file's ending (.xlsx, .html, …) chooses
  --out       write to FILE instead of standard output; its folder must exist, and an existing FILE is
              overwritten only with --force (never the database)
  --lang      sv (default: LOFTESBOT_LANG) or en

Examples:
  npx loftesbot report Tranås --year 2020
  npx loftesbot report Sävsjö --year 2020 --tertial 2 --format html --out savsjo-2020-t2.html`,
  async run(args, env) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        tertial: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        force: { type: 'boolean' },
      },
    });
    const file = values.out === undefined ? positionals.find(pathLike) : undefined;
    if (file !== undefined) {
      const fixed = args.map((a) => (a === file ? `--out ${a}` : a)).join(' ');
      throw new CliError(`oväntat argument ”${file}”; menade du npx loftesbot report ${fixed}?`, 2);
    }
    const query = positionals.join(' ').trim();
    if (!query)
      throw new CliError(
        'ange kommunen: report <kommun> [--year Y] [--tertial N] [--format md|html|csv|json|xlsx], t.ex. report Tranås --year 2020',
        2,
      );
    // The file's name says the format when --format does not (`--out uppfoljning.xlsx`); they may not contradict.
    const named = /\.(md|html|csv|json|xlsx)$/i.exec(values.out ?? '')?.[1]?.toLowerCase();
    if (values.format && named && values.format !== named)
      throw new CliError(
        `--format ${values.format} men filen slutar på .${named}; skriv --format ${named} eller byt filnamn`,
        2,
      );
    const format = values.format ?? named ?? 'md';
    if (format !== 'xlsx' && !isReportFormat(format))
      throw new CliError(`okänt format ”${format}”; välj ${[...REPORT_FORMATS, 'xlsx'].join(', ')}`, 2);
    if (format === 'xlsx' && !values.out)
      throw new CliError(
        '--format xlsx skriver en binär fil: ange --out FIL, t.ex. --out uppfoljning.xlsx',
        2,
      );
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100))
      throw new CliError(`ogiltigt år ”${values.year}”: välj ett år 2000–2100, t.ex. --year 2020`, 2);
    const tertial = values.tertial === undefined ? undefined : Number(values.tertial.replace(/^t/i, ''));
    if (tertial !== undefined && tertial !== 1 && tertial !== 2 && tertial !== 3)
      throw new CliError(`ogiltigt tertial ”${values.tertial}”; välj 1, 2 eller 3`, 2);
    const lang = values.lang ?? env.config.lang;
    if (lang !== 'sv' && lang !== 'en') throw new CliError(`okänt språk ”${lang}”; välj sv eller en`, 2);

    const out = values.out === undefined ? undefined : outFile(values.out, env.config, values.force === true);

    const ctx = await env.openContext();
    try {
      const found = ctx.register.lookup(query);
      if (found.kind === 'unknown') {
        const s = found.suggestions.map((m) => m.name);
        throw new CliError(`okänd kommun ”${query}”${s.length ? ` — menade du ${s.join(', ')}?` : ''}`);
      }
      const municipality = found.municipality;
      const result = await buildReport({ ...ctx, zone: ctx.config.timezone }, municipality.code, {
        year,
        tertial: tertial as TertialNumber | undefined,
        lang,
      });
      if (!result.ok) {
        if (result.error === 'not-started')
          throw new CliError(`tertial ${result.tertial} ${result.year} har inte börjat ännu`);
        throw new CliError(`${municipality.name} har inget medborgarlöfte som gäller ${result.year}`);
      }
      if (format === 'xlsx') {
        if (!out) throw new CliError('--format xlsx behöver --out FIL', 2);
        writeFileSync(out, await renderXlsx(result.report));
        env.io.err(`Skrev ${out} (${municipality.name}, T${result.report.tertial} ${result.report.year}).`);
        return 0;
      }
      const rendered = renderReport(result.report, format);
      if (out) {
        writeFileSync(out, rendered.content, 'utf8');
        env.io.err(`Skrev ${out} (${municipality.name}, T${result.report.tertial} ${result.report.year}).`);
      } else {
        env.io.out(rendered.content);
      }
      return 0;
    } finally {
      await ctx.close();
    }
  },
};
