import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

/**
 * Microsoft's own Adaptive Cards renderer library, loaded in Node through its bundled build (no DOM needed to parse
 * and validate). A card passes when parsing at schema 1.5 records no events (unknown element types, invalid
 * property values, properties newer than 1.5) and validateProperties() reports none (e.g. duplicate input ids).
 */
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

export function cardProblems(card: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  return problems;
}

// biome-ignore lint/suspicious/noExplicitAny: card JSON, inspected by tests
type AnyAction = Record<string, any>;

/**
 * Every action of a card in the order a person sees them: the ActionSets in the body (rows of buttons, wherever
 * they sit), then the card's own actions at the bottom.
 */
// biome-ignore lint/suspicious/noExplicitAny: card JSON, inspected by tests
export function cardActions(card: any): AnyAction[] {
  const inBody = (node: unknown): AnyAction[] => {
    if (Array.isArray(node)) return node.flatMap(inBody);
    if (!node || typeof node !== 'object') return [];
    const o = node as Record<string, unknown>;
    if (o.type === 'ActionSet') return (o.actions as AnyAction[]) ?? [];
    return Object.values(o).flatMap(inBody);
  };
  return [...inBody(card?.body ?? []), ...((card?.actions as AnyAction[]) ?? [])];
}
