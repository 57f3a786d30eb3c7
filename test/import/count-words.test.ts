import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/bots/core/reply.ts';
import { agreementEn } from '../../src/bots/core/texts/agreement-en.ts';
import { agreementSv } from '../../src/bots/core/texts/agreement-sv.ts';
import { importEn } from '../../src/bots/core/texts/import-en.ts';
import { importSv } from '../../src/bots/core/texts/import-sv.ts';
import { outcomeLine } from '../../src/cli/commands/import.ts';
import { type CoreFixture, coreFixture } from '../core/fixtures.ts';
import { createTestDatabase } from '../support/databases.ts';
import { runImport } from './run-import.ts';

/**
 * Counts in the import's replies agree with their number: "1 aktivitet sparad", "2 aktiviteter sparade",
 * "1 activity saved" — in chat (both languages) and on the command line.
 */

const TEXTS: readonly [string, (n: number) => string, string, string][] = [
  ['sv savedAgreement', (n) => importSv.savedAgreement(n), '1 aktivitet sparad.', '2 aktiviteter sparade.'],
  ['en savedAgreement', (n) => importEn.savedAgreement(n), '1 activity saved.', '2 activities saved.'],
  [
    'sv savedCounts',
    (n) => importSv.savedCounts(n, n, n),
    '1 lägestext (utkast), 1 registrering, 1 statistikuppgift.',
    '2 lägestexter (utkast), 2 registreringar, 2 statistikuppgifter.',
  ],
  [
    'en savedCounts',
    (n) => importEn.savedCounts(n, n, n),
    '1 status text (draft), 1 registration, 1 statistics figure.',
    '2 status texts (drafts), 2 registrations, 2 statistics figures.',
  ],
  [
    'sv unmatched',
    (n) => importSv.unmatched(n),
    '1 rad liknade ingen aktivitet i det sparade medborgarlöftet och sparades inte.',
    '2 rader liknade ingen aktivitet i det sparade medborgarlöftet och sparades inte.',
  ],
  [
    'en unmatched',
    (n) => importEn.unmatched(n),
    '1 row matched no activity of the stored agreement and was not saved.',
    '2 rows matched no activity of the stored agreement and were not saved.',
  ],
  [
    'sv hasRegistrations (ångra import)',
    (n) => agreementSv.hasRegistrations(n),
    'Det finns 1 registrering, så det går inte. Ingenting har ändrats.',
    'Det finns 2 registreringar, så det går inte. Ingenting har ändrats.',
  ],
  [
    'en hasRegistrations (undo import)',
    (n) => agreementEn.hasRegistrations(n),
    'There is 1 registration, so this cannot be done. Nothing has changed.',
    'There are 2 registrations, so this cannot be done. Nothing has changed.',
  ],
];

describe('import counts', () => {
  it.each(TEXTS)('%s: one and many', (_, text, one, many) => {
    expect(text(1)).toBe(one);
    expect(text(2)).toBe(many);
  });

  const ONE = [
    'Medborgarlöfte för Eksjö kommun 2025–2026',
    '',
    'Polisen och kommunen lovar att gemensamt arbeta för:',
    '- att öka tryggheten i Eksjö centrum',
    '',
    'Det ska vi åstadkomma genom följande aktiviteter:',
    '- Polisen ska genomföra minst tolv (12) riktade insatser per år.',
  ].join('\n');

  describe('after Spara in chat', () => {
    let f: CoreFixture;
    beforeAll(async () => {
      f = await coreFixture('sqlite');
    });
    afterAll(async () => {
      expect(f.errors).toEqual([]);
      await f.dispose();
    });
    const CASES: readonly ['sv' | 'en', string, string, string][] = [
      ['sv', 'Eksjö', '1 aktivitet sparad.', 'aktiviteter'],
      ['en', 'Nässjö', '1 activity saved.', 'activities'],
    ];
    it.each(CASES)('%s: an agreement with one activity', async (lang, kommun, line, plural) => {
      const preview = await f.say('admin', `/lofte import ${ONE.replaceAll('Eksjö', kommun)}`, { lang });
      const save = preview.buttons?.find((b) => b.actionId === ACTION.importSave);
      if (!save) throw new Error(`no Spara button: ${preview.fallback}`);
      // The platform reports the person's language with the press too.
      const saved = await f.core.handleAction({
        eventId: `count-save-${lang}`,
        platform: 'console',
        person: 'console:admin',
        conversationId: 'terminal',
        actionId: save.actionId,
        value: save.value,
        lang,
      });
      expect(saved.tone).toBe('success');
      expect(saved.fallback).toContain(line);
      expect(saved.fallback).not.toContain(plural);
    });
  });

  const OUTCOMES: readonly [number, string][] = [
    [1, '1 statustext, 1 statistikuppgift, 1 registrering.'],
    [2, '2 statustexter, 2 statistikuppgifter, 2 registreringar.'],
  ];
  it.each(OUTCOMES)('the command line outcome line with %i of each', (n, counts) => {
    const line = outcomeLine({
      status: 'imported',
      agreementId: 'a1',
      createdAgreement: false,
      statuses: n,
      statistics: n,
      registrations: n,
      unmatched: [],
      overlapping: false,
      replaced: [],
      kept: [],
    });
    expect(line).toBe(`Importerat till befintligt medborgarlöfte (a1): ${counts}`);
  });

  it('the command line words one promise and one activity in the singular', async () => {
    const db = await createTestDatabase('sqlite');
    const dir = mkdtempSync(join(tmpdir(), 'loftesbot-count-'));
    try {
      const file = join(dir, 'eksjo.txt');
      writeFileSync(file, ONE);
      const dry = await runImport(db.url, [file, '--dry-run']);
      expect(dry.out).toContain('Eksjö: medborgarlöfte 2025–2026 — 1 löfte, 1 aktivitet');
      const stored = await runImport(db.url, [file]);
      expect(stored.code).toBe(0);
      expect(stored.out).toContain('Eksjö: medborgarlöfte 2025–2026 — 1 löfte, 1 aktivitet');
      expect(stored.out).toMatch(/: 0 statustexter, 0 statistikuppgifter, 0 registreringar\.$/m);
    } finally {
      await db.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
