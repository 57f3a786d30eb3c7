import { cadenceOf } from './cadence.ts';
import { readTarget } from './targets.ts';
import { joinWrapped } from './text-clean.ts';

/**
 * When a line continues the one before it (a line wrap or a page break), and the text of a paragraph as its wrapped
 * lines are joined. Every check reads a bounded part of the paragraph — its last characters, its first
 * `WHOLE_TEXT` characters, two joined lines — so joining n lines costs O(n): a 20,000-line paragraph pasted from
 * a PDF parsed for minutes on the server's event loop while every check re-read the whole growing text
 * (docs/performance.md, "Import: a paste that stopped the bot").
 */

export const NON_FINAL =
  /(^|\s)(och|att|i|av|för|med|på|till|om|en|ett|minst|som|de|den|det|under|vid|från|mot|samt|eller|där|när|inom|genom|kring|per|ska|skall|lovar|kommer|bland|hos|mellan|både|samtliga|alla|olika|inte|ej)$/i;

/** A word a wrapped line may begin with: it continues a phrase ("vid skolor minst 4 per tertial"). */
const CONTINUING =
  /^(och|att|i|av|för|med|på|till|om|vid|under|från|mot|samt|eller|minst|per|som|inom)(\s|$)/i;

/**
 * Up to this many characters a paragraph's amount is read from its whole text. A longer paragraph has one when its
 * first `WHOLE_TEXT` characters have one or any two of its later lines joined have one.
 */
export const WHOLE_TEXT = 500;
/** The characters kept at hand of a paragraph's end: far more than any check on how it ends reads. */
const END = 64;

/** A target ("minst 2 per år", "4 per tertial") or a cadence ("var sjätte vecka") in a text. */
export function hasAmount(text: string): boolean {
  if (cadenceOf(text) !== null) return true;
  const read = readTarget(text);
  return read.target !== null || read.cadence !== undefined;
}

/**
 * True when `next` continues the sentence `prev` was cut in (line wrap or page break). A line in lower case that
 * does not begin mid-phrase ("på hastighet vid skolorna") is an activity of its own when it or the text before has
 * a target or cadence ("trafikkontroller vid skolor 4 per tertial" / "samverkansmöte var sjätte vecka").
 */
export function continues(prev: string | WrappedText, next: string): boolean {
  const text = typeof prev === 'string' ? new WrappedText(prev) : prev;
  const p = text.end.trimEnd();
  if (/[.!?:;]$/.test(p)) return false;
  if (/[,\-–(/&]$/.test(p) || NON_FINAL.test(p)) return true;
  if (!/^[\p{Ll}(]/u.test(next) || /^(och|samt|eller)\s*$/i.test(next)) return false;
  return CONTINUING.test(next) || (!hasAmount(next) && !text.hasAmount());
}

/** The text of a paragraph or list item that wrapped lines are joined to: `text` is always the whole of it. */
export class WrappedText {
  /** The text before `end`: only ever appended to, never read until the paragraph is done. */
  private head = '';
  private tail: string;
  private length: number;
  private lastLine: string;
  /** Past `WHOLE_TEXT`: an amount seen so far, and the texts not yet read for one (read when asked, each once). */
  private amount: boolean | null = null;
  private unread: string[] = [];
  private read = 0;

  constructor(first: string) {
    this.tail = first;
    this.length = first.length;
    this.lastLine = first;
  }

  get text(): string {
    return this.head === '' ? this.tail : this.head + this.tail;
  }

  /** The paragraph's last `END` characters or more (all of it when shorter): what every check on its end reads. */
  get end(): string {
    return this.tail;
  }

  /** Joins a wrapped line (see joinWrapped: only the end of the text before decides how). */
  append(line: string): void {
    const joined = joinWrapped(this.tail, line);
    const length = this.length + joined.length - this.tail.length;
    if (this.amount === null && length > WHOLE_TEXT) {
      this.amount = false;
      this.unread.push(this.text.trimEnd());
    }
    if (this.amount === false) this.unread.push(joinWrapped(this.lastLine, line));
    this.length = length;
    this.lastLine = line;
    if (joined.length > 2 * END) {
      this.head += joined.slice(0, -END);
      this.tail = joined.slice(-END);
    } else this.tail = joined;
  }

  /** A target or cadence in the text: in all of it, or past `WHOLE_TEXT` characters as that constant says. */
  hasAmount(): boolean {
    if (this.amount === null) return hasAmount(this.text.trimEnd());
    while (!this.amount && this.read < this.unread.length)
      this.amount = hasAmount(this.unread[this.read++] as string);
    if (this.amount) this.unread = [];
    return this.amount;
  }
}
