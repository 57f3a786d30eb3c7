import type { TargetBasis } from '../domain/types.ts';
import type { ImportNote, NoteBody, NotePlace } from './notes.ts';

/**
 * The words of every import note (notes.ts), once each, in Swedish and in English. The command line and
 * `import --json` print Swedish; chat renders a preview's notes in the person's language.
 */

export type NoteLang = 'sv' | 'en';

interface Words {
  place(p: NotePlace): string;
  body(b: NoteBody): string;
}

const kommunOf = (k: string | null) => k ?? '<kommun>';

const BASIS_SV: Record<TargetBasis, string> = {
  year: 'per år',
  tertial: 'per tertial',
  period: 'under perioden',
};
const ORDINAL_SV = ['', '', 'andra', 'tredje', 'fjärde', 'femte'];
const PUBLIC_SV = 'medborgarlöftets texter visas på den öppna sidan';

function linksSv(links: readonly (number | null)[], kommun: string): string {
  const linked = links.flatMap((c, i) => (c === null ? [] : [`${i + 1} → löfte ${c + 1}`]));
  const loose = links.flatMap((c, i) => (c === null ? [String(i + 1)] : []));
  const parts = ['dokumentet säger inte vilket löfte aktiviteterna hör till.'];
  if (linked.length > 0)
    parts.push(`Kopplade efter orden de delar med löftet: aktivitet ${linked.join(', ')}.`);
  if (loose.length > 0) {
    parts.push(
      linked.length > 0
        ? `Utan löfte (under Övriga aktiviteter): ${loose.join(', ')}.`
        : 'Ingen aktivitet upprepar ett löftes ord; alla står under Övriga aktiviteter.',
    );
  }
  parts.push(`Ändra med /lofte avtal ${kommun} <nr> löfte <nr>`);
  return parts.join(' ');
}

const SV: Words = {
  place: (p) => {
    if (p.kind === 'line') return `rad ${p.line}`;
    if (p.kind === 'paragraph') return `stycket ”${p.words}”`;
    if (p.kind === 'row') return `tabellraden ”${p.words}”`;
    if (p.kind === 'start') return 'ett stycke i början av dokumentet';
    const which = p.nth === 1 ? 'stycket' : `det ${ORDINAL_SV[p.nth] ?? `${p.nth}:e`} stycket`;
    return `${which} efter ”${p.words}”`;
  },
  body: (b) => {
    const nr = 'nr' in b ? (b.nr === null ? '<nr>' : String(b.nr)) : '';
    const hint = 'nr' in b && b.nr === null ? ' (numret står i /lofte avtal)' : '';
    const mal = 'kommun' in b ? `/lofte mål ${kommunOf(b.kommun)} ${nr}` : '';
    switch (b.kind) {
      case 'signatory':
        return `ett namn med titel (underskrift eller kontaktperson) togs bort och sparas inte — ${PUBLIC_SV}`;
      case 'contact': {
        const what = b.found
          .map((f) => (f === 'phone' ? 'ett telefonnummer' : 'en e-postadress'))
          .join(' och ');
        return `en kontakt- eller underskriftsrad${what ? ` med ${what}` : ''} togs bort och sparas inte — ${PUBLIC_SV}`;
      }
      case 'capitals': {
        const [what, it, command] =
          b.what === 'title' ? ['rubriken', 'den', 'titel'] : ['löftet', 'det', `löfte ${b.promise}`];
        return `${what} stod i versaler och sparas som ”${b.stored}” — skriv om ${it} med /lofte avtal ${kommunOf(b.kommun)} ${command} <text> om ett namn eller en förkortning ska skrivas annorlunda`;
      }
      case 'no-kommun':
        return 'hittade ingen kommun i dokumentet';
      case 'kommun-from-file-name':
        return `dokumentet nämner ingen kommun; använder filnamnets (${b.kommun})`;
      case 'tertial-assumed':
        return `kunde inte läsa vilket tertial uppföljningen avser; antar T${b.tertial} ${b.year}`;
      case 'follow-up-unknown':
        return 'kunde inte läsa vilket år och tertial uppföljningen avser';
      case 'period-assumed':
        return `hittade ingen period för medborgarlöftet; antar ${b.year}`;
      case 'no-period':
        return 'hittade ingen period för medborgarlöftet (t.ex. 2023–2024)';
      case 'no-period-found':
        return 'hittade ingen period i dokumentet';
      case 'approximate':
        return `målet kunde inte läsas: ”${b.words}” är ett ungefärligt antal; sätt det med ${mal} ${b.count} ${BASIS_SV[b.per]} om det är målet${hint} — aktiviteten sparas utan mål`;
      case 'range': {
        const basis = BASIS_SV[b.per];
        return `målet är ett intervall (”${b.words}”); sparas som minst ${b.count} ${basis} — ändra med ${mal} ${b.high} ${basis} om målet är ${b.high}${hint}`;
      }
      case 'year-targets': {
        const figures = b.figures.map((f) => `${f.year}: ${f.count ?? '–'}`).join(', ');
        const changes = b.changes.map(
          (c) =>
            `när ${c.year} börjar, ändra det med ${mal} ${c.count} per år (${c.year - 1} bedöms då fortfarande mot ${c.before})`,
        );
        return `målet skiljer sig mellan åren (${figures}); sparas som ${b.stored} per år — ${changes.join('; ')}${hint}`;
      }
      case 'cadence': {
        const times =
          typeof b.perYear === 'number'
            ? `${b.perYear} ${b.perYear === 1 ? 'gång' : 'gånger'}`
            : `${b.perYear[0]} eller ${b.perYear[1]} gånger`;
        return `målet kunde inte läsas: ”${b.phrase}” blir ${times} per år; sätt det med ${mal} ${b.exact ?? '<antal>'} per år om det är målet${hint} — aktiviteten sparas utan mål`;
      }
      case 'basis-unstated':
        return `”${b.excerpt}” säger inte om målet ${b.count} gäller per år, per tertial eller för hela perioden; sparas som ${b.count} per år — ändra efter importen med ${mal} ${b.count} under perioden (eller per tertial)${b.nr === null ? '; numret står i /lofte avtal' : ''}`;
      case 'unstated-links':
        return linksSv(b.links, kommunOf(b.kommun));
      case 'nothing-found':
        return 'hittade varken löften eller aktiviteter';
      case 'unsure-target':
        return `osäkert mål i ”${b.sentence}”: antalet framgår inte; aktiviteten sparas utan mål`;
      case 'typo':
        return `tolkade ”${b.word}” som ${b.value}`;
      case 'target-unreadable':
        return `kunde inte tolka målet i ”${b.excerpt}”`;
      case 'different-numbers':
        return `olika tal i ”${b.excerpt}” (${b.word} och ${b.digits}); använder ${b.digits}`;
      case 'several-targets':
        return `flera mål i ”${b.excerpt}”; använder det första (${b.value})`;
      case 'statistic-twice':
        return b.tertial === null
          ? `${b.category} anges två gånger i samma ruta; använder den första`
          : `${b.category} anges två gånger för T${b.tertial}; använder den första`;
      case 'statistic-unreadable':
        return `kunde inte tolka statistiken i ”${b.text}…”`;
      case 'statistics-without-year':
        return 'hittade statistik men inte vilket år den gäller; statistiken hoppas över';
      case 'year-total-too-small':
        return `årssumman för ${b.category} (${b.total}) är mindre än de tidigare tertialen; figuren för T${b.tertial} hoppas över`;
    }
  },
};

