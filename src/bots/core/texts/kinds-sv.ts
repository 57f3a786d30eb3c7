import type { ActivityKind } from '../../../domain/activity-kinds.ts';

/** Activity kinds in Swedish words (spread into sv.ts; kinds-en.ts has the same keys). */
export const kindsSv = {
  /** An activity kind in a list of them ("riktad insats"), and as an example typed after /logga ("insats"). */
  kindName: (kind: ActivityKind) => kind.singular,
  kindWord: (kind: ActivityKind) => kind.id,
};

export type KindTexts = typeof kindsSv;
