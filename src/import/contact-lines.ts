import { foldedText } from '../domain/personal-data/normalize.ts';
import { publicTextFindings } from '../domain/personal-data/public-text.ts';
import { PUBLISH_RULES, type PublishRuleId } from '../domain/personal-data/publish-checks.ts';
import { isSignatureLine } from './signed.ts';
import { isContactPerson, isSignatoryLine } from './signed-names.ts';
import { continues } from './wrapping.ts';

/**
 * The lines an agreement's signature and contact block is made of — "Kontaktperson: Eva Ek, eva.ek@savsjo.se,
 * 0382-152 00", "Tel 070-123 45 67", "Olle Nilsson, kommunchef", and a bare name next to such lines — are never a
 * promise or an activity. The personal-data screen (screen.ts) lets them through and the parse leaves them out
 * (parse-document.ts), both from this one list, so a line is never let through and then kept. A line is one when:
 *  - it is a name with a title or a party (signed-names.ts), anywhere; or
 *  - what it holds besides phone numbers, e-mail addresses and contact words ("Tel", "E-post", "Kontaktperson:")
 *    is nothing, a name, a role or the kommun or the police, and it opens with a contact word, or it stands after
 *    the last promise or activity, or after the first line of a signature block ("För Sävsjö kommun",
 *    "Sävsjö 2026-12-01", "Kontaktuppgifter:"); or
 *  - it is a bare name, a role, the kommun or the police ("För Sävsjö kommun") standing next to such a line after
 *    the promises.
 * A line that continues the sentence above it ("… tillsammans med" / "Kommunchef Olle Nilsson") is part of that
 * text, never a contact line; and a personnummer, a registration number or anything else the screen blocks still
 * refuses the document, on a contact line too.
 */

export interface LeftOutLine {
  /** 1-based. */
  readonly line: number;
  /** 'signatory': a name with a title and nothing else; 'contact': a line of a contact block. */
  readonly kind: 'signatory' | 'contact';
  /** The phone numbers and e-mail addresses it held, by kind (never the data itself). */
  readonly found: readonly ('phone' | 'email')[];
}

/** What a contact line may hold that the public page must not show. */
const EXCUSED: ReadonlySet<PublishRuleId> = new Set(['phone', 'email', 'named-person']);
const LABEL_WORDS =
  'kontakt(?:person(?:er|en)?|uppgifter)?|tel(?:efon(?:nummer|nr)?)?|tfn|mobil(?:telefon|nummer|nr)?|' +
  'e-?post(?:adress)?|e-?mail|mejl|mail|växel|underskrift(?:er)?|ort och datum|namnförtydligande';
