import type { Responsible } from '../domain/types.ts';
import { responsibleFromIntro, responsibleFromText } from './responsible.ts';
import { wordRegex } from './word-regex.ts';

/**
 * What a heading or an introducing line opens: the list of promises ("Polisen och kommunen lovar att gemensamt
 * arbeta för:", "Medborgarlöften Sävsjö kommun 2020-2021"), the activities ("Det ska vi åstadkomma genom följande
 * aktiviteter", "Polisen lovar att:"), one promise with its activities below ("Löfte 1: Öka tryggheten"), or
 * a part to skip (lägesbild, bakgrund, signatures).
 */
export type Intro =
  | { readonly kind: 'commitments' }
  | { readonly kind: 'activities'; readonly party: Responsible | null }
  | { readonly kind: 'commitment'; readonly text: string }
  | { readonly kind: 'ignore' };

const PARTY =
  '(polisen|kommunen|polis|kommun|vi|socialtjänsten|skolan|polisen och kommunen|kommunen och polisen|polis och kommun|kommun och polis|tillsammans|gemensamt|parterna|[\\p{L}-]+ (?:kommun|stad)(?: och (?:polisen|lokalpolisområde [\\p{L}-]+|lpo [\\p{L}-]+|polisen i [\\p{L}-]+))?|region [\\p{L}-]+)';
const PARTY_BLOCK = new RegExp(
  `^(?:${PARTY}( (gemensamt|tillsammans))? (lovar|ska|skall|kommer|åtar sig|förbinder sig|ansvarar för)( att)?( (gemensamt|tillsammans))?( att)?( (följande|detta))?|${PARTY}s (åtaganden?|aktiviteter|löften|insatser|ansvar)|(gemensamma|gemensamt) (åtaganden?|aktiviteter|insatser)|tillsammans lovar vi( att)?|gemensamt lovar vi( att)?)\\s*:?$`,
  'iu',
);
const COMMITMENT_HEADING = /^(?:medborgar)?löfte(?:t)?\s*(?:nr\.?\s*)?(?:\d+|[ivx]+)?\s*[:.–—-]\s*(.{6,})$/iu;
const AIM = wordRegex(
  '^(att )?(öka|minska|förbättra|stärka|skapa|motverka|förebygga|bryta|förhindra|främja|reducera|höja|sänka|verka för|arbeta för|arbeta långsiktigt|arbeta med|en ökad|ökad|minskad|minskat|ökat|tryggare|säkrare)',
);
const COMMITMENT_TITLES = [wordRegex('^(våra |lokala |följande |gemensamma )?(medborgar)?löften(a)?')];
const COMMITMENT_LIST = wordRegex('^(vårt |lokalt |detta |följande )?(medborgar)?löfte(t)?( för| i)?');
const COMMITMENTS = [
  wordRegex(
    'lovar (gemensamt |tillsammans )?(att )?(gemensamt |tillsammans )?(\\S+ ){0,3}(arbeta|verka) för',
  ),
  wordRegex('(följande|dessa|tre|två|fyra) (medborgar)?löften'),
  wordRegex('^vi lovar( att)?( gemensamt)?( arbeta)?( för)?$'),
];
const ACTIVITIES = wordRegex(
  '(följande|dessa|våra|gemensamma) (aktiviteter|åtgärder|insatser)|^aktiviteter(na)?|^åtgärder(na)?|^insatser(na)?|det ska vi åstadkomma|så (här )?ska vi|så gör vi|detta gör vi|det här gör vi|vad gör vi|vad ska göras|genom (följande|att)$|aktiviteter kopplat|uppföljning av aktiviteter|konkreta aktiviteter',
);
const IGNORE = wordRegex(
  '^(lägesbild(en)?|bakgrund|vad är (ett )?medborgarlöften?|vad är medborgarlöften|om medborgarlöften|syfte(t)?|underskrift(er)?|undertecknande|kontakt(uppgifter)?|kontaktpersoner|uppföljning(en)?$|återrapportering(en)?$|inledning|sammanfattning|definitioner|medverkande|ansvariga|brottsförebyggande arbete|referenser|bilaga|bilagor|källor|statistik|trygghetsmätning(en)?|problembild(en)?|analys|orsaker|nuläge)',
);

/**
 * What `text` opens, or null when it opens nothing we know. `heading` is true for headings (Markdown, bold or
 * capitals); a paragraph only counts as an intro when it ends with ":" or is short.
 */
