import { describe, expect, it } from 'vitest';

import { seedDemo } from '../../../seeds/demo.seed.js';
import { DisclosureStatus, disclosureStatus } from '../../../src/modules/records/index.js';
import { addDays, addMonths, chinaDateOf } from '../../../src/shared/dates.js';
import {
  CollectionReportDocument,
  SubmitCatalogRecordsDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { SUBJECT_CODE, buildPenaltyInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';

const env = useIntegration();

type RawRecord = {
  catalog_item_code: string;
  source_unit_code: string;
  received_at: Date | string;
  published_on: string | null;
  decision_date: string;
  disclosure_required: boolean;
  disclosure_deadline: string;
};

describe('collectionReport', () => {
  it('agrees with a count made by hand over the demo data of a month, with rejections and corrections', async () => {
    const today = env.server.clock.today();
    const from = `${today.slice(0, 7)}-01`;
    const to = addDays(addMonths(from, 1), -1);
    await seedDemo(env.database.db, today);
    const original = buildPenaltyInput({ decisionDate: addDays(today, -2) });
    await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          original,
          buildPenaltyInput({ decisionDate: addDays(today, -1) }),
          buildPenaltyInput({ creditCode: '91110000MA001ABCX5' }),
        ],
      },
      { as: viewers.provider },
    );
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [{ ...original, content: '更正后的处罚内容' }] },
      { as: viewers.provider },
    );

    const result = await env.server.execute(
      CollectionReportDocument,
      { from, to },
      { as: viewers.admin },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const report = result.data!.collectionReport;

    const raw = await env.database.query<RawRecord>(
      `select catalog_item_code, source_unit_code, received_at, published_on::text, decision_date::text, disclosure_required, disclosure_deadline::text from licensing_records
       union all
       select catalog_item_code, source_unit_code, received_at, published_on::text, decision_date::text, disclosure_required, disclosure_deadline::text from penalty_records`,
    );
    const inMonth = (date: string | null) => date !== null && date >= from && date <= to;
    const expected = new Map<
      string,
      { received: number; published: number; due: number; onTime: number }
    >();
    for (const r of raw) {
      const key = `${r.catalog_item_code} ${r.source_unit_code}`;
      const counts = expected.get(key) ?? { received: 0, published: 0, due: 0, onTime: 0 };
      if (inMonth(chinaDateOf(new Date(r.received_at)))) {
        counts.received += 1;
      }
      if (inMonth(r.published_on)) {
        counts.published += 1;
      }
      if (inMonth(r.decision_date)) {
        const status = disclosureStatus(
          {
            disclosureRequired: r.disclosure_required,
            disclosureDeadline: r.disclosure_deadline,
            publishedOn: r.published_on,
          },
          today,
        );
        if (
          [DisclosureStatus.ON_TIME, DisclosureStatus.LATE, DisclosureStatus.OVERDUE].includes(
            status,
          )
        ) {
          counts.due += 1;
        }
        if (status === DisclosureStatus.ON_TIME) {
          counts.onTime += 1;
        }
      }
      expected.set(key, counts);
    }
    // Generic catalog records and list entries (the demo's red and black lists) have no
    // disclosure deadline: received and published only, by their listing authority for lists.
    const undated = await env.database.query<{
      catalog_item_code: string;
      source_unit_code: string;
      received_at: Date | string;
      published_at: Date | string | null;
    }>(
      `select catalog_item_code, source_unit_code, received_at, published_at from catalog_records
       union all
       select catalog_item_code, listing_authority_code, received_at, published_at from list_entries`,
    );
    expect(undated.length).toBeGreaterThan(0);
    for (const r of undated) {
      const key = `${r.catalog_item_code} ${r.source_unit_code}`;
      const counts = expected.get(key) ?? { received: 0, published: 0, due: 0, onTime: 0 };
      if (inMonth(chinaDateOf(new Date(r.received_at)))) {
        counts.received += 1;
      }
      if (r.published_at !== null && inMonth(chinaDateOf(new Date(r.published_at)))) {
        counts.published += 1;
      }
      expected.set(key, counts);
    }
    const active = [...expected.entries()].filter(([, c]) => c.received + c.published + c.due > 0);
    expect(report.rows.map(r => `${r.itemCode} ${r.sourceUnitCode}`).sort()).toEqual(
      active.map(([key]) => key).sort(),
    );
    for (const row of report.rows) {
      const counts = expected.get(`${row.itemCode} ${row.sourceUnitCode}`)!;
      const isAmrPenalty = row.itemCode === 'ADMIN_PENALTY' && row.sourceUnitCode === AMR.code;
      expect(row, `${row.itemCode} ${row.sourceUnit}`).toMatchObject({
        ...counts,
        corrected: isAmrPenalty ? 1 : 0,
        rejected: isAmrPenalty ? 1 : 0,
        onTimeRate: counts.due === 0 ? null : counts.onTime / counts.due,
      });
    }
    expect(report.rows.reduce((sum, r) => sum + r.received, 0)).toBeGreaterThan(2);

    const providers = await env.database.query<{ item_code: string; organization_code: string }>(
      'select item_code, organization_code from catalog_item_providers',
    );
    // The demo's red- and black-list entries were submitted through the API this month: their
    // listing authorities are in the submission log, and so not silent.
    const logged = new Set(
      (
        await env.database.query<{ key: string }>(
          `select distinct item_code || ' ' || source_unit_code as key from submission_log
           where submitted_at >= $1 and submitted_at < $2`,
          [`${from}T00:00:00+08:00`, `${addDays(to, 1)}T00:00:00+08:00`],
        )
      ).map(r => r.key),
    );
    expect([...logged].some(key => key.startsWith('RED_LIST '))).toBe(true);
    expect([...logged].some(key => key.startsWith('BLACK_LIST '))).toBe(true);
    const silent = providers
      .filter(
        p =>
          !((expected.get(`${p.item_code} ${p.organization_code}`)?.received ?? 0) > 0) &&
          !logged.has(`${p.item_code} ${p.organization_code}`) &&
          !(p.item_code === 'ADMIN_PENALTY' && p.organization_code === AMR.code),
      )
      .map(p => `${p.item_code} ${p.organization_code}`)
      .sort();
    expect(report.silentProviders.map(p => `${p.itemCode} ${p.organizationCode}`).sort()).toEqual(
      silent,
    );
    expect(silent).toEqual(
      expect.arrayContaining([`ABNORMAL_OPERATION ${AMR.code}`, `CREDIT_COMMITMENT ${AMR.code}`]),
    );
    for (const key of logged) {
      expect(silent).not.toContain(key);
    }

    const csv = report.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      '事项代码,事项名称,数据来源单位,统一社会信用代码,接收,公示,更正,退回,应公示,按时公示,按时率',
    );
    expect(csv).toHaveLength(1 + report.rows.length + report.silentProviders.length);
  });

  it('counts credit commitments and red and black list entries: received, published, corrected and rejected', async () => {
    const today = env.server.clock.today();
    const from = `${today.slice(0, 7)}-01`;
    const to = addDays(addMonths(from, 1), -1);
    const silentBefore = (
      await env.server.execute(CollectionReportDocument, { from, to }, { as: viewers.admin })
    ).data!.collectionReport.silentProviders.map(p => `${p.itemCode} ${p.organizationCode}`);
    const keys = ['CREDIT_COMMITMENT', 'RED_LIST', 'BLACK_LIST'].map(item => `${item} ${AMR.code}`);
    expect(silentBefore).toEqual(expect.arrayContaining(keys));

    const commitment = (recordNumber: string, content = '本单位承诺所提交材料真实有效') => ({
      counterpartName: '北京华信科技有限公司',
      counterpartCategory: 'LEGAL_ENTITY' as const,
      creditCode: SUBJECT_CODE,
      recordNumber,
      decisionDate: today,
      sourceUnit: AMR.name,
      sourceUnitCode: AMR.code,
      fields: Object.entries({
        commitmentType: '证明事项告知承诺',
        content,
        commitmentDate: today,
        fulfilment: '履约中',
      }).map(([name, value]) => ({ name, value })),
    });
    const commitments = await env.server.execute(
      SubmitCatalogRecordsDocument,
      {
        itemCode: 'CREDIT_COMMITMENT',
        records: [
          commitment('CN-REPORT-1'),
          commitment('CN-REPORT-2'),
          { ...commitment('CN-REPORT-3'), fields: [] },
        ],
      },
      { as: viewers.provider },
    );
    expect(commitments.errors, JSON.stringify(commitments.errors)).toBeUndefined();
    expect(commitments.data!.submitCatalogRecords).toMatchObject({ accepted: 2, corrections: 0 });
    expect(commitments.data!.submitCatalogRecords.rejected.length).toBeGreaterThan(0);
    const corrected = await env.server.execute(
      SubmitCatalogRecordsDocument,
      {
        itemCode: 'CREDIT_COMMITMENT',
        records: [commitment('CN-REPORT-1', '本单位承诺所提交材料真实有效，逾期补正')],
      },
      { as: viewers.provider },
    );
    expect(corrected.data!.submitCatalogRecords).toMatchObject({
      accepted: 1,
      corrections: 1,
      rejected: [],
    });

    // The commitments registered the subject, which a listing needs.
    const listing = (
      listType: 'RED' | 'BLACK',
      documentNumber: string,
      overrides: Record<string, unknown> = {},
    ) => ({
      listType,
      subjectName: '北京华信科技有限公司',
      subjectCode: SUBJECT_CODE,
      documentNumber,
      listingAuthority: AMR.name,
      listingAuthorityCode: AMR.code,
      basis: '《严重违法失信企业名单管理暂行办法》第五条',
      reason: '被列入经营异常名录届满3年仍未履行相关义务',
      listedOn: addDays(today, -30),
      ...overrides,
    });
    const entries = await env.server.execute(
      SubmitListEntriesDocument,
      {
        entries: [
          listing('BLACK', '京市监失信〔报表〕1号'),
          listing('BLACK', '京市监失信〔报表〕2号', { usageScope: 'GOVERNMENT' }),
          listing('BLACK', '京市监失信〔报表〕3号', { listedOn: addDays(today, 1) }),
          listing('RED', '京市监守信〔报表〕1号'),
          listing('RED', '京市监守信〔报表〕2号', { listedOn: addDays(today, 1) }),
        ],
      },
      { as: viewers.provider },
    );
    expect(entries.errors, JSON.stringify(entries.errors)).toBeUndefined();
    expect(entries.data!.submitListEntries).toMatchObject({
      accepted: 3,
      corrections: 0,
      rejected: [
        { index: 2, field: 'listedOn', code: 'DATE_IN_FUTURE' },
        { index: 4, field: 'listedOn', code: 'DATE_IN_FUTURE' },
      ],
    });
    const correctedEntries = await env.server.execute(
      SubmitListEntriesDocument,
      {
        entries: [
          listing('BLACK', '京市监失信〔报表〕1号', { reason: '拒不履行行政处罚决定' }),
          listing('RED', '京市监守信〔报表〕1号', { reason: '连续三年守合同重信用' }),
        ],
      },
      { as: viewers.provider },
    );
    expect(correctedEntries.data!.submitListEntries).toMatchObject({
      accepted: 2,
      corrections: 2,
      rejected: [],
    });

    const result = await env.server.execute(
      CollectionReportDocument,
      { from, to },
      { as: viewers.admin },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const report = result.data!.collectionReport;
    const rowOf = (itemCode: string) =>
      report.rows.find(r => r.itemCode === itemCode && r.sourceUnitCode === AMR.code);
    const undated = { due: 0, onTime: 0, onTimeRate: null, sourceUnit: AMR.name };
    expect(rowOf('CREDIT_COMMITMENT')).toMatchObject({
      ...undated,
      received: 2,
      published: 2,
      corrected: 1,
      rejected: 1,
    });
    // The government-scope entry was received but not made public.
    expect(rowOf('BLACK_LIST')).toMatchObject({
      ...undated,
      received: 2,
      published: 1,
      corrected: 1,
      rejected: 1,
    });
    expect(rowOf('RED_LIST')).toMatchObject({
      ...undated,
      received: 1,
      published: 1,
      corrected: 1,
      rejected: 1,
    });
    const silent = report.silentProviders.map(p => `${p.itemCode} ${p.organizationCode}`);
    for (const key of keys) {
      expect(silent).not.toContain(key);
    }

    // The period is a half-open interval of China Standard Time: the next month has none of it.
    const next = await env.server.execute(
      CollectionReportDocument,
      { from: addMonths(from, 1), to: addDays(addMonths(from, 2), -1) },
      { as: viewers.admin },
    );
    expect(next.data!.collectionReport.rows.filter(r => r.sourceUnitCode === AMR.code)).toEqual([]);
  });

  it('is for the credit office only', async () => {
    for (const viewer of [viewers.provider, viewers.regulator, viewers.anonymous]) {
      expect(
        errorCodes(
          await env.server.execute(
            CollectionReportDocument,
            { from: '2026-11-01', to: '2026-11-30' },
            { as: viewer },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
  });
});
