import type { TurnContext } from 'botbuilder';
import { fetchBounded } from '../../../runtime/fetch-bounded.ts';
import { IMPORT_LIMITS } from '../../core/import-limits.ts';
import { replyActivity } from '../render/activity.ts';
import { chatRequest, type TeamsBotDeps, textsOf } from './deps.ts';

/**
 * A file sent to the bot in a personal chat (the manifest's `supportsFiles`): Teams attaches it as a
 * `file.download.info` with a pre-authorised download URL. The file is downloaded within the importer's size limit
 * and handed to the core, whose reply — the import preview with Spara/Avbryt — is posted as a card.
 */

export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

interface FileAttachment {
  readonly contentType?: string;
  readonly name?: string;
  readonly content?: { readonly downloadUrl?: string };
}

/** The first file attachment of a personal-chat message, or null. */
export function fileAttachmentOf(context: TurnContext): { name: string; url: string } | null {
  const a = context.activity;
  if (a.conversation?.conversationType !== 'personal') return null;
  const file = ((a.attachments ?? []) as FileAttachment[]).find((x) => x.contentType === FILE_DOWNLOAD_INFO);
  const url = file?.content?.downloadUrl;
  return file && url && /^https?:\/\//.test(url) ? { name: file.name ?? 'dokument', url } : null;
}

export async function onFileMessage(
  context: TurnContext,
  deps: TeamsBotDeps,
  file: { name: string; url: string },
): Promise<void> {
  const request = chatRequest(context);
  const fetched = await fetchBounded(file.url, file.name, IMPORT_LIMITS.fileBytes);
  const reply = await deps.core.handleDocument(
    fetched.ok
      ? { ...request, fileName: file.name, bytes: fetched.bytes }
      : { ...request, fileName: file.name, bytes: new Uint8Array(0), refused: fetched.refusal },
  );
  await context.sendActivity(replyActivity(reply, { texts: textsOf(deps, reply.lang) }));
}
