import { type ActivityKind, activityKind, kindLabel } from '../../../domain/activity-kinds.ts';
import { activityName, countedName } from '../../../domain/activity-name.ts';
import type { ConfirmationReason } from '../../../domain/confirmation.ts';
import { type LogActivityResult, type Logged, logActivity } from '../../../domain/log-activity.ts';
import { expectedPhrase, signedCount } from '../../../domain/target.ts';
import type { Activity } from '../../../domain/types.ts';
import { voidRegistration } from '../../../domain/void-registration.ts';
import { suggestionValue } from '../answered.ts';
import { errorReply, reply } from '../build.ts';
import { canonical, wordsOf } from '../grammar/log-words.ts';
import type { ParsedCommand } from '../grammar/types.ts';
import { personalDataText } from '../personal-data-text.ts';
import { ACTION, needs, type Reply, type ReplySection } from '../reply.ts';
import { accessOf, eventKey, kommunName, type Session } from '../session.ts';
import { commandIn } from '../texts/command-words.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';
import { noAgreementReply } from './no-agreement.ts';
import { readAs } from './read-as.ts';
import { progressOf } from './status.ts';
import { unknownNameReply } from './unknown-name.ts';

type LogCommand = Extract<ParsedCommand, { kind: 'log' }>;

/**
 * /insats and /logga: logs the activity (idempotent by the event id, the reply stored in the same transaction),
 * and answers "✅ Riktad insats registrerad i Sävsjö 21 nov 2026" with the activity's bar ("8 av minst 15 under 2026 ·
 * i fas") and Ångra; the notification says "… 21 nov 2026 — 8 av minst 15 under 2026 · i fas".
 */
export async function handleLog(
  session: Session,
  cmd: LogCommand,
  eventId: string,
  confirmed = false,
): Promise<Reply> {
  const { deps } = session;
  const key = eventKey(session, eventId);
  // The reply is built once, in the transaction that stores it for a repeated event, and returned as it is.
  let built: Reply | null = null;
  const result = await logActivity(
    deps,
    session.actor,
    accessOf(session),
    {
      municipalityCode: cmd.kommun.code,
      activity:
        cmd.activity.type === 'kind'
          ? { kind: cmd.activity.kind.id }
          : cmd.activity.type === 'name'
            ? { name: cmd.activity.name }
            : { number: cmd.activity.number },
      day: cmd.date,
      count: cmd.count,
      note: cmd.note,
      idempotencyKey: key,
      confirmed,
    },
    async (tx, logged) => {
      built = loggedReply(session, cmd, logged);
      await tx.recordProcessedEvent(key, JSON.stringify(built), deps.clock.now());
    },
  );
  if (result.ok) return built ?? loggedReply(session, cmd, result);
  if (result.error === 'needs-confirmation') return confirmReply(session, cmd, result.reasons, eventId);
  return failedReply(session, cmd, result, key, eventId);
}

/**
 * The confirmation rule's question: "Menar du söndag 7 december 2025? Det tertialet är redan publicerat." with a Yes
 * button that stores the same line without asking again. Nothing is stored until then.
 */
function confirmReply(
  session: Session,
  cmd: LogCommand,
  reasons: readonly ConfirmationReason[],
  eventId: string,
): Reply {
  const { t } = session;
  const d = t.dates;
  const kind = cmd.activity.type === 'kind' ? cmd.activity.kind : null;
  const what = kind
    ? kindLabel(kind, cmd.count, t.lang)
    : t.lang === 'en'
      ? 'registrations'
      : 'registreringar';
  const dayAsked = reasons.some((r) => r.type !== 'over-limit');
  const headline = dayAsked ? d.confirmHeadline(d.full(cmd.date)) : d.confirmHeadline(`${cmd.count} ${what}`);
  const why = reasons.map((r) =>
    r.type === 'far-back'
      ? d.confirmFarBack(r.days)
      : r.type === 'published'
        ? d.confirmPublished
        : d.confirmOverLimit(r.count, r.limit),
  );
  const text = canonical(cmd.command, cmd.activity, cmd.kommun.name, wordsOf(cmd, session.today));
  return reply({
    headline,
    sections: [{ text: why.join(' ') }, { text: d.confirmNothingStored }],
    buttons: [
      {
        actionId: ACTION.confirm,
        // Yes runs the command once more; it checks the permission itself, as it did the first time.
        requires: needs('log', cmd.kommun.code),
        label: d.confirmYes(dayAsked ? t.day(cmd.date) : `${cmd.count} ${what}`),
        value: suggestionValue(eventId, text, {
          asker: session.actor.person,
          label: d.confirmYes(dayAsked ? t.day(cmd.date) : `${cmd.count} ${what}`),
          asked: session.now,
        }),
        style: 'primary',
      },
    ],
    tone: 'warning',
  });
}

