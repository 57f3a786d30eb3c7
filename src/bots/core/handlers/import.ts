import { decide } from '../../../domain/permissions.ts';
import { agreedTarget } from '../../../domain/target.ts';
import { reimportPlan } from '../../../import/earlier-agreement.ts';
import { noteBodyText, noteText } from '../../../import/note-words.ts';
import { PASTED_FILE_NAME, prepareImport } from '../../../import/prepare.ts';
import { documentFromBytes } from '../../../import/read-document.ts';
import { type ReadRefusal, readRefusalText } from '../../../import/read-refusal.ts';
import { inUseHeadline, keptText, reimportNotice, replacedText } from '../../../import/reimport-words.ts';
import { incompleteNote, storeImport } from '../../../import/store-import.ts';
import type { ParsedDocument } from '../../../import/types.ts';
import { clip, errorReply, reply } from '../build.ts';
import { PendingImports } from '../pending-imports.ts';
import { ACTION, needs, type Reply, type ReplySection } from '../reply.ts';
import type { Session } from '../session.ts';
import type { Texts } from '../texts/index.ts';
import { forbiddenReply } from './errors.ts';

/**
 * Importing from chat: a document pasted after `/lofte import` or sent as a file is read exactly as
 * `npx loftesbot import` reads it (size limits, the personal-data screen, the parse), shown as a preview —
 * promises, activities with their targets and basis, warnings — with "Spara" and "Avbryt". Nothing is stored
 * before "Spara"; the preview waits in memory (pending-imports.ts). Who may write the kommun's follow-up (a
 * samordnare or admin) may import for it.
 */

const fallbackPending = new PendingImports();

function pending(session: Session): PendingImports {
  return session.deps.pendingImports ?? fallbackPending;
}

function periodText(p: { from: number; to: number } | null): string {
  if (!p) return '';
  return p.from === p.to ? `${p.from}` : `${p.from}–${p.to}`;
}

function describe(session: Session, parsed: ParsedDocument): string {
  const { t } = session;
  const d = parsed.document;
  const kommun = d.municipality ?? '?';
  return d.kind === 'follow-up' && d.followUp
    ? t.importing.followUp(kommun, d.followUp.tertial, d.followUp.year, periodText(d.period))
    : t.importing.agreement(kommun, periodText(d.period));
}

/** The first year of an agreement that begins after this year (next year's, imported in December), else null. */
function laterStart(session: Session, parsed: ParsedDocument): number | null {
  const d = parsed.document;
  const from = d.kind === 'agreement' ? d.period?.from : undefined;
  return from !== undefined && from > Number(session.today.slice(0, 4)) ? from : null;
}

/** A warning's `/lofte avtal <kommun> …` hints, with the year when the agreement begins later: they reach it. */
function withYear(session: Session, parsed: ParsedDocument, warning: string): string {
  const from = laterStart(session, parsed);
  const kommun = parsed.document.municipality;
  if (from === null || !kommun) return warning;
  return ['/lofte avtal', '/lofte mål', '/lofte agreement', '/lofte target'].reduce(
    (w, command) => w.split(`${command} ${kommun} `).join(`${command} ${kommun} ${from} `),
    warning,
  );
}

/** The document's warnings in the person's language (the command line prints them in Swedish), one a line. */
function warningLines(session: Session, parsed: ParsedDocument): string[] {
  return parsed.notes.map((n) => `• ${withYear(session, parsed, noteText(n, session.t.lang))}`);
}

const IMPORTABLE = /\.(docx|txt|md|markdown|text|html?)$/i;

/** A document that could not be read or fetched, said in the person's language; nothing is stored. */
function unreadableReply(t: Texts, refusal: ReadRefusal): Reply {
  return errorReply(t, t.importing.unreadable, `${readRefusalText(refusal, t.lang)}. ${t.nothingStored}`);
}

