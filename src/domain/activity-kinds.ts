import { nameKey } from './names.ts';

/**
 * The kinds of countable activity that agreements name, with the Swedish words people use for them.
 * One place of truth for the command grammar, the importer and the replies.
 */
export interface ActivityKind {
  readonly id: string;
  /** "riktad insats" */
  readonly singular: string;
  /** "riktade insatser" */
  readonly plural: string;
  readonly singularEn: string;
  readonly pluralEn: string;
  /** Words and phrases that name this kind in commands and documents (any case and accents). */
  readonly synonyms: readonly string[];
  /** Word stems that identify the kind inside a longer activity text. */
  readonly stems: readonly string[];
}

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  {
    id: 'insats',
    singular: 'riktad insats',
    plural: 'riktade insatser',
    singularEn: 'targeted operation',
    pluralEn: 'targeted operations',
    synonyms: ['insats', 'insatser', 'riktad insats', 'riktade insatser', 'riktadinsats', 'operation'],
    stems: ['riktade insats', 'riktad insats', 'riktade polisinsats'],
  },
  {
    id: 'trafikkontroll',
    singular: 'trafikkontroll',
    plural: 'trafikkontroller',
    singularEn: 'traffic control',
    pluralEn: 'traffic controls',
    synonyms: ['trafikkontroll', 'trafikkontroller', 'trafik', 'traffic'],
    stems: ['trafikkontroll', 'hastighetskontroll', 'nykterhetskontroll'],
  },
  {
    id: 'trygghetsvandring',
    singular: 'trygghetsvandring',
    plural: 'trygghetsvandringar',
    singularEn: 'safety walk',
    pluralEn: 'safety walks',
    synonyms: ['trygghetsvandring', 'trygghetsvandringar', 'vandring', 'walk'],
    stems: ['trygghetsvandring'],
  },
  {
    id: 'krogkontroll',
    singular: 'krogkontroll',
    plural: 'krogkontroller',
    singularEn: 'licensed premises inspection',
    pluralEn: 'licensed premises inspections',
    synonyms: ['krogkontroll', 'krogkontroller', 'krog', 'krogtillsyn', 'restaurangkontroll'],
    stems: ['krogkontroll', 'krogtillsyn', 'restaurangkontroll', 'krogmiljö'],
  },
  {
    id: 'samverkansmöte',
    singular: 'samverkansmöte',
    plural: 'samverkansmöten',
    singularEn: 'collaboration meeting',
    pluralEn: 'collaboration meetings',
    synonyms: ['samverkansmöte', 'samverkansmöten', 'samverkansmote', 'samverkansmoten', 'möte', 'meeting'],
    stems: ['samverkansmöte'],
  },
  {
    id: 'fotpatrull',
    singular: 'fotpatrullering',
    plural: 'fotpatrulleringar',
    singularEn: 'foot patrol',
    pluralEn: 'foot patrols',
    synonyms: ['fotpatrull', 'fotpatrullering', 'fotpatrulleringar', 'patrull'],
    stems: ['fotpatrull'],
  },
  {
    id: 'lob-pl',
    singular: 'LOB/PL-ingripande',
    plural: 'LOB/PL-ingripanden',
    singularEn: 'LOB/PL intervention',
    pluralEn: 'LOB/PL interventions',
    synonyms: ['lob', 'pl', 'lob-pl', 'lobpl', 'ingripande', 'ingripanden'],
    stems: ['lagen om berusade personer', '(lob)', ' lob ', 'lob/pl', 'lob-'],
  },
  {
    id: 'informationsinsats',
    singular: 'informationsinsats',
    plural: 'informationsinsatser',
    singularEn: 'information campaign',
    pluralEn: 'information campaigns',
    synonyms: [
      'informationsinsats',
      'informationsinsatser',
      'information',
      'kampanj',
      'kampanjer',
      'informationssatsning',
    ],
    stems: ['informationssatsning', 'informationsinsats', 'kampanj', 'langning'],
  },
  {
    id: 'medborgarmöte',
    singular: 'medborgarmöte',
    plural: 'medborgarmöten',
    singularEn: 'public meeting',
    pluralEn: 'public meetings',
    synonyms: ['medborgarmöte', 'medborgarmöten', 'medborgarmote', 'medborgardialog'],
    stems: ['medborgarmöte', 'medborgardialog'],
  },
  {
    id: 'fordonsinspektion',
    singular: 'flygande inspektion',
    plural: 'flygande inspektioner',
    singularEn: 'vehicle inspection',
    pluralEn: 'vehicle inspections',
    synonyms: [
      'fordonsinspektion',
      'inspektion',
      'inspektioner',
      'flygande inspektion',
      'flygande inspektioner',
    ],
    stems: ['flygande inspektion', 'fordonsinspektion'],
  },
  {
    id: 'föreläsning',
    singular: 'föreläsning',
    plural: 'föreläsningar',
    singularEn: 'lecture',
    pluralEn: 'lectures',
    synonyms: ['föreläsning', 'föreläsningar', 'forelasning', 'lecture', 'föräldraföreläsning'],
    stems: ['föreläsning'],
  },
];

const BY_ID = new Map(ACTIVITY_KINDS.map((k) => [k.id, k]));
const BY_WORD = new Map<string, ActivityKind>();
for (const k of ACTIVITY_KINDS) {
  // The English names the English replies use ("You can log: traffic control, …") are read too.
  for (const word of [k.id, k.singular, k.plural, ...k.synonyms, k.singularEn, k.pluralEn])
    BY_WORD.set(nameKey(word), k);
}

export function activityKind(id: string): ActivityKind | null {
  return BY_ID.get(id) ?? null;
}

/** The kind a word or phrase names ("trafikkontroller", "riktad insats", "samverkansmote"), or null. */
export function kindFromWord(word: string): ActivityKind | null {
  return BY_WORD.get(nameKey(word)) ?? null;
}

/** The kind an activity's text describes ("…minst två trygghetsvandringar i centrummiljön…"), or null. */
export function kindFromText(text: string): ActivityKind | null {
  const t = ` ${text.toLocaleLowerCase('sv-SE')} `;
  for (const k of ACTIVITY_KINDS) if (k.stems.some((s) => t.includes(s))) return k;
  return null;
}

/** "riktad insats" / "riktade insatser" (or English) for a count. */
export function kindLabel(kind: ActivityKind, count: number, lang: 'sv' | 'en' = 'sv'): string {
  if (lang === 'en') return count === 1 ? kind.singularEn : kind.pluralEn;
  return count === 1 ? kind.singular : kind.plural;
}
