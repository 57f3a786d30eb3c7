import { activityName, signedText } from '../../../domain/activity-name.ts';
import { previewRemoval, removeActivity } from '../../../domain/activity-removal.ts';
import { editAgreementText } from '../../../domain/agreement-texts.ts';
import {
  addActivity,
  editActivity,
  showAgreement,
  type UpkeepRefusal,
} from '../../../domain/agreement-upkeep.ts';
import { DEFAULT_SANITY_LIMIT } from '../../../domain/confirmation.ts';
import { undoImport } from '../../../domain/import-undo.ts';
import type { Activity } from '../../../domain/types.ts';
import { suggestionValue } from '../answered.ts';
import { errorReply, reply } from '../build.ts';
import type { AgreementOp } from '../grammar/agreement.ts';
import type { KommunRef } from '../grammar/types.ts';
import { ACTION, needs, OPEN_TO_ALL, type Reply, type ReplySection } from '../reply.ts';
import { accessOf, type Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';

/**
 * `/lofte avtal <kommun>`: the agreement's promises and activities with their numbers; and its upkeep — short name,
 * responsible party, promise, target (`/lofte mål`), sanity limit (`gräns`), a new activity, removing one, undoing the import.
 */
export async function handleAgreement(
  session: Session,
  command: { readonly kommun: KommunRef; readonly op: AgreementOp; readonly year?: number },
  eventId: string,
): Promise<Reply> {
  const { kommun, op, year } = command;
  const { t } = session;
  const a = t.agreement;
  const access = accessOf(session);
  const { deps, actor } = session;
  // With a year (`/lofte avtal Sävsjö 2027`) every hint repeats it, so a change reaches that year's agreement.
  const label = year === undefined ? kommun.name : `${kommun.name} ${year}`;
  const refused = (r: UpkeepRefusal, permission: 'read' | 'follow-up', name = '') =>
    refusal(session, kommun, r, permission, name, year);
  switch (op.type) {
    case 'show': {
      const r = await showAgreement(deps, access, kommun.code, year);
      if (!r.ok) return refused(r, 'read');
      const { agreement, commitments, activities } = r.bundle;
      // The signed title first ("/lofte avtal … titel" changes it), then the promises with their activities.
      const sections: ReplySection[] = [{ text: agreement.title }];
      const numbered = activities.map((x, i) => ({ x, n: i + 1 }));
      for (const [i, c] of commitments.entries()) {
        const own = numbered.filter((v) => v.x.commitmentId === c.id);
        sections.push({
          title: a.promise(i + 1, c.text),
          text: own.map((v) => line(t, v.n, v.x)).join('\n') || '–',
        });
      }
      const loose = numbered.filter((v) => !commitments.some((c) => c.id === v.x.commitmentId));
      if (loose.length > 0)
        sections.push({ title: a.loose, text: loose.map((v) => line(t, v.n, v.x)).join('\n') });
      if (r.next) {
        const { periodFrom, periodTo } = r.next;
        const command = `${t.lang === 'en' ? '/lofte agreement' : '/lofte avtal'} ${kommun.name} ${periodFrom}`;
        sections.push({ text: a.nextStored(periodFrom, periodTo, command) });
      }
      return reply({
        headline: a.headline(kommun.name, agreement.periodFrom, agreement.periodTo),
        sections,
        context: a.context(label),
        tone: 'info',
      });
    }
    case 'add': {
      const r = await addActivity(deps, actor, access, kommun.code, op.text, op.responsible, year);
      if (!r.ok) return refused(r, 'follow-up');
      return done(t, a.added(r.number, r.after.text));
    }
    case 'remove': {
      if (!op.confirmed) return confirmRemove(session, kommun, op.number, eventId, year);
      const r = await removeActivity(deps, actor, access, kommun.code, op.number, year);
      if (!r.ok) return refused(r, 'follow-up');
      // The activities after it moved up one number: say so, for the habitual "/logga 6 Eksjö".
      const moved = r.bundle.activities
        .slice(r.number)
        .map((x, i) => a.moved(r.number + i + 1, activityName(x, 40)));
      return reply({
        headline: a.removed(r.number, activityName(r.before)),
        sections: [
          ...(moved.length > 0 ? [{ text: a.renumbered(moved.join(', ')) }] : []),
          { text: a.audited },
        ],
        tone: 'success',
      });
    }
    case 'undo-import': {
      const r = await undoImport(deps, actor, access, { kommun: kommun.code, year });
      if (!r.ok) {
        if (r.error === 'unknown-agreement') return errorReply(t, a.noAgreement(kommun.name));
        return refused(r, 'follow-up');
      }
      return done(t, a.undone(kommun.name, r.bundle.agreement.periodFrom, r.bundle.agreement.periodTo));
    }
    case 'promise-text':
    case 'title': {
      const edit =
        op.type === 'title'
          ? ({ type: 'title', text: op.text } as const)
          : ({ type: 'promise', number: op.commitment, text: op.text } as const);
      const r = await editAgreementText(deps, actor, access, kommun.code, edit, year);
      if (!r.ok) {
        if (r.error === 'same-text') return errorReply(t, a.sameText);
        if (r.error === 'empty-text')
          return errorReply(t, a.emptyText, t.nothingStored, a.textExample(kommun.name));
        // Personal data in the new wording: the example is a rewording, not a new activity.
        if (r.error === 'public-personal-data')
          return errorReply(t, a.publicPersonalData(r.found), t.nothingStored, a.textExample(kommun.name));
        if (r.error === 'personal-number')
          return errorReply(t, t.personalNumber, t.nothingStored, a.textExample(kommun.name));
        return refused(r, 'follow-up');
      }
      return reply({
        headline: op.type === 'title' ? a.titleEdited(r.after) : a.promiseEdited(op.commitment, r.after),
        sections: [{ text: `${a.textPublishedNext} ${a.audited}` }],
        tone: 'success',
      });
    }
    default: {
      const change =
        op.type === 'name'
          ? { shortName: op.text }
          : op.type === 'responsible'
            ? { responsible: op.responsible }
            : op.type === 'commitment'
              ? { commitment: op.commitment }
              : op.type === 'limit'
                ? { sanityLimit: op.limit }
                : { target: op.target };
      const r = await editActivity(deps, actor, access, kommun.code, op.number, change, year);
      if (!r.ok) {
        if (r.error === 'unchanged') return errorReply(t, a.unchanged(r.number, already(t, op, r.activity)));
        return refused(r, 'follow-up', op.type === 'name' ? op.text : '');
      }
      if (op.type === 'target')
        return done(t, a.targetSet(r.number, nameOf(r.after), r.after.target, r.before.target));
      if (op.type === 'limit')
        return done(
          t,
          a.limitSet(r.number, nameOf(r.after), limitOf(r.after), limitOf(r.before), !r.after.sanityLimit),
        );
      return done(t, a.edited(r.number, line(t, r.number, r.after)));
    }
  }
}

/** The activity's sanity limit as the confirmation rule applies it. */
function limitOf(x: Activity): number {
  return x.sanityLimit ?? DEFAULT_SANITY_LIMIT;
}

/** The activity's name in chat, embedded in a sentence ("Målet för 3. … per år är nu …"). */
function nameOf(x: Activity): string {
  return activityName(x, 120);
}

/** One activity: its short name, then the signed text clipped; or only the signed text when it has no short name. */
function line(t: Texts, n: number, x: Activity): string {
  const note = x.targetChange ? t.agreement.changedFrom(x.targetChange.signed, x.targetChange.on) : null;
  const signed = x.shortName ? signedText(x, 60) : null;
  return t.agreement.line(n, activityName(x), x.responsible, x.target, note, x.sanityLimit ?? null, signed);
}

/** "har redan inget mål": what the activity already has, for a change that changes nothing. */
function already(
  t: Texts,
  op: Exclude<AgreementOp, { type: 'show' | 'add' | 'remove' | 'undo-import' | 'promise-text' | 'title' }>,
  x: Activity,
): string {
  const w = t.agreement.already;
  switch (op.type) {
    case 'name':
      return w.name(op.text.trim());
    case 'responsible':
      return w.responsible(x.responsible);
    case 'commitment':
      return w.commitment(op.commitment);
    case 'target':
      return w.target(x.target);
    case 'limit':
      return w.limit(limitOf(x), !x.sanityLimit);
  }
}

/** "Ta bort aktivitet 5 ”…”? Numren efter den flyttas upp ett steg: 6 blir 5 …" [Ja, ta bort] [Nej]. */
async function confirmRemove(
  session: Session,
  kommun: KommunRef,
  number: number,
  eventId: string,
  year?: number,
): Promise<Reply> {
  const { t } = session;
  const a = t.agreement;
  const r = await previewRemoval(session.deps, accessOf(session), kommun.code, number, year);
  if (!r.ok) return refusal(session, kommun, r, 'follow-up', '', year);
  const asker = session.actor.person;
  const label = year === undefined ? kommun.name : `${kommun.name} ${year}`;
  const command = `/lofte avtal ${label} ta bort ${number}`;
  return reply({
    headline: a.confirmRemove(number, activityName(r.before, 80)),
    sections: [{ text: a.confirmRemoveText(number, r.bundle.activities.length) }],
    buttons: [
      {
        actionId: `${ACTION.run}/yes`,
        requires: needs('follow-up', kommun.code),
        label: a.yesRemove,
        value: suggestionValue(`${eventId}:yes`, `${command} ja`, {
          asker,
          label: a.yesRemove,
          asked: session.now,
        }),
        style: 'danger',
      },
      {
        actionId: `${ACTION.run}/no`,
        requires: OPEN_TO_ALL,
        label: a.keep,
        value: suggestionValue(`${eventId}:no`, `/lofte avtal ${label}`, {
          asker,
          label: a.keep,
          asked: session.now,
        }),
      },
    ],
    tone: 'warning',
  });
}

function done(t: Texts, headline: string): Reply {
  return reply({ headline, sections: [{ text: t.agreement.audited }], tone: 'success' });
}

function refusal(
  session: Session,
  kommun: KommunRef,
  r: UpkeepRefusal,
  permission: 'read' | 'follow-up',
  name = '',
  year?: number,
): Reply {
  const { t } = session;
  const a = t.agreement;
  const show = `/lofte avtal ${kommun.name}${year === undefined ? '' : ` ${year}`}`;
  switch (r.error) {
    case 'forbidden':
      return forbiddenReply(t, session.actor.person, permission, kommun.name, r.decision);
    case 'no-agreement':
      if (year !== undefined)
        return errorReply(t, a.noAgreementYear(kommun.name, year), undefined, `/lofte avtal ${kommun.name}`);
      return errorReply(t, a.noAgreement(kommun.name), a.noAgreementHint);
    case 'no-such-number':
      return errorReply(t, a.noSuchNumber(r.max), t.nothingStored, show);
    case 'no-such-commitment':
      return errorReply(t, a.noSuchCommitment(r.max), t.nothingStored, show);
    case 'has-registrations':
      return errorReply(t, a.hasRegistrations(r.count));
    case 'has-status-texts':
      return errorReply(t, a.hasStatusTexts(r.count));
    case 'not-imported':
      return errorReply(t, a.notImported, t.nothingStored);
    case 'personal-number':
      return errorReply(t, t.personalNumber);
    case 'public-personal-data':
      return errorReply(t, a.publicPersonalData(r.found), t.nothingStored, a.publicTextExample(kommun.name));
    case 'name-taken': {
      const c = r.clash;
      const text =
        c.type === 'activity'
          ? a.nameTaken(name, c.number)
          : c.type === 'number'
            ? a.nameIsNumber(name)
            : a.nameIsKind(name, c.word);
      return errorReply(t, text, undefined, a.nameExample(kommun.name));
    }
    case 'unchanged':
      return errorReply(t, a.unchanged(r.number, ''));
  }
}
