import { describe, expect, it } from 'vitest';

import { mapHeaders } from '../../../src/modules/import/index.js';
import { RecordKind } from '../../../src/modules/records/index.js';
import { exportColumns } from '../../../src/modules/export/index.js';

describe('the export layout', () => {
  it.each([
    [RecordKind.PENALTY, 'penalty', 30],
    [RecordKind.LICENSING, 'licensing', 28],
  ] as const)(
    'writes the %s V2 columns under headers the importer maps back to the fields they were written from',
    (kind, importKind, count) => {
      const columns = exportColumns(kind);
      expect(columns).toHaveLength(count);
      const mapping = mapHeaders(
        importKind,
        columns.map(column => column.header),
      );
      expect(mapping.layout).toBe('V2');
      columns.forEach((column, index) => {
        expect(mapping.fields.get(index) ?? null).toBe(column.field);
      });
      expect(mapping.unknown).toEqual(columns.filter(c => c.field === null).map(c => c.header));
    },
  );
});
