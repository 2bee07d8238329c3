import { describe, expect, it } from 'vitest';

import { Role, type Viewer } from '../../../src/auth/viewer.js';
import { idNumberFor } from '../../../src/shared/masking.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

/** ID numbers of every shape the masking rule tells apart. */
const VALUES = [
  '110101199003071234',
  '11010119900307123X',
  'E12345678',
  'H0123456701',
  'G1234',
  '1234',
  'AB',
  '',
  null,
];

const BY_ROLE: Record<Role, Viewer> = {
  [Role.PUBLIC]: viewers.anonymous,
  [Role.INSTITUTION]: viewers.institution,
  [Role.REGULATOR]: viewers.regulator,
  [Role.PROVIDER]: viewers.provider,
  [Role.ADMIN]: viewers.admin,
};

describe('ID-number masking in SQL', () => {
  it('gives every role exactly what the resolvers give it, for every shape of number', async () => {
    const cases = Object.values(Role).flatMap(role => VALUES.map(value => ({ role, value })));
    const rows = await env.database.query<{
      role: string;
      value: string | null;
      shown: string | null;
    }>(
      `select c.role, c.value, id_number_for(c.role, c.value) as shown
         from jsonb_to_recordset($1::jsonb) as c(role text, value text)`,
      [JSON.stringify(cases)],
    );
    expect(rows).toHaveLength(cases.length);
    for (const row of rows) {
      expect(row.shown, `${row.role} ${row.value}`).toBe(
        idNumberFor(BY_ROLE[row.role as Role], row.value),
      );
    }
    expect(rows.find(r => r.role === 'INSTITUTION' && r.value === VALUES[0])!.shown).toBe(
      '110101********1234',
    );
  });
});
