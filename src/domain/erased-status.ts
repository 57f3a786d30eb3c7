/** What an erased status text reads in chat and reports (status-erasure.ts). A public page shows nothing in its place. */
export const ERASED_STATUS = '(lägestexten är raderad)';

/** True for a status text that was erased. */
export function isErasedStatus(text: string): boolean {
  return text === ERASED_STATUS;
}
