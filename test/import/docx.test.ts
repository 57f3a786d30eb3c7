import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/import/parse-document.ts';
import { documentFromBytes } from '../../src/import/read-document.ts';
import { readRefusalText } from '../../src/import/read-refusal.ts';
import type { ImportedDocument } from '../../src/import/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';
import { docxFromText } from './docx-twin.ts';

/** A Word document built in the test from the text twin of a seed imports exactly like the text. */

const SEEDS = [
  'tranas-medborgarlofte-2023-2024.txt',
  'tranas-uppfoljning-2020-t3.txt',
  'savsjo-uppfoljning-2020-t3.txt',
];

/** Warnings name lines in text and paragraphs in Word (see cite.ts). */
function withoutLines(doc: ImportedDocument): ImportedDocument {
  return {
    ...doc,
    warnings: doc.warnings.map((w) => w.replace(/^(rad \d+|stycket ”[^”]*”|tabellraden ”[^”]*”): /, '')),
  };
}

describe('Word (.docx) documents', () => {
  it.each(SEEDS)('%s as .docx imports the same as its text twin', async (seed) => {
    const text = readFileSync(new URL(`../../data/seeds/${seed}`, import.meta.url), 'utf8');
    const docxName = seed.replace(/\.txt$/, '.docx');
    const read = await documentFromBytes(docxName, await docxFromText(text));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.source.format).toBe('docx');
    expect(read.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const register = loadRegister();
    const fromWord = parseDocument(read.source.text, { register, fileName: docxName });
    const fromText = parseDocument(text, { register, fileName: seed });
    expect(withoutLines(fromWord.document)).toEqual(withoutLines(fromText.document));
    expect(fromWord.title).toBe(fromText.title);
  });

  it('keeps Word tables as rows of cells and lists as list items', async () => {
    const read = await documentFromBytes(
      'x.docx',
      await docxFromText(
        '## Rubrik\n\n- första punkten\n- andra punkten\n\nAktivitet\tTertial 1\nPolisen ska patrullera\tKlart\n',
      ),
    );
    expect(read.ok && read.source.text).toBe(
      '## Rubrik\n\n- första punkten\n- andra punkten\n\nAktivitet\tTertial 1\nPolisen ska patrullera\tKlart\n',
    );
  });

  it('refuses old .doc, PDF, RTF, binary and broken Word files with a refusal worded in Swedish and in English', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const cases: [string, Uint8Array, string, string, string][] = [
      [
        'gammal.doc',
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]),
        'old-doc',
        'äldre Word-fil (.doc)',
        'older Word file (.doc)',
      ],
      ['a.pdf', bytes('%PDF-1.7\n'), 'pdf', 'är en PDF', 'is a PDF'],
      ['a.rtf', bytes('{\\rtf1 hej}'), 'rtf', 'är en RTF-fil', 'is an RTF file'],
      [
        'bild.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
        'binary',
        'ser inte ut att vara en textfil',
        'does not look like a text file',
      ],
      [
        'trasig.docx',
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
        'docx-unreadable',
        'ingen läsbar Word-fil',
        'not a readable Word file',
      ],
      ['falsk.docx', bytes('bara text'), 'not-docx', 'är inte ett Word-dokument', 'is not a Word document'],
    ];
    const seen = [];
    for (const [name, data, , sv, en] of cases) {
      const read = await documentFromBytes(name, data);
      if (read.ok) throw new Error(`${name} was read`);
      seen.push([
        name,
        read.refusal.kind,
        readRefusalText(read.refusal).includes(sv),
        readRefusalText(read.refusal, 'en').includes(en),
        readRefusalText(read.refusal, 'en').startsWith(name),
      ]);
      expect(readRefusalText(read.refusal, 'en')).not.toMatch(/[åäö]/);
    }
    expect(seen).toEqual(cases.map(([name, , kind]) => [name, kind, true, true, true]));
  });

  it('reads Windows-1252 and UTF-16 text files', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Tran'), 0xe5, 0x73, 0x20, 0x6b, 0xf6, 0x72]);
    const a = await documentFromBytes('a.txt', latin1);
    expect(a.ok && a.source.text).toBe('Tranås kör');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Sävsjö'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const b = await documentFromBytes('b.txt', utf16);
    expect(b.ok && b.source.text).toBe('Sävsjö');
  });
});
