/** What an erased status text reads in chat and reports (status-erasure.ts). A public page shows nothing in its place. */
export const ERASED_STATUS = '(lägestexten är raderad)';

/** True for a status text that was erased. */
export function isErasedStatus(text: string): boolean {
  return text === ERASED_STATUS;
}

/**
 * The one rule for "the activity has a status text for the tertial": a stored text that was not erased. An erased
 * text keeps its row (history and reports show ERASED_STATUS) but the tertial lacks a text again: prompts,
 * reminders, the agenda, `/status`'s missing list and the due-tertial rule ask for a new one, which replaces it.
 */
export function hasStatusText(status: { readonly text: string } | null | undefined): boolean {
  return status !== null && status !== undefined && !isErasedStatus(status.text);
}

/** The activities of `statuses` that have a status text (hasStatusText) for `ref`. */
export function activitiesWithText(
  statuses: readonly {
    readonly activityId: string;
    readonly year: number;
    readonly tertial: number;
    readonly text: string;
  }[],
  ref: { readonly year: number; readonly tertial: number },
): Set<string> {
  return new Set(
    statuses
      .filter((s) => s.year === ref.year && s.tertial === ref.tertial && hasStatusText(s))
      .map((s) => s.activityId),
  );
}
