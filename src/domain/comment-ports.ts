import type { Platform, TertialNumber } from './types.ts';

/**
 * A comment to the samordnare about an activity for a tertial, by someone who answers for it (polis, kommun).
 * One per person, activity and tertial: a new comment by the same person replaces theirs.
 */
export interface ActivityComment {
  readonly activityId: string;
  readonly year: number;
  readonly tertial: TertialNumber;
  readonly person: string;
  readonly municipalityCode: string;
  readonly text: string;
  readonly platform: Platform;
  /** When the person first commented, and when they last changed it. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Comments to the samordnare (internal: never on a public page). */
export interface CommentStore {
  /** Stores the person's comment on the activity and tertial, replacing theirs; returns the one it replaced. */
  saveActivityComment(comment: ActivityComment): Promise<ActivityComment | null>;
  /** The comments on `activityIds` for the tertial, oldest first. */
  activityComments(
    activityIds: readonly string[],
    year: number,
    tertial: TertialNumber,
  ): Promise<ActivityComment[]>;
}
