import { parseArgs } from 'node:util';
import { undoImport } from '../../domain/import-undo.ts';
import { periodSpan } from '../../domain/target.ts';
import { reimportPlan } from '../../import/earlier-agreement.ts';
import { IMPORT_LIMITS, megabytes } from '../../import/limits.ts';
import { prepareImport } from '../../import/prepare.ts';
import { readDocument } from '../../import/read-document.ts';
import { readRefusalText } from '../../import/read-refusal.ts';
import { keptText, refusalText, reimportNotice, replacedText } from '../../import/reimport-words.ts';
import { type ImportOutcome, incompleteReason, storeImport } from '../../import/store-import.ts';
import type { ParsedDocument } from '../../import/types.ts';
import { loadRegister } from '../../runtime/register.ts';
import { sqliteFileMissing } from '../../store/open.ts';
import { type CliCommand, type CliEnv, CliError } from '../command.ts';
import { cliActor, cliPerson } from '../operator.ts';

/** "1 aktivitet", "2 aktiviteter": a count with its noun in the number it takes. */
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(parsed: ParsedDocument): string {
  const d = parsed.document;
  const period = d.period
    ? d.period.from === d.period.to
      ? `${d.period.from}`
      : `${d.period.from}–${d.period.to}`
    : '?';
  const what =
    d.kind === 'follow-up' && d.followUp ? `uppföljning T${d.followUp.tertial} ${d.followUp.year} av ` : '';
  const stats =
    d.statistics.length > 0
      ? `, ${counted(d.statistics.length, 'statistikuppgift', 'statistikuppgifter')}`
      : '';
  const counts = `${counted(d.commitments.length, 'löfte', 'löften')}, ${counted(d.activities.length, 'aktivitet', 'aktiviteter')}`;
  return `${d.municipality ?? 'okänd kommun'}: ${what}medborgarlöfte ${period} — ${counts}${stats}`;
}

