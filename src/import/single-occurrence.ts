import { editDistance } from '../domain/names.ts';
import type { NumberMention } from './mentions.ts';
import type { Token } from './tokens.ts';

/**
 * "en"/"ett" as a promised single occurrence: "Kommunen ska ordna en föräldrakväll om droger", "genomföra en
 * trygghetsmätning", "hålla en gemensam informationsträff", "ordna ett öppet möte". The article counts when a verb
 * of doing comes before it and an event noun (a kväll, dag, träff, möte, mätning, vandring, dialog, föreläsning…)
 * after it. "… i varje högstadieskola" makes the count unknown; "ett i Tyringe och ett i Vinslöv" adds one per
 * place.
 */

const DOING =
  /^(genomföra|genomför|ordna|ordnar|anordna|anordnar|hålla|håller|arrangera|arrangerar|erbjuda|erbjuder|bjuda|medverka|delta|deltaga|starta|göra|gör|planera|bjuder|ha|ge|ta|initiera|leda|leder|samla|inbjuda)$/;
const EVENTS = [
  'kväll',
  'dag',
  'träff',
  'möte',
  'mätning',
  'vandring',
  'dialog',
  'föreläsning',
  'utbildning',
  'kampanj',
  'undersökning',
  'konferens',
  'seminarium',
  'workshop',
  'mässa',
  'kurs',
  'övning',
  'evenemang',
  'enkät',
  'temadag',
  'insats',
  'kontroll',
  'tillsyn',
  'besök',
  'razzia',
  'aktion',
  'informationsinsats',
  'föräldramöte',
];
const ADJECTIVE =
  /^(gemensam|gemensamt|öppen|öppet|större|stor|stort|särskild|särskilt|riktad|riktat|ny|nytt|extra|årlig|årligt|digital|digitalt|fysisk|fysiskt)$/;
const RHYTHM =
  /\b(varje|per|i|en gång per) (månad|månaden|vecka|veckan|termin|terminen|år|året|tertial|kvartal)\b/iu;
const DISTRIBUTIVE =
  /\b(i|på|för|vid|inom) (varje|var|samtliga|alla) |\bper (skola|klass|område|stadsdel)\b/iu;

/** True when `noun` is, or ends in, an event word — also misspelt by one letter ("föreläsnig"). */
export function isEventNoun(noun: string): boolean {
  return EVENTS.some((stem) => {
    if (noun.endsWith(stem)) return true;
    if (stem.length < 8 || noun.length < stem.length - 1) return false;
    return [stem.length - 1, stem.length, stem.length + 1].some(
      (len) => editDistance(noun.slice(-len), stem) <= 1,
    );
  });
}

export type SingleReading =
  | { readonly kind: 'count'; readonly value: number; readonly end: number }
  | { readonly kind: 'uncertain' }
  | null;

/** Reads an "en/ett" mention as a promised count, an uncertain one, or nothing (an article like any other). */
export function singleOccurrence(text: string, tokens: readonly Token[], m: NumberMention): SingleReading {
  if (!m.article) return null;
  const before = tokens.slice(Math.max(0, m.first - 3), m.first).filter((t) => t.type === 'word');
  // "En föräldrakväll om droger" as the whole activity, or a verb of doing just before the article.
  const opens = tokens.slice(0, m.first).every((t) => t.type !== 'word' || t.lower === 'att');
  if (!opens && !before.some((t) => DOING.test(t.lower))) return null;
  let at = m.last;
  // "vid en av kommunens seniorträffar varje månad": one each time the rhythm comes round.
  if (tokens[at]?.lower === 'av') {
    const rest = text.slice(tokens[at]?.end ?? m.end).split(/[.;!?]/)[0] ?? '';
    return RHYTHM.test(rest) ? { kind: 'count', value: 1, end: m.end } : null;
  }
  if (ADJECTIVE.test(tokens[at]?.lower ?? '')) at += 1;
  const noun = tokens[at];
  if (noun?.type !== 'word' || !isEventNoun(noun.lower)) return null;
  const rest = text.slice(noun.end);
  const sentence = rest.split(/[.;!?]/)[0] ?? '';
  if (DISTRIBUTIVE.test(sentence)) return { kind: 'uncertain' };
  const more = sentence.match(/\boch (en|ett) (i|på|vid|för|inom) /giu)?.length ?? 0;
  return { kind: 'count', value: 1 + more, end: noun.end };
}
