import { fetchBounded } from '../../../../runtime/fetch-bounded.ts';
import { IMPORT_LIMITS, type ReadRefusal } from '../../../core/import-limits.ts';
import { callErrorCode } from '../../api/errors.ts';
import { personOf } from '../../parse/address.ts';
import { type SlackApi, sendDirect } from '../deliver.ts';
import type { ListenerDeps } from '../deps.ts';

/**
 * file_shared in a direct message with the bot (scope `files:read`): a samordnare drops the agreement or follow-up
 * (.docx, .txt, .md) into the DM. The file's details come from files.info, its bytes from `url_private_download`
 * with the bot token (within the importer's size limit); the core's import preview with Spara/Avbryt is posted back
 * into the DM. Files shared in channels are not ours to read and are ignored.
 */

export interface FileSharedArgs {
  readonly event: { readonly file_id: string; readonly user_id: string; readonly channel_id?: string };
  readonly client: SlackApi;
  readonly context: { readonly botToken?: string; readonly botUserId?: string };
}

interface FileInfo {
  readonly name?: string;
  readonly size?: number;
  readonly url_private_download?: string;
  readonly url_private?: string;
}

export function fileShared(deps: ListenerDeps) {
  return async function fileSharedListener({ event, client, context }: FileSharedArgs): Promise<void> {
    const channel = event.channel_id ?? '';
    if (!channel.startsWith('D') || event.user_id === context.botUserId) return;
    const request = {
      eventId: `file_shared:${event.file_id}`,
      platform: 'slack' as const,
      person: personOf(event.user_id),
      conversationId: channel,
    };
    try {
      const info = (await client.files.info({ file: event.file_id })) as { file?: FileInfo };
      const file = info.file ?? {};
      const name = file.name ?? 'dokument';
      const url = file.url_private_download ?? file.url_private;
      let refused: ReadRefusal | undefined;
      let bytes: Uint8Array = new Uint8Array(0);
      if ((file.size ?? 0) > IMPORT_LIMITS.fileBytes) {
        refused = { kind: 'too-big', name };
      } else if (!url) {
        refused = { kind: 'download-failed', name };
      } else {
        const token = context.botToken ?? client.token ?? '';
        const fetched = await fetchBounded(url, name, IMPORT_LIMITS.fileBytes, {
          Authorization: `Bearer ${token}`,
        });
        if (fetched.ok) bytes = fetched.bytes;
        else refused = fetched.refusal;
      }
      const reply = await deps.core.handleDocument({
        ...request,
        fileName: name,
        bytes,
        ...(refused ? { refused } : {}),
      });
      await sendDirect(client, channel, reply, deps.logger);
    } catch (e) {
      deps.logger.warn({ platform: 'slack', error: callErrorCode(e) }, 'slack shared file not read');
    }
  };
}
