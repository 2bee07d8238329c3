import DataLoader from 'dataloader';

import type { DbOrTx } from '../../db/types.js';
import { findSubjectsByCodes } from './subject.repository.js';
import type { SubjectRow } from './subject.table.js';

export function createSubjectLoaders(db: DbOrTx) {
  return {
    subjectByCode: new DataLoader<string, SubjectRow | null>(async codes => {
      const rows = await findSubjectsByCodes(db, codes);
      const byCode = new Map(rows.map(row => [row.code, row]));
      return codes.map(code => byCode.get(code) ?? null);
    }),
  };
}

export type SubjectLoaders = ReturnType<typeof createSubjectLoaders>;
