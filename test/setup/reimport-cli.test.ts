import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialects } from '../support/databases.ts';
import {
  RECORDED_WORDS,
  type RecordKind,
  recordAgainst,
  SAVSJO_2027,
  SAVSJO_2027_FIXED,
} from '../support/reimport.ts';
import { type CliWorkspace, cliWorkspace } from './workspace.ts';

/**
 * `npx loftesbot import` of a corrected agreement for the years Sävsjö already has one for: --dry-run says what
 * the import will do; it replaces the earlier one while nothing is recorded against it, and is refused (exit 1,
 * nothing stored) once something is — the same rule as chat's Spara.
 */

const NOW = DateTime.fromISO('2026-12-07T10:00:00', { zone: 'Europe/Stockholm' });

describe.each(testDialects())('import of a corrected agreement on the command line [$name]', ({ name }) => {
  let db: TestDatabase;
  let ws: CliWorkspace;
  beforeEach(async () => {
    db = await createTestDatabase(name);
    ws = cliWorkspace('reimport', NOW, db.url);
    writeFileSync(join(ws.dir, 'savsjo.txt'), SAVSJO_2027);
    writeFileSync(join(ws.dir, 'savsjo-rattad.txt'), SAVSJO_2027_FIXED);
  });
  afterEach(async () => {
    ws.dispose();
    await db.dispose();
  });
  const of2027 = async () => (await db.store.agreementsOf('0684')).length;

  const KINDS: readonly RecordKind[] = ['nothing', 'registrations', 'statuses'];
  it.each(KINDS)('%s recorded against the first', async (kind) => {
    expect((await ws.cli(['import', join(ws.dir, 'savsjo.txt')])).code).toBe(0);
    await recordAgainst(db.store, '0684', kind, NOW.toMillis());
    const fixed = join(ws.dir, 'savsjo-rattad.txt');
    const dry = await ws.cli(['import', fixed, '--dry-run']);
    expect(dry.err).toContain('obs: Sävsjö har redan');
    const run = await ws.cli(['import', fixed]);
    const words = RECORDED_WORDS[kind];
    expect(await of2027()).toBe(1);
    if (words === null) {
      expect(dry.err).toContain('importen ersätter det med det här');
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain(
        'Ersatte medborgarlöftet 2027–2028 (importerat 7 dec 2026 på kommandoraden från',
      );
      expect(run.err).not.toContain('varning: kommunen hade redan');
      const shown = await ws.cli(['agreements', 'show', 'Sävsjö', '--year', '2027']);
      expect(shown.out).toContain('14');
      return;
    }
    expect(dry.err).toContain(words);
    expect(run.code).toBe(1);
    expect(run.err).toContain(words);
    expect(run.err).toContain('npx loftesbot agreements edit Sävsjö <nr> --year 2027');
    expect(run.out).not.toContain('Importerat');
  });
});
