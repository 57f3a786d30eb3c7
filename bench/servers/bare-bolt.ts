// Child process of the benchmark: the floor for the Slack path — a Bolt app on its own HTTPReceiver that verifies
// the signature and acks every slash command, nothing else. PORT, SLACK_SIGNING_SECRET, SLACK_API_URL from env.
import { App, LogLevel } from '@slack/bolt';

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  token: process.env.SLACK_BOT_TOKEN ?? 'xoxb-bench',
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL, retryConfig: { retries: 0 } },
});
app.command('/insats', async ({ ack }) => {
  await ack();
});
const port = Number(process.env.PORT ?? 0);
await app.start({ port, host: '127.0.0.1' });
process.on('SIGTERM', () => {
  void app.stop().finally(() => process.exit(0));
});
process.send?.({ type: 'ready', port });
