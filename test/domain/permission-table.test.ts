import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleActionTable } from '../../src/domain/permission-table.ts';
import { decide, PERMISSION_RULES } from '../../src/domain/permissions.ts';
import { ROLES } from '../../src/domain/types.ts';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe("README's role × action table", () => {
  it('is the table generated from the permission rules (regenerate it with roleActionTable() when they change)', () => {
    const block = README.match(
      /<!-- role-action-table:start -->\n([\s\S]*?)\n<!-- role-action-table:end -->/,
    );
    expect(block?.[1]).toBe(roleActionTable());
  });

  it('says for every role and action what decide() enforces', () => {
    const rows = roleActionTable().split('\n').slice(2);
    for (const [i, rule] of PERMISSION_RULES.entries()) {
      const cells = (rows[i] ?? '').split('|').slice(3, -1);
      for (const [j, role] of ROLES.entries()) {
        const area = { id: 'hoglandet', name: 'LPO Höglandet', municipalityCodes: ['0684'] };
        const grant = { person: 'p', role, scope: { type: 'area', id: area.id } } as const;
        const target =
          rule.permission === 'read-area'
            ? ({ type: 'area', id: area.id } as const)
            : ({ type: 'kommun', code: '0684' } as const);
        const allowed = decide([grant], rule.permission, target, [area]).ok;
        expect(cells[j]?.trim() === '✓', `${rule.permission} × ${role}`).toBe(allowed);
      }
    }
  });
});
