import type { KindTexts } from './kinds-sv.ts';

/** Activity kinds in English words: "traffic control", "safety walk". */
export const kindsEn: KindTexts = {
  kindName: (kind) => kind.singularEn,
  kindWord: (kind) => kind.singularEn,
};
