import type { Lang } from '../reply.ts';

/**
 * The command words in the reader's language. The grammar takes both languages' words and writes the commands it
 * suggests or gives as an example in Swedish (`/lofte admin roller Sävsjö`, `/lofte avtal Sävsjö`); a reply shows
 * them to an English reader with the English words the grammar takes too (`/lofte admin roles Sävsjö`,
 * `/lofte agreement Sävsjö`), so an example can be copied in the reader's own words. Kommun names, roles
 * (`samordnare`) and quoted data stay as they are. The one table of the Swedish command words and their English
 * aliases (README "Commands").
 */

/** A command's first words, Swedish → English; the longest first. */
const COMMANDS_EN: readonly (readonly [string, string])[] = [
  ['/lofte admin ta bort roll', '/lofte admin remove role'],
  ['/lofte admin koppla bort', '/lofte admin unbind'],
  ['/lofte admin koppla', '/lofte admin bind'],
  ['/lofte admin roller', '/lofte admin roles'],
  ['/lofte admin roll', '/lofte admin role'],
  ['/lofte admin område ny', '/lofte admin area new'],
  ['/lofte avtal', '/lofte agreement'],
  ['/lofte mål', '/lofte target'],
  ['/lofte historik', '/lofte history'],
  ['/lofte registreringar', '/lofte registrations'],
  ['/lofte rätta', '/lofte correct'],
  ['/lofte språk', '/lofte language'],
  ['/lofte hem', '/lofte home'],
  ['/logga', '/log'],
  ['/sammanfattning', '/summary'],
  ['/rapportera', '/report'],
  ['/statistik', '/stats'],
  ['/samverkan', '/meeting'],
  ['/hjalp', '/help'],
];

/** The words after `/lofte agreement <kommun>` (or its number), Swedish → English. */
const AGREEMENT_WORDS_EN: readonly (readonly [RegExp, string])[] = [
  [/ ta bort (?=\d)/u, ' remove '],
  [/ ny aktivitet /u, ' new activity '],
  [/ ångra import$/u, ' undo import'],
  [/ (\d+) namn /u, ' $1 name '],
  [/ (\d+) ansvar /u, ' $1 responsible '],
  [/ (\d+) gräns /u, ' $1 limit '],
  [/ (\d+) löfte /u, ' $1 promise '],
  [/ löfte (?=\d)/u, ' promise '],
  [/ titel /u, ' title '],
];

/** The words after `/report <kommun>`, Swedish → English. */
const REPORT_WORDS_EN: readonly (readonly [RegExp, string])[] = [
  [/ avpublicera(?= |$)/u, ' unpublish'],
  [/ publicera(?= |$)/u, ' publish'],
];

/** The target's basis after `/lofte target <kommun> <nr> <antal>`, Swedish → English. */
const TARGET_WORDS_EN: readonly (readonly [RegExp, string])[] = [
  [/ per år$/u, ' per year'],
  [/ under perioden$/u, ' for the period'],
  [/ inget$/u, ' none'],
];

const WORDS_EN: Readonly<Record<string, readonly (readonly [RegExp, string])[]>> = {
  '/lofte agreement': AGREEMENT_WORDS_EN,
  '/lofte target': TARGET_WORDS_EN,
  '/report': REPORT_WORDS_EN,
};

const startsWithWords = (line: string, words: string) =>
  line === words || line.startsWith(`${words} `) || line.startsWith(`${words}\n`);

/** A command line (`/lofte avtal Sävsjö 5 namn …`) in the reader's command words; other text as it is. */
export function commandIn(lang: Lang, line: string): string {
  if (lang !== 'en') return line;
  const found = COMMANDS_EN.find(([sv]) => startsWithWords(line, sv));
  if (!found) return line;
  const [sv, en] = found;
  const english = `${en}${line.slice(sv.length)}`;
  const words = WORDS_EN[en] ?? [];
  return words.reduce((text, [from, to]) => text.replace(from, to), english);
}
