import { nameKey } from '../domain/names.ts';

/**
 * Lines that carry no content: page numbers and running heads of printed documents, and the navigation,
 * cookie and sharing chrome around text copied from a web page (polisen.se, kommunens webbplats).
 */

const NAVIGATION = new Set(
  [
    'hoppa till innehållet',
    'hoppa till huvudinnehåll',
    'gå till innehåll',
    'till innehållet',
    'till sidans topp',
    'till toppen',
    'meny',
    'huvudmeny',
    'stäng',
    'stäng meny',
    'sök',
    'sök på polisen.se',
    'sök på webbplatsen',
    'logga in',
    'dela',
    'dela sidan',
    'dela på facebook',
    'dela på x',
    'dela på linkedin',
    'skriv ut',
    'skriv ut sidan',
    'lyssna',
    'läs upp',
    'facebook',
    'twitter',
    'x',
    'linkedin',
    'instagram',
    'youtube',
    'tillbaka',
    'startsida',
    'start',
    'hem',
    'kontakt',
    'kontakta oss',
    'kontakta polisen',
    'cookies',
    'om cookies',
    'om webbplatsen',
    'acceptera',
    'acceptera alla',
    'acceptera alla cookies',
    'godkänn',
    'neka',
    'inställningar',
    'english',
    'other languages',
    'andra språk',
    'lätt svenska',
    'teckenspråk',
    'nyheter',
    'om polisen',
    'aktuellt',
    'polisen',
    'polisen.se',
    'e-tjänster',
    'jobba hos oss',
    'press',
    'presstjänst',
    'ring 112 vid nödsituation',
    'ring 112 vid akut läge',
    'ring 114 14',
    'relaterat',
    'relaterade länkar',
    'mer information',
    'läs mer',
    'visa mer',
    'visa alla',
    'innehåll',
    'innehållsförteckning',
    'sidinnehåll',
    'på den här sidan',
    'senaste nytt',
    'händelser',
    'tipsa oss',
    'anmäl brott',
    'polisens e-tjänster',
  ].map((s) => nameKey(s)),
);

const PATTERNS: readonly RegExp[] = [
  /^(sida|sid|page|s\.)\s*\d+(\s*(av|of|\/|\()\s*\d+\)?)?$/i,
  /^[-–—]?\s*\d{1,3}\s*[-–—]?$/,
  /^\d{1,3}\s*\(\d{1,3}\)$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(publicerad|publicerat|uppdaterad|uppdaterat|senast uppdaterad|senast granskad|sidan uppdaterades|sidan senast ändrad|ändrad|datum)\b[\s:]*[\d\s\-–:.a-zåäö]*$/i,
  /^(https?:\/\/|www\.)\S+$/i,
  /^(©|copyright\b)/i,
  /^(tel|telefon|tfn|e-post|epost|mejl|e-mail)\s*[:.]/i,
  /^([\p{L}\d .,-]{1,40}\s*(>|›|»|\/|\|)\s*){2,}[\p{L}\d .,-]{1,60}$/u,
  /^(dnr|diarienummer|diarienr)\b/i,
  /^[-_=*·•.\s]{3,}$/,
  /^(vi använder kakor|webbplatsen använder kakor|vi använder cookies|den här webbplatsen använder)/i,
];

/** True when a (cleaned, trimmed) line is page or navigation noise. */
export function isNoise(line: string): boolean {
  const t = line.trim();
  if (t === '') return false;
  if (!t.endsWith(':') && NAVIGATION.has(nameKey(t))) return true;
  return PATTERNS.some((re) => re.test(t));
}

const PAGE_MARK = '(?:sida|sid|page|s\\.)\\s*\\d+\\s*(?:av|of|/)\\s*\\d+';
/** A running header or footer from a PDF: a text and a page number set apart by spaces or a tab, either order. */
const RUNNING_HEAD = [
  new RegExp(`^\\s*(\\S.*?)(?:\\s{3,}|\\t)${PAGE_MARK}\\s*$`, 'iu'),
  new RegExp(`^\\s*${PAGE_MARK}(?:\\s{3,}|\\t)(\\S.*?)\\s*$`, 'iu'),
];

/**
 * Page headers and footers copied from a PDF ("Medborgarlöfte Tranås kommun 2027–2028      Sida 1 av 2"): the page
 * number is dropped, the text is kept where it first appears (it is often the title) and blanked where it repeats.
 */
export function stripRunningHeads(lines: readonly string[]): string[] {
  const seen = new Set<string>();
  return lines.map((line) => {
    const text = RUNNING_HEAD.map((re) => re.exec(line)?.[1]).find((t) => t !== undefined);
    if (text === undefined) return line;
    const key = nameKey(text);
    if (seen.has(key)) return '';
    seen.add(key);
    return text;
  });
}
