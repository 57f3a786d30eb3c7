import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness } from './cli-harness.ts';

/** One line of text: no line break except an optional trailing one. */
const ONE_LINE = /^[^\n]+\n?$/;
/** English words the CLI's Swedish messages used to mix in. */
const ENGLISH = /\b(say|needs|usage|[Uu]nexpected|unknown|Option|Did you|wants|is not|is required|Wrote)\b/;

describe('CLI messages: one Swedish line saying what was wrong and how to write it', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = cliHarness();
    expect((await cli.run('demo')).code).toBe(0);
  });
  afterAll(() => cli.dispose());

  it.each([
    [
      ['report', 'Tranås', '--year', '1999'],
      2,
      'ogiltigt år ”1999”: välj ett år 2000–2100, t.ex. --year 2020',
    ],
    [['agreements', 'edit', 'Tranås'], 2, 'edit behöver också aktivitetens nummer efter kommunen'],
    [['agreements', 'edit', 'Tranås', '3', '--target', '-5 per år'], 2, '--target="-…"'],
    [['agreements', 'edit', 'Tranås', '3', '--target=-5 per år'], 2, '--target: skriv'],
    [
      ['teams-package', '--app-id', 'x', '--version', 'abc'],
      2,
      'versionsnummer x.y.z, t.ex. --version 1.0.1',
    ],
    [['teams-package', '--app-id', 'x', '--version', '1.0'], 2, 'versionsnummer x.y.z'],
    [['role', 'grant'], 2, 'skriv add, list eller remove'],
    [['role', 'add', 'slack:U1'], 2, 'add behöver <person> <roll> <kommun|område>'],
    [['registrations', 'void', 'abc'], 2, 'void behöver <id> och --reason'],
    // The subcommand and its words, read alike by every command (command.ts subcommandArgs, needsWords).
    [
      ['person'],
      2,
      'skriv show eller remove, t.ex. person show slack:U024BE7LH (se npx loftesbot person --help)',
    ],
    [
      ['person', 'shwo', 'slack:U1'],
      2,
      'okänt underkommando ”shwo”; menade du npx loftesbot person show slack:U1?',
    ],
    [['person', 'show'], 2, 'show behöver en person, t.ex. person show slack:U024BE7LH'],
    [['registrations', 'list'], 2, 'list behöver <kommun>, t.ex. registrations list Tranås'],
    [
      ['registrations', 'erase-note', 'abc'],
      2,
      'erase-note behöver <id> och --reason ”<skäl>”, t.ex. registrations erase-note 3f2a9c1e --reason ”Personuppgifter i anteckningen”',
    ],
    [
      ['meetings', 'add'],
      2,
      'add behöver <kommun|område>, t.ex. meetings add Tranås --first 2027-01-12 --time 09:00 --every 4',
    ],
    [['agreements', 'visa', 'Tranås'], 2, 'skriv show eller edit (se npx loftesbot agreements --help)'],
    [['demo', '--bogus'], 2, 'okänt val ”--bogus”'],
    [['migrate', 'now'], 2, 'oväntat argument ”now”'],
    // A folder or file where the command takes --out: the right form, ready to copy.
    [['publish', '/tmp/x'], 2, 'oväntat argument ”/tmp/x”; menade du npx loftesbot publish --out /tmp/x?'],
    [['publish', './webb'], 2, 'menade du npx loftesbot publish --out ./webb?'],
    [['report', 'Tranås', 'rapport.xlsx'], 2, 'menade du npx loftesbot report Tranås --out rapport.xlsx?'],
    [['report', 'Tranås', '--year'], 2, '--year behöver ett värde'],
    [['frobnicate'], 2, 'okänt kommando ”frobnicate”'],
  ] as const)('%j', async (argv, code, text) => {
    const r = await cli.run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(ONE_LINE);
    expect(r.err).toContain(text);
    expect(r.err).not.toMatch(ENGLISH);
    expect(r.out).toBe('');
  });

  // A near miss of a command, subcommand or option: the line as it was probably meant, ready to copy.
  it.each([
    [['strat'], 'okänt kommando ”strat”; menade du npx loftesbot start?'],
    [['migrat'], 'menade du npx loftesbot migrate?'],
    [['bakup', '/tmp/b.db'], 'menade du npx loftesbot backup /tmp/b.db?'],
    [['meeting', 'list', 'Sävsjö'], 'menade du npx loftesbot meetings list Sävsjö?'],
    [['agreement', 'show', 'Tranås'], 'menade du npx loftesbot agreements show Tranås?'],
    [['rol', 'list'], 'menade du npx loftesbot role list?'],
    [
      ['role', 'ad', 'slack:U1', 'polis', 'LPO Höglandet'],
      'menade du npx loftesbot role add slack:U1 polis "LPO Höglandet"?',
    ],
    [['meetings', 'lst'], 'okänt underkommando ”lst”; menade du npx loftesbot meetings list?'],
    [['agreements', 'shwo', 'Tranås'], 'menade du npx loftesbot agreements show Tranås?'],
    [['registrations', 'lis', 'Tranås'], 'menade du npx loftesbot registrations list Tranås?'],
    [
      ['report', 'Tranås', '--yer', '2026'],
      'okänt val ”--yer”; menade du npx loftesbot report Tranås --year 2026?',
    ],
    [['report', 'Tranås', '--fromat=csv'], 'menade du npx loftesbot report Tranås --format=csv?'],
    [['schedule', '--form', '2026-12-01'], 'menade du npx loftesbot schedule --from 2026-12-01?'],
    [['meetings', 'list', '--jsn'], 'menade du npx loftesbot meetings list --json?'],
  ] as const)('a near miss: %j', async (argv, text) => {
    const r = await cli.run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(ONE_LINE);
    expect(r.err).toContain(text);
    expect(r.err).not.toMatch(ENGLISH);
  });

  it('a valid x.y.z version makes the package', async () => {
    const r = await cli.run(
      'teams-package',
      '--app-id',
      '00000000-0000-4000-8000-000000000001',
      '--version',
      '1.0.12',
      '--out',
      `${cli.dir}/p.zip`,
    );
    expect(r.code, r.err).toBe(0);
  });
});
