import { readdirSync, readFileSync } from 'node:fs';
import type { Target } from '../domain/types.ts';
import { prepareImport } from '../import/prepare.ts';
import { documentFromBytes } from '../import/read-document.ts';
import { readRefusalText } from '../import/read-refusal.ts';
import type { ImportedDocument } from '../import/types.ts';
import { projectPath } from '../runtime/paths.ts';
import { loadRegister } from '../runtime/register.ts';

/**
 * The demo's agreements, imported from the real seed documents in data/seeds by the importer itself (the same
 * prepare step and parse as `npx loftesbot import`), so the demo and the importer cannot disagree.
 */

export interface DemoActivity {
  readonly text: string;
  readonly commitment: number | null;
  readonly responsible: 'polis' | 'kommun' | 'gemensam';
  readonly kind: string | null;
  readonly target: Target | null;
}

export interface DemoAgreement {
  /** `seed-<kommun>-<from>-<to>` for a seed document, `demo-<kommun>-<from>-<to>` for a current demo copy. */
  readonly id: string;
  readonly municipalityCode: string;
  readonly title: string;
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly source: string;
  readonly commitments: readonly string[];
  readonly activities: readonly DemoActivity[];
  /** The imported document, for a seed: its follow-up (statuses, counts, statistics) is stored from it. */
  readonly document?: ImportedDocument;
  readonly fileName?: string;
  readonly sha256?: string;
}

export const SEEDS_DIR = projectPath('data', 'seeds');

/** "Tranås" → "tranas": the kommun part of a demo agreement id. */
export function idName(kommun: string): string {
  return kommun
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

/** Every seed document read and parsed as an import, ordered by id (kommun, then period). A seed the importer refuses is an error. */
export async function seedAgreements(dir: string = SEEDS_DIR): Promise<DemoAgreement[]> {
  const register = loadRegister();
  const out: DemoAgreement[] = [];
  for (const fileName of readdirSync(dir).sort()) {
    const read = await documentFromBytes(fileName, readFileSync(`${dir}/${fileName}`));
    if (!read.ok) throw new Error(`demo seed ${fileName}: ${readRefusalText(read.refusal)}`);
    const prepared = prepareImport(read.source, register);
    if (!prepared.ok) throw new Error(`demo seed ${fileName}: ${prepared.message}`);
    const { parsed } = prepared;
    const doc = parsed.document;
    if (!parsed.complete || !doc.period || !parsed.municipalityCode || !doc.municipality)
      throw new Error(`demo seed ${fileName}: no complete agreement`);
    out.push({
      id: `seed-${idName(doc.municipality)}-${doc.period.from}-${doc.period.to}`,
      municipalityCode: parsed.municipalityCode,
      title: parsed.title,
      periodFrom: doc.period.from,
      periodTo: doc.period.to,
      source: `seed:${fileName}`,
      commitments: doc.commitments.map((c) => c.text),
      activities: doc.activities.map((a) => ({
        text: a.text,
        commitment: a.commitment,
        responsible: a.responsible,
        kind: a.kind,
        target: a.target,
      })),
      document: doc,
      fileName,
      sha256: read.source.sha256,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
