import { cutAtWord } from '../../domain/shorten.ts';
import { renderText } from './render-text.ts';
import { notificationOf, type Reply, type ReplyButton, type ReplySection, type ReplyTone } from './reply.ts';
import { commandIn } from './texts/command-words.ts';
import type { Texts } from './texts/index.ts';

/** Small builders for replies; every reply gets its plain-text fallback from the text renderer. */

export interface ReplyParts {
  readonly headline: string;
  /** The notification text, when it says more than the headline (see Reply.notification). */
  readonly notification?: string;
  readonly sections?: readonly ReplySection[];
  readonly buttons?: readonly ReplyButton[];
  readonly context?: string;
  readonly visibility?: Reply['visibility'];
  readonly form?: Reply['form'];
  readonly replaceOriginal?: boolean;
  readonly tone?: ReplyTone;
}

/** A reply with its fallback (which starts with the notification text); ephemeral unless said otherwise. */
export function reply(parts: ReplyParts): Reply {
  const base: Omit<Reply, 'fallback'> = {
    headline: parts.headline,
    ...(parts.notification && parts.notification !== parts.headline
      ? { notification: parts.notification }
      : {}),
    sections: parts.sections ?? [],
    visibility: parts.visibility ?? 'ephemeral',
    ...(parts.buttons && parts.buttons.length > 0 ? { buttons: parts.buttons } : {}),
    ...(parts.context ? { context: parts.context } : {}),
    ...(parts.form ? { form: parts.form } : {}),
    ...(parts.replaceOriginal ? { replaceOriginal: true } : {}),
    ...(parts.tone ? { tone: parts.tone } : {}),
  };
  const fallback = renderText({ ...base, headline: notificationOf(base) }, { buttons: false, form: false });
  return { ...base, fallback };
}

/** An error reply: what was wrong, and (when given) a correct example. Always ephemeral. */
export function errorReply(
  t: Texts,
  headline: string,
  text?: string,
  example?: string,
  extra?: ReplyParts,
): Reply {
  const sections: ReplySection[] = [];
  if (text) sections.push({ text });
  // An example the grammar wrote in Swedish command words reads in the reader's (`/lofte avtal` → `/lofte agreement`).
  if (example) sections.push({ text: `${t.example}: ${commandIn(t.lang, example)}` });
  return reply({ ...extra, headline, sections: [...sections, ...(extra?.sections ?? [])], tone: 'error' });
}

/**
 * A person as people read them: a console person by name (`console:anna` → anna), the command line and the
 * importer in words; a Slack or Teams id stays as it is (it is how that platform names the person).
 */
export function personLabel(t: Texts, person: string): string {
  const [platform = '', ...rest] = person.split(':');
  const id = rest.join(':');
  if (platform === 'console' && id !== '') return id;
  return t.auditActors[platform] ?? person;
}

/**
 * Labels for the people in a list (who logged, who changed): the name their platform gave when it is known (Slack's
 * profile, Teams' from.name), else personLabel — never a platform id like `slack:U0…` when a name exists.
 */
export async function peopleLabels(
  store: { personNames(persons: readonly string[]): Promise<Map<string, string>> },
  t: Texts,
  persons: readonly string[],
): Promise<(person: string) => string> {
  const names = await store.personNames([...new Set(persons)]);
  return (person) => names.get(person) ?? personLabel(t, person);
}

/** Joins names as "A, B eller C". */
export function joinOr(t: Texts, names: readonly string[]): string {
  return joinWith(t.or, names);
}

/** Joins names as "A, B och C". */
export function joinAnd(t: Texts, names: readonly string[]): string {
  return joinWith(t.and, names);
}

function joinWith(word: string, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${word} ${names[names.length - 1]}`;
}

/** Shortens a text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return cutAtWord(flat, max);
}

/** Cuts a multi-line text to `max` characters (keeping line breaks) with an ellipsis. */
export function truncate(text: string, max: number): string {
  return cutAtWord(text, max);
}
