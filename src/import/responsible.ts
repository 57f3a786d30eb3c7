import { editDistance } from '../domain/names.ts';
import type { Responsible } from '../domain/types.ts';

/**
 * Who is responsible for an activity, from its wording: "Polisen ska/lovar" → polis, "Kommunen ska/lovar" → kommun,
 * "Polisen och kommunen", "Kommunen … tillsammans med polisen", "Vi" → gemensam.
 */

const POLICE =
  /\b(polis|polisen|polisens|kommunpolis(en)?|lokalpolisområde(t)?|lpo|närpolis(en)?|ingripandeverksamheten)\b/;
const MUNICIPALITY =
  /\b(kommun|kommunen|kommunens|stad|staden|stadens|region|regionen|socialtjänst(en)?|socialförvaltning(en)?|skola|skolan|skolor(na)?|fritid|fritidsgård(en|ar|arna)?|fritidsförvaltning(en)?|förvaltning(en)?|räddningstjänst(en)?|fältgrupp(en)?|fältare(na)?|fältassistent(er|erna)?|trygghetssamordnare(n)?|brå|kultur(-| och )fritid|barn- och utbildning|utbildningsförvaltning(en)?|tekniska förvaltningen|samhällsbyggnad(sförvaltning(en)?)?|kommunstyrelsen|elevhälsa(n)?|ungdomsmottagning(en)?)\b/;
const SUBJECT =
  /^(?:att\s+)?(.{1,60}?)\s+(?:ska|skall|lovar|kommer att|kommer|åtar sig|avser|vill|ansvarar|förbinder sig|genomför|arbetar|bjuder|erbjuder|deltar|fortsätter|bidrar|håller|anordnar|arrangerar|utför|utbildar|informerar|besöker|patrullerar|medverkar|driver|kontrollerar)\b/;
/** A subject that starts with a party: "Polisen", "Kommunen", "Vi", "Tranås kommun", "Socialtjänsten och polisen". */
const PARTY_FIRST =
  /^(även |dessutom |också |sedan )?(polis|kommun|vi(?![\p{L}])|socialtj|socialförv|skol|fält|lokalpolis|lpo(?![\p{L}])|närpolis|fritid|räddning|tillsammans|gemensamt|parterna|[\p{L}-]+s? (kommun|stad)(?![\p{L}])|region(en)? )/u;
const TOGETHER_WITH =
  /\b(tillsammans med|i samverkan med|i samarbete med|gemensamt med|ihop med|samverkar med)\s+(\S+\s+){0,2}?(polisen|polis|kommunen|kommun)\b/;

/** A misspelt party as the first word ("Polsien ska", "Kommunenn lovar") read as the party it names. */
function fixPartyTypo(lower: string): string {
  return lower.replace(
    /^(att\s+)?(\p{L}{6,9})(?![\p{L}])/u,
    (whole, lead: string | undefined, word: string) => {
      const fixed = ['polisen', 'kommunen'].find((p) => p !== word && editDistance(word, p) === 1);
      return fixed ? `${lead ?? ''}${fixed}` : whole;
    },
  );
}

function partyOf(phrase: string): Responsible | null {
  const p = phrase.toLocaleLowerCase('sv-SE');
  const police = POLICE.test(p);
  const municipality = MUNICIPALITY.test(p);
  if ((police && municipality) || /^(vi|tillsammans|gemensamt|parterna)\b/.test(p)) return 'gemensam';
  if (police) return 'polis';
  if (municipality) return 'kommun';
  return null;
}

/** The party named as the subject of a "ska/lovar/kommer att" clause ("Polisen ska …"), or null. */
export function subjectParty(text: string): Responsible | null {
  const subject = SUBJECT.exec(fixPartyTypo(text.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim()));
  const phrase = subject?.[1] ?? '';
  return PARTY_FIRST.test(phrase) && phrase.split(' ').length <= 8 ? partyOf(phrase) : null;
}

const LABELLED =
  /(?:ansvarig(?:a)?|ansvar|ansvarar)\s*[:–-]\s*([^.;)]{2,40})|\(\s*((?:polisen|kommunen|polis|kommun|gemensamt|gemensam)(?:\s*(?:och|\/|,|&)\s*(?:polisen|kommunen|polis|kommun))?)\s*\)\s*\.?$/;

/** The party the wording of an activity names, or null when it names none. */
export function responsibleFromText(text: string): Responsible | null {
  const t = fixPartyTypo(text.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim());
  const labelled = LABELLED.exec(t);
  if (labelled) {
    const named = responsibleFromCell(labelled[1] ?? labelled[2] ?? '');
    if (named) return named;
  }
  const subject = SUBJECT.exec(t);
  const party = subject ? partyOf(subject[1] ?? '') : null;
  if (party && party !== 'gemensam') {
    const rest = t.slice((subject?.[0] ?? '').length);
    const other = party === 'polis' ? /(kommunen|kommun)$/ : /(polisen|polis)$/;
    const m = TOGETHER_WITH.exec(rest);
    if (m && other.test(m[0])) return 'gemensam';
    return party;
  }
  if (party) return party;
  const police = POLICE.test(t);
  const municipality = MUNICIPALITY.test(t);
  if (police && municipality && /\b(mellan|tillsammans|samverkan|gemensam\w*|och)\b/.test(t))
    return 'gemensam';
  return null;
}

/** The party a table's "Ansvarig" cell names ("Polisen", "Kommunen", "Polis/kommun", "Gemensamt"). */
export function responsibleFromCell(cell: string): Responsible | null {
  const c = cell.toLocaleLowerCase('sv-SE');
  if (/\b(gemensam(t)?|båda|alla|samtliga|tillsammans)\b/.test(c)) return 'gemensam';
  return partyOf(c);
}

/** The party a block intro names: "Polisen lovar att:", "Kommunens åtaganden", "Vi lovar att:". */
export function responsibleFromIntro(intro: string): Responsible | null {
  return partyOf(intro);
}

const POLICE_WORK =
  /\b(narkotika\w*|brott\w*|lagför\w*|beslag\w*|spaning\w*|ingrip\w*|kontroll\w*|patrull\w*|insats\w*|identifiera\w*|utredning\w*|lob|polislagen|hastighet\w*|rattfylleri\w*)\b/;
const MUNICIPAL_WORK =
  /\b(skol\w*|socialtjänst\w*|föräld\w*|fritid\w*|belysning\w*|information\w*|kampanj\w*|föreläsning\w*|elev\w*|lokal|lokaler|bostad\w*|bygg\w*|klotter\w*|städ\w*|ungdomsgård\w*|tillsyn\w*|alkohol\w*|tobak\w*)\b/;

/**
 * The party to assume when neither the wording, the table nor an intro names one: police work (operations,
 * controls, drug crime) → polis, municipal services (schools, social services, campaigns) → kommun,
 * collaboration and everything else → gemensam.
 */
export function defaultResponsible(text: string, kind: string | null): Responsible {
  if (kind === 'samverkansmöte' || kind === 'trygghetsvandring' || kind === 'medborgarmöte')
    return 'gemensam';
  if (kind === 'insats' || kind === 'trafikkontroll' || kind === 'fotpatrull' || kind === 'lob-pl')
    return 'polis';
  if (kind === 'fordonsinspektion') return 'polis';
  if (kind === 'informationsinsats' || kind === 'föreläsning') return 'kommun';
  const t = text.toLocaleLowerCase('sv-SE');
  const police = POLICE_WORK.test(t);
  const municipal = MUNICIPAL_WORK.test(t);
  if (police && !municipal) return 'polis';
  if (municipal && !police) return 'kommun';
  return 'gemensam';
}
