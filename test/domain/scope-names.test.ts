import { describe, expect, it } from 'vitest';
import { closest, editDistance, exactKey, nameKey, typoAllowance } from '../../src/domain/names.ts';
import { findArea, lookupScope, scopeCovers, scopeName, scopeOf } from '../../src/domain/scope.ts';
import type { PoliceArea } from '../../src/domain/types.ts';
import { loadRegister } from '../../src/runtime/register.ts';

const register = loadRegister();
const HOGLANDET: PoliceArea = {
  id: 'hoglandet',
  name: 'LPO Höglandet',
  municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
};
const areas = [HOGLANDET];

describe('names', () => {
  it('nameKey folds case, accents, spaces and punctuation', () => {
    expect(nameKey('Sävsjö kommun')).toBe('savsjokommun');
    expect(nameKey('Upplands-Bro')).toBe('upplandsbro');
    expect(nameKey('ÅÄÖ')).toBe('aao');
  });

  it('exactKey keeps å ä ö but folds case and spaces', () => {
    expect(exactKey('SÄVSJÖ')).toBe('sävsjö');
    expect(exactKey('Upplands Väsby')).toBe('upplandsväsby');
    expect(exactKey('Savsjo')).not.toBe(exactKey('Sävsjö'));
  });

  it('editDistance counts insertions, deletions, substitutions and adjacent swaps', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('vaxjo', 'vaxjo')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('vaxsjo', 'vaxjo')).toBe(1);
    expect(editDistance('tranas', 'tranos')).toBe(1);
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('nassjo', 'eksjo')).toBe(editDistance('eksjo', 'nassjo'));
  });

  it('typoAllowance grows with the length of the name', () => {
    expect([3, 4, 6, 7, 10, 11].map((n) => typoAllowance('x'.repeat(n)))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it('closest ranks by distance and caps the list', () => {
    const words = ['vaxjo', 'vasjo', 'malmo', 'vaxholm'];
    expect(closest('vaxsjo', words, (w) => w)).toEqual(['vaxjo', 'vasjo']);
    expect(closest('', words, (w) => w)).toEqual([]);
    expect(closest('vaxa', ['vaxb', 'vaxc', 'vaxd', 'vaxe'], (w) => w, 2)).toEqual(['vaxb', 'vaxc']);
    // Three letters allow no typo and no prefix match.
    expect(closest('vax', ['vaxa', 'vaxb'], (w) => w)).toEqual([]);
  });
});

describe('lookupScope', () => {
  it.each(['Höglandet', 'LPO Höglandet', 'hoglandet', 'lpo hoglandet'])('"%s" is the police area', (q) => {
    const r = lookupScope(q, register, areas);
    expect(r).toEqual({ kind: 'area', area: HOGLANDET });
    expect(scopeOf(r)).toEqual({ type: 'area', id: 'hoglandet' });
  });

  it('"Jönköpings län" is the county with its 13 kommuner', () => {
    const r = lookupScope('Jönköpings län', register, areas);
    expect(r.kind).toBe('county');
    if (r.kind !== 'county') return;
    expect(r.code).toBe('06');
    expect(r.municipalities).toHaveLength(13);
    expect(r.municipalities.map((m) => m.name)).toContain('Sävsjö');
    expect(scopeOf(r)).toBeNull();
  });

  it('a kommun comes first, with its exactness', () => {
    expect(lookupScope('Sävsjö', register, areas)).toMatchObject({ kind: 'kommun', exact: true });
    const r = lookupScope('savsjo', register, areas);
    expect(r).toMatchObject({ kind: 'kommun', exact: false });
    expect(scopeOf(r)).toEqual({ type: 'kommun', id: '0684' });
  });

  it('a typo suggests kommuner and areas', () => {
    expect(lookupScope('Vaxsjo', register, areas)).toEqual({
      kind: 'unknown',
      query: 'Vaxsjo',
      suggestions: ['Växjö'],
    });
    expect(lookupScope('Hoglandt', register, areas)).toMatchObject({
      kind: 'unknown',
      suggestions: ['LPO Höglandet'],
    });
  });

  it('findArea matches by name without LPO or by id', () => {
    expect(findArea('höglandet', areas)).toBe(HOGLANDET);
    expect(findArea('Lokalpolisområde Höglandet', areas)).toBe(HOGLANDET);
    expect(findArea('Värnamo', areas)).toBeNull();
  });

  it('scopeName and scopeCovers', () => {
    expect(scopeName({ type: 'kommun', id: '0687' }, register, areas)).toBe('Tranås');
    expect(scopeName({ type: 'area', id: 'hoglandet' }, register, areas)).toBe('LPO Höglandet');
    expect(scopeName({ type: 'area', id: 'nowhere' }, register, areas)).toBe('nowhere');
    expect(scopeCovers({ type: 'kommun', id: '0687' }, '0687', areas)).toBe(true);
    expect(scopeCovers({ type: 'kommun', id: '0687' }, '0684', areas)).toBe(false);
    expect(scopeCovers({ type: 'area', id: 'hoglandet' }, '0684', areas)).toBe(true);
    expect(scopeCovers({ type: 'area', id: 'hoglandet' }, '1480', areas)).toBe(false);
  });
});
