import { clipText } from '../../../domain/activity-name.ts';
import { clockTime } from '../../../domain/clock-time.ts';
import type { AuditEntry } from '../../../domain/types.ts';
import type { Texts } from '../texts/index.ts';

/**
 * /lofte historik in words for the meeting series, one meeting's follow-up and note, the tertial prompts and the
 * other entries that say what they concerned (history-words.ts has the rest): "gav mötesserien uppehåll 15 jun
 * 2027–15 aug 2027", "svarade ”Pågår” om ”Trygghetsvandringar” för T3 2026". Null when the action is not one of these.
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
  const en = t.lang === 'en';
  const before = obj(e.before);
  const after = obj(e.after);
  const rhythm = (s: Rec) => {
    const weeks = num(s.intervalWeeks) ?? 0;
    const stored = str(s.time);
    const time = stored === null ? '?' : clockTime(stored, en ? 'en' : 'sv');
    if (en) return `${weeks === 1 ? 'every week' : `every ${weeks} weeks`} at ${time}`;
    return `${weeks === 1 ? 'varje vecka' : `var ${weeks}:e vecka`} kl. ${time}`;
  };
  switch (e.action) {
    case 'registration.erase-note': {
      const reason = str(after.reason) ?? '';
      const id = e.entityId.slice(0, 8);
      return en
        ? `erased the note of registration ${id}: ${reason}`
        : `tog bort anteckningen i registreringen ${id}: ${reason}`;
    }
    case 'status.erase-text': {
      const reason = str(after.reason) ?? '';
      const at = `${num(after.activity) ?? '?'}, T${num(after.tertial) ?? '?'} ${num(after.year) ?? '?'}`;
      return en
        ? `erased the status text of activity ${at}: ${reason}`
        : `tog bort lägestexten för aktivitet ${at}: ${reason}`;
    }
    case 'person.remove': {
      // The person by id only: their name is what the removal took away.
      const n = num(before.roles) ?? 0;
      const parts = [
        n > 0 ? (en ? `${n} role${n === 1 ? '' : 's'}` : `${n} ${n === 1 ? 'roll' : 'roller'}`) : null,
        before.name === true ? (en ? 'name' : 'namn') : null,
        before.lang === true ? (en ? 'language' : 'språkval') : null,
        before.personalChat === true ? (en ? 'personal chat' : 'personlig chatt') : null,
      ].filter((x): x is string => x !== null);
      const list =
        parts.length <= 1
          ? (parts[0] ?? '')
          : `${parts.slice(0, -1).join(', ')} ${en ? 'and' : 'och'} ${parts.at(-1)}`;
      return en
        ? `removed what was kept about ${e.entityId}, who left: ${list}`
        : `tog bort det som sparats om ${e.entityId}, som slutat: ${list}`;
    }
    case 'meeting-series.create': {
      const from = day(str(after.firstDate));
      return en
        ? `created the meeting series: ${rhythm(after)} from ${from}`
        : `skapade mötesserien: ${rhythm(after)} från ${from}`;
    }
    case 'meeting-series.change': {
      const from = day(str(after.from));
      const next = obj(after.next);
      return en
        ? `changed the meeting series from ${from}: ${rhythm(next)}`
        : `ändrade mötesserien från ${from}: ${rhythm(next)}`;
    }
    case 'meeting-series.pause': {
      const span = `${day(str(after.from))}–${day(str(after.to))}`;
      const n = Array.isArray(after.cancelled) ? after.cancelled.length : 0;
      return en
        ? `paused the meeting series ${span} (${n} meeting${n === 1 ? '' : 's'} cancelled)`
        : `gav mötesserien uppehåll ${span} (${n} möte${n === 1 ? '' : 'n'} inställda)`;
    }
    case 'meeting-series.end': {
      const on = day(str(after.endsOn));
      return en
        ? `ended the meeting series: no meetings on or after ${on}`
        : `avslutade mötesserien: inga möten från och med ${on}`;
    }
    case 'meeting.restore': {
      const on = day(str(after.scheduledOn) ?? str(after.originalOn));
      return en ? `restored the meeting ${on}` : `återställde mötet ${on}`;
    }
    case 'meeting.followup': {
      const on = day(meetingDayOf(e.entityId));
      const answer = str(after.answer) ?? '';
      const moved = /^moved:(\d{4}-\d{2}-\d{2})$/.exec(answer)?.[1] ?? null;
      const what = moved
        ? en
          ? `moved to ${day(moved)}`
          : `flyttat till ${day(moved)}`
        : answer === 'held'
          ? en
            ? 'held'
            : 'hållet'
          : en
            ? 'cancelled'
            : 'inställt';
      return en
        ? `answered the follow-up of the meeting ${on}: ${what}`
        : `svarade på uppföljningen av mötet ${on}: ${what}`;
    }
    case 'meeting.note': {
      const on = day(meetingDayOf(e.entityId));
      return en ? `wrote a note on the meeting ${on}` : `skrev en anteckning om mötet ${on}`;
    }
    case 'prompt.answer': {
      const answer = clipText(str(after.answer) ?? '', 60);
      const question = str(after.question);
      const tertial = tertialOf(after.year, after.tertial);
      const about = question
        ? en
          ? ` about ”${clipText(question, 50)}”`
          : ` om ”${clipText(question, 50)}”`
        : '';
      const when = tertial ? (en ? ` for ${tertial}` : ` för ${tertial}`) : '';
      return en ? `answered ”${answer}”${about}${when}` : `svarade ”${answer}”${about}${when}`;
    }
    case 'prompt.snooze': {
      const on = day(str(after.day));
      return en ? `asked to be reminded again on ${on}` : `bad att bli påmind igen ${on}`;
    }
    case 'tertial.remind': {
      const n = Array.isArray(after.recipients) ? after.recipients.length : 0;
      const tertial = tertialOf(null, null, e.entityId) ?? '?';
      return en
        ? `reminded ${n} ${n === 1 ? 'person' : 'people'} of the status texts for ${tertial}`
        : `påminde ${n} ${n === 1 ? 'person' : 'personer'} om lägestexterna för ${tertial}`;
    }
    case 'activity.comment': {
      const tertial = tertialOf(null, null, e.entityId) ?? '?';
      const text = clipText(str(after.text) ?? '', 60);
      return en
        ? `commented for ${tertial} to the samordnare: ”${text}”`
        : `kommenterade ${tertial} till samordnaren: ”${text}”`;
    }
    case 'status.create': {
      const tertial = tertialOf(after.year, after.tertial) ?? '?';
      const text = clipText(str(after.text) ?? '', 60);
      // "… för aktivitet 3 ”trygghetsvandringar” (T3 2026)", as a registration names its activity and day.
      if (what)
        return en
          ? `wrote the status text ”${text}” for ${what} (${tertial})`
          : `skrev lägestexten ”${text}” för ${what} (${tertial})`;
      return en
        ? `wrote the status text ”${text}” for ${tertial}`
        : `skrev lägestexten ”${text}” för ${tertial}`;
    }
    case 'statistic.put': {
      const tertial = tertialOf(after.year, after.tertial) ?? '?';
      const category = t.categories[str(after.category) ?? ''] ?? str(after.category) ?? '?';
      const was = num(before.count);
      const count = `${was !== null && was !== num(after.count) ? `${was} → ` : ''}${num(after.count) ?? '?'}`;
      return en
        ? `entered statistics for ${tertial}: ${category} ${count}`
        : `förde in statistik för ${tertial}: ${category} ${count}`;
    }
    case 'follow-up.publish':
    case 'follow-up.unpublish': {
      const tertial = tertialOf(null, null, e.entityId) ?? '?';
      if (e.action === 'follow-up.unpublish')
        return en ? `unpublished the follow-up of ${tertial}` : `avpublicerade uppföljningen för ${tertial}`;
      const n = num(after.publishedTexts) ?? 0;
      return en
        ? `published the follow-up of ${tertial} (${n} status text${n === 1 ? '' : 's'})`
        : `publicerade uppföljningen för ${tertial} (${n} lägestext${n === 1 ? '' : 'er'})`;
    }
    case 'area.save': {
      const name = str(after.name) ?? '?';
      if (str(before.name) === null)
        return en ? `created the police area ${name}` : `skapade polisområdet ${name}`;
      return en ? `changed the police area ${name}` : `ändrade polisområdet ${name}`;
    }
    case 'import.undo': {
      const title = clipText(str(obj(before.agreement).title) ?? '', 60);
      return en ? `undid the import of ”${title}”` : `ångrade importen av ”${title}”`;
    }
    case 'dashboard.link':
      return en ? 'made a link to the area dashboard' : 'skapade en länk till områdets översikt';
    case 'report.link': {
      const tertial = tertialOf(null, null, e.entityId) ?? '?';
      return en ? `made a link to the report of ${tertial}` : `skapade en länk till rapporten för ${tertial}`;
    }
    case 'demo.load': {
      const title = clipText(str(after.title) ?? '', 60);
      return en ? `loaded the demo data ”${title}”` : `läste in demodata ”${title}”`;
    }
    default:
      return null;
  }
}
