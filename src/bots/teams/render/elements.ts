/**
 * Adaptive Card JSON (schema 1.5, the highest Teams renders) as plain data, with the few builders the cards use.
 * Every card the bot sends is checked in tests with Microsoft's own `adaptivecards` parser.
 */

export type CardElement = { readonly type: string } & Record<string, unknown>;
export type CardAction = { readonly type: 'Action.Submit' | 'Action.Execute' | 'Action.OpenUrl' } & Record<
  string,
  unknown
>;

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: string;
  readonly version: '1.5';
  readonly body: CardElement[];
  readonly actions?: CardAction[];
  readonly fallbackText?: string;
  readonly msteams?: { readonly width?: 'Full' };
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type TextColor = 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';

export interface TextOptions {
  readonly weight?: 'Bolder';
  readonly size?: 'Small' | 'Medium' | 'Large';
  readonly color?: TextColor;
  readonly subtle?: boolean;
  readonly monospace?: boolean;
  readonly heading?: boolean;
  readonly spacing?: 'None' | 'Small' | 'Medium';
}

/** Backslash-escapes everything TextBlock markdown would read: tags (`<kommun>`), links, emphasis, lists, headings. */
export function escapeCardText(text: string): string {
  return text
    .replace(/[\\<>[\]_*`~|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\. /gm, '$1\\. ');
}

/**
 * Text for a TextBlock or FactSet: everything escaped, so placeholders and user text show as typed — never a tag,
 * never a link, never emphasis (the core's texts carry no markdown; user text must not gain any).
 */
export function cardMarkdown(text: string): string {
  return escapeCardText(text);
}

/** A wrapping TextBlock; its text is escaped (cardMarkdown). */
export function textBlock(text: string, o: TextOptions = {}): CardElement {
  return {
    type: 'TextBlock',
    text: cardMarkdown(text),
    wrap: true,
    ...(o.heading ? { style: 'heading' } : {}),
    ...(o.weight ? { weight: o.weight } : {}),
    ...(o.size ? { size: o.size } : {}),
    ...(o.color && o.color !== 'Default' ? { color: o.color } : {}),
    ...(o.subtle ? { isSubtle: true } : {}),
    ...(o.monospace ? { fontType: 'Monospace' } : {}),
    ...(o.spacing ? { spacing: o.spacing } : {}),
  };
}

/** One TextBlock per line of a multi-line text (Teams collapses single line breaks inside one block). */
export function paragraphs(text: string, o: TextOptions = {}): CardElement[] {
  const out: CardElement[] = [];
  let gap = false;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') {
      gap = true;
      continue;
    }
    const spacing = out.length === 0 ? o.spacing : gap ? 'Small' : 'None';
    out.push(textBlock(line, { ...o, ...(spacing ? { spacing } : {}) }));
    gap = false;
  }
  return out;
}

export function container(items: CardElement[], extra: Record<string, unknown> = {}): CardElement {
  return { type: 'Container', items, ...extra };
}

export function factSet(facts: readonly { readonly title: string; readonly value: string }[]): CardElement {
  return {
    type: 'FactSet',
    facts: facts.map((f) => ({ title: cardMarkdown(f.title), value: cardMarkdown(f.value) })),
  };
}

/** An action button posting `data` back to the bot (as the message activity's `value`). */
export function submitAction(
  title: string,
  data: Record<string, unknown>,
  style?: 'positive' | 'destructive',
): CardAction {
  return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}

/** A button that opens `url` in the browser; nothing is posted back to the bot. */
export function openUrlAction(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: CardAction[]): CardElement {
  return { type: 'ActionSet', actions };
}

export function adaptiveCard(
  body: CardElement[],
  actions: CardAction[],
  fallbackText?: string,
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    ...(fallbackText ? { fallbackText } : {}),
    msteams: { width: 'Full' },
  };
}
