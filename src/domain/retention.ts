/**
 * How long the stored reply of a processed command (the idempotency record: a platform event's id, or a question's
 * "answered" mark, and its reply) is kept. It is needed while Slack or Teams may retry an event (minutes) and while a
 * question's button ("Menade du Sävsjö?", "Menar du 7 dec 2025?") may still be pressed; a button older than this is
 * told the question is too old and shows the command to type. A registration's own event key stays on the
 * registration for good, so an event retried after the window is still stored once ("Det här är redan registrerat").
 * The scheduler prunes older records once an hour, a small batch at a time.
 */
export const STORED_REPLY_DAYS = 7;

export const STORED_REPLY_MS = STORED_REPLY_DAYS * 24 * 60 * 60 * 1000;

/** How often the scheduler prunes (its first tick prunes at once): a DELETE an hour, not one a minute. */
export const STORED_REPLY_PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Records removed per DELETE: each a bounded, short write, even after a long backlog. */
export const STORED_REPLY_PRUNE_BATCH = 200;

/** The most batches one prune runs (10 000 records); what is left after a long backlog goes the next hour. */
export const STORED_REPLY_PRUNE_BATCHES = 50;
