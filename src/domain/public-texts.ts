import { publicTextAllowed, publicTextFindings } from './personal-data/public-text.ts';
import type { PublishRuleId } from './personal-data/publish-checks.ts';
import type { AgreementBundle } from './ports.ts';
import type { Activity, Agreement } from './types.ts';

/**
 * The agreement texts a public page shows — the title, the promises, the activities — pass the same `block` rules
 * as the status texts (personal-data/public-text.ts), twice: publishing stops on them (agreementTextFindings), and
 * a page never shows one that fails them, whatever entered before the rules did (publicText: the text is replaced
 * by WITHHELD_TEXT). An activity whose text fails is shown by its short name (`/lofte avtal <kommun> <nr> namn …`)
 * when that passes — the way to mend an imported text without importing again.
 */

/** What a page shows in place of a text that holds personal data. */
export const WITHHELD_TEXT = 'Texten visas inte eftersom den innehåller uppgifter om en person.';

/** The text as a public page may show it. */
export function publicText(text: string): string {
  return publicTextAllowed(text) ? text : WITHHELD_TEXT;
}

/** The text a public page shows for an activity, or null when neither its text nor its short name may be shown. */
export function shownActivityText(activity: Pick<Activity, 'text' | 'shortName'>): string | null {
  if (publicTextAllowed(activity.text)) return activity.text;
  const short = activity.shortName?.trim();
  return short && publicTextAllowed(short) ? short : null;
}

/** The agreement's title as a public page may show it ("Medborgarlöfte 2020–2021" in place of one that fails). */
export function publicTitle(agreement: Pick<Agreement, 'title' | 'periodFrom' | 'periodTo'>): string {
  if (publicTextAllowed(agreement.title)) return agreement.title;
  const { periodFrom: from, periodTo: to } = agreement;
  return `Medborgarlöfte ${from === to ? from : `${from}–${to}`}`;
}

/**
 * A text that a publish check stopped: a status text of the tertial (per activity; `part` absent or `status`), or
 * an agreement text the page shows, with its number (1-based): an activity's text blocks publishing until the
 * activity has a short name that may be shown; a promise or the title asks, and is withheld on the page after
 * "Publicera ändå".
 */
export interface PublishCheckFinding {
  /** The activity's id (a status text or an activity), the promise's or the agreement's. */
  readonly activityId: string;
  readonly activityText: string;
  readonly rules: readonly PublishRuleId[];
  readonly part?: 'status' | 'title' | 'promise' | 'activity';
  readonly number?: number;
}

/** The title, promises and activities of `bundle` that a public page could not show as written. */
export function agreementTextChecks(bundle: AgreementBundle): PublishCheckFinding[] {
  const out: PublishCheckFinding[] = [];
  const { agreement } = bundle;
  const finding = (part: 'title' | 'promise' | 'activity', number: number, id: string, text: string) => {
    const rules = publicTextFindings(text);
    if (rules.length > 0) out.push({ part, number, activityId: id, activityText: text, rules });
  };
  finding('title', 0, agreement.id, agreement.title);
  for (const [i, c] of bundle.commitments.entries()) finding('promise', i + 1, c.id, c.text);
  bundle.activities.forEach((a, i) => {
    if (shownActivityText(a) === null) finding('activity', i + 1, a.id, a.text);
  });
  return out;
}
