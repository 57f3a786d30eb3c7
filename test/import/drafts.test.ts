import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImport } from '../../src/import/prepare.ts';
import { storeImport } from '../../src/import/store-import.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { type CoreFixture, coreFixture } from '../core/fixtures.ts';
import { testDialects } from '../support/databases.ts';

/** Imported follow-up statuses are drafts: nothing reaches the public page until `/rapportera … publicera`. */

const FILE = 'aneby-webbsida-uppfoljning-2021-t1.txt';
const ANEBY = '0604';

describe.each(testDialects())('imported statuses are drafts until published [$name]', ({ name }) => {
  let f: CoreFixture;
  const published = async () => {
    const r = await sql<{ published: number | boolean; n: number | string }>`
      select s.published as published, count(*) as n from follow_up_statuses s
      join activities a on a.id = s.activity_id join agreements g on g.id = a.agreement_id
      where g.municipality_code = ${ANEBY} group by s.published`.execute(f.db.handle.db);
    return Object.fromEntries(r.rows.map((x) => [Number(x.published) ? 'published' : 'draft', Number(x.n)]));
  };

  beforeAll(async () => {
    f = await coreFixture(name);
  });
  afterAll(async () => {
    await f.dispose();
  });

  it('stores the statuses unpublished; /rapportera Aneby publicera T1 2021 releases them', async () => {
    const text = readFileSync(new URL(`./fixtures/${FILE}`, import.meta.url), 'utf8');
    const prepared = prepareImport(
      { fileName: FILE, format: 'text', text, sha256: 'd'.repeat(64) },
      loadRegister(),
    );
    if (!prepared.ok) throw new Error(prepared.message);
    const outcome = await storeImport(
      { store: f.db.store, clock: f.clock, ids: () => crypto.randomUUID(), actor: 'cli:operator' },
      { parsed: prepared.parsed, fileName: FILE, sha256: prepared.source.sha256 },
    );
    expect(outcome).toMatchObject({ status: 'imported', statuses: 3 });
    expect(await published()).toEqual({ draft: 3 });

    const reply = await f.say('admin', '/rapportera Aneby publicera T1 2021');
    expect(reply.tone).not.toBe('error');
    expect(await published()).toEqual({ published: 3 });
  });
});
