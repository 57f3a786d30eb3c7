import type { Permission, PermissionTarget } from '../../domain/permissions.ts';
import type { ProgressState } from '../../domain/progress.ts';

/**
 * The platform-neutral reply of the chat core: plain data that Slack (Block Kit), Teams (Adaptive Cards) and the
 * console (plain text) each render their own way. Nothing here knows about a platform.
 *
 * Limits kept in mind (Slack's are the tightest): a section's `text` stays under 3000 characters, a header or button
 * label under 150, at most 10 `fields` per section, at most 25 buttons. Adapters split or truncate what is still too
 * long; the core keeps sections sane.
 */

export type Lang = 'sv' | 'en';

/** How a reply should look at a glance; adapters may pick an icon or colour from it. */
export type ReplyTone = 'success' | 'info' | 'warning' | 'error';

export interface ReplyField {
  readonly label: string;
  readonly value: string;
}

/** One progress bar: `done` of `target` (null: the activity has no number), its state and done/target. */
export interface ReplyProgress {
  readonly label: string;
  readonly done: number;
  readonly target: number | null;
  readonly state: ProgressState;
  /** The state in the reader's language ("on track"); renderers show it instead of `state` when present. */
  readonly stateLabel?: string;
  /** done / target (0 when there is no target); not clamped. */
  readonly ratio: number;
  /** A short note shown with the bar, quoted in the reader's marks, e.g. the latest status text (”Pågår”). */
  readonly detail?: string;
  /** The signed count in the reader's language, "16 av minst 15 under 2026" (domain/target.ts signedCount). */
  readonly amount?: string;
  /** The expected pace, labelled: "väntat hittills: 13" (domain/target.ts expectedPhrase). */
  readonly expected?: string;
}

export interface ReplyTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A block of a reply. Any combination of the parts may be present; they render in the order listed here. */
export interface ReplySection {
  readonly title?: string;
  /** Plain text shown as written (line breaks kept), never markup: what stands out is the `title`, bold everywhere. */
  readonly text?: string;
  readonly fields?: readonly ReplyField[];
  readonly progress?: readonly ReplyProgress[];
  readonly table?: ReplyTable;
  /** Buttons about this section only (e.g. the answers to one activity of a prompt), shown right under it. */
  readonly buttons?: readonly ReplyButton[];
}

/**
 * A button. `actionId` is short and unique within its reply: an action name from ACTION (e.g. `undo`,
 * `prompt:answer`), optionally followed by `/<n>` to tell several buttons of one action apart. The core routes on
 * the part before the `/`. `value` is a compact string (under 2000 characters) handed back unchanged.
 *
 * A button with a `url` is a link: it opens the address (a Slack link button, a Teams Action.OpenUrl, the plain
 * URL in text) and posts nothing the core acts on; its `actionId` is ACTION.link (Slack still reports the click).
 */
export interface ReplyButton {
  readonly actionId: string;
  /**
   * What pressing it needs: a permission for a kommun or police area, or nothing (help, links, suggestions whose
   * command checks its own permission). A button whose permission its recipient lacks is never rendered
   * (visibleTo), and the same rule is checked again when it is pressed (press.ts).
   */
  readonly requires: ButtonRequirement;
  readonly label: string;
  readonly value: string;
  readonly style?: 'primary' | 'danger';
  /** An absolute http(s) address (under 3000 characters) the button opens. */
  readonly url?: string;
}

/** One input of a form (Slack modal, Teams card inputs, console questions). `id` is unique within the form. */
export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly initial?: string;
  readonly multiline?: boolean;
  readonly maxLength?: number;
  /** An optional field may be left empty. */
  readonly optional?: boolean;
  /**
   * `number`: a whole number; adapters may use a numeric input. `date`: a day, `YYYY-MM-DD` from a date picker
   * (Slack datepicker, Teams Input.Date) or typed words on the console ("12 jan"); the core reads it with the
   * date rule. Default `text`.
   */
  readonly kind?: 'text' | 'number' | 'date';
  /** A short help line shown under the input. */
  readonly hint?: string;
}

