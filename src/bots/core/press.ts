import type { PermissionTarget } from '../../domain/permissions.ts';
import { promptRequirement } from './handlers/prompt-view.ts';
import { ACTION, type ButtonRequirement, needs, OPEN_TO_ALL } from './reply.ts';
import type { Session } from './session.ts';

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
      return kommunOf(session, value, 'read');
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
  permission: 'follow-up' | 'statistics' | 'remind' | 'read',
) {
  const code = value.split('|')[0] ?? '';
  return session.deps.register.byCodeOrNull(code) ? needs(permission, code) : null;
}
