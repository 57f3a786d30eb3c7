import { activityKind, kindLabel } from './activity-kinds.ts';
import type { DomainDeps } from './deps.ts';
import { hasStatusText } from './erased-status.ts';
import type { Prompt } from './ports.ts';
import { type TertialRef, tertialFirstDay, tertialLastDay } from './tertial.ts';
import type { Activity, FollowUpStatus } from './types.ts';

/**
 * Status prompts: before a tertial ends the samordnare is asked, activity by activity, for the status text of each
 * activity that still has none. One prompt per activity and tertial (a fixed id), shared by every message that
 * asks it (14 and 3 days before, every recipient), so it is answered once for all; the answer becomes the
 * activity's status for the tertial (answerPrompt, audited).
 */

export const STATUS_PROMPT_KIND = 'tertial-status';

/** The answers offered besides the proposal and free text; stored as the status text as they are. */
export const STATUS_OPTIONS = ['Pågår', 'Ej genomfört'] as const;

export function statusPromptId(activityId: string, ref: TertialRef): string {
  return `status:${activityId}:${ref.year}-T${ref.tertial}`;
}

/** The open-or-answered prompt of each activity for the tertial, created the first time it is asked. */
export async function ensureStatusPrompts(
  deps: DomainDeps,
  municipalityCode: string,
  ref: TertialRef,
  activities: readonly Pick<Activity, 'id' | 'text'>[],
): Promise<Map<string, Prompt>> {
  const out = new Map<string, Prompt>();
  for (const activity of activities) {
    const id = statusPromptId(activity.id, ref);
    await deps.store.insertPrompt({
      id,
      kind: STATUS_PROMPT_KIND,
      municipalityCode,
      activityId: activity.id,
      year: ref.year,
      tertial: ref.tertial,
      question: activity.text,
      options: [...STATUS_OPTIONS],
      audience: 'samordnare',
      status: 'open',
      answer: null,
      answeredBy: null,
      answeredPlatform: null,
      answeredAt: null,
      messageRef: null,
      createdAt: deps.clock.now(),
    });
    const prompt = await deps.store.prompt(id);
    if (prompt) out.set(activity.id, prompt);
  }
  return out;
}

/** Where one activity stands for a status prompt: registered so far this tertial, and its status if any. */
export interface StatusPromptLine {
  readonly activity: Activity;
  readonly registered: number;
  readonly status: FollowUpStatus | null;
  readonly prompt: Prompt | null;
  /** The text offered to accept ("Genomfört 20 trafikkontroller under tertialet."), for a numeric activity. */
  readonly proposal: string | null;
}

/** The proposed status text of a numeric activity from what was registered; null without a target or count. */
export function proposalText(activity: Pick<Activity, 'kind' | 'target'>, registered: number): string | null {
  if (activity.target === null || registered <= 0) return null;
  const kind = activity.kind ? activityKind(activity.kind) : null;
  const what = kind ? kindLabel(kind, registered, 'sv') : registered === 1 ? 'gång' : 'gånger';
  return `Genomfört ${registered} ${what} under tertialet.`;
}

/**
 * The lines of a status prompt about `activityIds` of a kommun's agreement for the tertial: registrations this
 * tertial, the latest status and the prompt. Activities no longer in the agreement are left out.
 */
export async function statusPromptLines(
  deps: DomainDeps,
  municipalityCode: string,
  ref: TertialRef,
  activityIds: readonly string[],
  options: { readonly ask: boolean },
): Promise<StatusPromptLine[]> {
  const bundle = await deps.store.agreementForYear(municipalityCode, ref.year);
  if (!bundle) return [];
  const wanted = new Set(activityIds);
  const activities = bundle.activities.filter((a) => wanted.has(a.id));
  if (activities.length === 0) return [];
  const ids = activities.map((a) => a.id);
  const [counts, statuses] = await Promise.all([
    deps.store.registrationCounts(ids, tertialFirstDay(ref), tertialLastDay(ref)),
    deps.store.latestStatuses(ids, [ref.year]),
  ]);
  const prompts = options.ask
    ? await ensureStatusPrompts(deps, municipalityCode, ref, activities)
    : new Map<string, Prompt>(
        (await Promise.all(ids.map((id) => deps.store.prompt(statusPromptId(id, ref)))))
          .filter((p): p is Prompt => p !== null)
          .map((p) => [p.activityId as string, p]),
      );
  const written = statuses.filter(hasStatusText);
  return activities.map((activity) => {
    const registered = counts[activity.id] ?? 0;
    return {
      activity,
      registered,
      status: written.find((s) => s.activityId === activity.id && s.tertial === ref.tertial) ?? null,
      prompt: prompts.get(activity.id) ?? null,
      proposal: proposalText(activity, registered),
    };
  });
}
