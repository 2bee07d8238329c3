import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';

import {
  SEARCH_EXACT_TOTAL_CAP,
  nameHighlights,
  searchRequest,
  searchTotal,
  subjectSearch,
} from '../../../src/modules/subjects/index.js';
import { encodeCursor } from '../../../src/shared/pagination.js';

const dialect = new PgDialect();

describe('the search total', () => {
  it('is exact up to 10,000 matches, counted with a limit of one more, and an estimate beyond', () => {
    expect(SEARCH_EXACT_TOTAL_CAP).toBe(10_000);
    for (const query of ['康泰', '有限公司', '91110108']) {
      const total = dialect.sqlToQuery(searchTotal(subjectSearch(query)).total);
      expect(total.sql).toMatch(/limit \$\d+\) capped/);
      expect(total.params).toContain(10_001);
      expect(total.params).toContain(10_000);
      expect(total.sql).toMatch(/greatest\(n\.n, /);
      const exact = dialect.sqlToQuery(searchTotal(subjectSearch(query)).exact);
      expect(exact.params).toEqual(expect.arrayContaining([10_001, 10_000]));
    }
  });

  it('reads a pair from one range of the postings, in rank order', () => {
    const keys = dialect.sqlToQuery(subjectSearch('康泰').keys({ sort: 18, code: 'X' }, 21));
    expect(keys.sql).toContain('from subject_name_grams g');
    expect(keys.sql).toContain('(g.sort, g.subject_code) > ($2::integer, $3::text)');
    expect(keys.sql).toContain('order by g.sort, g.subject_code');
    expect(keys.params).toEqual(['康泰', 18, 'X', 21]);
  });

  it('reads a code prefix as a range of codes, a longer name from its rarest pair', () => {
    const code = dialect.sqlToQuery(subjectSearch('9111').keys(null, 21));
    expect(code.sql).toContain('"subjects"."code" >= $1');
    expect(code.sql).not.toContain('subject_name_grams');
    const long = dialect.sqlToQuery(subjectSearch('有限公司').keys(null, 21));
    expect(long.sql).toContain('order by coalesce(sum(c.subjects), 0), x.gram limit 1');
    expect(long.params).toContainEqual(['有限', '限公', '公司']);
  });
});

describe('nameHighlights', () => {
  it('marks each occurrence left to right, without overlaps, ignoring case, in characters', () => {
    expect(nameHighlights('北京华信华信科技', '华信')).toEqual([
      { start: 2, length: 2 },
      { start: 4, length: 2 },
    ]);
    expect(nameHighlights('AAAA', 'aa')).toEqual([
      { start: 0, length: 2 },
      { start: 2, length: 2 },
    ]);
    expect(nameHighlights('𠀀𠀁科技', '科技')).toEqual([{ start: 2, length: 2 }]);
    expect(nameHighlights('北京科技', '上海')).toEqual([]);
  });
});

describe('searchRequest', () => {
  it('takes the cursor of a hit and refuses the old bare position', () => {
    const cursor = encodeCursor([20, 33, '91110108MA0005000E']);
    expect(searchRequest('科技', cursor)).toEqual({
      text: '科技',
      offset: 20,
      after: { sort: 33, code: '91110108MA0005000E' },
    });
    expect(() => searchRequest('科技', encodeCursor([3]))).toThrow();
    expect(() => searchRequest('科技', encodeCursor([3, 99, '91110108MA0005000E']))).toThrow();
    expect(() => searchRequest('华', null)).toThrow();
  });
});
