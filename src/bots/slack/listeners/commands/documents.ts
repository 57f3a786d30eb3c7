import type { Lang } from '../../../core/reply.ts';
import { callErrorCode } from '../../api/errors.ts';
import { escapeMrkdwn } from '../../render/mrkdwn.ts';
import { slackTexts } from '../../render/texts.ts';
import type { Respond, SlackApi } from '../deliver.ts';
import type { ListenerDeps } from '../deps.ts';

const SUMMARY_COMMANDS = new Set(['/sammanfattning', '/summary']);
const DOCUMENT_WORDS = new Set(['dokument', 'dokumenten', 'document', 'documents']);

/**
 * `/sammanfattning Tranås 2026 dokument`: the last word asks for the report documents as well. Returns the text
 * without it (what the chat core reads) and whether documents were asked for.
 */
export function splitDocumentsWord(command: string, text: string): { text: string; documents: boolean } {
  if (!SUMMARY_COMMANDS.has(command)) return { text, documents: false };
  const words = text.trim().split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (!DOCUMENT_WORDS.has(last)) return { text, documents: false };
  return { text: words.slice(0, -1).join(' '), documents: true };
}

/** Uploads the report documents into the channel with files.uploadV2; a failure is told to the person. */
export async function uploadDocuments(input: {
  readonly deps: ListenerDeps;
  readonly client: SlackApi;
  readonly respond: Respond;
  readonly channel: string;
  readonly text: string;
  readonly person: string;
  readonly lang: Lang;
}): Promise<void> {
  const { deps, client, respond } = input;
  const t = slackTexts(input.lang);
  const built = await deps.documents?.({ text: input.text, person: input.person, lang: input.lang });
  if (!built || built.files.length === 0) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: t.documentsUnavailable });
    return;
  }
  try {
    await client.filesUploadV2({
      channel_id: input.channel,
      initial_comment: escapeMrkdwn(t.reportReady(built.title)),
      file_uploads: built.files.map((f) => ({ content: f.content, filename: f.filename, title: f.title })),
    });
    deps.count?.('upload', 'report', 'ok');
  } catch (e) {
    const error = callErrorCode(e);
    deps.logger.warn({ platform: 'slack', error }, 'slack report upload failed');
    deps.count?.('upload', 'report', 'failed');
    await respond({ response_type: 'ephemeral', replace_original: false, text: t.documentsFailed(error) });
  }
}
