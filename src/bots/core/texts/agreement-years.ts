import { periodSpan } from '../../../domain/target.ts';
import type { Agreement } from '../../../domain/types.ts';
import type { Lang } from '../reply.ts';
import type { agreementSv } from './agreement-sv.ts';

/**
 * A year without an agreement, with the years that have one: "Sävsjö har inget medborgarlöfte för 2030 i Löftesbot."
 * and "Medborgarlöften finns för 2025–2026 och 2027", and the first year of the latest, for the command that shows
 * it. The command line's `agreements show --year` and chat's `/status`, `/sammanfattning` word it alike; `years` is
 * null when the kommun has no agreement at all.
 */
export function agreementYears(
  texts: typeof agreementSv,
  lang: Lang,
  kommun: string,
  year: number,
  agreements: readonly Pick<Agreement, 'periodFrom' | 'periodTo'>[],
): { readonly headline: string; readonly years: string | null; readonly latest: number | null } {
  const headline = texts.noAgreementYear(kommun, year);
  if (agreements.length === 0) return { headline, years: null, latest: null };
  const sorted = [...agreements].sort((a, b) => a.periodFrom - b.periodFrom);
  const spans = sorted.map((a) => periodSpan(a.periodFrom, a.periodTo));
  const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(spans);
  return {
    headline,
    years: texts.agreementsFor(list, spans.length > 1),
    latest: sorted.at(-1)?.periodFrom ?? null,
  };
}
