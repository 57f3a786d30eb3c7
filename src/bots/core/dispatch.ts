import { type TertialRef, tertialOfDay } from '../../domain/tertial.ts';
import type { TertialNumber } from '../../domain/types.ts';
import { PASTED_FILE_NAME } from '../../import/prepare.ts';
import { answerOnce, parseSuggestion } from './answered.ts';
import { errorReply, reply } from './build.ts';
import { mentionedKommun, parseCommand } from './grammar/parse.ts';
import type { GrammarContext, KommunRef, ParsedCommand } from './grammar/types.ts';
import { handleAreaHistory, handleHistory, handleLang } from './handlers/admin.ts';
import { handleAdmin } from './handlers/admin-people.ts';
import { handleAgreement } from './handlers/agreement.ts';
import { handleAreaNew } from './handlers/area.ts';
import { handleCorrect, handleRegistrations } from './handlers/corrections.ts';
import { countAnswerReply } from './handlers/count-answer.ts';
import { handleErase } from './handlers/erase.ts';
import { grammarErrorReply, noAccessReply } from './handlers/errors.ts';
import { helpReply } from './handlers/help.ts';
import { cancelImport, previewImport, saveImport } from './handlers/import.ts';
import { handleDashboardLink } from './handlers/links.ts';
import { handleLog, handleUndo } from './handlers/log.ts';
import { handleMeeting } from './handlers/meeting.ts';
import { answerFollowup, openFollowupForm, submitFollowupForm } from './handlers/meeting-followup.ts';
import { handleChangeSeries, handleCreateSeries, handlePauseSeries } from './handlers/meeting-series.ts';
import { handleEndSeries } from './handlers/meeting-series-end.ts';
import { submitSeriesForm } from './handlers/meeting-series-form.ts';
import { acceptProposal, answerWithOption, openAnswerForm, submitAnswer } from './handlers/prompt.ts';
import { CONFIRMED, handlePublish } from './handlers/publish.ts';
import { handleRemind } from './handlers/remind.ts';
import { openReport, submitReport } from './handlers/report.ts';
import { openStatistics, submitStatistics } from './handlers/statistics.ts';
import { handleStatus } from './handlers/status.ts';
import { handleSummary, summaryPress } from './handlers/summary.ts';
import { homeReply } from './home.ts';
import { withChoices } from './kommun-choices.ts';
import { refusePress } from './press.ts';
import { promptAction, promptForm } from './prompt-actions.ts';
import { ACTION, actionNameOf, FORM, type Reply } from './reply.ts';
import type { DocumentRequest, FormResult } from './requests.ts';
import { eventKey, type Session } from './session.ts';

/**
 * Routing: command text → grammar → handler; button → handler; form → handler. The same platform event id seen
 * again answers with the stored reply of the first time (writes record it in their own transaction).
 */

/** `/lofte import <text>` (Teams and the terminal also without the `/`); group 1 is the pasted text. */
export const IMPORT_COMMAND = /^\s*\/?(?:lofte|löfte|loftesbot|löftesbot)\s+import(?![\p{L}\d])([\s\S]*)$/iu;

export function grammarContext(session: Session): GrammarContext {
  return {
    register: session.deps.register,
    areas: session.areas,
    bound: session.binding?.scope ?? null,
    today: session.today,
    platform: session.request.platform,
  };
}

async function replayed(session: Session, eventId: string): Promise<Reply | null> {
  const stored = await session.deps.store.processedEvent(eventKey(session, eventId));
  return stored ? (JSON.parse(stored) as Reply) : null;
}

/** Stores the reply of a successful write under its event id (errors are not stored: nothing is). */
async function remember(session: Session, eventId: string, reply: Reply): Promise<Reply> {
  if (reply.tone === 'error' || reply.tone === 'warning') return reply;
  await session.deps.store.recordProcessedEvent(
    eventKey(session, eventId),
    JSON.stringify(reply),
    session.now,
  );
  return reply;
}

