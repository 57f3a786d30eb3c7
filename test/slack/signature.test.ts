import { createHmac } from 'node:crypto';
import { isValidSlackRequest } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { MAX_FUTURE_MS, signatureProblem } from '../../src/bots/slack/verify/http-route.ts';

/**
 * The route's own signature check (one HMAC, a constant-time comparison) against Bolt's `isValidSlackRequest` as
 * the oracle: the same verdict for every case Bolt judges, and a refusal Bolt does not make for a timestamp dated
 * ahead of this machine's clock.
 */
const SECRET = 'test-signing-secret-0123456789';
const NOW = Date.UTC(2026, 11, 6, 9, 0, 0);
const sign = (secret: string, ts: string, body: string) =>
  `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;

describe('Slack request signatures', () => {
  const body = 'token=x&command=%2Finsats&text=S%C3%A4vsj%C3%B6&user_id=U1&trigger_id=1.2.3';
  const now = String(Math.floor(NOW / 1000));
  const cases: { name: string; ts: string; sig: string | undefined; body?: string; secret?: string }[] = [
    { name: 'signed now', ts: now, sig: sign(SECRET, now, body) },
    {
      name: 'signed 4 minutes ago',
      ts: String(Number(now) - 240),
      sig: sign(SECRET, String(Number(now) - 240), body),
    },
    {
      name: 'signed 6 minutes ago',
      ts: String(Number(now) - 360),
      sig: sign(SECRET, String(Number(now) - 360), body),
    },
    { name: 'another secret', ts: now, sig: sign('another-secret', now, body) },
    { name: 'body changed', ts: now, sig: sign(SECRET, now, body), body: `${body}&x=1` },
    { name: 'timestamp changed', ts: String(Number(now) - 1), sig: sign(SECRET, now, body) },
    { name: 'unknown version', ts: now, sig: sign(SECRET, now, body).replace('v0=', 'v1=') },
    { name: 'signature cut short', ts: now, sig: sign(SECRET, now, body).slice(0, 40) },
    { name: 'not hex', ts: now, sig: `v0=${'z'.repeat(64)}` },
    { name: 'no signature', ts: now, sig: undefined },
    { name: 'empty signature', ts: now, sig: '' },
    { name: 'timestamp not a number', ts: 'abc', sig: sign(SECRET, 'abc', body) },
    {
      name: 'å ä ö in the body',
      ts: now,
      sig: sign(SECRET, now, 'text=Sävsjö Tranås'),
      body: 'text=Sävsjö Tranås',
    },
  ];

  it('agrees with Bolt on every request Bolt judges', () => {
    for (const c of cases) {
      const b = c.body ?? body;
      const headers = { 'x-slack-signature': c.sig, 'x-slack-request-timestamp': c.ts };
      const ours = signatureProblem(c.secret ?? SECRET, Buffer.from(b), headers, NOW) === null;
      const bolt = isValidSlackRequest({
        signingSecret: c.secret ?? SECRET,
        body: b,
        headers: { 'x-slack-signature': c.sig ?? '', 'x-slack-request-timestamp': Number(c.ts) },
        nowMilliseconds: NOW,
      });
      expect(ours, c.name).toBe(bolt);
    }
    // The cases cover both verdicts.
    expect(
      cases.filter(
        (c) =>
          signatureProblem(
            SECRET,
            Buffer.from(c.body ?? body),
            { 'x-slack-signature': c.sig, 'x-slack-request-timestamp': c.ts },
            NOW,
          ) === null,
      ).length,
    ).toBe(3);
  });

  it('refuses a timestamp more than 5 minutes ahead, which Bolt lets through', () => {
    const ahead = String(Math.floor((NOW + MAX_FUTURE_MS) / 1000) + 60);
    const headers = { 'x-slack-signature': sign(SECRET, ahead, body), 'x-slack-request-timestamp': ahead };
    expect(signatureProblem(SECRET, Buffer.from(body), headers, NOW)).toBe('timestamp in the future');
    const soon = String(Number(now) + 60);
    const fine = { 'x-slack-signature': sign(SECRET, soon, body), 'x-slack-request-timestamp': soon };
    expect(signatureProblem(SECRET, Buffer.from(body), fine, NOW)).toBeNull();
  });

  it('refuses everything without a signing secret', () => {
    const headers = { 'x-slack-signature': sign('', now, body), 'x-slack-request-timestamp': now };
    expect(signatureProblem('', Buffer.from(body), headers, NOW)).toBe('no signing secret');
  });
});
