import { activityKind, kindFromWord, kindLabel } from '../../../domain/activity-kinds.ts';
import type { Permission, PermissionDecision } from '../../../domain/permissions.ts';
import { suggestionValue } from '../answered.ts';
import { errorReply, joinOr, reply } from '../build.ts';
import type { CommandName } from '../commands.ts';
import { kindNames } from '../grammar/kind.ts';
import type { GrammarError } from '../grammar/types.ts';
import { ACTION, OPEN_TO_ALL, type Reply } from '../reply.ts';
import { commandIn } from '../texts/command-words.ts';
import type { Texts } from '../texts/index.ts';
import { exampleOf, helpReply, lofteExample, usageText } from './help.ts';
import { adminHelpReply, kommunChoices, runSuggested } from './suggested.ts';

/**
 * Replies for everything a person can get wrong: each says what was wrong and shows a correct example.
 * None of them is ever the result of a stored change.
 */

export function grammarErrorReply(
  t: Texts,
  command: CommandName | null,
  error: GrammarError,
  eventId: string,
  asker: string,
  asked: number,
  kommun: string | null = null,
): Reply {
  const example = exampleOf(command ?? 'hjalp', kommun, t);
  // Each question here is the asker's: its command runs as the one who presses (answered.ts).
  const ask = (text: string, label: string) => suggestionValue(eventId, text, { asker, label, asked });
  switch (error.error) {
    case 'empty':
      return helpReply(t, null, t.emptyCommand);
    case 'unknown-command': {
      const suggestion = error.suggestion ? commandIn(t.lang, error.suggestion) : null;
      // One line and a button, not the whole help: "Menade du /insats Sävsjö?" [/insats Sävsjö] [/hjalp].
      return reply({
        headline: suggestion ? t.didYouMean(suggestion) : t.unknownCommandShort(error.word),
        buttons: [
          ...runSuggested(suggestion, ask),
          {
            actionId: ACTION.help,
            requires: OPEN_TO_ALL,
            label: t.lang === 'en' ? '/help' : '/hjalp',
            value: '',
          },
        ],
        tone: 'warning',
      });
    }
    case 'unknown-admin':
      return adminHelpReply(t, error, ask);
    case 'missing-kommun': {
      const shown = error.example ?? (error.sub ? lofteExample(t, error.sub, kommun) : example);
      if (error.choices?.length) return kommunChoices(t, t.missingKommun, shown, error.choices, ask);
      return errorReply(t, t.missingKommun, undefined, shown);
    }
    case 'area-not-kommun':
      return errorReply(t, t.areaNeedsKommun(error.name), undefined, example);
    case 'unknown-kommun':
      return errorReply(t, t.unknownKommun(error.query), t.nothingStored, example);
    case 'suggest-kommun': {
      const names = error.suggestions.map((s) => s.name);
      const headline =
        names.length === 1 ? t.didYouMean(names[0] as string) : t.suggestions(joinOr(t, names));
      return reply({
        headline,
        sections: [{ text: t.didYouMeanText }],
        buttons: error.suggestions.map((s, i) => ({
          actionId: `${ACTION.run}/${i}`,
          // The suggested command checks its own permission when it runs.
          requires: OPEN_TO_ALL,
          label: t.runFor(s.name),
          value: ask(s.text, t.runFor(s.name)),
          ...(i === 0 ? { style: 'primary' as const } : {}),
        })),
        tone: 'warning',
      });
    }
    case 'bad-date':
      return errorReply(t, t.badDate(error.text), t.dateFormats, example);
    case 'future-date':
      return errorReply(t, t.futureDate(t.day(error.day)), t.nothingStored, example);
    case 'past-date':
      return errorReply(t, t.dates.pastMeeting(t.dates.full(error.day)), t.nothingStored, example);
    case 'ask-which-day':
      return reply({
        headline: t.dates.whichDayHeadline,
        sections: [{ text: t.dates.whichDayText }],
        buttons: error.suggestions.map((s, i) => ({
          actionId: `${ACTION.run}/${i}`,
          requires: OPEN_TO_ALL,
          label: t.dates.short(s.name),
          value: ask(s.text, t.dates.short(s.name)),
        })),
        tone: 'warning',
      });
    case 'ambiguous-count': {
      const kind = error.kindId ? activityKind(error.kindId) : null;
      const one = kind ? kindLabel(kind, 1, t.lang) : t.lang === 'en' ? 'activity' : 'aktivitet';
      const many = kind
        ? kindLabel(kind, error.count, t.lang)
        : t.lang === 'en'
          ? 'activities'
          : 'aktiviteter';
      return reply({
        headline: t.dates.ambiguousHeadline(error.count, many, error.noun),
        sections: [{ text: t.dates.ambiguousText }],
        buttons: [
          {
            actionId: `${ACTION.run}/0`,
            requires: OPEN_TO_ALL,
            label: t.dates.asCount(error.count, many),
            value: ask(error.asCount, t.dates.asCount(error.count, many)),
          },
          {
            actionId: `${ACTION.run}/1`,
            requires: OPEN_TO_ALL,
            label: t.dates.asNote(one, error.count, error.noun),
            value: ask(error.asNote, t.dates.asNote(one, error.count, error.noun)),
          },
        ],
        tone: 'warning',
      });
    }
    case 'bad-count':
      return errorReply(t, t.badCount(error.text), t.nothingStored, example);
    case 'note-too-long':
      return errorReply(t, t.noteTooLong(error.length), t.nothingStored, example);
    case 'personal-number':
      // The fullest example (a note without personal data), for the kommun the person typed.
      return errorReply(t, t.personalNumber, undefined, exampleOf(command ?? 'hjalp', kommun, t, 'last'));
    case 'missing-kind':
      return errorReply(t, t.missingKind, t.knownKinds(kindNames(t.kindName).join(', ')), example);
    case 'unknown-kind': {
      // The kinds it was near, by the reader's names for them ("traffic control").
      const near = error.suggestions.map((word) => {
        const kind = kindFromWord(word);
        return kind ? t.kindName(kind) : word;
      });
      const hint = near.length > 0 ? t.suggestions(joinOr(t, near)) : undefined;
      return errorReply(
        t,
        t.unknownKind(error.word),
        hint ?? t.knownKinds(kindNames(t.kindName).join(', ')),
        example,
      );
    }
    case 'bad-window': {
      if (!error.place || !error.words) return errorReply(t, t.badWindow(error.text), undefined, example);
      // What was typed, and the words it takes there: "Exempel: /sammanfattning LPO Höglandet T3".
      const shown = `${example.split(' ')[0]} ${error.place} T${error.tertial ?? 1}`;
      return errorReply(t, t.badArgs(error.text), t.sharing.windowWords(error.place, error.words), shown);
    }
    case 'bad-args':
      if (command === 'lofte')
        return errorReply(t, t.badLofte, usageText(t, 'lofte'), error.example ?? example);
      return errorReply(t, t.badArgs(error.text), usageText(t, command ?? 'hjalp'), example);
    case 'correct-needs-reason':
      return errorReply(
        t,
        error.id ? t.correctNeedsReason : t.correctNeedsId,
        t.nothingStored,
        `/lofte rätta ${error.id ?? '9ce6d6a1'} ${t.lang === 'en' ? 'logged twice' : 'dubbelregistrerad'}`,
      );
    case 'bad-person':
      return errorReply(t, t.badPerson(error.text), undefined, '/lofte admin roll @anna samordnare Tranås');
    case 'bad-lang':
      return errorReply(t, t.badLang, undefined, '/lofte språk en');
    case 'link-needs-area': {
      const area = error.area ?? 'LPO Höglandet';
      const example = t.lang === 'en' ? `/summary ${area} link` : `/sammanfattning ${area} länk`;
      return errorReply(t, t.sharing.linkNeedsArea(error.name), t.sharing.linkNeedsAreaText, example);
    }
    case 'bad-agreement': {
      const named = error.kommun ?? kommun ?? 'Tranås';
      if (error.what === 'limit')
        return errorReply(t, t.agreement.badLimit, t.nothingStored, t.agreement.limitExample(named));
      if (error.what === 'promise-text' || error.what === 'title' || error.what === 'too-long')
        return errorReply(
          t,
          t.agreement.badText[error.what],
          t.nothingStored,
          t.agreement.textExample(named),
        );
      if (error.what) {
        const example = t.agreement.example(named, error.target?.activity, error.target?.count);
        return errorReply(t, t.agreement.badTarget[error.what], t.nothingStored, example);
      }
      return errorReply(
        t,
        t.agreement.badWords(error.text),
        usageText(t, 'lofte'),
        t.agreement.example(named),
      );
    }
    case 'bad-series': {
      const what = t.series.problem[error.problem] ?? t.badArgs(error.text);
      const headline = error.problem === 'words' ? `${what} ${t.quote(error.text)}.` : what;
      // The example is the same sub-command's, for the kommun typed (else the catalogue's).
      const s = t.series;
      const sample = {
        create: s.exampleCreate,
        change: s.exampleChange,
        pause: s.examplePause,
        end: s.exampleEnd,
        restore: s.exampleDay,
      }[error.op];
      return errorReply(t, headline, t.nothingStored, sample(kommun ?? 'Tranås'));
    }
    case 'documents-need-kommun': {
      const sample =
        t.lang === 'en' ? '/summary Tranås 2026 documents' : '/sammanfattning Tranås 2026 dokument';
      if (!error.choices?.length)
        return errorReply(t, t.sharing.documentsNeedKommun(error.name), undefined, sample);
      // A button per kommun of the area with an agreement: the same words for it.
      const shown = sample.replace('Tranås', error.choices[0]?.name ?? 'Tranås');
      return kommunChoices(t, t.sharing.documentsNeedKommun(error.name), shown, error.choices, ask);
    }
  }
}

/** "Du har ingen behörighet ännu": how to get access. Nothing is stored. */
export function noAccessReply(t: Texts, person: string): Reply {
  return reply({
    headline: t.noAccessHeadline,
    sections: [{ text: t.noAccessText(person) }],
    tone: 'warning',
  });
}

/** "Du får inte … för …": what the person may not do, where, and who may. */
export function forbiddenReply(
  t: Texts,
  person: string,
  permission: Permission,
  where: string,
  decision: Extract<PermissionDecision, { ok: false }>,
): Reply {
  if (decision.reason === 'no-roles') return noAccessReply(t, person);
  return errorReply(
    t,
    t.forbidden(t.permission[permission], where, joinOr(t, [...decision.allowed])),
    // Only a refused change has something not to store; a refused look ("se läget") has nothing to say about it.
    READ_ONLY.has(permission) ? undefined : t.nothingStored,
  );
}

const READ_ONLY: ReadonlySet<Permission> = new Set(['read', 'read-area', 'history']);
