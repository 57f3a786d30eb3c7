import { commandNames } from '../../core/commands.ts';
import { renderText } from '../../core/render-text.ts';
import {
  type FormSpec,
  notificationOf,
  type Reply,
  type ReplyButton,
  type ReplySection,
} from '../../core/reply.ts';

/**
 * Commands as a Teams channel or group chat needs them. There a message reaches the bot only when it @mentions it,
 * so "/status Sävsjö" — as the core writes every example, hint and right form — does nothing; the same command is
 * "@Löftesbot status Sävsjö". In a personal chat the core's own spelling works and is left alone.
 *
 * Only the core's own words change: `/<command>` of the known command list (Swedish names, English aliases and typed
 * forms, commands.ts) in the headline, notification, titles, section texts, fields (the help's lines), the context
 * line, button labels and the form's title, labels and hints. Never what a person wrote: quoted text (”…”, “…” — the
 * core quotes what it repeats), table cells (status texts), a bar's note, a form's values, and the words written in
 * this very turn (a note "kolla /status Tranås" in the confirmation's Anteckning and "Läst som", a form's text).
 */

/** How commands are written in a conversation that is not a personal chat. */
export interface CommandWriting {
  /** The bot's display name, as people @mention it (the activity's recipient name). */
  readonly botName: string;
  /** What the person wrote in this turn (the command text, a form's values), kept as written wherever it shows. */
  readonly typed?: string;
}

/** The bot's name when the activity does not say (the Teams app's name in teams/manifest.json). */
export const DEFAULT_BOT_NAME = 'Löftesbot';

const WORDS = [
  ...new Set(
    commandNames().flatMap((c) => [c.name, ...c.aliases, ...c.typed].filter((w) => /^\p{L}+$/u.test(w))),
  ),
].sort((a, b) => b.length - a.length);
const WORD = `(${WORDS.join('|')})(?![\\p{L}\\d_-])`;
/** `/status` after a line start, a space or an opening bracket or quote, not followed by more of a word. */
const SLASHED = new RegExp(`(^|[\\s(\\[:'"\`])/${WORD}`, 'gmu');
/** A command with its alias, as the help titles them: `/logga (/log)` → `@Löftesbot logga (log)`. */
const ALIASED = new RegExp(`(^|\\s)/${WORD} \\(/${WORD}\\)`, 'gmu');
/** Text the core quotes: Swedish ”…”, English “…”. */
const QUOTED = /”[^”\n]*”|“[^”\n]*”/g;

/** The reply with its commands written as `@<bot> <command>`. */
export function withChannelCommands(reply: Reply, writing: CommandWriting): Reply {
  const w = (text: string) => rewrite(text, writing);
  const out: Reply = {
    ...reply,
    headline: w(reply.headline),
    ...(reply.notification === undefined ? {} : { notification: w(reply.notification) }),
    sections: reply.sections.map((s) => section(s, w)),
    ...(reply.buttons ? { buttons: reply.buttons.map((b) => button(b, w)) } : {}),
    ...(reply.context === undefined ? {} : { context: w(reply.context) }),
    ...(reply.form ? { form: form(reply.form, w) } : {}),
  };
  // The fallback is the reply as text (build.ts) unless an adapter wrote its own: draw it again, or rewrite it.
  const drawn = (r: Reply) =>
    renderText({ ...r, headline: notificationOf(r) }, { buttons: false, form: false });
  return { ...out, fallback: reply.fallback === drawn(reply) ? drawn(out) : w(reply.fallback) };
}

function section(s: ReplySection, w: (text: string) => string): ReplySection {
  return {
    ...s,
    ...(s.title === undefined ? {} : { title: w(s.title) }),
    ...(s.text === undefined ? {} : { text: w(s.text) }),
    ...(s.fields ? { fields: s.fields.map((f) => ({ label: w(f.label), value: w(f.value) })) } : {}),
    ...(s.buttons ? { buttons: s.buttons.map((b) => button(b, w)) } : {}),
  };
}

function button(b: ReplyButton, w: (text: string) => string): ReplyButton {
  return { ...b, label: w(b.label) };
}

function form(f: FormSpec, w: (text: string) => string): FormSpec {
  return {
    ...f,
    title: w(f.title),
    submitLabel: w(f.submitLabel),
    fields: f.fields.map((field) => ({
      ...field,
      label: w(field.label),
      ...(field.hint === undefined ? {} : { hint: w(field.hint) }),
    })),
  };
}

/** `/status Sävsjö` → `@Löftesbot status Sävsjö`, outside quotes and the person's own words. */
export function rewrite(text: string, writing: CommandWriting): string {
  let out = '';
  let at = 0;
  for (const q of text.matchAll(QUOTED)) {
    out += rewritePlain(text.slice(at, q.index), writing) + q[0];
    at = q.index + q[0].length;
  }
  return out + rewritePlain(text.slice(at), writing);
}

function rewritePlain(text: string, writing: CommandWriting): string {
  const typed = writing.typed ?? '';
  const bot = `@${writing.botName}`;
  return text
    .replace(ALIASED, (match, lead: string, word: string, alias: string) =>
      typed.includes(match.trim()) ? match : `${lead}${bot} ${word} (${alias})`,
    )
    .replace(SLASHED, (match, lead: string, word: string, offset: number) => {
      if (typed.includes(`/${word}`) && ownWords(text, offset + lead.length, word, typed)) return match;
      return `${lead}${bot} ${word}`;
    });
}

/** True when the `/word` at `start` stands with a neighbouring word just as the person typed it. */
function ownWords(text: string, start: number, word: string, typed: string): boolean {
  const before = /(\S+\s+)$/u.exec(text.slice(0, start))?.[1] ?? '';
  const after = /^(\s+\S+)/u.exec(text.slice(start + word.length + 1))?.[1] ?? '';
  const token = `/${word}`;
  return (
    (before !== '' && typed.includes(`${before}${token}`)) ||
    (after !== '' && typed.includes(`${token}${after}`))
  );
}