export function classifyIntro(text: string, heading: boolean): Intro | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const bare = t.replace(/[.:;!]+$/, '').trim();
  const colon = t.endsWith(':');
  // A long sentence is no intro — except the promise the parties open with ("Vaggeryds kommun och
  // Lokalpolisområde Värnamo lovar att under 2027–2028 arbeta för att öka tryggheten …"), when it names no count.
  const opening =
    COMMITMENTS[0]?.test(bare) === true &&
    t.length <= 300 &&
    !/\d|\bminst\b/iu.test(bare.replace(/(19|20)\d\d/g, ''));
  if (!heading && !colon && t.length > 110 && !opening) return null;
  if (PARTY_BLOCK.test(bare)) {
    if (wordRegex('(arbeta|verka) för').test(bare)) return { kind: 'commitments' };
    return { kind: 'activities', party: responsibleFromIntro(bare) };
  }
  const numbered = COMMITMENT_HEADING.exec(bare);
  if (numbered?.[1] && heading) return { kind: 'commitment', text: numbered[1].trim() };
  if (ACTIVITIES.test(bare) && !AIM.test(bare)) return { kind: 'activities', party: null };
  const titled =
    ((heading || colon) && COMMITMENT_TITLES.some((re) => re.test(bare))) ||
    (colon && COMMITMENT_LIST.test(bare));
  if ((titled || COMMITMENTS.some((re) => re.test(bare))) && !wordRegex('uppföljning').test(bare)) {
    return { kind: 'commitments' };
  }
  if (heading && IGNORE.test(bare)) return { kind: 'ignore' };
  if (heading && AIM.test(bare) && responsibleFromText(bare) === null && bare.length >= 10) {
    return { kind: 'commitment', text: bare };
  }
  return null;
}

/** "Vi ska minska …", "Vi lovar att öka …": a promise in the first person, with an aim's own verb. */
const WE_AIM = wordRegex(
  '^vi (ska|skall|vill|lovar att|kommer att) (öka|minska|förbättra|stärka|motverka|förebygga|bryta|förhindra|främja|reducera|höja|sänka)',
);

/** True for a text that reads like a promise (an aim) rather than a concrete activity. */
export function readsLikeAim(text: string): boolean {
  if (WE_AIM.test(text.trim())) return true;
  return AIM.test(text.trim()) && responsibleFromText(text) === null;
}

const ACTIVITY_VERB = wordRegex(
  '^(att )?(genomföra|genomför|arbeta|bedriva|delta|deltaga|anordna|arrangera|hålla|erbjuda|informera|sprida|utbilda|identifiera|kartlägga|prioritera|samverka|medverka|upprätta|implementera|fortsätta|utveckla|införa|patrullera|fotpatrullera|kontrollera|besöka|bjuda|ta fram|tillhandahålla|upplåta|öppna|vara|följa|stötta|stödja|möjliggöra|initiera|starta|driva|använda|bistå|rekrytera|ordna|planera|kalla|träffa|närvara|finnas|synas|engagera|samordna|ansvara|tillsätta|återrapportera|rapportera|uppmärksamma|verka|se till|säkerställa|skapa|erbjuda|öka närvaron|hålla|göra|satsa|utföra|mäta|genomföra)',
);

/** True for a text that reads like a concrete activity: a party that "ska/lovar", or an activity verb first. */
export function readsLikeActivity(text: string): boolean {
  return responsibleFromText(text) !== null || ACTIVITY_VERB.test(text.trim());
}

const PROMISING = wordRegex(
  'ska|skall|lovar|kommer att|åtar sig|förbinder sig|planerar att|avser att|mål|målet',
);
const PERFECT = wordRegex(
  '(har|hade|har inte|har ej|har under \\S+)( \\S+){0,8}? (genomfört|genomförts|hållit|hållits|varit|skett|gjort|gjorts|patrullerat|deltagit|besökt|uppfyllt|startat|startats|kontrollerat|kontrollerats|anordnat|anordnats|arrangerat|arrangerats|ordnat|ordnats|träffats|påbörjat|påbörjats|avslutats|utförts|utfört|nått|ökat|minskat)',
);
const PAST = wordRegex(
  'genomfördes|hölls|skedde|deltog|gjordes|startades|anordnades|arrangerades|beslagtogs|påbörjades|avslutades|utfördes|genomförd|genomförda|genomfört|är planerad|är planerat|planeras( till| under| i)?|pågår|blev|inställd|inställt|ställdes in',
);

/**
 * True for a text that reports what was done rather than promising it: perfect or past tense ("Nio riktade
 * insatser har genomförts", "Polisen har vid tre tillfällen genomfört …", "Trygghetsmätningen genomfördes i juni",
 * "Planeras till maj") and no promising word ("ska", "lovar", "mål").
 */
export function readsLikeOutcome(text: string): boolean {
  const t = text.trim();
  if (PROMISING.test(t)) return false;
  return PERFECT.test(t) || PAST.test(t);
}

const ABOUT_FOLLOW_UP = wordRegex(
  '^((uppföljning|uppföljningen)( av (medborgarlöftet|medborgarlöftena|löftet|löftena|arbetet|aktiviteterna))? (sker|görs|ska ske|kommer att ske|genomförs)|(medborgarlöftet|medborgarlöftena|löftet|löftena|arbetet|aktiviteterna) (följs|ska följas|kommer att följas) upp)',
);

/** A sentence on how the agreement itself is followed up ("Uppföljning sker tertialvis."): no activity. */
export function aboutFollowUp(text: string): boolean {
  return ABOUT_FOLLOW_UP.test(text.trim());
}
