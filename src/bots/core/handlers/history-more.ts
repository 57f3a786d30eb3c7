import { clipText } from '../../../domain/activity-name.ts';
import { clockTime } from '../../../domain/clock-time.ts';
import type { AuditEntry } from '../../../domain/types.ts';
import type { Texts } from '../texts/index.ts';

/**
 * /lofte historik in words for the meeting series, one meeting's follow-up and note, the tertial prompts and the
 * other entries that say what they concerned (history-words.ts has the rest): the values each entry holds, in the
 * words of texts/history-sv.ts and history-en.ts. Null when the action is not one of these.
 */

type Rec = Record<string, unknown>;

const obj = (v: unknown): Rec => (v && typeof v === 'object' ? (v as Rec) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** "T3 2026" from numbers, or from an entity id ending in `2026-T3`. */
function tertialOf(year: unknown, tertial: unknown, entityId = ''): string | null {
  if (num(year) !== null && num(tertial) !== null) return `T${tertial} ${year}`;
  const m = /(\d{4})-T([123])$/.exec(entityId);
  return m ? `T${m[2]} ${m[1]}` : null;
}

/** The meeting day of an entity id `<seriesId>/<YYYY-MM-DD>`. */
const meetingDayOf = (entityId: string): string | null =>
  /\/(\d{4}-\d{2}-\d{2})$/.exec(entityId)?.[1] ?? null;

/** `what`: the activity the entry concerned ("aktivitet 3 ”trygghetsvandringar”"), when it was looked up. */
export function describeMore(
  e: AuditEntry,
  t: Texts,
  day: (iso: string | null) => string,
  what: string | null = null,
): string | null {
  const h = t.historyMore;
  const before = obj(e.before);
  const after = obj(e.after);
  const rhythm = (s: Rec) => {
    const stored = str(s.time);
    return h.rhythm(num(s.intervalWeeks) ?? 0, stored === null ? '?' : clockTime(stored, t.lang));
  };
  switch (e.action) {
    case 'registration.erase-note':
      return h.eraseNote(e.entityId.slice(0, 8), str(after.reason) ?? '');
    case 'status.erase-text': {
      const at = `${num(after.activity) ?? '?'}, T${num(after.tertial) ?? '?'} ${num(after.year) ?? '?'}`;
      return h.eraseText(at, str(after.reason) ?? '');
    }
    case 'person.remove': {
      // The person by id only: their name is what the removal took away.
      const n = num(before.roles) ?? 0;
      const parts = [
        n > 0 ? h.roles(n) : null,
        before.name === true ? h.name : null,
        before.lang === true ? h.lang : null,
        before.personalChat === true ? h.personalChat : null,
      ].filter((x): x is string => x !== null);
      const list =
        parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${h.and} ${parts.at(-1)}`;
      return h.personRemoved(e.entityId, list);
    }
    case 'meeting-series.create':
      return h.seriesCreated(rhythm(after), day(str(after.firstDate)));
    case 'meeting-series.change':
      return h.seriesChanged(day(str(after.from)), rhythm(obj(after.next)));
    case 'meeting-series.pause': {
      const span = `${day(str(after.from))}–${day(str(after.to))}`;
      return h.seriesPaused(span, Array.isArray(after.cancelled) ? after.cancelled.length : 0);
    }
    case 'meeting-series.end':
      return h.seriesEnded(day(str(after.endsOn)));
    case 'meeting.restore':
      return h.meetingRestored(day(str(after.scheduledOn) ?? str(after.originalOn)));
    case 'meeting.followup': {
      const answer = str(after.answer) ?? '';
      const moved = /^moved:(\d{4}-\d{2}-\d{2})$/.exec(answer)?.[1] ?? null;
      const what = moved
        ? h.followupMoved(day(moved))
        : answer === 'held'
          ? h.followupHeld
          : h.followupCancelled;
      return h.followupAnswered(day(meetingDayOf(e.entityId)), what);
    }
    case 'meeting.note':
      return h.meetingNote(day(meetingDayOf(e.entityId)));
    case 'prompt.answer': {
      const question = str(after.question);
      return h.promptAnswered(
        clipText(str(after.answer) ?? '', 60),
        question ? clipText(question, 50) : null,
        tertialOf(after.year, after.tertial),
      );
    }
    case 'prompt.snooze':
      return h.snoozed(day(str(after.day)));
    case 'tertial.remind': {
      const n = Array.isArray(after.recipients) ? after.recipients.length : 0;
      return h.reminded(n, tertialOf(null, null, e.entityId) ?? '?');
    }
    case 'activity.comment':
      return h.commented(tertialOf(null, null, e.entityId) ?? '?', clipText(str(after.text) ?? '', 60));
    case 'status.create':
      // "… för aktivitet 3 ”trygghetsvandringar” (T3 2026)", as a registration names its activity and day.
      return h.statusWritten(
        clipText(str(after.text) ?? '', 60),
        what,
        tertialOf(after.year, after.tertial) ?? '?',
      );
    case 'statistic.put': {
      const tertial = tertialOf(after.year, after.tertial) ?? '?';
      const category = t.categories[str(after.category) ?? ''] ?? str(after.category) ?? '?';
      const was = num(before.count);
      const count = `${was !== null && was !== num(after.count) ? `${was} → ` : ''}${num(after.count) ?? '?'}`;
      return h.statistics(tertial, category, count);
    }
    case 'follow-up.publish':
    case 'follow-up.unpublish': {
      const tertial = tertialOf(null, null, e.entityId) ?? '?';
      if (e.action === 'follow-up.unpublish') return h.unpublished(tertial);
      return h.published(tertial, num(after.publishedTexts) ?? 0);
    }
    case 'area.save': {
      const name = str(after.name) ?? '?';
      return str(before.name) === null ? h.areaCreated(name) : h.areaChanged(name);
    }
    case 'import.undo':
      return h.importUndone(clipText(str(obj(before.agreement).title) ?? '', 60));
    case 'dashboard.link':
      return h.dashboardLink;
    case 'report.link':
      return h.reportLink(tertialOf(null, null, e.entityId) ?? '?');
    case 'demo.load':
      return h.demoLoaded(clipText(str(after.title) ?? '', 60));
    default:
      return null;
  }
}
