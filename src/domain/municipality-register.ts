import { closest, exactKey, nameKey, swedishOrder } from './names.ts';
import type { Municipality } from './types.ts';

/** Result of looking up a kommun by what a person typed. */
export type MunicipalityLookup =
  | {
      readonly kind: 'found';
      readonly municipality: Municipality;
      /** False when only the accent-folded form matched ("Savsjo" for Sävsjö). */
      readonly exact: boolean;
    }
  | { readonly kind: 'unknown'; readonly query: string; readonly suggestions: readonly Municipality[] };

export interface County {
  readonly code: string;
  readonly name: string;
}

const SUFFIXES = ['kommun', 'stad', 'kommunen'];

/** Sweden's kommuner (from SCB's register), looked up by name or kommunkod. Pure and immutable. */
export class MunicipalityRegister {
  readonly all: readonly Municipality[];
  private readonly byKey = new Map<string, Municipality>();
  private readonly byCode = new Map<string, Municipality>();

  constructor(municipalities: readonly Municipality[]) {
    this.all = [...municipalities].sort((a, b) => swedishOrder(a.name, b.name));
    for (const m of this.all) {
      this.byKey.set(nameKey(m.name), m);
      this.byCode.set(m.code, m);
    }
  }

  /**
   * The names of these kommuner (a police area's, say) in Swedish alphabetical order, as every list shows them —
   * chat and the command line alike, never in kommunkod order; unknown codes are left out.
   */
  namesOf(codes: readonly string[]): string[] {
    return [...new Set(codes)].flatMap((code) => this.byCode.get(code)?.name ?? []).sort(swedishOrder);
  }

  byCodeOrNull(code: string): Municipality | null {
    return this.byCode.get(code) ?? null;
  }

  /** The kommun with this code; throws for an unknown code (codes come from our own data). */
  get(code: string): Municipality {
    const m = this.byCode.get(code);
    if (!m) throw new RangeError(`unknown kommunkod ${code}`);
    return m;
  }

  get counties(): County[] {
    const seen = new Map<string, County>();
    for (const m of this.all) seen.set(m.countyCode, { code: m.countyCode, name: m.countyName });
    return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  /** Case- and accent-insensitive lookup; "Tranås kommun", "0687" and "tranas" all find Tranås. */
  lookup(query: string): MunicipalityLookup {
    const trimmed = query.trim();
    if (/^\d{4}$/.test(trimmed)) {
      const m = this.byCode.get(trimmed);
      if (m) return { kind: 'found', municipality: m, exact: true };
    }
    for (const key of candidateKeys(trimmed)) {
      const m = this.byKey.get(key);
      if (m) return { kind: 'found', municipality: m, exact: isExact(trimmed, m.name) };
    }
    const key = candidateKeys(trimmed)[0] ?? '';
    return { kind: 'unknown', query: trimmed, suggestions: closest(key, this.all, (m) => nameKey(m.name)) };
  }

  /** A län by name ("Jönköpings län", "jonkoping") or two-digit code. */
  lookupCounty(query: string): County | null {
    const key = nameKey(query.replace(/\bl[aä]n\b/i, ''));
    for (const c of this.counties) {
      const ck = nameKey(c.name.replace(/ län$/, ''));
      if (c.code === query.trim() || ck === key || ck === `${key}s` || ck.replace(/s$/, '') === key) return c;
    }
    return null;
  }

  inCounty(countyCode: string): Municipality[] {
    return this.all.filter((m) => m.countyCode === countyCode);
  }
}

function candidateKeys(query: string): string[] {
  const base = nameKey(query);
  const keys = [base];
  for (const suffix of SUFFIXES) {
    if (base.endsWith(suffix) && base.length > suffix.length) {
      const stem = base.slice(0, -suffix.length);
      keys.push(stem);
      if (stem.endsWith('s')) keys.push(stem.slice(0, -1));
      keys.push(`${stem}n`); // "Falu kommun" → Falun
    }
  }
  return keys;
}

function isExact(query: string, name: string): boolean {
  const n = exactKey(name);
  const q = exactKey(query);
  const stem = q.replace(/(kommunen|kommun|stad)$/u, '');
  return q === n || stem === n || stem === `${n}s` || `${stem}n` === n;
}

/** Parses SCB's register as shipped in `data/kommuner.tsv` (header: kommunkod, kommun, lanskod, lan). */
export function parseMunicipalityTsv(text: string): Municipality[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const [, ...rows] = lines;
  return rows.map((line, i) => {
    const [code, name, countyCode, countyName] = line.split('\t');
    if (!code || !name || !countyCode || !countyName)
      throw new Error(`kommuner.tsv line ${i + 2} is malformed`);
    return {
      code: code.trim(),
      name: name.trim(),
      countyCode: countyCode.trim(),
      countyName: countyName.trim(),
    };
  });
}
