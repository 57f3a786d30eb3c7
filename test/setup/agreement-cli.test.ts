import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './workspace.ts';

/**
 * The agreement on the command line: show, edit a target (the public page and the report then say "ändrat från …"),
 * and undo an import — allowed while nothing is registered, refused after; every change audited. Today is
 * 2 May 2024, inside the Tranås agreement 2023–2024 of data/seeds.
 */

const NOW = DateTime.fromISO('2024-05-02T10:00:00', { zone: 'Europe/Stockholm' });
const SEED = 'data/seeds/tranas-medborgarlofte-2023-2024.txt';

describe('agreements show|edit and import --undo', () => {
  let ws: CliWorkspace;
  beforeAll(() => {
    ws = cliWorkspace('agreement', NOW);
  });
  afterAll(() => ws.dispose());
  const cli = (args: string[], input: string[] = []) => ws.cli(args, input);

  const idOf = (out: string) => /medborgarlöfte \(([^)]+)\)/.exec(out)?.[1] as string;

  it('imports, undoes, imports again, edits a target, and refuses to undo once something is registered', async () => {
    const first = await cli(['import', SEED]);
    expect(first.code, first.err).toBe(0);
    const undone = await cli(['import', '--undo', idOf(first.out)]);
    expect(undone.out).toBe(
      `Importen av medborgarlöftet 2023–2024 för Tranås (${idOf(first.out)}) är ångrad.`,
    );
    expect((await cli(['agreements', 'show', 'Tranås'])).err).toContain(
      'Tranås har inget medborgarlöfte i Löftesbot.',
    );
    expect((await cli(['import', '--undo', 'no-such-id'])).err).toBe(
      'loftesbot import: inget medborgarlöfte med id no-such-id',
    );

    const again = await cli(['import', SEED]);
    expect(again.out + again.err).toContain('Importerat till nytt medborgarlöfte');
    const id = idOf(again.out);
    const shown = await cli(['agreements', 'show', 'Tranås']);
    expect(shown.out.split('\n')[0]).toBe(`Medborgarlöftet i Tranås 2023–2024 (${id})`);
    const lines = shown.out.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(lines.length).toBeGreaterThan(3);
    const withTarget = lines.find((l) => / \d+ (per år|under perioden|per tertial)/.test(l)) as string;
    const n = Number(withTarget.split('.')[0]);
    const signed = / (\d+ (?:per år|under perioden|per tertial))/.exec(withTarget)?.[1];

    const edited = await cli([
      'agreements',
      'edit',
      'Tranås',
      String(n),
      '--target',
      '40 per år',
      '--name',
      'Kontroller',
    ]);
    expect(edited.code, edited.err).toBe(0);
    // The short name, then the signed text, clipped.
    expect(edited.out).toMatch(/^\d+\. Kontroller: ”[^”]+” — /);
    expect(edited.out.split('” — ')[1]).toBe(
      `${withTarget.split(' — ')[1]?.split(',')[0]}, minst 40 per år (ändrat från ${signed} den 2 maj 2024) · rimlighetsgräns 50 (standard)`,
    );
    expect((await cli(['agreements', 'edit', 'Tranås', String(n), '--target', 'många'])).code).toBe(2);
    const limited = await cli(['agreements', 'edit', 'Tranås', String(n), '--limit', '3']);
    expect(limited.code, limited.err).toBe(0);
    expect(limited.out).toMatch(/ · rimlighetsgräns 3$/);
    expect((await cli(['agreements', 'show', 'Tranås'])).out).toContain(`${limited.out}`);
    const badLimit = await cli(['agreements', 'edit', 'Tranås', String(n), '--limit', 'hög']);
    expect(badLimit).toMatchObject({ code: 2 });
    expect(badLimit.err).toContain('Skriv gränsen som ett antal mellan 1 och 10000');
    expect((await cli(['agreements', 'edit', 'Tranås', '99', '--responsible', 'polis'])).err).toMatch(
      /ingen aktivitet med det numret/,
    );

    const report = await cli(['report', 'Tranås', '--year', '2024', '--format', 'md']);
    expect(report.out).toContain(`(ändrat från ${signed} den 2 maj 2024)`);
    const site = join(ws.dir, 'site');
    expect((await cli(['publish', '--out', site])).code).toBe(0);
    const page = findPage(site, 'tranas');
    expect(readFileSync(page, 'utf8')).toContain(`ändrat från ${signed} den 2 maj 2024`);

    // Something registered against it: the import can no longer be undone, in chat or on the CLI.
    const chat = await cli(
      ['chat'],
      [`/logga ${n} Tranås idag 4`, `/logga ${n} Tranås idag`, '/lofte avtal Tranås ångra import'],
    );
    // Over the limit set above: asked first, nothing stored; one registration is stored at once.
    expect(chat.out).toContain('4 är fler än aktivitetens rimlighetsgräns på 3 per registrering.');
    expect(chat.out).toContain('Registrerat: 1 × Kontroller i Tranås');
    expect(chat.out).toContain('Det finns 1 registrering, så det går inte. Ingenting har ändrats.');
    const refused = await cli(['import', '--undo', id]);
    expect(refused).toMatchObject({
      code: 1,
      err: 'loftesbot import: det finns 1 registrering mot medborgarlöftet; importen kan inte ångras',
    });

    const audit = await cli(['audit', '--json']);
    const actions = audit.out
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { action: string }).action);
    expect(actions).toEqual(expect.arrayContaining(['import.undo', 'activity.target', 'activity.limit']));
  });

  it('refuses contact details in agreement texts from the command line and the terminal chat', async () => {
    const before = (await cli(['agreements', 'show', 'Tranås'])).out;
    const names: readonly [string, string][] = [
      ['Nattvandring, kalle.svensson@tranas.se', 'en e-postadress'],
      ['Nattvandring, ring 070-123 45 67', 'ett telefonnummer'],
      ['Nattvandring (kontakt Kalle Svensson)', 'en persons namn'],
    ];
    for (const [name, found] of names) {
      const r = await cli(['agreements', 'edit', 'Tranås', '1', '--name', name]);
      expect(r.code, name).toBe(2);
      expect(r.err).toContain(found);
      expect(r.err).toContain('kommunens växel');
    }
    const chat = await cli(
      ['chat'],
      [
        '/lofte avtal Tranås ny aktivitet Nattvandring med Kalle Svensson, kalle@tranas.se, 070-123 45 67 gemensam',
        '/lofte avtal Tranås 1 namn Kontakt: anna.berg@tranas.se',
      ],
    );
    expect(chat.out.split('Texten innehåller').length - 1).toBe(2);
    expect(chat.out).toContain('kommunens växel');
    expect((await cli(['agreements', 'show', 'Tranås'])).out).toBe(before);
    const site = join(ws.dir, 'site-2');
    expect((await cli(['publish', '--out', site])).code).toBe(0);
    expect(readFileSync(findPage(site, 'tranas'), 'utf8')).not.toMatch(/Kalle|@tranas|070-123/);
  });
});

function findPage(root: string, slug: string): string {
  const candidates = [join(root, 'k', slug, 'index.html'), join(root, 'k', `${slug}.html`)];
  for (const c of candidates) if (existsSync(c)) return c;
  throw new Error(`no page for ${slug} in ${readdirSync(root).join(', ')}`);
}