export function outcomeLine(outcome: ImportOutcome): string {
  if (outcome.status === 'already-imported') return 'Filen är redan importerad; inget ändrades.';
  if (outcome.status === 'incomplete') return `Inget importerades: ${outcome.reason}.`;
  if (outcome.status === 'in-use') return 'Inget importerades.';
  const agreement = outcome.createdAgreement ? 'nytt medborgarlöfte' : 'befintligt medborgarlöfte';
  const counts = [
    counted(outcome.statuses, 'statustext', 'statustexter'),
    counted(outcome.statistics, 'statistikuppgift', 'statistikuppgifter'),
    counted(outcome.registrations, 'registrering', 'registreringar'),
  ];
  return `Importerat till ${agreement} (${outcome.agreementId}): ${counts.join(', ')}.`;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import an agreement or follow-up document (text, Markdown, HTML, .docx)',
  help: `Usage: npx loftesbot import <file> [--dry-run] [--json]

Reads a medborgarlöfte (promises and activities) or a tertial follow-up (the Aktivitet | Tertial 1–3 table and
the drug statistics) from plain text, Markdown, text with tab- or |-separated tables, HTML or Word (.docx), and
stores it in one transaction. Importing the same file again changes nothing. A follow-up is attached to the
kommun's stored agreement for its year (activities matched by their text), or creates that agreement.
An agreement for years the kommun already has one for (a corrected file) replaces it while nothing is recorded
against it (registrations, status texts, statistics, comments, a published tertial; audited as import --undo);
once something is, it is refused with exit code 1 and nothing stored: change it with agreements edit instead.
A renewal that begins later (2027–2028 after 2026–2027) keeps the earlier one for its own years instead.
--dry-run says which it would be.

  --dry-run   read and show the result, store nothing
  --json      print the result as JSON (every field: docs/formats.md in the repository)

  npx loftesbot import --undo <id>
              undoes the import of an agreement (the id the import printed, or see agreements show): deletes it
              while nothing has been registered against it; audited.

Warnings (what could not be read, with its line) go to stderr. Follow-up statuses are stored as drafts: they
reach the public page once a samordnare publishes the tertial (/rapportera <kommun> publicera T<n> <år>).

Refused whole, with exit code 1 and nothing stored: a document holding something that looks like a personnummer,
a phone number, an e-mail address or a person's name (the lines and what was found are named; write a role or
"via kommunens växel" instead of an official's own details), a file over ${megabytes(IMPORT_LIMITS.fileBytes)}, a .docx that inflates past ${megabytes(IMPORT_LIMITS.inflatedBytes)}, more than
${IMPORT_LIMITS.lines} lines or ${IMPORT_LIMITS.activities} activities, and a file that holds no agreement at all (no kommun, no period, or neither
promises nor activities).`,
  async run(args, env) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        undo: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (values.undo !== undefined) return undo(values.undo, positionals, env);
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0)
      throw new CliError('ange exakt en fil: npx loftesbot import <fil> [--dry-run] [--json]', 2);
    const read = await readDocument(file);
    if (!read.ok) throw new CliError(readRefusalText(read.refusal));
    const prepared = prepareImport(read.source, loadRegister());
    // Refused whole (a personnummer, too large): one line naming why and where, nothing printed, nothing stored.
    if (!prepared.ok) throw new CliError(prepared.message);
    const { source, parsed } = prepared;
    // A file with no agreement in it is refused whole too: one line, nothing printed, nothing stored.
    const missing = incompleteReason(parsed);
    if (missing !== null) throw new CliError(`hittade inget medborgarlöfte i ${source.fileName}: ${missing}`);
    const say = values.json ? env.io.err : env.io.out;
    if (values.json) env.io.out(JSON.stringify(parsed.document, null, 2));
    else say(describe(parsed));
    for (const warning of parsed.document.warnings) env.io.err(`varning: ${warning}`);
    const kommun = parsed.document.municipality ?? String(parsed.municipalityCode);
    if (values['dry-run']) {
      // The database is read only to say what the import would replace; where there is none yet (a fresh install's
      // SQLite file) nothing would be, and a dry run does not create it.
      if (!sqliteFileMissing(env.config.databaseUrl)) {
        const ctx = await env.openContext();
        try {
          const notice = reimportNotice(await reimportPlan(ctx.store, parsed), kommun, 'sv', 'cli');
          if (notice) env.io.err(`obs: ${notice}`);
        } finally {
          await ctx.close();
        }
      }
      say('Provkörning: inget sparades.');
      return 0;
    }
    const ctx = await env.openContext();
    try {
      const outcome = await storeImport(
        // Attributed like every other CLI change (role, bind, area): the audit entry names the operator.
        { store: ctx.store, clock: ctx.clock, ids: ctx.ids, actor: cliPerson(env) },
        { parsed, fileName: source.fileName, sha256: source.sha256 },
      );
      if (outcome.status === 'imported') {
        for (const text of outcome.unmatched) {
          env.io.err(
            `varning: hittade ingen motsvarande aktivitet i det sparade medborgarlöftet för ”${text.slice(0, 60)}”; raden sparades inte`,
          );
        }
        if (outcome.overlapping)
          env.io.err(
            'varning: kommunen hade redan ett medborgarlöfte för samma period; det nya gäller från nu',
          );
      }
      if (outcome.status === 'in-use') throw new CliError(refusalText(outcome.earlier, kommun, 'sv', 'cli'));
      if (outcome.status === 'imported' && outcome.replaced.length > 0)
        say(replacedText(outcome.replaced, 'sv'));
      if (outcome.status === 'imported' && outcome.kept.length > 0) say(keptText(outcome.kept, kommun, 'sv'));
      say(outcomeLine(outcome));
      return 0;
    } finally {
      await ctx.close();
    }
  },
};

async function undo(id: string, positionals: readonly string[], env: CliEnv): Promise<number> {
  if (positionals.length > 0 || !id)
    throw new CliError('skriv npx loftesbot import --undo <id> (id:t som importen skrev ut)', 2);
  const ctx = await env.openContext();
  try {
    const result = await undoImport({ ...ctx, zone: ctx.config.timezone }, cliActor(env), null, {
      agreementId: id,
    });
    if (!result.ok) {
      if (result.error === 'unknown-agreement') throw new CliError(`inget medborgarlöfte med id ${id}`);
      if (result.error === 'has-registrations')
        throw new CliError(
          `det finns ${counted(result.count, 'registrering', 'registreringar')} mot medborgarlöftet; importen kan inte ångras`,
        );
      if (result.error === 'has-status-texts')
        throw new CliError(
          `det finns ${result.count} lägestexter skrivna för medborgarlöftet; importen kan inte ångras (de skulle raderas)`,
        );
      if (result.error === 'not-imported')
        throw new CliError('medborgarlöftet är inte importerat från en fil');
      throw new CliError('importen kunde inte ångras');
    }
    const a = result.bundle.agreement;
    const name = ctx.register.byCodeOrNull(a.municipalityCode)?.name ?? a.municipalityCode;
    env.io.out(
      `Importen av medborgarlöftet ${periodSpan(a.periodFrom, a.periodTo)} för ${name} (${a.id}) är ångrad.`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}