async function failedReply(
  session: Session,
  cmd: LogCommand,
  result: Exclude<LogActivityResult, { ok: true } | { error: 'needs-confirmation' }>,
  key: string,
  eventId: string,
): Promise<Reply> {
  const { t } = session;
  const name = cmd.kommun.name;
  const logVerb = commandIn(t.lang, '/logga');
  const traffic = activityKind('trafikkontroll');
  const example = `${cmd.command === 'insats' || !traffic ? '/insats' : `${logVerb} ${t.kindWord(traffic)}`} ${name}`;
  switch (result.error) {
    case 'forbidden':
      return forbiddenReply(t, session.actor.person, 'log', name, result.decision);
    case 'duplicate': {
      const stored = await session.deps.store.processedEvent(key);
      return stored ? (JSON.parse(stored) as Reply) : reply({ headline: t.alreadyLogged });
    }
    case 'bad-date':
      return errorReply(t, t.badDate(result.day), t.dateFormats, example);
    case 'future-date':
      return errorReply(t, t.futureDate(t.day(result.day)), t.nothingStored, example);
    case 'bad-count':
      return errorReply(t, t.badCount(String(cmd.count)), t.nothingStored, example);
    case 'note-too-long':
      return errorReply(t, t.noteTooLong(cmd.note?.length ?? 0), t.nothingStored, example);
    case 'personal-number':
      return errorReply(t, personalDataText(t, cmd.note), undefined, example);
    case 'no-agreement':
      return noAgreementReply(session, cmd.kommun, t.nothingStored, {
        day: cmd.date,
        command: typedCommand(cmd, t),
      });
    case 'outside-period':
      return errorReply(
        t,
        t.outsidePeriod(t.day(cmd.date), result.agreement.periodFrom, result.agreement.periodTo),
        t.nothingStored,
        `/${cmd.command} ${name} ${t.lang === 'en' ? 'today' : 'idag'}`,
      );
    case 'no-such-activity': {
      if (cmd.activity.type === 'name') return unknownNameReply(session, cmd, cmd.activity, result, eventId);
      const wanted = cmd.activity.type === 'kind' ? kindLabel(cmd.activity.kind, 2, t.lang) : '?';
      const kinds = result.kinds.map((k) => kindLabel(k, 2, t.lang));
      const first = result.kinds[0];
      return errorReply(
        t,
        t.noSuchActivity(wanted, name),
        kinds.length > 0 ? t.availableKinds(kinds.join(', ')) : undefined,
        first ? `${logVerb} ${first.id} ${name}` : `/status ${name}`,
      );
    }
    case 'no-such-number':
      return errorReply(
        t,
        t.noSuchNumber(cmd.activity.type === 'number' ? cmd.activity.number : 0, result.max),
        t.nothingStored,
        `/status ${name}`,
      );
  }
}

/** The confirmation of a registration, with the activity's progress and the Ångra button. */
export function loggedReply(session: Session, cmd: LogCommand, logged: Logged): Reply {
  const { t } = session;
  const r = logged.registration;
  const { text: label, apart } = labelOf(logged.kind, logged.activity, r.count, t);
  const day = t.dates.full(r.occurredOn);
  const head = apart
    ? t.dates.loggedApart(capitalize(label), cmd.kommun.name, day, r.count)
    : t.logged(
        r.count > 1 ? label : capitalize(label),
        cmd.kommun.name,
        day,
        r.count,
        neuterKind(logged.kind),
      );
  const tail = progressTail(session, logged);
  const sections: ReplySection[] = [];
  if (logged.line) {
    const row = progressOf(logged.line, 0, t, { window: logged.window, agreement: logged.agreement });
    sections.push({ progress: [{ ...row, label: activityName(logged.activity, 140) }] });
  }
  if (r.note) sections.push({ fields: [{ label: t.noteLabel, value: r.note }] });
  const counted = apart ? `× ${label}` : label;
  if (cmd.read) sections.push({ text: readAs(session, cmd, r.count, counted, r.occurredOn, r.note) });
  return reply({
    // The figures once in the body, beside the bar; the notification (which shows only its line) carries them too.
    headline: head,
    ...(tail ? { notification: `${head} — ${tail}` } : {}),
    sections,
    buttons: [
      {
        actionId: ACTION.undo,
        requires: needs('log', r.municipalityCode),
        label: t.undo,
        value: r.id,
        style: 'danger',
      },
    ],
    context: t.undoHint,
    tone: 'success',
  });
}