/** Routes a command text to its handler. `eventId` is the request's own, or derived for a suggestion button. */
export async function dispatchCommand(
  session: Session,
  text: string,
  eventId = session.request.eventId,
  confirmed = false,
): Promise<Reply> {
  const again = await replayed(session, eventId);
  if (again) return again;
  // `/lofte import <text>`: the pasted document keeps its lines, so it is taken before the grammar splits words.
  const pasted = IMPORT_COMMAND.exec(text);
  if (pasted) {
    const { t } = session;
    if (session.grants.length === 0) return noAccessReply(t, session.actor.person);
    const body = (pasted[1] ?? '').replace(/^[ \t]+/, '');
    if (body.trim() === '') return errorReply(t, t.importing.empty, t.nothingStored, t.importing.example);
    return previewImport(session, PASTED_FILE_NAME, new TextEncoder().encode(body));
  }
  const parsed = parseCommand(text, grammarContext(session));
  const { t } = session;
  if (!parsed.ok && (parsed.error.error === 'unknown-command' || parsed.error.error === 'empty')) {
    const counted = await countAnswerReply(session, text, eventId);
    return counted ?? grammarErrorReply(t, null, parsed.error, eventId, session.actor.person, session.now);
  }
  const open = parsed.ok && (parsed.command.kind === 'help' || parsed.command.kind === 'lang');
  if (!open && session.grants.length === 0) return noAccessReply(t, session.actor.person);
  if (!parsed.ok) {
    // The example in the reply is for the kommun the person typed (or the channel's), not the catalogue's.
    const ctx = grammarContext(session);
    const kommun = mentionedKommun(text, ctx);
    const error = await withChoices(session, text, parsed.error, ctx);
    return grammarErrorReply(t, parsed.command, error, eventId, session.actor.person, session.now, kommun);
  }
  return run(session, parsed.command, eventId, confirmed);
}

async function run(
  session: Session,
  cmd: ParsedCommand,
  eventId: string,
  confirmed: boolean,
): Promise<Reply> {
  switch (cmd.kind) {
    case 'log':
      return handleLog(session, cmd, eventId, confirmed);
    case 'status':
      return handleStatus(session, cmd.kommun, cmd.window);
    case 'summary':
      return handleSummary(session, cmd.target, cmd.window, cmd.documents);
    case 'dashboard-link':
      return handleDashboardLink(session, cmd.area);
    case 'report':
      return openReport(session, cmd.kommun, cmd.tertial);
    case 'publish':
      return remember(session, eventId, await handlePublish(session, cmd.kommun, cmd.tertial, cmd.publish));
    case 'statistics':
      return openStatistics(session, cmd.kommun, cmd.tertial);
    case 'meeting':
      return handleMeeting(session, cmd.kommun, cmd.op, eventId);
    case 'help':
      return helpReply(
        session.t,
        cmd.topic,
        undefined,
        session.grants.length === 0 ? session.actor.person : undefined,
        [...new Set(session.grants.map((g) => g.role))],
      );
    case 'area-meeting': {
      // The area stands in for the kommun in the texts ("Mötesserie skapad för LPO Höglandet").
      const named = { code: cmd.area.id, name: cmd.area.name };
      const op = cmd.op;
      const answer =
        op.type === 'create'
          ? await handleCreateSeries(session, named, op.spec, eventId, cmd.area)
          : op.type === 'change'
            ? await handleChangeSeries(session, named, op.from, op.change, eventId, cmd.area)
            : op.type === 'pause'
              ? await handlePauseSeries(session, named, op.from, op.to, eventId, cmd.area)
              : await handleEndSeries(session, named, op, eventId, cmd.area);
      return remember(session, eventId, answer);
    }
    case 'home':
      return homeReply(session);
    case 'agreement':
      return remember(session, eventId, await handleAgreement(session, cmd, eventId));
    case 'area-new':
      return handleAreaNew(session, cmd.name, cmd.kommuner);
    case 'history':
      return 'area' in cmd ? handleAreaHistory(session, cmd.area) : handleHistory(session, cmd.kommun);
    case 'registrations':
      return handleRegistrations(session, cmd.kommun, cmd.activity, cmd.page);
    case 'correct':
      return remember(session, eventId, await handleCorrect(session, cmd.id, cmd.reason));
    case 'erase':
      return remember(session, eventId, await handleErase(session, cmd, eventId, confirmed));
    case 'lang':
      return handleLang(session, cmd.lang);
    default:
      // `/lofte admin koppla|koppla bort|roll|roller|ta bort roll`.
      return remember(session, eventId, await handleAdmin(session, cmd, eventId));
  }
}

/** Routes a document sent to the bot to the import preview. */
export async function dispatchDocument(
  session: Session,
  fileName: string,
  bytes: Uint8Array,
  refused?: DocumentRequest['refused'],
): Promise<Reply> {
  const again = await replayed(session, session.request.eventId);
  if (again) return again;
  if (session.grants.length === 0) return noAccessReply(session.t, session.actor.person);
  return previewImport(session, fileName, bytes, refused);
}

