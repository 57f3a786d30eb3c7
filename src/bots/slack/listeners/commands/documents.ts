import type { ReportDocuments } from '../../../core/documents.ts';
import type { Lang } from '../../../core/reply.ts';
import { callErrorCode } from '../../api/errors.ts';
import { escapeMrkdwn } from '../../render/mrkdwn.ts';
import { slackTexts } from '../../render/texts.ts';
import type { Respond, SlackApi } from '../deliver.ts';
import type { ListenerDeps } from '../deps.ts';

/** The name a person knows a file's format by, from its extension. */
const FORMAT_NAMES: Readonly<Record<string, string>> = { xlsx: 'Excel', html: 'HTML', md: 'Markdown' };
const formatsOf = (files: ReportDocuments['files']) =>
  [...new Set(files.map((f) => f.filename.split('.').pop() ?? ''))]
    .map((ext) => FORMAT_NAMES[ext] ?? ext.toUpperCase())
    .sort((a, b) => a.localeCompare(b, 'sv'));

/** Slack's answers when the bot is not in the conversation the command was typed in. */
const NOT_HERE: ReadonlySet<string> = new Set(['not_in_channel', 'channel_not_found']);

/**
 * `/sammanfattning Tranås 2026 dokument`: the core's summary refers to the report (`reply.documents`); the core
 * builds its files and this uploads them into the channel with files.uploadV2. A failure is told to the person, who
 * can still download the files with the reply's buttons.
 */
export async function uploadDocuments(input: {
  readonly deps: ListenerDeps;
  readonly client: SlackApi;
  readonly respond: Respond;
  readonly channel: string;
  readonly built: ReportDocuments | null;
  readonly lang: Lang;
}): Promise<void> {
  const { deps, client, respond, built } = input;
  const t = slackTexts(input.lang);
  if (!built || built.files.length === 0) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: t.documentsUnavailable });
    return;
  }
  try {
    await client.filesUploadV2({
      channel_id: input.channel,
      initial_comment: escapeMrkdwn(t.reportReady(built.title, formatsOf(built.files))),
      // Text as `content`, the workbook's bytes as `file`.
      file_uploads: built.files.map((f) =>
        typeof f.content === 'string'
          ? { content: f.content, filename: f.filename, title: f.title }
          : { file: f.content, filename: f.filename, title: f.title },
      ),
    });
  } catch (e) {
    const error = callErrorCode(e);
    deps.logger.warn({ error }, 'slack report upload failed');
    const text = NOT_HERE.has(error) ? t.documentsNotHere : t.documentsFailed;
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  }
}
