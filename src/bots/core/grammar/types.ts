import type { ActivityKind } from '../../../domain/activity-kinds.ts';
import type { SeriesChange, SeriesSpec } from '../../../domain/meeting-series.ts';
import type { MunicipalityRegister } from '../../../domain/municipality-register.ts';
import type { SummaryWindow } from '../../../domain/summary.ts';
import type { TertialRef } from '../../../domain/tertial.ts';
import type { Platform, PoliceArea, Scope } from '../../../domain/types.ts';
import type { CommandName } from '../commands.ts';
import type { Lang } from '../reply.ts';
import type { AgreementOp, AgreementProblem } from './agreement.ts';

/** What the grammar needs to know besides the words: pure data, no ports. */
export interface GrammarContext {
  readonly register: MunicipalityRegister;
  readonly areas: readonly PoliceArea[];
  /** The scope the conversation is bound to (kommun may be left out), or null. */
  readonly bound: Scope | null;
  /** Today, `YYYY-MM-DD`, in the configured zone. */
  readonly today: string;
  readonly platform: Platform;
}

export interface KommunRef {
  readonly code: string;
  readonly name: string;
}

/** Which activity a log command means: by kind word, or by its number in /status. */
export type ActivityRef =
  | { readonly type: 'kind'; readonly kind: ActivityKind }
  | { readonly type: 'number'; readonly number: number }
  /** An activity's short name (`/lofte avtal … namn`); `suggestions`: kinds close to it, should it be none. */
  | { readonly type: 'name'; readonly name: string; readonly suggestions: readonly string[] };

/** What a police area's own series command may do (`/samverkan <område> …`). */
export type AreaSeriesOp = Extract<MeetingOp, { type: 'create' | 'change' | 'pause' | 'end' }>;

export type MeetingOp =
  | { readonly type: 'list' }
  | { readonly type: 'held'; readonly day: string | null }
  | { readonly type: 'move'; readonly from: string | null; readonly to: string }
  /** `ställ in [datum]`; `confirmed` once the person pressed "Ja, ställ in". */
  | { readonly type: 'cancel'; readonly day: string | null; readonly confirmed?: boolean }
  | { readonly type: 'restore'; readonly day: string }
  | { readonly type: 'create'; readonly spec: SeriesSpec }
  /** `ny` alone: the form (Slack modal, Teams card) or, on the console, how to write it. */
  | { readonly type: 'create-form' }
  | { readonly type: 'change'; readonly from: string; readonly change: SeriesChange }
  | { readonly type: 'pause'; readonly from: string; readonly to: string }
  | { readonly type: 'end'; readonly day: string | null; readonly confirmed?: boolean }
  | { readonly type: 'calendar' };

/** The series sub-command a refused command was: its example is the reply's. */
export type SeriesOpWord = 'create' | 'change' | 'pause' | 'end' | 'restore';

/** What is missing or wrong in a series command, for the reply that shows the right form. */
export type SeriesProblem =
  | 'weekday'
  | 'time'
  | 'interval'
  | 'from'
  | 'to'
  | 'day'
  | 'place'
  | 'words'
  | 'nothing';

export type SummaryTarget =
  | { readonly type: 'kommun'; readonly kommun: KommunRef }
  | { readonly type: 'area'; readonly area: PoliceArea }
  | {
      readonly type: 'county';
      readonly code: string;
      readonly name: string;
      readonly codes: readonly string[];
    };

