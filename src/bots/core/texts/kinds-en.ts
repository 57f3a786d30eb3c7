import type { KindTexts } from './kinds-sv.ts';

/** Activity kinds and documents in English words: "traffic control", "avtal.docx is larger than 10 MB …". */
export const kindsEn: KindTexts = {
  kindName: (kind) => kind.singularEn,
  documentRefused: (name, r) =>
    r.kind === 'too-large'
      ? `${name} is larger than ${r.megabytes} MB and is not imported.`
      : `${name} could not be fetched${r.status ? ` (${r.status})` : ''}.`,
  kindWord: (kind) => kind.singularEn,
};
