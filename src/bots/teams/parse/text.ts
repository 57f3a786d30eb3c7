/**
 * Teams message text → the plain command text the core parses.
 *
 * Teams delivers what a person typed with the bot's @mention as `<at>Löftesbot</at>`, HTML entities (`&nbsp;`,
 * `&amp;`, `&lt;`, numeric ones) and, when the person used formatting, tags such as `<p>`, `<b>`, `<br>`. A channel
 * message "@Löftesbot /insats Sävsjö" arrives as `<at>Löftesbot</at> /insats Sävsjö`.
 */

import { decodeEntities } from '../../../runtime/html-entities.ts';

export { decodeEntities };

/** A mention entity of a Teams activity (only the parts we read). */
export interface MentionEntity {
  readonly type?: string;
  readonly text?: string;
  readonly mentioned?: { readonly id?: string; readonly name?: string };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The command text of a Teams message: the bot's own mentions removed (by the mention entities that point at the bot,
 * and a leading `<at>botName</at>` when a client sent no entities), mentions of people replaced by their person id
 * when `people` resolves them (see mentions.ts) and otherwise kept as `@Name`, formatting tags
 * stripped, entities decoded, whitespace collapsed, and one leading `/` dropped.
 */
export function commandText(
  text: string | undefined,
  bot: { readonly id?: string; readonly name?: string },
  entities: readonly MentionEntity[] = [],
  people: ReadonlyMap<string, string> = new Map(),
): string {
  let t = text ?? '';
  for (const e of entities) {
    if (e.type === 'mention' && e.text && bot.id && e.mentioned?.id === bot.id) {
      t = t.split(e.text).join(' ');
    }
  }
  for (const [mention, person] of people) t = t.split(mention).join(` ${person} `);
  if (bot.name) {
    t = t.replace(new RegExp(`^\\s*<at[^>]*>\\s*${escapeRegExp(bot.name)}\\s*</at>`, 'i'), ' ');
  }
  t = t
    .replace(/<at[^>]*>(.*?)<\/at>/gi, (_m, name: string) => `@${name.trim()}`)
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  t = decodeEntities(t)
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.startsWith('/') ? t.slice(1).trimStart() : t;
}
