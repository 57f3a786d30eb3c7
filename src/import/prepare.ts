import type { MunicipalityRegister } from '../domain/municipality-register.ts';
import { foundText } from '../domain/personal-data/public-text.ts';
import type { PublishRuleId } from '../domain/personal-data/publish-checks.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { parseDocument } from './parse-document.ts';
import type { DocumentSource } from './read-document.ts';
import { personalDataFindings, type ScreenedLine } from './screen.ts';
import type { ParsedDocument } from './types.ts';

/**
 * Every import — the CLI, a file dropped in chat, text pasted after `/lofte import`, the demo — goes through here
 * between reading the bytes and storing: the caps on lines and activities, the personal-data screen over every
 * line (a document holding a personnummer, a phone number, an e-mail address or a named person is refused whole,
 * naming its lines and what was found), then the parse.
 */

export type Prepared =
  | { readonly ok: true; readonly source: DocumentSource; readonly parsed: ParsedDocument }
  | {
      readonly ok: false;
      readonly reason: 'personal-data';
      readonly lines: readonly number[];
      readonly findings: readonly ScreenedLine[];
      readonly message: string;
    }
  | { readonly ok: false; readonly reason: 'too-large'; readonly message: string };

/** "rad 3, 7 och 12" ("lines 3, 7 and 12") */
export function lineList(lines: readonly number[], lang: 'sv' | 'en' = 'sv'): string {
  const [and, line, linesWord] = lang === 'en' ? ['and', 'line', 'lines'] : ['och', 'rad', 'rad'];
  const shown = lines.slice(0, 20).map(String);
  const more = lines.length > 20 ? ` (${and} ${lines.length - 20} ${lang === 'en' ? 'more' : 'till'})` : '';
  if (shown.length === 1) return `${line} ${shown[0]}`;
  return `${linesWord} ${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1]}${more}`;
}

/** The name chat gives text pasted after `/lofte import` (read as plain text); its refusals say "den inklistrade texten". */
export const PASTED_FILE_NAME = 'inklistrad-text.txt';

/**
 * The refusal of a document holding personal data: what was found on which lines (never the data itself), worded
 * for what it is — a file or the pasted text, an agreement or a follow-up — in Swedish or English.
 */
