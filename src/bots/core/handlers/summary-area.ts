import { type AreaLine, areaHeadline, areaLineText, summarizeArea } from '../../../domain/area-summary.ts';
import { summarizeAreaThisYear } from '../../../domain/area-year.ts';
import { decide, may } from '../../../domain/permissions.ts';
import { scopeName } from '../../../domain/scope.ts';
import type { SummaryWindow } from '../../../domain/summary.ts';
import { joinAnd, reply, truncate } from '../build.ts';
import type { SummaryTarget } from '../grammar/types.ts';
import { ACTION, needs, type Reply, type ReplyButton } from '../reply.ts';
import type { Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';
import { windowLabel } from './status.ts';

/**
 * `/sammanfattning <område|län>`: one line per kommun, worst first, naming the activities behind by their short
 * labels ("Tranås: efter — 1 aktivitet efter: trafikkontroller"), and a button per kommun with an agreement (worst
 * first, at most MAX_KOMMUN_BUTTONS) that opens that kommun's summary over the same window for whoever presses it:
 * the button needs `read` for the kommun, checked against the presser (press.ts).
 */

/** Buttons under an area summary: two rows of five in a Teams card, well inside Slack's 25 per message block. */
export const MAX_KOMMUN_BUTTONS = 10;

export async function areaSummary(
  session: Session,
  target: Exclude<SummaryTarget, { type: 'kommun' }>,
  window: SummaryWindow | null,
): Promise<Reply> {
  const { t } = session;
  const year = Number(session.today.slice(0, 4));
  let codes: readonly string[];
  if (target.type === 'area') {
    const decision = decide(session.grants, 'read-area', { type: 'area', id: target.area.id }, session.areas);
    if (!decision.ok) return forbiddenReply(t, session.actor.person, 'read-area', target.area.name, decision);
    codes = target.area.municipalityCodes;
  } else {
    codes = target.codes.filter((code) =>
      may(session.grants, 'read', { type: 'kommun', code }, session.areas),
    );
    if (codes.length === 0) {
      return forbiddenReply(t, session.actor.person, 'read-area', target.name, {
        ok: false,
        reason: session.grants.length === 0 ? 'no-roles' : 'wrong-role',
        allowed: ['chef', 'admin'],
      });
    }
  }
  const name = target.type === 'area' ? target.area.name : target.name;
  const place = { kind: target.type, name, municipalityCodes: codes };
  // No period typed: this year — in January, before any of its kommuner has this year's agreement, the year ended.
  const { area, endedYear } =
    window === null
      ? await summarizeAreaThisYear(session.deps, place)
      : { area: await summarizeArea(session.deps, place, window), endedYear: null };
  const w = area.window;
  const first = area.lines.find((l) => l.summary !== null)?.summary;
  const label = first ? windowLabel(t, first) : fallbackLabel(t, w);
  // A län filtered to what the person may read says so, and by which of their roles.
  const filtered =
    target.type === 'county' && codes.length < target.codes.length
      ? [
          {
            text: t.filteredScope(
              codes.length,
              target.codes.length,
              name,
              joinAnd(t, readingPlaces(session, codes)),
            ),
          },
        ]
      : [];
  return reply({
    headline: t.areaSummaryHeadline(name, label),
    sections: [
      ...(endedYear === null ? [] : [{ text: t.endedYearShownArea(name, year, endedYear) }]),
      ...filtered,
      { text: areaHeadline(area, t.lang) },
      { text: truncate(area.lines.map((l) => areaLineText(l, t.lang, true)).join('\n'), 3000) },
    ],
    buttons: kommunButtons(area.lines, w),
    visibility: 'channel',
    tone: 'info',
  });
}

/** The names of the person's role scopes that let them read any of `codes` ("LPO Höglandet"), each once, A–Ö. */
function readingPlaces(session: Session, codes: readonly string[]): string[] {
  const names = session.grants
    .filter((g) => codes.some((code) => may([g], 'read', { type: 'kommun', code }, session.areas)))
    .map((g) => scopeName(g.scope, session.deps.register, session.areas));
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, 'sv'));
}

function kommunButtons(lines: readonly AreaLine[], w: SummaryWindow): ReplyButton[] {
  return lines
    .filter((l) => l.summary !== null)
    .slice(0, MAX_KOMMUN_BUTTONS)
    .map((l, i) => ({
      actionId: `${ACTION.summaryOpen}/${i}`,
      requires: needs('read', l.municipality.code),
      label: l.municipality.name,
      value: `${l.municipality.code}|${windowValue(w)}`,
    }));
}

/** `tertial:2026:3`, `year:2026`, `period`: a window in a button value. */
export function windowValue(w: SummaryWindow): string {
  return w.kind === 'tertial'
    ? `tertial:${w.year}:${w.tertial}`
    : w.kind === 'year'
      ? `year:${w.year}`
      : 'period';
}

export function windowFromValue(text: string): SummaryWindow | null {
  const [kind, year, tertial] = text.split(':');
  if (kind === 'period') return { kind: 'period' };
  if (kind === 'year' && /^\d{4}$/.test(year ?? '')) return { kind: 'year', year: Number(year) };
  if (kind === 'tertial' && /^\d{4}$/.test(year ?? '') && /^[123]$/.test(tertial ?? '')) {
    return { kind: 'tertial', year: Number(year), tertial: Number(tertial) as 1 | 2 | 3 };
  }
  return null;
}

function fallbackLabel(t: Texts, w: SummaryWindow): string {
  if (w.kind === 'tertial') return t.windowTertial(w.tertial, w.year);
  if (w.kind === 'year') return t.windowYear(w.year);
  return t.windowPeriod(0, 0).replace(/ 0–0$/, '');
}
