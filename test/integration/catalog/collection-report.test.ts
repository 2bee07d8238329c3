import { describe, expect, it } from 'vitest';

import { seedDemo } from '../../../seeds/demo.seed.js';
import { DisclosureStatus, disclosureStatus } from '../../../src/modules/records/index.js';
import { chinaDateOf } from '../../../src/shared/dates.js';
import { SubmitPenaltyDocument } from '../../__generated__/graphql.js';
import { buildPenaltyInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { errorCodes } from '../../support/server.js';
import { AMR, viewers } from '../../support/viewers.js';

const env = useIntegration();

const REPORT = `query($from: Date!, $to: Date!) { collectionReport(from: $from, to: $to) {
  rows { itemCode itemName sourceUnitCode sourceUnit received published corrected rejected due onTime onTimeRate }
  silentProviders { itemCode organizationCode }
  csv } }`;

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
    await seedDemo(env.database.db, '2026-11-20');
    const original = buildPenaltyInput({ decisionDate: '2026-11-18' });
    await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          original,
          buildPenaltyInput({ decisionDate: '2026-11-19' }),
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

    const result = await env.server.execute<any, any>(
      REPORT,
      { from: '2026-11-01', to: '2026-11-30' },
      { as: viewers.admin },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const report = result.data.collectionReport;

    const raw = await env.database.query<RawRecord>(
      `select catalog_item_code, source_unit_code, received_at, published_on::text, decision_date::text, disclosure_required, disclosure_deadline::text from licensing_records
       union all
       select catalog_item_code, source_unit_code, received_at, published_on::text, decision_date::text, disclosure_required, disclosure_deadline::text from penalty_records`,
    );
    const inMonth = (date: string | null) =>
      date !== null && date >= '2026-11-01' && date <= '2026-11-30';
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
          '2026-11-20',
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
    const active = [...expected.entries()].filter(([, c]) => c.received + c.published + c.due > 0);
    expect(report.rows.map((r: any) => `${r.itemCode} ${r.sourceUnitCode}`).sort()).toEqual(
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
    expect(report.rows.reduce((sum: number, r: any) => sum + r.received, 0)).toBeGreaterThan(2);

    const providers = await env.database.query<{ item_code: string; organization_code: string }>(
      'select item_code, organization_code from catalog_item_providers',
    );
    // The demo's red- and black-list entries were submitted through the API this month: their
    // listing authorities are in the submission log, and so not silent.
    const logged = new Set(
      (
        await env.database.query<{ key: string }>(
          `select distinct item_code || ' ' || source_unit_code as key from submission_log
           where submitted_at >= '2026-11-01T00:00:00+08:00' and submitted_at < '2026-12-01T00:00:00+08:00'`,
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
    expect(
      report.silentProviders.map((p: any) => `${p.itemCode} ${p.organizationCode}`).sort(),
    ).toEqual(silent);
    expect(silent).toEqual(
      expect.arrayContaining([`ABNORMAL_OPERATION ${AMR.code}`, `CREDIT_COMMITMENT ${AMR.code}`]),
    );
    for (const key of logged) {
      expect(silent).not.toContain(key);
    }

    const csv = (report.csv as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      '事项代码,事项名称,数据来源单位,统一社会信用代码,接收,公示,更正,退回,应公示,按时公示,按时率',
    );
    expect(csv).toHaveLength(1 + report.rows.length + report.silentProviders.length);
  });

  it('is for the credit office only', async () => {
    for (const viewer of [viewers.provider, viewers.regulator, viewers.anonymous]) {
      expect(
        errorCodes(
          await env.server.execute<any, any>(
            REPORT,
            { from: '2026-11-01', to: '2026-11-30' },
            { as: viewer },
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
  });
});