/** Routes a button press to its handler. */
export async function dispatchAction(session: Session, actionId: string, value: string): Promise<Reply> {
  const eventId = session.request.eventId;
  const again = await replayed(session, eventId);
  if (again) return again;
  const { t } = session;
  const name = actionNameOf(actionId);
  if (name === ACTION.help) return helpReply(t, value || null);
  if (name === ACTION.link) return reply({ headline: t.sharing.linkClicked, tone: 'info' });
  if (name === ACTION.run || name === ACTION.confirm) {
    const parsed = parseSuggestion(value);
    if (!parsed) return errorReply(t, t.formExpired);
    const confirm = name === ACTION.confirm;
    return answerOnce(session, parsed, () =>
      dispatchCommand(session, parsed.c, `${parsed.e}~${confirm ? 'confirm' : 'run'}`, confirm),
    );
  }
  if (session.grants.length === 0) return noAccessReply(t, session.actor.person);
  const refused = await refusePress(session, name, value);
  if (refused) return refused;
  switch (name) {
    case ACTION.undo:
      return remember(session, eventId, await handleUndo(session, value));
    case ACTION.importSave:
      return remember(session, eventId, await saveImport(session, value));
    case ACTION.importCancel:
      return cancelImport(session, value);
    case ACTION.promptAnswer:
      return remember(session, eventId, await answerWithOption(session, value));
    case ACTION.promptAccept:
      return remember(session, eventId, await acceptProposal(session, value));
    case ACTION.promptText:
      return openAnswerForm(session, value);
    case ACTION.reportOpen:
    case ACTION.statisticsOpen: {
      const target = kommunAndTertial(session, value);
      if (!target) return errorReply(t, t.formExpired);
      return name === ACTION.reportOpen
        ? openReport(session, target.kommun, target.tertial)
        : openStatistics(session, target.kommun, target.tertial);
    }
    case ACTION.meetingHeld:
    case ACTION.followupAnswer:
      return remember(session, eventId, await answerFollowup(session, value));
    case ACTION.followupForm:
      return openFollowupForm(session, value);
    case ACTION.summaryTable:
    case ACTION.summaryOpen:
      return summaryPress(session, name, value);
    case ACTION.publish: {
      const target = kommunAndTertial(session, value);
      if (!target) return errorReply(t, t.formExpired);
      const confirmed = value.split('|')[3] === CONFIRMED;
      return remember(
        session,
        eventId,
        await handlePublish(session, target.kommun, target.tertial, true, confirmed),
      );
    }
    case ACTION.remind: {
      const target = kommunAndTertial(session, value);
      if (!target) return errorReply(t, t.formExpired);
      return remember(session, eventId, await handleRemind(session, target.kommun, target.tertial));
    }
    default:
      return promptAction(session, name, value, (r) => remember(session, eventId, r));
  }
}

/** Routes a submitted form to its handler. */
export async function dispatchForm(
  session: Session,
  formId: string,
  state: string,
  values: Readonly<Record<string, string>>,
): Promise<FormResult> {
  const eventId = session.request.eventId;
  const again = await replayed(session, eventId);
  if (again) return { ok: true, reply: again };
  const { t } = session;
  if (session.grants.length === 0) return { ok: true, reply: noAccessReply(t, session.actor.person) };
  let result: FormResult;
  if (formId === FORM.report) result = await submitReport(session, state, values);
  else if (formId === FORM.statistics) result = await submitStatistics(session, state, values);
  else if (formId === FORM.promptAnswer) result = await submitAnswer(session, state, values);
  else if (formId === FORM.meetingSeries) result = await submitSeriesForm(session, state, values);
  else if (formId === FORM.followup) result = await submitFollowupForm(session, state, values);
  else result = await promptForm(session, formId, state, values);
  if (result.ok) await remember(session, eventId, result.reply);
  return result;
}

/** `<kommunkod>[|<year>|<tertial>]` → the kommun and tertial (default: the current tertial). */
function kommunAndTertial(
  session: Session,
  value: string,
): { kommun: KommunRef; tertial: TertialRef } | null {
  const [code, year, tertial] = value.split('|');
  const m = code ? session.deps.register.byCodeOrNull(code) : null;
  if (!m) return null;
  const ref =
    year && tertial && /^[123]$/.test(tertial)
      ? { year: Number(year), tertial: Number(tertial) as TertialNumber }
      : tertialOfDay(session.today);
  return { kommun: { code: m.code, name: m.name }, tertial: ref };
}
