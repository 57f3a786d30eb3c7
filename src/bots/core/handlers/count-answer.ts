import { activityKind, kindLabel } from '../../../domain/activity-kinds.ts';
import { shortLabel } from '../../../domain/activity-name.ts';
import { nameKey } from '../../../domain/names.ts';
import { may } from '../../../domain/permissions.ts';
import { scopeCovers } from '../../../domain/scope.ts';
import type { Activity, Responsible } from '../../../domain/types.ts';
import type { ReminderKind } from '../../../scheduler/types.ts';
import { suggestionValue } from '../answered.ts';
import { clip, reply } from '../build.ts';
import { readCount } from '../grammar/count-note.ts';
import { ACTION, OPEN_TO_ALL, type Reply } from '../reply.ts';
import type { CommandRequest } from '../requests.ts';
import { kommunName, type Session } from '../session.ts';
import { commandIn } from '../texts/command-words.ts';

/**
 * A bare count typed as a message — "3", "3 kontroller", "tre" — most often right after a count prompt ("Hur många
 * trafikkontroller?"). It is no command, and which activity, kommun and day it is for is not said, so nothing is
 * stored: the reply names the activities it may be for (those of the last count prompt sent to the person in the
 * past two weeks, else those they answer for where they may log) with a button per activity that runs the exact
 * `/logga <nr> <kommun> <their words>` line — the log's own checks, confirmation rule and Ångra — and the line itself.
 */

/** A prompt sent this long ago still explains a bare number. */
const PROMPT_FRESH_MS = 14 * 24 * 60 * 60 * 1000;
/** At most this many buttons (a phone shows them in a row or two); more, and only the form is shown. */
const MAX_CHOICES = 6;
/** At most this many activities named, each with its line. */
const MAX_LINES = 12;
/** Prompts sent within this long of the newest were sent together (one per kommun of an area). */
const TOGETHER_MS = 60 * 60 * 1000;
const PROMPT_KINDS: readonly ReminderKind[] = ['tertial-reminder', 'tertial-nudge', 'prompt-snooze'];

interface Candidate {
  readonly code: string;
  readonly number: number;
  readonly activity: Activity;
}

