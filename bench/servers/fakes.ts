// Child process of the benchmark: the fake Slack Web API and the fake Bot Connector of the tests, in a process of
// their own so neither the load generator nor the server under test shares its event loop with them.
import { startFakeConnector } from '../../test/support/fake-connector.ts';
import { startFakeSlack } from '../../test/support/fake-slack.ts';

const slack = await startFakeSlack({ userLocale: 'sv-SE' });
const connector = await startFakeConnector();
const totals = { slack: 0, connector: 0, connectorFailed: 0 };

/** The fakes record every call; fold the records into counters now and then so memory stays flat under load. */
function fold(): void {
  totals.slack += slack.calls.length + slack.responses.length;
  totals.connector += connector.calls.length;
  totals.connectorFailed += connector.calls.filter((c) => c.status >= 400).length;
  slack.reset();
  connector.reset();
}
setInterval(fold, 1_000).unref();

process.on('message', (m: { type?: string }) => {
  if (m?.type === 'stats') {
    fold();
    process.send?.({ type: 'stats', ...totals });
  }
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

process.send?.({
  type: 'ready',
  slackApiUrl: slack.apiUrl,
  slackUrl: slack.url,
  connectorUrl: connector.url,
});