export function personalDataMessage(
  source: DocumentSource,
  findings: readonly ScreenedLine[],
  kind: 'agreement' | 'follow-up' | null = null,
  lang: 'sv' | 'en' = 'sv',
): string {
  const w = lang === 'en' ? REFUSAL_EN : REFUSAL_SV;
  const pasted = source.fileName === PASTED_FILE_NAME;
  const where = source.format === 'docx' ? w.inDocx : '';
  const rules = [...new Set(findings.flatMap((f) => f.found))];
  const parts = rules.map((rule) => {
    const lines = findings.filter((f) => f.found.includes(rule)).map((f) => f.line);
    const one = rule === 'personnummer' ? w.personnummer : foundText([rule], lang);
    // On two lines there are two: "telefonnummer (rad 20 och 21)", not "ett telefonnummer".
    const name = lines.length > 1 ? (w.plural[rule] ?? one) : one;
    return `${name} (${lineList(lines, lang)}${where})`;
  });
  const single = rules.length === 1 && findings.length === 1 ? rules[0] : undefined;
  const it = single === undefined ? w.them : /^en (?!persons)/.test(foundText([single])) ? w.itCommon : w.it;
  const list =
    parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${w.and} ${parts.at(-1)}`;
  const advice = rules.some((r) => r !== 'personnummer') ? ` ${w.advice}` : '';
  const what = pasted ? w.pasted : source.fileName;
  const why = kind === 'follow-up' ? w.whyFollowUp : w.whyAgreement;
  return `${what} ${w.holds} ${list} ${w.notImported} ${(pasted ? w.removePasted : w.removeFile)(it)} — ${why}${advice}`;
}

const REFUSAL_SV = {
  pasted: 'Den inklistrade texten',
  inDocx: ' i dokumentets text',
  personnummer: 'något som ser ut som ett personnummer',
  and: 'och',
  holds: 'innehåller',
  notImported: 'och importerades inte.',
  removePasted: (it: string) => `Ta bort ${it} ur texten och klistra in den igen`,
  removeFile: (it: string) => `Ta bort ${it} ur dokumentet och importera igen`,
  them: 'dem',
  it: 'det',
  itCommon: 'den',
  plural: {
    personnummer: 'något som ser ut som personnummer',
    phone: 'telefonnummer',
    email: 'e-postadresser',
    'named-person': 'personers namn',
    plate: 'registreringsnummer',
    'street-address': 'gatuadresser',
  } as Partial<Record<PublishRuleId, string>>,
  whyFollowUp:
    'uppföljningen ska bara innehålla sammanräknade uppgifter, och dess texter kan bli offentliga.',
  whyAgreement: 'medborgarlöftets texter visas på den öppna sidan och får inte innehålla personuppgifter.',
  advice:
    'Skriv en roll eller en väg in i stället för en persons namn, telefonnummer eller e-post, t.ex. ”kommunens trygghetssamordnare” eller ”via kommunens växel”.',
};

const REFUSAL_EN: typeof REFUSAL_SV = {
  pasted: 'The pasted text',
  inDocx: ' in the document’s text',
  personnummer: 'something that looks like a personal identity number',
  and: 'and',
  holds: 'holds',
  notImported: 'and was not imported.',
  removePasted: (it: string) => `Remove ${it} from the text and paste it again`,
  removeFile: (it: string) => `Remove ${it} from the document and import it again`,
  them: 'them',
  it: 'it',
  itCommon: 'it',
  plural: {
    personnummer: 'what look like personal identity numbers',
    phone: 'phone numbers',
    email: 'e-mail addresses',
    'named-person': "people's names",
    plate: 'registration numbers',
    'street-address': 'street addresses',
  },
  whyFollowUp: 'the follow-up may hold only totals, and its texts may become public.',
  whyAgreement: 'the agreement’s texts are shown on the public page and may not hold personal data.',
  advice:
    'Write a role or a way in instead of a person’s name, phone number or e-mail, e.g. “the kommun’s safety coordinator” or “via the kommun’s switchboard”.',
};

export function prepareImport(
  source: DocumentSource,
  register: MunicipalityRegister,
  lang: 'sv' | 'en' = 'sv',
): Prepared {
  const lineCount = source.text.split('\n').length;
  if (lineCount > IMPORT_LIMITS.lines) {
    return {
      ok: false,
      reason: 'too-large',
      message: `${source.fileName} har ${lineCount} rader; mer än ${IMPORT_LIMITS.lines} rader är inget medborgarlöfte eller uppföljning och importeras inte`,
    };
  }
  const findings = personalDataFindings(source.text);
  if (findings.length > 0) {
    // Parsed only to word the refusal for an agreement or a follow-up; nothing of it is kept or shown.
    const { kind } = parseDocument(source.text, {
      register,
      fileName: source.fileName,
      format: source.format,
    }).document;
    return {
      ok: false,
      reason: 'personal-data',
      lines: findings.map((f) => f.line),
      findings,
      message: personalDataMessage(source, findings, kind === 'follow-up' ? 'follow-up' : 'agreement', lang),
    };
  }
  const parsed = parseDocument(source.text, { register, fileName: source.fileName, format: source.format });
  if (parsed.document.activities.length > IMPORT_LIMITS.activities) {
    return {
      ok: false,
      reason: 'too-large',
      message: `${source.fileName} ger ${parsed.document.activities.length} aktiviteter; fler än ${IMPORT_LIMITS.activities} importeras inte — dela upp dokumentet per kommun och period`,
    };
  }
  return { ok: true, source, parsed };
}