const LABEL_AT_START = new RegExp(`^(?:${LABEL_WORDS})(?![\\p{L}])`, 'iu');
const LABEL_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${LABEL_WORDS})(?![\\p{L}])\\.?`, 'giu');
/** "Kontaktuppgifter:", "Underskrifter" — a contact word alone opens the block. */
const LABEL_ALONE = new RegExp(`^(?:${LABEL_WORDS})\\s*:?$`, 'iu');
/** "För Sävsjö kommun", "För polisen": the line above a signature. */
const FOR_PARTY =
  /^för\s+(?:polisen|polismyndigheten|kommunen|\p{Lu}[\p{L}-]+\s+kommun|lokalpolisområde\s+[\p{L}-]+)\s*:?$/iu;
const MARKER = /^(?:>\s*)*(?:#{1,6}\s+)?(?:[-*+•·▪–—]\s+|\d{1,2}[.)]\s+|\(\d{1,2}\)\s+)?/u;
const DATA_RULES = PUBLISH_RULES.filter((r) => r.id === 'phone' || r.id === 'email');

/** A line's cells as read: without list markers, bold or quote marks (a line that is no table row has one). */
function cellsOf(raw: string): string[] {
  const cells = raw.includes('\t') ? raw.split('\t') : raw.includes('|') ? raw.split('|') : [raw];
  return cells
    .map((c) =>
      c
        .replace(/\*\*|__|<\/?(?:b|strong)>/giu, '')
        .trim()
        .replace(MARKER, '')
        .trim(),
    )
    .filter((c) => c !== '');
}

/** The line without its phone numbers, e-mail addresses, contact words and punctuation. */
function rest(text: string): string {
  let folded = foldedText(text);
  const spans = DATA_RULES.flatMap((r) => r.find(folded)).sort((a, b) => b[0] - a[0]);
  for (const [s, e] of spans) folded = `${folded.slice(0, s)} ${folded.slice(e)}`;
  return folded
    .replace(LABEL_ANYWHERE, ' ')
    .replace(/[,;:/()|·•–-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Read {
  readonly text: string;
  readonly found: readonly PublishRuleId[];
  /** Holds a number or an address, and besides them nothing but contact words, a name, a role or a party. */
  readonly data: boolean;
  /** A name, a role or a party alone: part of a contact block when it stands in one. */
  readonly person: boolean;
  /** A table row of names with titles, one a cell. */
  readonly signatures?: boolean;
}

function readCell(text: string): Read {
  const found = publicTextFindings(text);
  const only = found.length > 0 && found.every((f) => EXCUSED.has(f));
  const left = only ? rest(text) : '';
  const data = only && (found.includes('phone') || found.includes('email') || LABEL_AT_START.test(text));
  return {
    text,
    found,
    data: data && (left === '' || isContactPerson(left)),
    person: found.length === 0 && isContactPerson(text) && !isSignatoryLine(text),
  };
}

/**
 * A line as read. A table row is a contact line only when every cell is one ("Kontakt | Eva Ek | 0382-152 00"),
 * a signature only when every cell is a name with a title: a cell beside an activity is part of that row.
 */
function read(raw: string): Read {
  const cells = cellsOf(raw);
  const text = cells.join(', ');
  if (cells.length <= 1) return readCell(text);
  const each = cells.map(readCell);
  const signatures = each.every((c) => isSignatoryLine(c.text) && c.found.every((f) => f === 'named-person'));
  const found = [...new Set(each.flatMap((c) => c.found))];
  const contact = each.every(
    (c) => c.data || c.person || LABEL_ALONE.test(c.text) || isSignatoryLine(c.text),
  );
  return {
    text,
    found,
    data: contact && !signatures && each.some((c) => c.data),
    // "För Sävsjö kommun | För polisen": a person or party in every cell, as a signature table opens.
    person: each.every((c) => c.person),
    signatures,
  };
}

/** The lines of `text` that are a signature or contact block's, in order. */
export function contactLines(text: string): LeftOutLine[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(read);
  const isBlockStart = (r: Read) =>
    LABEL_ALONE.test(r.text) ||
    FOR_PARTY.test(r.text) ||
    isSignatureLine(r.text) ||
    (r.signatures ?? isSignatoryLine(r.text));
  // After the last promise or activity: every later line is blank, a contact line, a person or a block start.
  let tail = lines.length;
  while (tail > 0) {
    const r = lines[tail - 1] as Read;
    if (r.text !== '' && !r.data && !r.person && !isBlockStart(r)) break;
    tail--;
  }
  const firstStart = lines.findIndex(isBlockStart);
  const inBlock = (i: number) => i >= tail || (firstStart >= 0 && i > firstStart);

  const kinds = new Map<number, LeftOutLine['kind']>();
  lines.forEach((r, i) => {
    if (r.text === '') return;
    const prev = lines[i - 1];
    // The line goes on with the sentence above it: part of that text, whatever it holds.
    if (prev && prev.text !== '' && !kinds.has(i - 1) && continues(prev.text, r.text)) return;
    const signatory = r.signatures ?? (isSignatoryLine(r.text) && r.found.every((f) => f === 'named-person'));
    if (signatory) kinds.set(i, 'signatory');
    else if (r.data && (LABEL_AT_START.test(r.text) || inBlock(i))) kinds.set(i, 'contact');
  });
  // A bare name, a role, the kommun or "För polisen" next to a contact line goes with it: anywhere after the last
  // promise or activity when that part is a signature block, else in the same paragraph as a contact line.
  // That part is a signature block when it holds a contact line, a signature or a line that opens one.
  const tailHasOne = lines.some((r, i) => i >= tail && (kinds.has(i) || isBlockStart(r)));
  // Each line's paragraph (lines between blank ones) by its first line, and the paragraphs holding a contact line,
  // found once: looked for around every bare name, 20,000 names in one paragraph took seconds.
  const paragraph: number[] = [];
  lines.forEach((_, i) => {
    paragraph.push(i > 0 && (lines[i - 1] as Read).text !== '' ? (paragraph[i - 1] as number) : i);
  });
  const withContact = new Set([...kinds].flatMap(([i, kind]) => (kind === 'contact' ? [paragraph[i]] : [])));
  for (let i = 0; i < lines.length; i++) {
    const r = lines[i] as Read;
    if (i >= tail && tailHasOne && FOR_PARTY.test(r.text)) kinds.set(i, 'contact');
    if (!r.person || !inBlock(i) || kinds.has(i)) continue;
    if (i >= tail && tailHasOne) {
      kinds.set(i, 'contact');
      continue;
    }
    if (withContact.has(paragraph[i])) kinds.set(i, 'contact');
  }
  return [...kinds.entries()]
    .sort(([a], [b]) => a - b)
    .map(([i, kind]) => ({
      line: i + 1,
      kind,
      found: (lines[i] as Read).found.filter((f): f is 'phone' | 'email' => f === 'phone' || f === 'email'),
    }));
}

/** `text` with its signature and contact lines blanked (the line numbers stay), and those lines. */
export function withoutContactLines(text: string): { text: string; left: LeftOutLine[] } {
  const left = contactLines(text);
  const drop = new Set(left.map((l) => l.line));
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return { text: lines.map((l, i) => (drop.has(i + 1) ? '' : l)).join('\n'), left };
}
