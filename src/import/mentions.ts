import { isTensWord, parseNumberWord } from './numbers.ts';
import { type Token, tokenize } from './tokens.ts';

/**
 * Numbers mentioned in a text that could be counts: "femton (15)", "30", "tjugo två", "2–3". Everything that is
 * a number but not a count is left out: ages ("21 år och yngre"), years, dates ("9/3", "15 mars"), times
 * ("12.00-14.00"), percentages, money, durations, law references ("14 kap 1 §"), week and section numbers.
 */
export interface NumberMention {
  readonly value: number;
  /** Index of the first and one past the last token of the mention. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** "en"/"ett": usually an article, a count only where the context says so. */
  readonly article: boolean;
  /** A word and a bracketed figure that disagree ("femton (16)"): both values. */
  readonly conflict: { readonly word: number; readonly digits: number } | null;
}

const AGE_OR_DURATION =
  /^(år|års|åren|årens|åring|åringar|åringarna|årsåldern|timme|timmar|timmars|minut|minuter|sekunder|dag|dagar|dygn|vecka|veckor|veckors|månad|månader|månaders)$/;
const UNIT_AFTER =
  /^(procent|procentenheter|promille|kronor|kr|sek|tkr|mkr|miljon|miljoner|miljarder|kap|kapitel|kapitlet|kvm|km|meter|mil)$/;
const MONTHS =
  /^(jan|januari|feb|febr|februari|mar|mars|apr|april|maj|jun|juni|jul|juli|aug|augusti|sep|sept|september|okt|oktober|nov|november|dec|december)$/;
const LABEL_BEFORE =
  /^(vecka|veckan|v|kl|klockan|nr|nummer|sida|sidan|rad|punkt|kapitel|lpo|paragraf|tertial|tertialet|steg|fas|version|bilaga|bilagan|dnr|år|året|avsnitt|mål|löfte|aktivitet|tabell|figur|kvartal|bild|lokalpolisområde|rum|hus|väg|gata|gatan|vägen|buss|linje|kap)$/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** The value of a number token that can be a count (plain integer, or a low–high range → low), else null. */
function countValue(token: Token): number | null {
  if (/^\d{1,6}$/.test(token.text)) return Number(token.text);
  const range = /^(\d{1,3})[–-](\d{1,3})$/.exec(token.text);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    return low < high ? low : null;
  }
  return null;
}

function excludedByContext(
  tokens: readonly Token[],
  first: number,
  last: number,
  value: number,
  text: string,
): boolean {
  const head = tokens[first];
  if (!head) return true;
  const prev = tokens[first - 1];
  const next = tokens[last];
  const afterNext = tokens[last + 1];
  if (head.type === 'number' && head.text.length === 4 && value >= 1900 && value <= 2100) return true;
  if (
    head.type === 'number' &&
    (isLetter(text[head.start - 1]) || isLetter(text[head.start + head.text.length]))
  )
    return true;
  if (
    next?.type === 'word' &&
    (AGE_OR_DURATION.test(next.lower) || UNIT_AFTER.test(next.lower) || MONTHS.test(next.lower))
  )
    return true;
  if (next?.text === '-' && afterNext?.type === 'word' && /^år/.test(afterNext.lower)) return true;
  if (next?.text === '§' || prev?.text === '§' || next?.text === '%') return true;
  if (next?.text === ':' && afterNext?.type === 'word' && /^[ae]$/.test(afterNext.lower)) return true;
  if (prev?.type === 'word' && LABEL_BEFORE.test(prev.lower)) return true;
  if (prev?.type === 'word' && prev.lower === 'den' && head.type === 'number' && value <= 31) return true;
  return false;
}

/** Every count-like number in `text`, in order, with the tokens they were read from. */
export function numberMentions(text: string): { mentions: NumberMention[]; tokens: Token[] } {
  const tokens = tokenize(text);
  const mentions: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    let value: number | null = null;
    let last = i + 1;
    let article = false;
    if (t.type === 'number') {
      value = countValue(t);
      if (value === null && !/^\d/.test(t.text)) value = null;
    } else if (t.type === 'word') {
      value = parseNumberWord(t.text);
      if (value !== null) {
        article = t.lower === 'en' || t.lower === 'ett';
        const unit = tokens[i + 1];
        if (isTensWord(t.text) && unit?.type === 'word') {
          const u = parseNumberWord(unit.text);
          if (u !== null && u >= 1 && u <= 9) {
            value += u;
            last = i + 2;
          }
        }
      }
    }
    if (value === null) {
      i += 1;
      continue;
    }
    let conflict: NumberMention['conflict'] = null;
    const open = tokens[last];
    const inner = tokens[last + 1];
    const close = tokens[last + 2];
    if (
      t.type === 'word' &&
      open?.text === '(' &&
      inner?.type === 'number' &&
      /^\d+$/.test(inner.text) &&
      close?.text === ')'
    ) {
      const digits = Number(inner.text);
      if (digits !== value) conflict = { word: value, digits };
      value = digits;
      article = false;
      last += 3;
    }
    const vague =
      article && /^(antal|flertal|fåtal|par|tag|slags|del|mängd)$/.test(tokens[last]?.lower ?? '');
    if (!vague && !excludedByContext(tokens, i, last, value, text)) {
      const end = tokens[last - 1] as Token;
      mentions.push({ value, first: i, last, start: t.start, end: end.end, article, conflict });
    }
    i = last;
  }
  return { mentions, tokens };
}
