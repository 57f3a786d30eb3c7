import type { PermissionTarget } from '../../domain/permissions.ts';
import { decide } from '../../domain/permissions.ts';
import { requirementMet } from './access.ts';
import { errorReply } from './build.ts';
import { forbiddenReply } from './handlers/errors.ts';
import { promptRequirement } from './handlers/prompt-view.ts';
import { parseSnoozeValue, snoozePermission } from './handlers/snooze.ts';
import { parseFollowupSnooze } from './handlers/snooze-followup.ts';
import { followupRequirement } from './meeting-followup.ts';
import { ACTION, type ButtonRequirement, needs, OPEN_TO_ALL, type Reply } from './reply.ts';
import { kommunName, type Session } from './session.ts';

/**
 * What a pressed button requires, worked out again from its action and value (what the platform hands back; a
 * forged press can put anything there). The same requirement the button was rendered with: see the `requires` of
 * the builders in handlers/ and reminders.ts. Null when the value names nothing that exists — the action's own
 * handler then answers that the message has expired.
 */
export async function pressRequirement(
  session: Session,
  name: string,
  value: string,
): Promise<ButtonRequirement | null> {
  const store = session.deps.store;
  switch (name) {
    case ACTION.help:
    case ACTION.link:
    case ACTION.run:
    case ACTION.confirm:
      return OPEN_TO_ALL;
    case ACTION.undo: {
      const r = await store.registration(value);
      return r ? needs('log', r.municipalityCode) : null;
    }
    case ACTION.promptAnswer:
    case ACTION.promptAccept:
    case ACTION.promptText: {
      const bar = value.lastIndexOf('|');
      const id = name !== ACTION.promptText && bar >= 0 ? value.slice(0, bar) : value;
      const prompt = await store.prompt(id);
      return prompt ? promptRequirement(prompt) : null;
    }
    case ACTION.reportOpen:
    case ACTION.publish:
      return kommunOf(session, value, 'follow-up');
    case ACTION.statisticsOpen:
      return kommunOf(session, value, 'statistics');
    case ACTION.remind:
      return kommunOf(session, value, 'remind');
    case ACTION.summaryTable:
    case ACTION.summaryOpen:
      return kommunOf(session, value, 'read');
    case ACTION.followupAnswer:
    case ACTION.followupForm: {
      const [seriesId] = value.split('|');
      const series = seriesId ? await store.meetingSeries(seriesId) : null;
      return series ? followupRequirement(series.scope) : null;
    }
    case ACTION.logOpen:
    case ACTION.commentOpen:
      return kommunOf(session, value, 'log');
    case ACTION.snooze:
    case ACTION.snoozeDay: {
      const followup = parseFollowupSnooze(value);
      if (followup) {
        const series = await store.meetingSeries(followup.seriesId);
        return series ? followupRequirement(series.scope) : null;
      }
      const target = parseSnoozeValue(value);
      if (!target) return null;
      return kommunOf(session, target.code, snoozePermission(target.snoozed));
    }
    case ACTION.meetingHeld: {
      const [seriesId] = value.split('|');
      const series = seriesId ? await store.meetingSeries(seriesId) : null;
      if (!series) return null;
      const bound = session.binding?.scope;
      const target: PermissionTarget =
        series.scope.type === 'kommun'
          ? { type: 'kommun', code: series.scope.id }
          : bound?.type === 'kommun'
            ? { type: 'kommun', code: bound.id }
            : { type: 'area', id: series.scope.id };
      return { permission: 'meetings', target };
    }
    default:
      return null;
  }
}

function kommunOf(
  session: Session,
  value: string,
  permission: 'follow-up' | 'statistics' | 'remind' | 'read' | 'log',
) {
  const code = value.split('|')[0] ?? '';
  return session.deps.register.byCodeOrNull(code) ? needs(permission, code) : null;
}

/**
 * The press-time half of the button rule (access.ts): the requirement is worked out from the pressed value and
 * checked against the presser's roles; a button they could never have been shown is refused, nothing happens.
 */
export async function refusePress(session: Session, name: string, value: string): Promise<Reply | null> {
  const req = await pressRequirement(session, name, value);
  if (!req || req.permission === null) return null;
  if (requirementMet(req, session.actor.person, session.grants, session.areas)) return null;
  // Answering a prompt and undoing a registration have their own audience (the one asked, the one who logged).
  if (name === ACTION.promptAnswer || name === ACTION.promptAccept || name === ACTION.promptText)
    return errorReply(session.t, session.t.promptForbidden);
  if (name === ACTION.undo) return errorReply(session.t, session.t.undoForbidden);
  const where =
    req.target.type === 'kommun'
      ? kommunName(session, req.target.code)
      : (session.areas.find((a) => a.id === (req.target as { id: string }).id)?.name ?? req.target.id);
  const decision = decide(session.grants, req.permission, req.target, session.areas);
  if (decision.ok) return null;
  return forbiddenReply(session.t, session.actor.person, req.permission, where, decision);
}