/** The preview of a document sent by the person: read, screened, parsed; held until Spara or Avbryt. */
export async function previewImport(
  session: Session,
  fileName: string,
  bytes: Uint8Array,
  refused?: ReadRefusal,
): Promise<Reply> {
  const { t } = session;
  if (refused) return unreadableReply(t, refused);
  if (!IMPORTABLE.test(fileName)) return errorReply(t, t.importing.notSupported(fileName), t.nothingStored);
  const read = await documentFromBytes(fileName, bytes);
  if (!read.ok) return unreadableReply(t, read.refusal);
  const prepared = prepareImport(read.source, session.deps.register, t.lang);
  if (!prepared.ok) {
    const headline =
      prepared.reason === 'personal-data'
        ? t.importing.refusedPersonal(read.source.fileName === PASTED_FILE_NAME)
        : t.importing.unreadable;
    return errorReply(t, headline, `${prepared.message} ${t.nothingStored}`);
  }
  const { parsed } = prepared;
  const incomplete = incompleteNote(parsed);
  const missing = incomplete === null ? null : noteBodyText(incomplete, t.lang);
  if (missing !== null || parsed.municipalityCode === null) {
    const warnings = warningLines(session, parsed).join('\n');
    return errorReply(t, t.importing.noAgreement, `${missing ?? ''}. ${t.nothingStored}`, undefined, {
      headline: t.importing.noAgreement,
      sections: warnings ? [{ title: t.importing.warnings, text: warnings }] : [],
    });
  }
  const where = parsed.document.municipality ?? parsed.municipalityCode;
  const decision = decide(
    session.grants,
    'follow-up',
    { type: 'kommun', code: parsed.municipalityCode },
    session.areas,
  );
  if (!decision.ok) return forbiddenReply(t, session.actor.person, 'follow-up', where, decision);
  // The kommun's agreement for the same years: what Spara will do with it, said before Spara (earlier-agreement.ts).
  const plan = await reimportPlan(session.deps.store, parsed);
  const notice = reimportNotice(plan, where, t.lang, 'chat');
  const key = pending(session).put({
    person: session.actor.person,
    source: read.source,
    parsed,
    at: session.now,
  });
  return reply({
    headline: t.importing.preview(describe(session, parsed)),
    sections: [
      ...(notice ? [{ text: `${plan.kind === 'new' ? 'ℹ️' : '⚠️'} ${notice}` }] : []),
      ...previewSections(session, parsed),
    ],
    buttons: [
      // An agreement in use is not replaced: only Avbryt (Spara would refuse and store nothing).
      ...(plan.kind === 'refuse'
        ? []
        : [
            {
              actionId: ACTION.importSave,
              requires: needs('follow-up', parsed.municipalityCode),
              label: t.importing.save,
              value: key,
              style: 'primary' as const,
            },
          ]),
      {
        actionId: ACTION.importCancel,
        requires: needs('follow-up', parsed.municipalityCode),
        label: t.importing.cancel,
        value: key,
      },
    ],
    context:
      plan.kind === 'refuse'
        ? t.nothingStored
        : parsed.document.kind === 'follow-up'
          ? `${t.importing.nothingYet} ${t.importing.draftsNote}`
          : t.importing.nothingYet,
    tone: parsed.document.warnings.length > 0 || plan.kind !== 'new' ? 'warning' : 'info',
  });
}

function previewSections(session: Session, parsed: ParsedDocument): ReplySection[] {
  const { t } = session;
  const d = parsed.document;
  const sections: ReplySection[] = [];
  if (d.commitments.length > 0) {
    sections.push({
      title: t.importing.promises,
      text: d.commitments.map((c, i) => `${i + 1}. ${clip(c.text, 200)}`).join('\n'),
    });
  }
  const lines = d.activities.map((a, i) => {
    // The target as the agreement words it and as /lofte avtal will show it: "minst 15 per år".
    const target = a.target ? agreedTarget(a.target, t.lang) : t.importing.noTarget;
    const who = t.importing.responsible[a.responsible] ?? a.responsible;
    const cells = (['1', '2', '3'] as const)
      .filter((k) => a.tertials[k])
      .map((k) => `   T${k}: ${clip(a.tertials[k]?.text ?? '', 120)}`);
    const promise =
      d.commitments.length === 0
        ? ''
        : ` · ${a.commitment === null ? t.importing.noPromise : t.importing.promise(a.commitment + 1)}`;
    return [`${i + 1}. ${clip(a.text, 160)} — ${target} (${who})${promise}`, ...cells].join('\n');
  });
  if (lines.length > 0) sections.push({ title: t.importing.activities, text: lines.join('\n') });
  if (parsed.notes.length > 0)
    sections.push({ title: t.importing.warnings, text: warningLines(session, parsed).join('\n') });
  return sections;
}