/**
 * A form the person fills in; submitted back through ChatCore.submitForm with `formId`, `state` and the values by
 * field id. `state` is opaque to adapters (under 3000 characters: it fits Slack's private_metadata).
 */
export interface FormSpec {
  readonly formId: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly fields: readonly FormField[];
  readonly state: string;
}

export interface Reply {
  /** One line a person reads first, at the top of the message; also the notification text unless `notification`. */
  readonly headline: string;
  /**
   * The notification text when it should say more than the headline: a push, Slack's `text`, Teams' summary and the
   * first line of `fallback` show only this line, so it carries the figures the body shows further down (a
   * registration's "— 14 av minst 15 under 2026 · i fas", beside its bar). Absent: the headline. Use notificationOf.
   */
  readonly notification?: string;
  readonly sections: readonly ReplySection[];
  readonly buttons?: readonly ReplyButton[];
  /** A small grey line at the bottom (source, as-of time, hints). */
  readonly context?: string;
  /** The whole reply as plain text, for notifications, screen readers and platforms that show no blocks. */
  readonly fallback: string;
  /** `ephemeral`: only the asking person sees it (when the platform can); `channel`: posted for everyone. */
  readonly visibility: 'ephemeral' | 'channel';
  /** When present, the adapter opens this form (modal / card) instead of, or together with, the message. */
  readonly form?: FormSpec;
  /** True when the reply should replace the message whose button was pressed (e.g. after Ångra). */
  readonly replaceOriginal?: boolean;
  readonly tone?: ReplyTone;
  /** The language the reply is written in; adapters write their own words (footers, errors) in it too. */
  readonly lang?: Lang;
  /** The report a kommun summary asked for with `dokument`: platforms that can attach files build and attach it. */
  readonly documents?: ReportRef;
}

/** One kommun's follow-up report of a tertial, as ChatCore.reportDocuments builds its files. */
export interface ReportRef {
  readonly municipalityCode: string;
  readonly year: number;
  readonly tertial: 1 | 2 | 3;
}

/** What a button needs of the person who presses it. */
export type ButtonRequirement =
  | { readonly permission: null }
  | {
      readonly permission: Permission;
      readonly target: PermissionTarget;
      /** Also allowed: this person id or the holders of this role for the target (a prompt's audience). */
      readonly audience?: string;
    };

/** A button anyone may press (its action checks nothing, or checks its own command). */
export const OPEN_TO_ALL: ButtonRequirement = Object.freeze({ permission: null });

/** A button that needs `permission` for the kommun `code`. */
export function needs(permission: Permission, code: string): ButtonRequirement {
  return { permission, target: { type: 'kommun', code } };
}

/** A button that needs `permission` for the police area `id`. */
export function needsInArea(permission: Permission, id: string): ButtonRequirement {
  return { permission, target: { type: 'area', id } };
}

/** The one line a notification shows: `notification` when the reply has one, else the headline. */
export function notificationOf(reply: Pick<Reply, 'headline' | 'notification'>): string {
  return reply.notification ?? reply.headline;
}

/** Every button of a reply in the order they are shown: each section's own, then the reply's. */
export function allButtons(reply: Pick<Reply, 'sections' | 'buttons'>): ReplyButton[] {
  return [...reply.sections.flatMap((s) => s.buttons ?? []), ...(reply.buttons ?? [])];
}

