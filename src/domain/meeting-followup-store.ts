import type { MeetingFollowupAnswer } from './types.ts';

/** The meeting follow-up's answer and note, on the meeting's row (part of the Store; see meeting-followup.ts). */
export interface MeetingFollowupStore {
  /**
   * Records the meeting follow-up's answer on the occurrence's row (which must exist) unless one is recorded
   * (other than `replacing`, the answer a new question about a moved meeting replaces); returns false when
   * someone answered first.
   */
  answerMeetingFollowup(
    seriesId: string,
    originalOn: string,
    answer: MeetingFollowupAnswer,
    replacing: string | null,
  ): Promise<boolean>;
  /** Sets the follow-up's note on the occurrence's row (which must exist); false when there is no row. */
  setMeetingNote(seriesId: string, originalOn: string, note: string): Promise<boolean>;
}