/** "16 av minst 15 under 2026 · väntat hittills: 13 · i fas" — the signed count and the one verdict. */
function progressTail(session: Session, logged: Logged): string | null {
  const { t } = session;
  const line = logged.line;
  if (!line) return null;
  const amount = signedCount(line, logged.window, logged.agreement, t.lang);
  if (line.target === null) return amount;
  const expected = expectedPhrase(line, t.lang);
  return [amount, expected, t.state[line.state]].filter((x) => x !== null).join(' · ');
}

/**
 * How a registration names its activity: the short name when it has one (`/lofte avtal … namn`) — in the count's
 * number when it starts with its kind's word, else `apart` from the count ("Registrerat: 1 × Föräldramöten") — else
 * "riktad insats" / "riktade insatser" by its kind, else its shortened signed text in quotes, apart.
 */
export function labelOf(
  kind: ActivityKind | null,
  activity: Activity,
  count: number,
  t: Texts,
): { text: string; apart: boolean } {
  const name = activity.shortName?.trim() ? activityName(activity) : null;
  const counted = name && t.lang === 'sv' ? countedName(name, kind, count) : null;
  if (name) return counted ? { text: counted, apart: false } : { text: name, apart: true };
  if (kind) return { text: kindLabel(kind, count, t.lang), apart: false };
  // A signed text's gender and number cannot be told either: it stands apart ("Registrerat: 1 × ”…”").
  return { text: t.quote(activityName(activity, 60)), apart: true };
}

/** Whether the kind's word is neuter ("samverkansmöte", "LOB/PL-ingripande"): "registrerat", not "registrerad". */
function neuterKind(kind: ActivityKind | null): boolean {
  return kind !== null && /(möte|ingripande)$/i.test(kind.singular);
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** The Ångra button: voids the registration (24 hours, own or as coordinator); replaces the confirmation. */
export async function handleUndo(session: Session, registrationId: string): Promise<Reply> {
  const { t } = session;
  const result = await voidRegistration(session.deps, session.actor, accessOf(session), registrationId);
  if (result.ok) {
    const r = result.registration;
    const kind = result.activity?.kind ? activityKind(result.activity.kind) : null;
    const named = result.activity ? labelOf(kind, result.activity, r.count, t) : { text: '', apart: false };
    // "2 riktade insatser": how many the registration held; "2 × ”…”" before a quoted text or a name apart.
    const times = named.apart || /^[”“]/.test(named.text) ? ' ×' : '';
    const label = r.count > 1 ? `${r.count}${times} ${named.text}` : named.text;
    return reply({
      headline: t.undone(label, kommunName(session, r.municipalityCode), t.day(r.occurredOn)),
      replaceOriginal: true,
      tone: 'info',
    });
  }
  switch (result.error) {
    case 'not-found':
      return errorReply(t, t.registrationMissing);
    case 'already-voided':
      return reply({ headline: t.alreadyUndone, tone: 'info' });
    case 'expired':
      return errorReply(t, t.undoExpired);
    case 'forbidden':
      return errorReply(t, t.undoForbidden);
  }
}

/** The command as it would be typed again, up to the kommun: "/insats", "/logga samverkansmöte", "/log 3". */
function typedCommand(cmd: LogCommand, t: Texts): string {
  if (cmd.command === 'insats') return '/insats';
  const verb = commandIn(t.lang, '/logga');
  const a = cmd.activity;
  if (a.type === 'kind') return `${verb} ${a.kind.synonyms[0] ?? a.kind.id}`;
  return `${verb} ${a.type === 'number' ? a.number : a.name}`;
}
