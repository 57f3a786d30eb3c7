import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, rowCounts } from './cli-harness.ts';

/** One line of text: no line break except an optional trailing one. */
const ONE_LINE = /^[^\n]+\n?$/;

/** README "Importing documents": refused whole — exit code 1, one line on stderr, nothing printed, nothing stored. */
describe('npx loftesbot import refuses a file that is no agreement', () => {
  let cli: CliHarness;
  beforeAll(() => {
    cli = cliHarness();
  });
  afterAll(() => cli.dispose());

  it.each([
    ['empty.txt', '', 'hittade inget medborgarlöfte i empty.txt'],
    ['blank.txt', '\n\n   \n', 'hittade inget medborgarlöfte i blank.txt'],
    ['lista.txt', 'Inköpslista\n- mjölk\n- bröd\n', 'hittade inget medborgarlöfte i lista.txt'],
    ['bad.docx', 'Tranås kommun\nMedborgarlöfte 2025–2026\n', 'bad.docx är inte ett Word-dokument'],
  ])('%s', async (name, text, reason) => {
    const file = join(cli.dir, name);
    writeFileSync(file, text);
    for (const extra of [[], ['--dry-run'], ['--json'], ['--dry-run', '--json']]) {
      const r = await cli.run('import', file, ...extra);
      expect(r.code, extra.join(' ')).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toMatch(ONE_LINE);
      expect(r.err).toContain(reason);
      expect(r.err).not.toContain('varning');
    }
    expect((await rowCounts(`sqlite:${cli.dbPath}`)).agreements ?? 0).toBe(0);
  });
});