/** "Spara": stores the previewed document as `npx loftesbot import` would, attributed to the person. */
export async function saveImport(session: Session, key: string): Promise<Reply> {
  const { t } = session;
  const entry = pending(session).take(key, session.actor.person, session.now);
  if (!entry) {
    // A second press of Spara (a double tap, or a stale copy of the preview) is told it is saved, not that it expired.
    const saved = await session.deps.store.processedEvent(savedKey(key));
    if (saved)
      return reply({ headline: t.importing.alreadySaved(saved), tone: 'info', replaceOriginal: true });
    return errorReply(t, t.importing.expired, t.nothingStored);
  }
  const { parsed, source } = entry;
  const code = parsed.municipalityCode as string;
  const decision = decide(session.grants, 'follow-up', { type: 'kommun', code }, session.areas);
  if (!decision.ok)
    return forbiddenReply(
      t,
      session.actor.person,
      'follow-up',
      parsed.document.municipality ?? code,
      decision,
    );
  const outcome = await storeImport(
    {
      store: session.deps.store,
      clock: session.deps.clock,
      ids: session.deps.ids,
      actor: session.actor.person,
    },
    {
      parsed,
      fileName: source.fileName,
      sha256: source.sha256,
      processed: { key: savedKey(key), summary: describe(session, parsed) },
    },
  );
  if (outcome.status === 'already-imported')
    return reply({ headline: t.importing.already, tone: 'info', replaceOriginal: true });
  if (outcome.status === 'incomplete')
    return errorReply(t, t.importing.noAgreement, `${outcome.reason}. ${t.nothingStored}`);
  const d = parsed.document;
  const kommun = d.municipality ?? code;
  if (outcome.status === 'in-use')
    return errorReply(
      t,
      inUseHeadline(kommun, t.lang),
      reimportNotice({ kind: 'refuse', earlier: outcome.earlier }, kommun, t.lang, 'chat') ?? '',
    );
  const lines: string[] = [];
  if (outcome.replaced.length > 0) lines.push(replacedText(outcome.replaced, t.lang));
  if (outcome.kept.length > 0) lines.push(keptText(outcome.kept, kommun, t.lang));
  if (outcome.createdAgreement) lines.push(t.importing.savedAgreement(d.activities.length));
  const later = laterStart(session, parsed);
  if (later !== null && d.municipality) lines.push(t.agreement.startsLater(d.municipality, later));
  if (d.kind === 'follow-up' && d.followUp) {
    lines.push(t.importing.savedCounts(outcome.statuses, outcome.registrations, outcome.statistics));
    const command = `${t.lang === 'en' ? '/report' : '/rapportera'} ${d.municipality} ${t.lang === 'en' ? 'publish' : 'publicera'} T${d.followUp.tertial} ${d.followUp.year}`;
    lines.push(t.importing.publishHint(command));
  }
  if (outcome.unmatched.length > 0) lines.push(t.importing.unmatched(outcome.unmatched.length));
  return reply({
    headline: t.importing.saved(describe(session, parsed)),
    sections: [{ text: lines.join('\n') }],
    tone: 'success',
    replaceOriginal: true,
  });
}

/** Where a saved preview's key is remembered, so that a later press of its Spara says so. */
function savedKey(key: string): string {
  return `import-saved:${key}`;
}

/** "Avbryt": drops the preview; nothing was stored. */
export function cancelImport(session: Session, key: string): Reply {
  pending(session).take(key, session.actor.person, session.now);
  return reply({ headline: session.t.importing.cancelled, tone: 'info', replaceOriginal: true });
}