/** The reply to a message that starts with a count, or null when it does not (then it is an unknown command). */
export async function countAnswerReply(
  session: Session,
  text: string,
  eventId: string,
): Promise<Reply | null> {
  const tokens = text.trim().replace(/^\//, '').split(/\s+/);
  const read = readCount(tokens, 0, null, 999);
  // Someone without a role is told how to get one, as for any other words.
  if (read === null || read.type === 'bad' || session.grants.length === 0) return null;
  const { t } = session;
  const typed = text.trim();
  const all = (await fromPrompt(session)) ?? (await fromRoles(session));
  // "3 kontroller": the word after the number picks the activities it names (and then is no note).
  const noun = tokens[1];
  const named = noun ? all.filter((c) => names(c.activity, noun, t.lang)) : [];
  const candidates = named.length > 0 ? named : all;
  const words = (named.length > 0 ? [tokens[0], ...tokens.slice(2)] : tokens).join(' ');
  const verb = commandIn(t.lang, '/logga');
  const kommuner = new Set(candidates.map((c) => c.code));
  const lineOf = (c: Candidate) => `${verb} ${c.number} ${kommunName(session, c.code)} ${words}`;
  const label = (c: Candidate) => {
    const what = shortLabel(c.activity, t.lang);
    return kommuner.size > 1 ? `${what} (${kommunName(session, c.code)})` : what;
  };
  const lines = candidates
    .slice(0, MAX_LINES)
    .map((c) => `${c.number}. ${label(c)}: ${lineOf(c)}`)
    .join('\n');
  if (candidates.length === 0 || candidates.length > MAX_CHOICES) {
    return reply({
      headline: t.countAnswerHeadline(typed),
      sections: [
        { text: t.countAnswerNoChoice },
        ...(lines ? [{ text: lines }] : []),
        { text: t.dates.logForm },
      ],
      tone: 'warning',
    });
  }
  return reply({
    headline: t.countAnswerHeadline(typed),
    sections: [{ text: lines }, { text: t.countAnswerPress }],
    buttons: candidates.map((c, i) => {
      const text = clip(t.countAnswerButton(read.count, label(c)), 70);
      const line = `${verb} @${session.today} ${c.number} ${kommunName(session, c.code)} ${words}`;
      return {
        actionId: `${ACTION.run}/${i}`,
        // The line runs again as the one who presses, checking their permission.
        requires: OPEN_TO_ALL,
        label: text,
        value: suggestionValue(eventId, line, {
          asker: session.actor.person,
          label: text,
          asked: session.now,
        }),
        ...(i === 0 ? { style: 'primary' as const } : {}),
      };
    }),
    tone: 'warning',
  });
}

/**
 * The activities of the count prompt the person answers: the one the message was written under (a Slack thread),
 * else those sent together last (an area's police officer gets one per kommun at once), what they had not answered.
 */
async function fromPrompt(session: Session): Promise<Candidate[] | null> {
  const store = session.deps.reminders;
  if (!store) return null;
  // Written in a thread: the message it is under (Slack).
  const thread = (session.request as CommandRequest).thread;
  const sent = (
    await store.sentTo(`person:${session.actor.person}`, PROMPT_KINDS, session.now - PROMPT_FRESH_MS)
  ).filter((r) => {
    const code = r.payload.subject.municipalityCode;
    return 'missing' in r.payload && !!code && isCountPrompt(session, code);
  });
  const under = thread ? sent.filter((r) => r.messageId === thread) : [];
  const newest = sent[0]?.sentAt ?? 0;
  const asked = under.length > 0 ? under : sent.filter((r) => newest - (r.sentAt ?? 0) <= TOGETHER_MS);
  const out: Candidate[] = [];
  for (const code of [...new Set(asked.map((r) => r.payload.subject.municipalityCode ?? ''))].sort()) {
    const ids = new Set(
      asked.flatMap((r) =>
        r.payload.subject.municipalityCode === code && 'missing' in r.payload
          ? r.payload.missing.map((m) => m.activityId)
          : [],
      ),
    );
    out.push(...(await activitiesOf(session, code)).filter((c) => ids.has(c.activity.id)));
  }
  return out.length > 0 ? out : null;
}

/** The activities the person answers for in the kommuner of their roles (the channel's kommun when it is bound). */
async function fromRoles(session: Session): Promise<Candidate[]> {
  const { grants, areas, binding } = session;
  const codes = new Set<string>();
  const scopes = binding ? [binding.scope] : grants.map((g) => g.scope);
  for (const scope of scopes) {
    if (scope.type === 'kommun') codes.add(scope.id);
    if (scope.type === 'area')
      for (const code of areas.find((a) => a.id === scope.id)?.municipalityCodes ?? []) codes.add(code);
  }
  const out: Candidate[] = [];
  for (const code of [...codes].sort()) {
    if (!may(grants, 'log', { type: 'kommun', code }, areas)) continue;
    out.push(...(await activitiesOf(session, code)));
  }
  return out;
}

/** A count prompt goes to those who may log there but write no follow-up (README "Count prompts"). */
function isCountPrompt(session: Session, code: string): boolean {
  const where = { type: 'kommun' as const, code };
  return (
    may(session.grants, 'log', where, session.areas) &&
    !may(session.grants, 'follow-up', where, session.areas)
  );
}

/** The activities of the agreement in force today, numbered as /status numbers them, that the person answers for. */
async function activitiesOf(session: Session, code: string): Promise<Candidate[]> {
  const bundle = await session.deps.store.agreementForYear(code, Number(session.today.slice(0, 4)));
  if (!bundle) return [];
  const every = !isCountPrompt(session, code);
  const holds = (role: 'polis' | 'kommun') =>
    session.grants.some((g) => g.role === role && scopeCovers(g.scope, code, session.areas));
  const answersFor = (r: Responsible) =>
    every || r === 'gemensam' || (r !== 'kommun' ? holds('polis') : holds('kommun'));
  return bundle.activities
    .map((activity, i) => ({ code, number: i + 1, activity }))
    .filter((c) => answersFor(c.activity.responsible));
}

/** True when `word` ("kontroller", "insatser") is the tail of what the activity is called or counts. */
function names(activity: Activity, word: string, lang: 'sv' | 'en'): boolean {
  const key = nameKey(word);
  if (key.length < 4) return false;
  const kind = activity.kind ? activityKind(activity.kind) : null;
  const callings = [
    shortLabel(activity, lang),
    ...(kind ? [kind.id, kindLabel(kind, 1, 'sv'), kindLabel(kind, 2, 'sv')] : []),
  ];
  return callings.some(
    (c) => nameKey(c).endsWith(key) || nameKey(c).endsWith(key.replace(/(er|ar|or)$/, '')),
  );
}
