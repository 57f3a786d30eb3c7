import { isRole } from './admin.ts';
import { auditOf, type DomainDeps } from './deps.ts';
import { hasStatusText } from './erased-status.ts';
import { mayAsAudience, type Permission } from './permissions.ts';
import { containsPersonalData } from './personal-data/stored-text.ts';
import type { Prompt, Store } from './ports.ts';
import { STATUS_PROMPT_KIND } from './status-prompts.ts';
import type { Actor, FollowUpStatus, PoliceArea, RoleGrant, TertialNumber } from './types.ts';

/**
 * Prompts: questions the bot asks a person or a channel, tied to an activity and tertial ("Hur går det med
 * trafikkontrollerna i T3?"), kept open until someone with the right role answers — possibly much later, possibly
 * someone other than the one asked. The answer is recorded with who gave it and, when the prompt is about an
 * activity and tertial, stored as that activity's follow-up status.
 */

/** The default answer options: done, ongoing, not started. */
export const DEFAULT_PROMPT_OPTIONS = ['Genomfört', 'Pågår', 'Ej påbörjat'] as const;

export const MAX_ANSWER_LENGTH = 500;

export interface AskPromptInput {
  /** What asked: `follow-up`, `meeting-followup`, `tertial-reminder`, … */
  readonly kind: string;
  readonly municipalityCode: string;
  readonly activityId: string | null;
  readonly year: number | null;
  readonly tertial: TertialNumber | null;
  readonly question: string;
  readonly options?: readonly string[];
  /** Who may answer besides coordinators: a role name (`samordnare`) or a person id (`slack:U123`). */
  readonly audience: string;
}

/** Stores a new open prompt and returns it. */
export async function askPrompt(deps: DomainDeps, input: AskPromptInput): Promise<Prompt> {
  const prompt: Prompt = {
    id: deps.ids(),
    kind: input.kind,
    municipalityCode: input.municipalityCode,
    activityId: input.activityId,
    year: input.year,
    tertial: input.tertial,
    question: input.question,
    options: [...(input.options ?? DEFAULT_PROMPT_OPTIONS)],
    audience: input.audience,
    status: 'open',
    answer: null,
    answeredBy: null,
    answeredPlatform: null,
    answeredAt: null,
    messageRef: null,
    createdAt: deps.clock.now(),
  };
  await deps.store.insertPrompt(prompt);
  return prompt;
}

/** The permission that answers a prompt: `meetings` for a meeting follow-up, else `follow-up`. */
export function promptPermission(prompt: Pick<Prompt, 'kind'>): Permission {
  return prompt.kind === 'meeting-followup' ? 'meetings' : 'follow-up';
}

/**
 * True when `person` holding `grants` may answer `prompt`: whoever holds its permission for the kommun, the person
 * it was addressed to, or a holder of the role it was addressed to.
 */
export function mayAnswer(
  prompt: Prompt,
  person: string,
  grants: readonly RoleGrant[],
  areas: readonly PoliceArea[],
): boolean {
  const target = { type: 'kommun', code: prompt.municipalityCode } as const;
  const audience = isRole(prompt.audience) || prompt.audience.includes(':') ? prompt.audience : undefined;
  return mayAsAudience(person, grants, promptPermission(prompt), target, areas, audience);
}

export type AnswerResult =
  | { readonly ok: true; readonly prompt: Prompt; readonly status: FollowUpStatus | null }
  | { readonly ok: false; readonly error: 'not-found' }
  | { readonly ok: false; readonly error: 'already-answered'; readonly prompt: Prompt }
  /** A status prompt whose activity got its status for the tertial another way (the form) since it was asked. */
  | {
      readonly ok: false;
      readonly error: 'has-status';
      readonly prompt: Prompt;
      readonly status: FollowUpStatus;
    }
  | { readonly ok: false; readonly error: 'forbidden'; readonly prompt: Prompt }
  /** Its activity is no longer in the kommun's agreement (a replacement, `ångra import`, `ta bort`): nothing stored. */
  | { readonly ok: false; readonly error: 'activity-gone'; readonly prompt: Prompt }
  | { readonly ok: false; readonly error: 'empty' | 'too-long' | 'personal-number'; readonly prompt: Prompt };

/**
 * The status text a status prompt's activity already has for the prompt's tertial, written another way (the
 * follow-up form) while the prompt stood open; null for any other prompt. A status prompt is only sent for an
 * activity lacking a status, so such a text was written after the question was put — and every copy shows it as
 * the answer — so a press of a button of an older copy must not replace it.
 */
