/**
 * A day as people read it in a sentence, in the reader's language: "6 dec 2026" / "6 Dec 2026" (`YYYY-MM-DD` in).
 * For a day in running text where the weekday does not matter (when a target was changed, when a file was imported).
 */

const MONTHS = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

export function dayText(day: string, lang: 'sv' | 'en' = 'sv'): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[lang][Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}
