import type { ActivityKind } from '../../../domain/activity-kinds.ts';
import type { DocumentRefusal } from '../../../domain/types.ts';

/** Activity kinds and documents in Swedish words (spread into sv.ts; kinds-en.ts has the same keys). */
export const kindsSv = {
  /** An activity kind in a list of them ("riktad insats"), and as an example typed after /logga ("insats"). */
  kindName: (kind: ActivityKind) => kind.singular,
  /** Why a document sent in chat was not read: "avtal.docx är större än 10 MB och importeras inte." */
  documentRefused: (name: string, r: DocumentRefusal) =>
    r.kind === 'too-large'
      ? `${name} är större än ${r.megabytes} MB och importeras inte.`
      : `${name} kunde inte hämtas${r.status ? ` (${r.status})` : ''}.`,
  kindWord: (kind: ActivityKind) => kind.id,
};

export type KindTexts = typeof kindsSv;
