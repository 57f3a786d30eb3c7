import type { TertialNumber } from '../domain/types.ts';

/**
 * What the columns of a follow-up or agreement table mean, read from its header row
 * ("Aktivitet | Tertial 1 | Tertial 2 | Tertial 3", "Aktivitet | Ansvarig | Mål", "Åtgärd | Status", "Jan–apr"…).
 */

export type ColumnRole =
  | { readonly kind: 'activity' }
  | { readonly kind: 'commitment' }
  | { readonly kind: 'tertial'; readonly tertial: TertialNumber; readonly year: number | null }
  | { readonly kind: 'status' }
  | { readonly kind: 'responsible' }
  | { readonly kind: 'target' }
  | { readonly kind: 'other' };

export const ACTIVITY_HEADER =
  /^(aktivitet(er|en|erna)?|åtgärd(er|en)?|insats(er)?|vad|beskrivning|uppdrag|arbetssätt|aktivitet\s*\/\s*åtgärd|vad ska göras|aktivitet och ansvar)$/i;
const COMMITMENT = /^((medborgar)?löfte(t|n|na)?|fokusområde(n)?|område|prioritering|prioriterat område)$/i;
const STATUS =
  /^(status|kommentar(er)?|uppföljning|resultat|utfall|genomfört|läge|lägesrapport|redovisning|utfört|genomförande|lägesbeskrivning)\b/i;
const RESPONSIBLE = /^(ansvarig(a)?|ansvar|vem|ansvarar|huvudansvarig|ansvarig part|ansvarig aktör)\b/i;
const TARGET = /^(mål(?!grupp)|målvärde|målsättning|antal|omfattning|mått|indikator)/i;
const TERTIAL_NAMED =
  /(?<![\p{L}\d])(?:tertial|tertail|teritial|tertal|tertiel|tetrial|tertila|t)\s*([123])(?![\p{L}\d])/u;
const TERTIAL_NUMBERED = /(?<![\p{L}\d])([123])\s*(?::?[ae])?\s*tertial/u;
const ORDINAL: Readonly<Record<string, TertialNumber>> = {
  första: 1,
  andra: 2,
  tredje: 3,
  '1': 1,
  '2': 2,
  '3': 3,
};

/** The tertial a header cell names, or null: "Tertial 1", "T2", "3:e tertialet", "Jan–apr", "Tertial 1 2021". */
export function tertialOfHeader(cell: string): { tertial: TertialNumber; year: number | null } | null {
  const c = cell.trim().toLocaleLowerCase('sv-SE');
  if (c.length > 40) return null;
  const year = /\b(20\d{2})\b/.exec(c);
  const y = year ? Number(year[1]) : null;
  const direct = TERTIAL_NAMED.exec(c) ?? TERTIAL_NUMBERED.exec(c);
  const word = /(första|andra|tredje)\s+tertial/.exec(c);
  const key = direct?.[1] ?? word?.[1];
  if (key !== undefined) {
    const t = ORDINAL[key];
    if (t) return { tertial: t, year: y };
  }
  if (/jan(uari)?\s*[-–—]\s*apr(il)?\b/.test(c)) return { tertial: 1, year: y };
  if (/maj\s*[-–—]\s*aug(usti)?\b/.test(c)) return { tertial: 2, year: y };
  if (/sep(t|tember)?\s*[-–—]\s*dec(ember)?\b/.test(c)) return { tertial: 3, year: y };
  return null;
}

/** True for a table's header row: short cells, one naming the activity column or a tertial. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  if (filled.length < 2 || filled.some((c) => c.length > 60)) return false;
  const tertials = filled.filter((c) => tertialOfHeader(c) !== null).length;
  const named = filled.filter(
    (c) => ACTIVITY_HEADER.test(c.trim()) || STATUS.test(c) || RESPONSIBLE.test(c) || COMMITMENT.test(c),
  ).length;
  const keyed = filled.some((c) => ACTIVITY_HEADER.test(c.trim()) || COMMITMENT.test(c.trim()));
  return tertials >= 2 || (named >= 1 && keyed);
}

/** The role of each column. Without a header: activity first, then tertials 1–3 (four columns) or a status. */
export function columnRoles(header: readonly string[] | null, width: number): ColumnRole[] {
  if (!header) {
    if (width >= 4) {
      return Array.from({ length: width }, (_, i): ColumnRole => {
        if (i === 0) return { kind: 'activity' };
        if (i <= 3) return { kind: 'tertial', tertial: i as TertialNumber, year: null };
        return { kind: 'other' };
      });
    }
    return Array.from(
      { length: width },
      (_, i): ColumnRole => (i === 0 ? { kind: 'activity' } : { kind: 'status' }),
    );
  }
  const roles = header.map((cell): ColumnRole => {
    const c = cell.trim();
    const tertial = tertialOfHeader(c);
    if (tertial) return { kind: 'tertial', ...tertial };
    if (ACTIVITY_HEADER.test(c)) return { kind: 'activity' };
    if (COMMITMENT.test(c)) return { kind: 'commitment' };
    if (RESPONSIBLE.test(c)) return { kind: 'responsible' };
    if (STATUS.test(c)) return { kind: 'status' };
    if (TARGET.test(c)) return { kind: 'target' };
    return { kind: 'other' };
  });
  if (!roles.some((r) => r.kind === 'activity')) {
    const first = roles.findIndex((r) => r.kind === 'other' || r.kind === 'commitment');
    roles[Math.max(first, 0)] = { kind: 'activity' };
  }
  while (roles.length < width) roles.push({ kind: 'other' });
  return roles;
}
