import { describe, expect, it } from 'vitest';
import {
  decide,
  grantCovers,
  PERMISSION_RULES,
  type Permission,
  permittedKommuner,
} from '../../src/domain/permissions.ts';
import { ROLES, type Role, type RoleGrant } from '../../src/domain/types.ts';

const AREAS = [
  {
    id: 'hoglandet',
    name: 'LPO Höglandet',
    municipalityCodes: ['0604', '0686', '0682', '0684', '0687', '0685'],
  },
];
const SAVSJO = '0684';
const TRANAS = '0687';
const STOCKHOLM = '0180';

/** The rules as the product owner wrote them — the table in permissions.ts must say the same. */
const EXPECTED: Readonly<Record<Permission, readonly Role[]>> = {
  log: ['polis', 'kommun', 'samordnare', 'admin'],
  'follow-up': ['samordnare', 'admin'],
  statistics: ['polis', 'samordnare', 'admin'],
  meetings: ['samordnare', 'admin'],
  read: ['polis', 'kommun', 'samordnare', 'chef', 'admin'],
  'read-area': ['chef', 'admin'],
  history: ['samordnare', 'chef', 'admin'],
  remind: ['chef', 'admin'],
  admin: ['admin'],
};

const kommunGrant = (role: Role, code: string): RoleGrant => ({
  person: 'p',
  role,
  scope: { type: 'kommun', id: code },
});
const areaGrant = (role: Role): RoleGrant => ({
  person: 'p',
  role,
  scope: { type: 'area', id: 'hoglandet' },
});

const matrix = PERMISSION_RULES.flatMap((rule) =>
  ROLES.map((role) => [rule.permission, role, EXPECTED[rule.permission].includes(role)] as const),
);

describe('permission rules', () => {
  it('the table names every permission once, as expected', () => {
    expect(PERMISSION_RULES.map((r) => r.permission).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const rule of PERMISSION_RULES)
      expect([...rule.roles].sort()).toEqual([...EXPECTED[rule.permission]].sort());
  });

  it.each(matrix)('%s by %s granted for the kommun itself → %s', (permission, role, allowed) => {
    const d = decide([kommunGrant(role, SAVSJO)], permission, { type: 'kommun', code: SAVSJO }, AREAS);
    expect(d.ok).toBe(allowed);
    if (!d.ok) expect(d.reason).toBe('wrong-role');
  });

  it.each(matrix)(
    '%s by %s granted for the police area covers its kommun → %s',
    (permission, role, allowed) => {
      expect(decide([areaGrant(role)], permission, { type: 'kommun', code: SAVSJO }, AREAS).ok).toBe(allowed);
    },
  );

  it.each(matrix)(
    '%s by %s granted for the police area, asked for the area → %s',
    (permission, role, allowed) => {
      expect(decide([areaGrant(role)], permission, { type: 'area', id: 'hoglandet' }, AREAS).ok).toBe(
        allowed,
      );
    },
  );

  it.each(matrix)('%s by %s granted for another kommun → never (%s ignored)', (permission, role) => {
    const d = decide([kommunGrant(role, TRANAS)], permission, { type: 'kommun', code: SAVSJO }, AREAS);
    expect(d).toMatchObject({ ok: false, reason: 'wrong-role' });
  });

  it.each(matrix)(
    '%s by %s granted for a kommun, asked for its area → never (%s ignored)',
    (permission, role) => {
      expect(
        decide([kommunGrant(role, SAVSJO)], permission, { type: 'area', id: 'hoglandet' }, AREAS).ok,
      ).toBe(false);
    },
  );

  it.each(PERMISSION_RULES.map((r) => r.permission))('%s with no roles at all → no-roles', (permission) => {
    expect(decide([], permission, { type: 'kommun', code: SAVSJO }, AREAS)).toMatchObject({
      ok: false,
      reason: 'no-roles',
      allowed: EXPECTED[permission],
    });
  });

  it('an area grant does not cover a kommun outside the area', () => {
    expect(grantCovers(areaGrant('admin'), { type: 'kommun', code: STOCKHOLM }, AREAS)).toBe(false);
    expect(decide([areaGrant('admin')], 'log', { type: 'kommun', code: STOCKHOLM }, AREAS).ok).toBe(false);
  });

  it('any one of several grants suffices', () => {
    const grants = [
      kommunGrant('chef', SAVSJO),
      kommunGrant('polis', TRANAS),
      kommunGrant('samordnare', SAVSJO),
    ];
    expect(decide(grants, 'follow-up', { type: 'kommun', code: SAVSJO }, AREAS)).toEqual({
      ok: true,
      role: 'samordnare',
    });
    expect(decide(grants, 'follow-up', { type: 'kommun', code: TRANAS }, AREAS).ok).toBe(false);
  });

  it('lists the kommuner a person may act for', () => {
    expect(permittedKommuner([areaGrant('polis')], 'log', [SAVSJO, TRANAS, STOCKHOLM], AREAS)).toEqual([
      SAVSJO,
      TRANAS,
    ]);
  });
});