const BASIS_EN: Record<TargetBasis, string> = {
  year: 'per year',
  tertial: 'per tertial',
  period: 'for the period',
};
const ORDINAL_EN = ['', '', 'second', 'third', 'fourth', 'fifth'];
const PUBLIC_EN = "the agreement's texts are shown on the public page";

function linksEn(links: readonly (number | null)[], kommun: string): string {
  const linked = links.flatMap((c, i) => (c === null ? [] : [`${i + 1} → promise ${c + 1}`]));
  const loose = links.flatMap((c, i) => (c === null ? [String(i + 1)] : []));
  const parts = ['the document does not say which promise the activities belong to.'];
  if (linked.length > 0)
    parts.push(`Linked by the words they share with the promise: activity ${linked.join(', ')}.`);
  if (loose.length > 0) {
    parts.push(
      linked.length > 0
        ? `Without a promise (under Other activities): ${loose.join(', ')}.`
        : "No activity repeats a promise's words; all are under Other activities.",
    );
  }
  parts.push(`Change it with /lofte agreement ${kommun} <no> promise <no>`);
  return parts.join(' ');
}

const EN: Words = {
  place: (p) => {
    if (p.kind === 'line') return `line ${p.line}`;
    if (p.kind === 'paragraph') return `the paragraph “${p.words}”`;
    if (p.kind === 'row') return `the table row “${p.words}”`;
    if (p.kind === 'start') return 'a paragraph at the start of the document';
    const which = p.nth === 1 ? 'the paragraph' : `the ${ORDINAL_EN[p.nth] ?? `${p.nth}th`} paragraph`;
    return `${which} after “${p.words}”`;
  },
  body: (b) => {
    const nr = 'nr' in b ? (b.nr === null ? '<no>' : String(b.nr)) : '';
    const hint = 'nr' in b && b.nr === null ? ' (the number is in /lofte agreement)' : '';
    const target = 'kommun' in b ? `/lofte target ${kommunOf(b.kommun)} ${nr}` : '';
    switch (b.kind) {
      case 'signatory':
        return `a name with a title (a signature or a contact person) was left out and is not stored — ${PUBLIC_EN}`;
      case 'contact': {
        const what = b.found
          .map((f) => (f === 'phone' ? 'a phone number' : 'an e-mail address'))
          .join(' and ');
        return `a contact or signature line${what ? ` with ${what}` : ''} was left out and is not stored — ${PUBLIC_EN}`;
      }
      case 'capitals': {
        const [what, command] = b.what === 'title' ? ['title', 'title'] : ['promise', `promise ${b.promise}`];
        return `the ${what} was written in capitals and is stored as “${b.stored}” — reword it with /lofte agreement ${kommunOf(b.kommun)} ${command} <text> if a name or an acronym should be written otherwise`;
      }
      case 'no-kommun':
        return 'found no kommun in the document';
      case 'kommun-from-file-name':
        return `the document names no kommun; using the file name’s (${b.kommun})`;
      case 'tertial-assumed':
        return `could not read which tertial the follow-up is for; assuming T${b.tertial} ${b.year}`;
      case 'follow-up-unknown':
        return 'could not read which year and tertial the follow-up is for';
      case 'period-assumed':
        return `found no period for the agreement; assuming ${b.year}`;
      case 'no-period':
        return 'found no period for the agreement (e.g. 2023–2024)';
      case 'no-period-found':
        return 'found no period in the document';
      case 'approximate':
        return `the target could not be read: “${b.words}” is an approximate number; set it with ${target} ${b.count} ${BASIS_EN[b.per]} if that is the target${hint} — the activity is stored without a target`;
      case 'range': {
        const basis = BASIS_EN[b.per];
        return `the target is a range (“${b.words}”); stored as at least ${b.count} ${basis} — change it with ${target} ${b.high} ${basis} if the target is ${b.high}${hint}`;
      }
      case 'year-targets': {
        const figures = b.figures.map((f) => `${f.year}: ${f.count ?? '–'}`).join(', ');
        const changes = b.changes.map(
          (c) =>
            `when ${c.year} begins, change it with ${target} ${c.count} per year (${c.year - 1} is still judged against ${c.before})`,
        );
        return `the target differs between the years (${figures}); stored as ${b.stored} per year — ${changes.join('; ')}${hint}`;
      }
      case 'cadence': {
        const times =
          typeof b.perYear === 'number'
            ? `${b.perYear} ${b.perYear === 1 ? 'time' : 'times'}`
            : `${b.perYear[0]} or ${b.perYear[1]} times`;
        return `the target could not be read: “${b.phrase}” comes to ${times} a year; set it with ${target} ${b.exact ?? '<count>'} per year if that is the target${hint} — the activity is stored without a target`;
      }
      case 'basis-unstated':
        return `“${b.excerpt}” does not say whether the target ${b.count} is per year, per tertial or for the whole period; stored as ${b.count} per year — change it after the import with ${target} ${b.count} for the period (or per tertial)${b.nr === null ? '; the number is in /lofte agreement' : ''}`;
      case 'unstated-links':
        return linksEn(b.links, kommunOf(b.kommun));
      case 'nothing-found':
        return 'found neither promises nor activities';
      case 'unsure-target':
        return `unsure target in “${b.sentence}”: the number is not stated; the activity is stored without a target`;
      case 'typo':
        return `read “${b.word}” as ${b.value}`;
      case 'target-unreadable':
        return `could not read the target in “${b.excerpt}”`;
      case 'different-numbers':
        return `different numbers in “${b.excerpt}” (${b.word} and ${b.digits}); using ${b.digits}`;
      case 'several-targets':
        return `several targets in “${b.excerpt}”; using the first (${b.value})`;
      case 'statistic-twice':
        return b.tertial === null
          ? `${b.category} is given twice in the same cell; using the first`
          : `${b.category} is given twice for T${b.tertial}; using the first`;
      case 'statistic-unreadable':
        return `could not read the statistics in “${b.text}…”`;
      case 'statistics-without-year':
        return 'found statistics but not which year they are for; the statistics are skipped';
      case 'year-total-too-small':
        return `the year’s total for ${b.category} (${b.total}) is smaller than the earlier tertials’; the figure for T${b.tertial} is skipped`;
    }
  },
};

/** A note's body alone, in the language asked for. */
export function noteBodyText(body: NoteBody, lang: NoteLang = 'sv'): string {
  return (lang === 'en' ? EN : SV).body(body);
}

/** A note with where it points ("rad 7: …", "stycket efter ”…”: …"), in the language asked for. */
export function noteText(n: ImportNote, lang: NoteLang = 'sv'): string {
  const words = lang === 'en' ? EN : SV;
  const place = n.place ?? (n.line === null ? null : { kind: 'line' as const, line: n.line });
  return place ? `${words.place(place)}: ${words.body(n.body)}` : words.body(n.body);
}
