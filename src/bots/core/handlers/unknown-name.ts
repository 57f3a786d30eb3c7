import { activityKind, kindLabel } from '../../../domain/activity-kinds.ts';
import type { LogActivityResult } from '../../../domain/log-activity.ts';
import { closest, nameKey } from '../../../domain/names.ts';
import { suggestionValue } from '../answered.ts';
import { joinOr, reply } from '../build.ts';
import { canonical, wordsOf } from '../grammar/log-words.ts';
import type { ParsedCommand } from '../grammar/types.ts';
import { ACTION, OPEN_TO_ALL, type Reply } from '../reply.ts';
import type { Session } from '../session.ts';
import { commandIn } from '../texts/command-words.ts';

type LogCommand = Extract<ParsedCommand, { kind: 'log' }>;

/**
 * Words that are neither a kind nor one of the kommun's short names. When they may mean one or more activities
 * (a short name a letter away, or some of an activity's words in any form) the bot asks, with a button per activity
 * that runs the line for it by its number; else "Jag känner inte till aktiviteten …" says what it understood
 * (kommun, activity words), what can be logged, the form and an example in the kommun typed.
 */
export function unknownNameReply(
  session: Session,
  cmd: LogCommand,
  ref: { readonly name: string; readonly suggestions: readonly string[] },
  result: Extract<LogActivityResult, { error: 'no-such-activity' }>,
  eventId: string,
): Reply {
  const { t } = session;
  const kommun = cmd.kommun.name;
  // A short name a letter or two away ("föräldramöte" for "föräldramöten") is what the person meant.
  const near = closest(nameKey(ref.name), result.names, (n) => nameKey(n.name), 2);
  const maybe = [...near, ...result.near.filter((n) => !near.some((m) => m.number === n.number))].slice(0, 3);
  // The kinds the words were a letter or two from ("trafic" → trafikkontroll), split by whether the kommun has one.
  const kindsNear = ref.suggestions.flatMap((id) => {
    const kind = activityKind(id);
    return kind ? [kind] : [];
  });
  const kindsHeld = kindsNear.filter((k) => result.kinds.some((held) => held.id === k.id));
  const kind = kindsHeld[0] ?? result.kinds[0];
  const first = maybe[0]?.name ?? result.names[0]?.name ?? (kind ? t.kindWord(kind) : undefined);
  // The reader's own command: `/log` in English, `/logga` in Swedish (`/insats` as typed).
  const verb = cmd.command === 'insats' ? '/insats' : commandIn(t.lang, '/logga');
  const example = `${t.example}: ${first ? `${verb} ${cmd.command === 'insats' ? '' : `${first} `}${kommun}` : `/status ${kommun}`}`;
  if (maybe.length > 0 || kindsHeld.length > 0) {
    const words = wordsOf(cmd, session.today);
    const choices = [
      ...maybe.map((n) => ({ name: n.name, ref: { type: 'number', number: n.number } as const })),
      ...kindsHeld.map((kind) => ({
        name: kindLabel(kind, 1, t.lang),
        ref: { type: 'kind', kind } as const,
      })),
    ].slice(0, 3);
    const others = ref.suggestions.filter((id) => !kindsHeld.some((k) => k.id === id));
    return reply({
      headline: t.unknownKind(ref.name),
      sections: [
        { text: t.suggestions(joinOr(t, [...choices.map((c) => c.name), ...others])) },
        { text: t.dates.pressActivity },
      ],
      buttons: choices.map((c, i) => {
        const label = t.runFor(c.name);
        const text = canonical(cmd.command, c.ref, kommun, words);
        return {
          actionId: `${ACTION.run}/${i}`,
          // The line runs again as the one who presses, checking their permission.
          requires: OPEN_TO_ALL,
          label,
          value: suggestionValue(eventId, text, { asker: session.actor.person, label, asked: session.now }),
          ...(i === 0 ? { style: 'primary' as const } : {}),
        };
      }),
      tone: 'warning',
    });
  }
  const names = [
    ...result.names.map((n) => `${n.name} (${n.number})`),
    ...result.kinds.map((k) => kindLabel(k, 1, t.lang)),
  ];
  const available = names.length > 0 ? t.availableKinds(names.join(', ')) : null;
  const understood = t.dates.readAs([t.dates.readKommun(kommun), t.dates.readActivityWords(ref.name)]);
  // Words near a kind the kommun's agreement does not have: say so, and what can be logged there instead.
  const missing = kindsNear[0];
  if (missing)
    return reply({
      headline: t.noSuchActivity(kindLabel(missing, 2, t.lang), kommun),
      sections: [understood, available, t.dates.logForm, example].flatMap((text) => (text ? [{ text }] : [])),
      tone: 'error',
    });
  const hint = ref.suggestions.length > 0 ? t.suggestions(joinOr(t, ref.suggestions)) : available;
  return reply({
    headline: t.unknownKind(ref.name),
    sections: [understood, hint, t.dates.logForm, example].flatMap((text) => (text ? [{ text }] : [])),
    tone: 'error',
  });
}