/** The action names the core hands out on buttons and understands in handleAction. */
export const ACTION = {
  /** Voids a registration (value: registration id). */
  undo: 'undo',
  /** Saves a previewed import (value: the preview's key, see handlers/import.ts). */
  importSave: 'import:save',
  /** Drops a previewed import (value: the preview's key). */
  importCancel: 'import:cancel',
  /** Runs a command text on the person's behalf, e.g. a "Menade du Sävsjö?" suggestion (value: see core). */
  run: 'run',
  /**
   * Yes to the confirmation rule's question ("Menar du 7 dec 2025?"): runs the command text once more, this time
   * storing without asking (value: as for `run`).
   */
  confirm: 'confirm',
  /** Answers a prompt with one of its options (value: `<promptId>|<option index>`). */
  promptAnswer: 'prompt:answer',
  /** Accepts a status prompt's proposed text (value: `<promptId>|<registered count>`). */
  promptAccept: 'prompt:accept',
  /** Opens a free-text answer form for a prompt (value: prompt id). */
  promptText: 'prompt:text',
  /** Opens the follow-up form of a kommun (value: kommunkod, optionally `|<year>|<tertial>`). */
  reportOpen: 'report:open',
  /** Opens the statistics form of a kommun (value as for report:open). */
  statisticsOpen: 'statistics:open',
  /** Marks a samverkansmöte held and logs it (value: `<seriesId>|<originalOn>`); the follow-up's Ja. */
  meetingHeld: 'meeting:held',
  /**
   * Answers a meeting follow-up in one tap, once for all its recipients (value: `<seriesId>|<originalOn>|held` or
   * `…|cancelled`).
   */
  followupAnswer: 'followup:answer',
  /** Opens the follow-up's short form: the new day of a moved meeting, or a note (value: `…|moved` or `…|note`). */
  followupForm: 'followup:form',
  /** Shows help (value: a command name or empty). */
  help: 'help',
  /** Publishes a tertial's follow-up to the public pages (value: `<kommunkod>|<year>|<tertial>`). */
  publish: 'follow-up:publish',
  /** Shows a kommun's full follow-up table (value: `<kommunkod>|<window>`, see handlers/summary.ts windowValue). */
  summaryTable: 'summary:table',
  /** Opens a kommun's summary from a police area's or län's (value: `<kommunkod>|<window>`, as summary:table). */
  summaryOpen: 'summary:open',
  /** A link button (it carries a `url`); the click needs no answer. */
  link: 'link',
  /** Sends the tertial prompts again to those responsible for what is missing (value: `<kommunkod>|<year>|<tertial>`). */
  remind: 'tertial:remind',
  /** Opens the log form for one activity, from a count prompt (value: `<kommunkod>|<activityId>`). */
  logOpen: 'log:open',
  /** Opens the comment-to-the-samordnare form (value: `<kommunkod>|<activityId>|<year>|<tertial>`). */
  commentOpen: 'comment:open',
  /** "Påminn mig" the next working day 09:00 (value: `<status|count>|<kommunkod>|<year>|<tertial>`). */
  snooze: 'prompt:snooze',
  /** "Påminn mig en annan dag…": opens the day form (value as for prompt:snooze). */
  snoozeDay: 'prompt:snooze-day',
} as const;
export type ActionName = (typeof ACTION)[keyof typeof ACTION];

/** The action name of a button's `actionId` (`prompt:answer/2` → `prompt:answer`). */
export function actionNameOf(actionId: string): string {
  const slash = actionId.indexOf('/');
  return slash < 0 ? actionId : actionId.slice(0, slash);
}

/** The form ids the core hands out in FormSpec and understands in submitForm. */
export const FORM = {
  report: 'report',
  statistics: 'statistics',
  promptAnswer: 'prompt-answer',
  /** A new meeting series (`/samverkan <kommun> ny`). */
  meetingSeries: 'meeting-series',
  /** Logging one activity from a count prompt (state: `<kommunkod>|<activityId>`). */
  log: 'log',
  /** A comment to the samordnare (state: `<kommunkod>|<activityId>|<year>|<tertial>`). */
  comment: 'comment',
  /** The day of "Påminn mig senare" (state: as the prompt:snooze value). */
  snooze: 'snooze',
  /** The meeting follow-up's "Flyttat till …" or note form (state: `<seriesId>|<originalOn>|moved|note`). */
  followup: 'meeting-followup',
} as const;
export type FormId = (typeof FORM)[keyof typeof FORM];
