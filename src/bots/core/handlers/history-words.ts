import type { AuditEntry } from '../../../domain/types.ts';
import type { Texts } from '../texts/index.ts';

/**
 * The audit trail in words for /lofte historik: "Flyttade mötet 9 feb 2026 → 16 feb 2026", "Registrerade 2 (fredag
 * 20 november 2026)" — never the internal action codes (`meeting.move`).
 */

type Snapshot = Record<string, unknown> | null;

function field(s: unknown, key: string): string | null {
  const v = s && typeof s === 'object' ? (s as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

function tertialOf(s: unknown): string {
  const year = field(s, 'year');
  const tertial = field(s, 'tertial');
  return year && tertial ? `T${tertial} ${year}` : '';
}

export function describeAudit(e: AuditEntry, t: Texts): string {
  const en = t.lang === 'en';
  const day = (iso: string | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? t.day(iso) : '');
  const before = e.before as Snapshot;
  const after = e.after as Snapshot;
  switch (e.action) {
    case 'registration.create': {
      const count = field(after, 'count') ?? '1';
      const on = day(field(after, 'occurredOn'));
      return en ? `Logged ${count} (${on})` : `Registrerade ${count} (${on})`;
    }
    case 'registration.void': {
      const on = day(field(before ?? after, 'occurredOn'));
      return en ? `Undid a registration (${on})` : `Ångrade en registrering (${on})`;
    }
    case 'meeting.move': {
      const from = day(field(before, 'scheduledOn') ?? field(after, 'originalOn'));
      const to = day(field(after, 'scheduledOn'));
      return en ? `Moved the meeting ${from} → ${to}` : `Flyttade mötet ${from} → ${to}`;
    }
    case 'meeting.held': {
      const on = day(field(after, 'scheduledOn'));
      return en ? `Marked the meeting ${on} held` : `Markerade mötet ${on} som genomfört`;
    }
    case 'meeting.cancel': {
      const on = day(field(after, 'scheduledOn') ?? field(after, 'originalOn'));
      return en ? `Cancelled the meeting ${on}` : `Ställde in mötet ${on}`;
    }
    case 'status.create':
      return en ? `Wrote a status text ${tertialOf(after)}` : `Skrev en lägestext ${tertialOf(after)}`;
    case 'statistic.put':
      return en ? `Reported statistics ${tertialOf(after)}` : `Rapporterade statistik ${tertialOf(after)}`;
    case 'follow-up.publish':
      return en
        ? `Published the follow-up ${tertialOf(after)}`
        : `Publicerade uppföljningen ${tertialOf(after)}`;
    case 'follow-up.unpublish':
      return en
        ? `Unpublished the follow-up ${tertialOf(after)}`
        : `Avpublicerade uppföljningen ${tertialOf(after)}`;
    case 'prompt.answer':
      return en ? 'Answered a reminder' : 'Svarade på en påminnelse';
    case 'role.grant':
      return en
        ? `Granted the role ${field(after, 'role') ?? ''}`
        : `Gav rollen ${field(after, 'role') ?? ''}`;
    case 'role.revoke':
      return en
        ? `Revoked the role ${field(before, 'role') ?? ''}`
        : `Tog bort rollen ${field(before, 'role') ?? ''}`;
    case 'binding.save':
      return en ? 'Bound a channel' : 'Kopplade en kanal';
    case 'area.save':
      return en ? 'Saved a police area' : 'Sparade ett polisområde';
    case 'dashboard.link':
      return en ? 'Created a dashboard link' : 'Skapade en länk till översikten';
    case 'report.link':
      return en ? 'Created a report link' : 'Skapade en rapportlänk';
    case 'import':
      return en ? 'Imported an agreement' : 'Importerade ett medborgarlöfte';
    case 'demo.load':
      return en ? 'Loaded the demo data' : 'Läste in demodata';
    default:
      return en ? 'Other change' : 'Annan ändring';
  }
}
