import { kindFromText } from '../domain/activity-kinds.ts';
import { type NumberMention, numberMentions } from './mentions.ts';
import { isEventNoun } from './single-occurrence.ts';
import type { Token } from './tokens.ts';
import { wordRegex } from './word-regex.ts';

/**
 * The count a follow-up cell states: "Genomfört tjugotvå riktade insatser" → 22, "Genomfört en" → 1,
 * "Sammanlagt under 2020 har 51 …" → 51, "Ej genomfört pga. pandemin" → 0, "Pågår" → null.
 */

const DONE =
  /^(genomfört|genomförts|genomförde|genomförda|genomförd|genomfördes|hållit|hållits|höll|hölls|utfört|utförts|utförde|gjort|gjorts|gjordes|haft|har|hade|totalt|sammanlagt|hittills|skett|skedde|blev|varit|deltagit|besökt|kontrollerat|kontrollerats|minst)$/;
const TIMES = /^(gång|gången|gånger|tillfälle|tillfällen|träff|träffar|möte|möten)$/;
/** Numbers of people ("35 deltagare", "450 unga deltog") count no occurrences of the activity. */
const PEOPLE =
  /^(deltagare|personer|person|elever|elev|unga|ungdomar|ungdom|barn|vuxna|vårdnadshavare|föräldrar|besökare|invånare|svarande|anställda|deltog|boende|medarbetare|poliser)$/;
const NEGATED = wordRegex(
  '(genomfördes|genomförts|hölls|hållits|skedde|gjordes|blev) (inte|ej|aldrig)|(ej|inte|icke) (genomfört|genomförd|genomförts|utfört|utförts|påbörjat|påbörjad|startat|gjort|gjorts|hållits|hållit|skett|blivit av|av)|inga (\\S+ )?(har )?(genomförts|genomförda|hållits|skett)|ingen (\\S+ )?(har )?(genomförts|genomförd|hållits|skett)',
);
const STATISTICS = wordRegex('misstank(ar|e)?|varav|överlåtelse|innehav|eget bruk|dopningslagen');
const CUMULATIVE_START = /^\s*(sammanlagt|totalt|summa|hela året|helåret|helår|ackumulerat|ackumulerad)/i;
const CUMULATIVE = wordRegex(
  '(sammanlagt|totalt|ackumulerat|hittills)( \\S+){0,6} (under|för|i) (hela )?(året|år|(19|20)\\d{2})|(sammanlagt|totalt|hittills) i år|hittills under året',
);

/** True when a cell states a figure for the year so far rather than for its own tertial. */
export function isCumulative(cell: string): boolean {
  if (CUMULATIVE_START.test(cell) && /(19|20)\d{2}|året|i år|helår/i.test(cell)) return true;
  return /^\s*(hela året|helåret|helår)/i.test(cell) || CUMULATIVE.test(cell);
}

/** True when a cell holds drug statistics rather than a status text. */
export function looksLikeStatistics(cell: string): boolean {
  const hits = cell.match(new RegExp(STATISTICS.source, 'giu'));
  return (hits?.length ?? 0) >= 2;
}

function marked(tokens: readonly Token[], m: NumberMention): boolean {
  for (const back of [1, 2]) {
    const t = tokens[m.first - back];
    if (t?.type === 'word' && DONE.test(t.lower)) return true;
  }
  const next = tokens[m.last];
  if (next?.type === 'word' && TIMES.test(next.lower)) return true;
  if (next?.type === 'word' && isEventNoun(next.lower)) return true;
  const after = tokens
    .slice(m.last, m.last + 3)
    .map((t) => t.text)
    .join(' ');
  return after !== '' && kindFromText(after) !== null;
}

/** The count a status cell states, or null when it states none. */
export function statedCount(cell: string): number | null {
  const text = cell.trim();
  if (text === '' || looksLikeStatistics(text)) return null;
  const found = numberMentions(text);
  const tokens = found.tokens;
  const mentions = found.mentions.filter((m) => !PEOPLE.test(tokens[m.last]?.lower ?? ''));
  const preferred = mentions.find((m) => marked(tokens, m));
  if (preferred) return preferred.value;
  const plain = mentions.find((m) => !m.article);
  if (plain) return plain.value;
  if (NEGATED.test(text)) return 0;
  return null;
}