export async function writtenStatus(
  store: Pick<Store, 'latestStatuses'>,
  prompt: Prompt,
): Promise<FollowUpStatus | null> {
  if (
    prompt.kind !== STATUS_PROMPT_KIND ||
    !prompt.activityId ||
    prompt.year === null ||
    prompt.tertial === null
  )
    return null;
  const statuses = await store.latestStatuses([prompt.activityId], [prompt.year]);
  const status = statuses.find((s) => s.activityId === prompt.activityId && s.tertial === prompt.tertial);
  return status && hasStatusText(status) ? status : null;
}

/**
 * True when the prompt is about an activity and tertial whose activity is no longer in the kommun's agreement for
 * that year: an agreement replaced by a corrected import, undone (`ångra import`), or the activity removed. Its
 * answer has nowhere to go; the prompt's buttons say so (statusPromptLines leaves such activities out likewise).
 */
export async function activityGone(
  store: Pick<Store, 'agreementForYear'>,
  prompt: Pick<Prompt, 'activityId' | 'municipalityCode' | 'year' | 'tertial'>,
): Promise<boolean> {
  if (!prompt.activityId || prompt.year === null || prompt.tertial === null) return false;
  const bundle = await store.agreementForYear(prompt.municipalityCode, prompt.year);
  return !bundle?.activities.some((a) => a.id === prompt.activityId);
}

/**
 * Answers an open prompt; records who answered and when, and (for an activity and tertial) stores the answer as
 * the activity's follow-up status — all in one transaction with an audit entry. Refuses an answer that is empty,
 * longer than 500 characters, or holds a personnummer; nothing is stored then. Refuses (`has-status`) to answer a
 * status prompt whose activity meanwhile got its text another way: that text stands, nothing is stored.
 */
export async function answerPrompt(
  deps: DomainDeps,
  actor: Actor,
  grants: readonly RoleGrant[],
  areas: readonly PoliceArea[],
  promptId: string,
  answerText: string,
): Promise<AnswerResult> {
  const prompt = await deps.store.prompt(promptId);
  if (!prompt) return { ok: false, error: 'not-found' };
  if (prompt.status !== 'open') return { ok: false, error: 'already-answered', prompt };
  if (!mayAnswer(prompt, actor.person, grants, areas)) return { ok: false, error: 'forbidden', prompt };
  if (await activityGone(deps.store, prompt)) return { ok: false, error: 'activity-gone', prompt };
  const answer = answerText.trim().replace(/\s+/g, ' ');
  if (answer === '') return { ok: false, error: 'empty', prompt };
  if (answer.length > MAX_ANSWER_LENGTH) return { ok: false, error: 'too-long', prompt };
  if (containsPersonalData(answer)) return { ok: false, error: 'personal-number', prompt };
  const now = deps.clock.now();
  return deps.store.transaction(async (tx): Promise<AnswerResult> => {
    // Removed between the check above and this transaction: still nothing is stored.
    if (await activityGone(tx, prompt)) return { ok: false, error: 'activity-gone', prompt };
    const written = await writtenStatus(tx, prompt);
    if (written) return { ok: false, error: 'has-status', prompt, status: written };
    const won = await tx.answerPrompt(prompt.id, answer, actor.person, actor.platform, now);
    if (!won) {
      const latest = (await tx.prompt(prompt.id)) ?? prompt;
      return { ok: false, error: 'already-answered', prompt: latest };
    }
    let status: FollowUpStatus | null = null;
    if (prompt.activityId && prompt.year !== null && prompt.tertial !== null) {
      status = {
        id: deps.ids(),
        activityId: prompt.activityId,
        year: prompt.year,
        tertial: prompt.tertial,
        text: answer,
        count: null,
        actor: actor.person,
        platform: actor.platform,
        createdAt: now,
        published: false,
      };
      await tx.insertStatus(status);
    }
    await tx.appendAudit(
      auditOf(deps, actor, {
        action: 'prompt.answer',
        entity: 'prompt',
        entityId: prompt.id,
        municipalityCode: prompt.municipalityCode,
        before: { status: 'open' },
        // What was answered, for the history: the question (a status prompt's is the activity) and its tertial.
        after: {
          status: 'answered',
          answer,
          statusId: status?.id ?? null,
          question: prompt.question,
          year: prompt.year,
          tertial: prompt.tertial,
        },
      }),
    );
    const answered: Prompt = {
      ...prompt,
      status: 'answered',
      answer,
      answeredBy: actor.person,
      answeredPlatform: actor.platform,
      answeredAt: now,
    };
    return { ok: true, prompt: answered, status };
  });
}
