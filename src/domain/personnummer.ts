/**
 * The data-protection guard of free texts (notes, status texts, prompt answers): anything that looks like a Swedish
 * personnummer or samordningsnummer is refused, so personal data about suspects or youths is never stored.
 *
 * Recognised: YYMMDD-XXXX, YYMMDD+XXXX, YYMMDDXXXX, YYYYMMDD-XXXX, YYYYMMDDXXXX (also with a space, a no-break
 * space or a typographic dash — as phones and word processors write "-" — before the last four), with a valid month,
 * a day 01–31 (61–91 for a samordningsnummer) and a valid Luhn check digit.
 */

const CANDIDATE = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})[-+ \u00a0\u2010-\u2015\u2212]?(\d{3})(\d)(?!\d)/g;

/** Luhn check over the ten digits YYMMDDNNNC. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when a two-digit month and day form a plausible birth date (day + 60 for a samordningsnummer). */
function plausibleDate(month: number, day: number): boolean {
  if (month < 1 || month > 12) return false;
  const d = day > 60 ? day - 60 : day;
  return d >= 1 && d <= 31;
}

/** Every substring of `text` that looks like a personnummer or samordningsnummer, in order. */
export function findPersonalNumbers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, century, yy, mm, dd, serial, check] = m;
    if (!yy || !mm || !dd || !serial || !check) continue;
    if (century !== undefined && century !== '19' && century !== '20') continue;
    if (!plausibleDate(Number(mm), Number(dd))) continue;
    if (luhnValid(`${yy}${mm}${dd}${serial}${check}`)) found.push(whole);
  }
  return found;
}

/** True when `text` contains something that looks like a personnummer or samordningsnummer. */
export function containsPersonalNumber(text: string): boolean {
  return findPersonalNumbers(text).length > 0;
}