/** A command, parsed and checked as far as words alone allow. */
export type ParsedCommand =
  | {
      readonly kind: 'log';
      readonly command: 'insats' | 'logga';
      readonly kommun: KommunRef;
      readonly activity: ActivityRef;
      readonly date: string;
      readonly count: number;
      readonly note: string | null;
      /**
       * How the line was read: the words taken as the date and as the count (null: not typed, the default), and the
       * day they were read as of (today, or the day a button's line was written).
       */
      readonly read?: {
        readonly dateText: string | null;
        readonly countText: string | null;
        readonly asOf: string;
        /** The count's number also starts the note ("1 ungdom": 1, note "1 ungdom"). */
        readonly countInNote?: true;
      };
    }
  | { readonly kind: 'status'; readonly kommun: KommunRef; readonly window: SummaryWindow | null }
  | {
      readonly kind: 'summary';
      readonly target: SummaryTarget;
      readonly window: SummaryWindow | null;
      /** `dokument`: also offer the report documents (a kommun only). */
      readonly documents: boolean;
    }
  /** `/sammanfattning <område> länk`: a signed link to the area's dashboard. */
  | { readonly kind: 'dashboard-link'; readonly area: PoliceArea }
  | { readonly kind: 'report'; readonly kommun: KommunRef; readonly tertial: TertialRef | null }
  /** `/rapportera <kommun> publicera|avpublicera [T1|T2|T3] [år]`. */
  | {
      readonly kind: 'publish';
      readonly kommun: KommunRef;
      readonly tertial: TertialRef | null;
      readonly publish: boolean;
    }
  | { readonly kind: 'statistics'; readonly kommun: KommunRef; readonly tertial: TertialRef | null }
  | { readonly kind: 'meeting'; readonly kommun: KommunRef; readonly op: MeetingOp }
  /** A police area's own meeting series: created, changed from a date, paused or ended. */
  | {
      readonly kind: 'area-meeting';
      readonly area: PoliceArea;
      readonly op: AreaSeriesOp;
    }
  | { readonly kind: 'help'; readonly topic: string | null }
  | { readonly kind: 'bind'; readonly scopeText: string }
  | { readonly kind: 'grant'; readonly person: string; readonly role: string; readonly scopeText: string }
  /** `/lofte admin ta bort roll @person <roll> <kommun|område>`; `confirmed` once "Ja, ta bort" was pressed. */
  | {
      readonly kind: 'revoke';
      readonly person: string;
      readonly role: string;
      readonly scopeText: string;
      readonly confirmed: boolean;
    }
  /** `/lofte admin roller <kommun|område>`: who has which role there. */
  | { readonly kind: 'roles'; readonly scopeText: string }
  /** `/lofte admin koppla bort`: this conversation is no longer bound. */
  | { readonly kind: 'unbind' }
  | { readonly kind: 'history'; readonly kommun: KommunRef }
  /** `/lofte historik LPO Höglandet`: the changes made over the police area itself (its roles and channels). */
  | { readonly kind: 'history'; readonly area: PoliceArea }
  /** `/lofte registreringar <kommun> [aktivitet] [sida <n>]`: the latest registrations with short ids. */
  | {
      readonly kind: 'registrations';
      readonly kommun: KommunRef;
      readonly activity: number | null;
      /** The page, 1 first (newest). */
      readonly page: number;
    }
  /** `/lofte rätta <id> <skäl>`: voids a registration after the 24 hours of Ångra, with a reason. */
  | { readonly kind: 'correct'; readonly id: string; readonly reason: string }
  /**
   * `/lofte radera anteckning <id> <skäl>` · `/lofte radera lägestext <kommun> <T1–T3> [år] <nr> <skäl>`: erases a
   * note or status text that holds personal data, after a question. `usage`: words missing, answered with the forms.
   */
  | { readonly kind: 'erase'; readonly what: 'note'; readonly id: string; readonly reason: string }
  | {
      readonly kind: 'erase';
      readonly what: 'text';
      readonly kommun: KommunRef;
      readonly tertial: TertialRef;
      readonly number: number;
      readonly reason: string;
    }
  | { readonly kind: 'erase'; readonly what: 'usage'; readonly kommun: KommunRef | null }
  /** `/lofte avtal <kommun> …` and `/lofte mål <kommun> …`: show or change the agreement. */
  /** `year` (`/lofte avtal Sävsjö 2027 …`): the agreement in force that year, e.g. next year's, stored in December. */
  | {
      readonly kind: 'agreement';
      readonly kommun: KommunRef;
      readonly op: AgreementOp;
      readonly year?: number;
    }
  /** `/lofte hem`: the person's home (as Slack's App Home), on any platform. */
  | { readonly kind: 'home' }
  /** `/lofte admin område ny "LPO Höglandet" Tranås Sävsjö Eksjö`. */
  | { readonly kind: 'area-new'; readonly name: string; readonly kommuner: readonly string[] }
  | { readonly kind: 'lang'; readonly lang: Lang };

/** A suggested correction: the name to show and the full command text that performs it. */
export interface Suggestion {
  readonly name: string;
  readonly text: string;
}

/** The `/lofte` subcommands that take a kommun first. */
export type LofteSub = 'avtal' | 'mål' | 'historik' | 'registreringar';

