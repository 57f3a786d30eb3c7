import { DEFAULT_SANITY_LIMIT } from '../../../domain/confirmation.ts';
import type { AuditEntry } from '../../../domain/types.ts';
import type { Texts } from '../texts/index.ts';

/**
 * The audit trail in words for /lofte historik — never the internal action codes (`meeting.move`): the catalogue's
 * words (`t.auditActions`), and for a meeting change the days it concerns: "flyttade mötet 9 feb 2027 → 16 feb 2027".
 */

function field(s: unknown, key: string): string | null {
  const v = s && typeof s === 'object' ? (s as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : null;
}

export function describeAudit(e: AuditEntry, t: Texts): string {
  const en = t.lang === 'en';
  const day = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? t.day(iso) : '?');
  switch (e.action) {
    case 'meeting.move': {
      const from = day(field(e.before, 'scheduledOn') ?? field(e.after, 'originalOn'));
      const to = day(field(e.after, 'scheduledOn'));
      return en ? `moved the meeting ${from} → ${to}` : `flyttade mötet ${from} → ${to}`;
    }
    case 'meeting.held': {
      const on = day(field(e.after, 'scheduledOn'));
      return en ? `marked the meeting ${on} held` : `markerade mötet ${on} som hållet`;
    }
    case 'meeting.cancel': {
      const on = day(field(e.after, 'scheduledOn') ?? field(e.after, 'originalOn'));
      return en ? `cancelled the meeting ${on}` : `ställde in mötet ${on}`;
    }
    case 'activity.limit': {
      const limit = (s: unknown) => {
        const v = s && typeof s === 'object' ? (s as Record<string, unknown>).sanityLimit : undefined;
        return typeof v === 'number' ? v : DEFAULT_SANITY_LIMIT;
      };
      const from = limit(e.before);
      const to = limit(e.after);
      return t.agreement.limitChanged(from, to);
    }
    default:
      return (
        t.auditActions[e.action] ??
        t.agreement.auditActions[e.action] ??
        (en ? 'made another change' : 'gjorde en annan ändring')
      );
  }
}
