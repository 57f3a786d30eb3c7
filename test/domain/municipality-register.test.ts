import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type MunicipalityLookup,
  MunicipalityRegister,
  parseMunicipalityTsv,
} from '../../src/domain/municipality-register.ts';
import { REGISTER_PATH } from '../../src/runtime/register.ts';

const rows = parseMunicipalityTsv(readFileSync(REGISTER_PATH, 'utf8'));
const register = new MunicipalityRegister(rows);

function found(lookup: MunicipalityLookup): { name: string; code: string; exact: boolean } {
  if (lookup.kind !== 'found') throw new Error(`expected a kommun, got ${JSON.stringify(lookup)}`);
  return { name: lookup.municipality.name, code: lookup.municipality.code, exact: lookup.exact };
}

describe('data/kommuner.tsv', () => {
  it('has 290 kommuner with unique names and unique four-digit codes', () => {
    expect(rows).toHaveLength(290);
    expect(new Set(rows.map((m) => m.name)).size).toBe(290);
    expect(new Set(rows.map((m) => m.code)).size).toBe(290);
    for (const m of rows) expect(m.code).toMatch(/^\d{4}$/);
  });

  it('has 21 län, each with one name, and every code starts with its län code', () => {
    const counties = new Map<string, Set<string>>();
    for (const m of rows) {
      expect(m.countyCode).toMatch(/^\d{2}$/);
      expect(m.code.slice(0, 2)).toBe(m.countyCode);
      counties.set(m.countyCode, (counties.get(m.countyCode) ?? new Set()).add(m.countyName));
    }
    expect(counties.size).toBe(21);
    for (const names of counties.values()) expect(names.size).toBe(1);
    expect(register.counties).toHaveLength(21);
    expect(register.counties.find((c) => c.code === '06')?.name).toBe('Jönköpings län');
  });

  it('holds the Höglandet kommuner with their official codes', () => {
    const names = ['0604', '0686', '0682', '0684', '0687', '0685'].map((c) => register.get(c).name);
    expect(names).toEqual(['Aneby', 'Eksjö', 'Nässjö', 'Sävsjö', 'Tranås', 'Vetlanda']);
    expect(register.inCounty('06')).toHaveLength(13);
  });

  it('rejects a malformed line', () => {
    expect(() => parseMunicipalityTsv('kommunkod\tkommun\tlanskod\tlan\n0114\tUpplands Väsby\n')).toThrow(
      /line 2/,
    );
  });
});

describe('MunicipalityRegister.lookup', () => {
  it.each(['savsjo', 'Sävsjo', 'Savsjö', 'SAVSJO'])('"%s" finds Sävsjö by its accent-folded form', (q) => {
    expect(found(register.lookup(q))).toEqual({ name: 'Sävsjö', code: '0684', exact: false });
  });

  it.each(['SÄVSJÖ', 'sävsjö', 'Sävsjö', '  Sävsjö  '])('"%s" finds Sävsjö exactly', (q) => {
    expect(found(register.lookup(q))).toEqual({ name: 'Sävsjö', code: '0684', exact: true });
  });

  it('"Tranas" finds Tranås', () => {
    expect(found(register.lookup('Tranas'))).toEqual({ name: 'Tranås', code: '0687', exact: false });
  });

  it('"Göteborg" finds Göteborg with code 1480', () => {
    expect(found(register.lookup('Göteborg'))).toEqual({ name: 'Göteborg', code: '1480', exact: true });
    expect(found(register.lookup('Göteborgs stad')).code).toBe('1480');
  });

  it('"Tranås kommun" and the code "0687" find Tranås', () => {
    expect(found(register.lookup('Tranås kommun'))).toMatchObject({ name: 'Tranås', exact: true });
    expect(found(register.lookup('tranas kommun'))).toMatchObject({ name: 'Tranås', exact: false });
    expect(found(register.lookup('0687'))).toMatchObject({ name: 'Tranås', exact: true });
    expect(found(register.lookup('Stockholms stad')).code).toBe('0180');
  });

  it('"Vaxsjo" is unknown with the suggestion Växjö', () => {
    const r = register.lookup('Vaxsjo');
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.query).toBe('Vaxsjo');
    expect(r.suggestions.map((s) => s.name)[0]).toBe('Växjö');
  });

  it('suggests by prefix and gives nothing for nonsense or an unknown code', () => {
    const r = register.lookup('Upplands');
    expect(r.kind === 'unknown' && r.suggestions.map((s) => s.name).sort()).toEqual([
      'Upplands Väsby',
      'Upplands-Bro',
    ]);
    expect(register.lookup('qq')).toMatchObject({ kind: 'unknown', suggestions: [] });
    expect(register.lookup('9999').kind).toBe('unknown');
    expect(register.lookup('').kind).toBe('unknown');
  });

  it('get throws for an unknown code, byCodeOrNull returns null', () => {
    expect(() => register.get('9999')).toThrow(RangeError);
    expect(register.byCodeOrNull('9999')).toBeNull();
    expect(register.byCodeOrNull('1480')?.name).toBe('Göteborg');
  });

  it('lookupCounty finds a län by name, folded name or code', () => {
    expect(register.lookupCounty('Jönköpings län')?.code).toBe('06');
    expect(register.lookupCounty('jonkoping')?.code).toBe('06');
    expect(register.lookupCounty('06')?.name).toBe('Jönköpings län');
    expect(register.lookupCounty('Atlantis län')).toBeNull();
  });
});