/** Why a command could not be parsed. Every variant becomes a friendly reply with an example. */
export type GrammarError =
  | { readonly error: 'empty' }
  /** `suggestion`: the whole line with the nearest command instead ("/insats Sävsjö"), or null. */
  | { readonly error: 'unknown-command'; readonly word: string; readonly suggestion: string | null }
  /** `example`: the right form, when the command has one of its own (`/lofte admin roller Tranås`). */
  /** `choices`: the kommuner the person works in, each with the command written for it (dispatch adds them). */
  /** `sub`: the `/lofte` subcommand typed without its kommun, whose example the reply shows (`/lofte historik`). */
  | {
      readonly error: 'missing-kommun';
      readonly example?: string;
      readonly choices?: readonly Suggestion[];
      readonly sub?: LofteSub;
    }
  | { readonly error: 'area-not-kommun'; readonly name: string }
  | { readonly error: 'unknown-kommun'; readonly query: string }
  | { readonly error: 'suggest-kommun'; readonly query: string; readonly suggestions: readonly Suggestion[] }
  | { readonly error: 'bad-date'; readonly text: string }
  | { readonly error: 'future-date'; readonly day: string }
  /** A meeting moved or set to a day before today. */
  | { readonly error: 'past-date'; readonly day: string }
  /** `förra veckan`: which day? One suggestion per weekday, each the full command. */
  | { readonly error: 'ask-which-day'; readonly suggestions: readonly Suggestion[] }
  /** `3 ungdomar …`: 3 of the activity, or 1 with the number in the note? Both as full commands. */
  | {
      readonly error: 'ambiguous-count';
      readonly count: number;
      readonly noun: string;
      /** The activity's kind id, when the command named it by kind. */
      readonly kindId: string | null;
      readonly asCount: string;
      readonly asNote: string;
    }
  | { readonly error: 'bad-count'; readonly text: string }
  | { readonly error: 'note-too-long'; readonly length: number }
  | { readonly error: 'personal-number' }
  | { readonly error: 'missing-kind' }
  | { readonly error: 'unknown-kind'; readonly word: string; readonly suggestions: readonly string[] }
  /**
   * A word no period reads. `place`: the kommun or area typed, for an example with it ("/sammanfattning LPO
   * Höglandet T3", `tertial` today's); `words`: which words the command takes there (the reply lists them).
   */
  | {
      readonly error: 'bad-window';
      readonly text: string;
      readonly place?: string;
      readonly words?: WindowWords;
      readonly tertial?: number;
    }
  | { readonly error: 'bad-args'; readonly text: string; readonly example?: string }
  /**
   * `/lofte admin` with no subcommand (`word` null) or one it does not know (`rolelr`); `suggestion`: the whole line
   * with the nearest subcommand instead ("/lofte admin roller Sävsjö"), or null.
   */
  | { readonly error: 'unknown-admin'; readonly word: string | null; readonly suggestion: string | null }
  | { readonly error: 'correct-needs-reason'; readonly id: string | null }
  | { readonly error: 'bad-person'; readonly text: string }
  | { readonly error: 'bad-lang'; readonly text: string }
  /** `länk` after a kommun or län: links open a police area's dashboard; `area` is the kommun's area, if known. */
  | { readonly error: 'link-needs-area'; readonly name: string; readonly area: string | null }
  /** `dokument` after a police area or län: the documents are one kommun's report. */
  /**
   * `options`: the command for each kommun of the area or län (with its code); `choices`: those with an agreement,
   * as buttons (dispatch picks them).
   */
  | {
      readonly error: 'documents-need-kommun';
      readonly name: string;
      readonly options?: readonly (Suggestion & { readonly code: string })[];
      readonly choices?: readonly Suggestion[];
    }
  /** A meeting-series command (`ny`, `ändra från`, `uppehåll`, …) with a part missing or not understood. */
  | {
      readonly error: 'bad-series';
      readonly problem: SeriesProblem;
      readonly text: string;
      /** The sub-command it was, for the example of the same command. */
      readonly op: SeriesOpWord;
    }
  /** `/lofte avtal` or `/lofte mål` with words that are not understood. */
  | {
      readonly error: 'bad-agreement';
      readonly text: string;
      readonly what?: AgreementProblem;
      /** The kommun the command named, for the example. */
      readonly kommun?: string;
      /** `/lofte mål`: the activity number and the count typed, for an example of the same target. */
      readonly target?: { readonly activity: number; readonly count?: number };
    };

/**
 * The words a command takes after its kommun or area: `/status`'s periods; /sammanfattning's also `dokument`
 * (after an area or län, for one kommun at a time) and, after a police area, `länk`.
 */
export type WindowWords = 'status' | 'kommun' | 'area' | 'county';

export type ParseResult =
  | { readonly ok: true; readonly command: ParsedCommand }
  | { readonly ok: false; readonly command: CommandName | null; readonly error: GrammarError };

/** Max length of a note. */
export const MAX_NOTE_LENGTH = 500;
export const MAX_COUNT = 999;
