import type { Lang } from '../reply.ts';
import { en } from './en.ts';
import { sv, type Texts } from './sv.ts';

export type { Texts };

/** The text catalogue of a language. */
export function textsFor(lang: Lang): Texts {
  return lang === 'en' ? en : sv;
}
