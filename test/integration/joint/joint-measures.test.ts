import { describe, expect, it } from 'vitest';

import {
  ApplyForRepairDocument,
  CreditCheckRulesDocument,
  DecideRepairDocument,
  type ListEntryInput,
  RemoveListEntryDocument,
  RunCreditCheckRulesDocument,
  type SubjectListEntryHistoryQuery,
  SubjectListEntryHistoryDocument,
  SubjectListEntryStatesDocument,
  SubmitCatalogRecordsDocument,
  SubmitLicensingDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import {
  buildLicensingInput,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { AMR, viewers } from '../../support/viewers.js';
import { addDays, addMonths } from '../../../src/shared/dates.js';

const env = useIntegration();

const NAME = '北京联合奖惩测试有限公司';
const INCENTIVES = ['R-ACCEPT-INCOMPLETE', 'R-GREEN-CHANNEL'];
let nextCode = 880_000;

function today(): string {
  return env.server.clock.today();
}

/** The first day of the three years a check reads: 36 months before today. */
function windowStart(): string {
  return addMonths(today(), -36);
}

/** Registers a fresh subject through a licensing decision of `decisionDate`. */
async function subjectKnownSince(decisionDate: string): Promise<string> {
  const code = enterpriseCode(nextCode++);
  const stored = await env.server.execute(
    SubmitLicensingDocument,
    {
      records: [
        buildLicensingInput({
          creditCode: code,
          counterpartName: NAME,
          decisionDate,
          validFrom: decisionDate,
          validTo: '2099-12-31',
        }),
      ],
    },
    { as: viewers.provider },
  );
  expect(stored.data?.submitLicensingRecords.rejected).toEqual([]);
  return code;
}

async function check(
  code: string,
  scenario: 'LICENSING_APPROVAL' | 'HONOURS' = 'LICENSING_APPROVAL',
) {
  const result = await env.server.execute(
    RunCreditCheckRulesDocument,
    { code, scenario, matter: '食品经营许可审批' },
    { as: viewers.regulator },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.runCreditCheck;
}

function listing(code: string, overrides: Partial<ListEntryInput> = {}): ListEntryInput {
  return {
    listType: 'BLACK',
    subjectName: NAME,
    subjectCode: code,
    documentNumber: `京市监失信〔联合〕${nextCode++}号`,
    listingAuthority: AMR.name,
    listingAuthorityCode: AMR.code,
    basis: '《严重违法失信企业名单管理暂行办法》第五条',
    reason: '提交虚假材料取得登记',
    listedOn: addMonths(today(), -13),
    ...overrides,
  };
}

async function list(code: string, overrides: Partial<ListEntryInput> = {}): Promise<string> {
  const stored = await env.server.execute(
    SubmitListEntriesDocument,
    { entries: [listing(code, overrides)] },
    { as: viewers.provider },
  );
  expect(stored.data?.submitListEntries.rejected).toEqual([]);
  return stored.data!.submitListEntries.listEntries[0]!.id;
}

async function abnormalOperation(code: string, listedOn: string, removalDate?: string) {
  const fields: Record<string, string> = {
    listingReason: '通过登记的住所或者经营场所无法联系',
    listingAuthority: AMR.name,
    ...(removalDate === undefined ? {} : { removalDate, removalReason: '已依法办理住所变更登记' }),
  };
  const stored = await env.server.execute(
    SubmitCatalogRecordsDocument,
    {
      itemCode: 'ABNORMAL_OPERATION',
      records: [
        {
          counterpartName: NAME,
          counterpartCategory: 'LEGAL_ENTITY',
          creditCode: code,
          recordNumber: `JYYC-${nextCode++}`,
          decisionDate: listedOn,
          sourceUnit: AMR.name,
          sourceUnitCode: AMR.code,
          fields: Object.entries(fields).map(([name, value]) => ({ name, value })),
        },
      ],
    },
    { as: viewers.provider },
  );
  expect(stored.errors).toBeUndefined();
  expect(stored.data!.submitCatalogRecords.rejected).toEqual([]);
}

function expectDenied(result: Awaited<ReturnType<typeof check>>, rule: string, words: RegExp) {
  expect(result).toMatchObject({ incentiveRule: rule, incentiveReason: null, measures: [] });
  expect(result.incentiveExplanation).toMatch(words);
  expect(result.incentiveExplanation).toMatch(/不适用守信激励措施/);
  expect(result.deniedMeasures).toEqual(
    INCENTIVES.map(id => ({ measure: { id }, rule, explanation: result.incentiveExplanation })),
  );
}

function expectGranted(result: Awaited<ReturnType<typeof check>>, rule: string) {
  expect(result.incentiveRule).toBe(rule);
  expect(result.incentiveReason).not.toBeNull();
  expect(result.incentiveExplanation).toBe(result.incentiveReason);
  expect(result.measures).toEqual(
    INCENTIVES.map(id => ({ measure: { id, listType: 'RED' }, rule })),
  );
  expect(result.deniedMeasures).toEqual([]);
}

describe('incentive measures (守信激励) in a credit check', () => {
  it('denies them to a code the platform has never seen, saying so, and keeps the rule with the check', async () => {
    const result = await check(enterpriseCode(nextCode++));
    expectDenied(result, 'UNKNOWN_SUBJECT', /平台无该统一社会信用代码的主体/);
    expect(result.recordsCoverageFrom).toBeNull();

    const read = await env.server.execute(
      CreditCheckRulesDocument,
      { id: result.id },
      { as: viewers.admin },
    );
    expect(read.data!.creditCheck).toEqual({
      incentiveRule: 'UNKNOWN_SUBJECT',
      incentiveExplanation: result.incentiveExplanation,
      recordsCoverageFrom: null,
      penalties: [],
      measures: [],
      deniedMeasures: INCENTIVES.map(id => ({ measure: { id }, rule: 'UNKNOWN_SUBJECT' })),
    });
  });

  it('denies them to a subject the platform has known for less than three years, with the first date', async () => {
    const recent = addDays(windowStart(), 1);
    const code = await subjectKnownSince(recent);
    const result = await check(code);
    expectDenied(result, 'RECORDS_UNDER_THREE_YEARS', /不足三年/);
    expect(result.recordsCoverageFrom).toBe(recent);
    expect(result.incentiveExplanation).toContain(recent);
    expect(result.incentiveExplanation).toContain(windowStart());
  });

  it('grants them after three clean years, counted from the first record, to the day', async () => {
    const code = await subjectKnownSince(windowStart());
    // A later record does not move the coverage's start.
    await env.server.execute(
      SubmitLicensingDocument,
      { records: [buildLicensingInput({ creditCode: code, counterpartName: NAME })] },
      { as: viewers.provider },
    );
    const result = await check(code);
    expectGranted(result, 'CLEAN_THREE_YEARS');
    expect(result.recordsCoverageFrom).toBe(windowStart());
    expect(result.incentiveReason).toMatch(/^连续三年无不良信用记录/);
    expect(result.incentiveReason).toContain(windowStart());
  });

  it('counts the catalog’s registration record (成立日期) as records coverage', async () => {
    const code = enterpriseCode(nextCode++);
    const founded = addMonths(today(), -50);
    const stored = await env.server.execute(
      SubmitCatalogRecordsDocument,
      {
        itemCode: 'REGISTRATION_BASICS',
        records: [
          {
            counterpartName: NAME,
            counterpartCategory: 'LEGAL_ENTITY',
            creditCode: code,
            recordNumber: `DJ-${code}`,
            decisionDate: founded,
            sourceUnit: AMR.name,
            sourceUnitCode: AMR.code,
            fields: Object.entries({
              legalRepresentative: '李娜',
              entityType: '有限责任公司（自然人投资或控股）',
              address: '北京市海淀区中关村大街1号',
              registrationAuthority: '北京市海淀区市场监督管理局',
              registrationStatus: '存续',
            }).map(([name, value]) => ({ name, value })),
          },
        ],
      },
      { as: viewers.provider },
    );
    expect(stored.data?.submitCatalogRecords.rejected).toEqual([]);
    const result = await check(code);
    expectGranted(result, 'CLEAN_THREE_YEARS');
    expect(result.recordsCoverageFrom).toBe(founded);
  });

  it('denies them for a penalty decided in the three years, and not for one before them', async () => {
    const code = await subjectKnownSince(addMonths(today(), -60));
    const old = addMonths(today(), -40);
    await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({
            creditCode: code,
            counterpartName: NAME,
            decisionDate: old,
            penaltyValidUntil: addMonths(old, 6),
          }),
        ],
      },
      { as: viewers.provider },
    );
    const before = await check(code);
    expect(before.penalties).toEqual([]);
    expectGranted(before, 'CLEAN_THREE_YEARS');

    const inWindow = addMonths(today(), -30);
    const stored = await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({
            creditCode: code,
            counterpartName: NAME,
            decisionDate: inWindow,
            penaltyValidUntil: addMonths(inWindow, 6),
          }),
        ],
      },
      { as: viewers.provider },
    );
    expect(stored.data?.submitPenaltyRecords.rejected).toEqual([]);
    const after = await check(code);
    expectDenied(after, 'PENALTY_IN_THREE_YEARS', /以来有行政处罚记录/);
    expect(after.incentiveExplanation).toContain(windowStart());
  });

  it('denies them for a black-list entry in the three years, though removed since, and an active one says BLACK_LISTED', async () => {
    const code = await subjectKnownSince(addMonths(today(), -60));
    const entry = await list(code, { listedOn: addMonths(today(), -26) });
    const listed = await check(code);
    expect(listed).toMatchObject({
      incentiveRule: 'BLACK_LISTED',
      incentiveReason: null,
      hits: [{ id: entry, listType: 'BLACK', status: 'ACTIVE' }],
      measures: [
        { measure: { id: 'B-STRICT-LICENSING', listType: 'BLACK' }, rule: 'BLACK_LISTED' },
      ],
    });
    expect(listed.deniedMeasures.map(d => [d.measure.id, d.rule])).toEqual(
      INCENTIVES.map(id => [id, 'BLACK_LISTED']),
    );

    const removed = await env.server.execute(
      RemoveListEntryDocument,
      { id: entry, reason: '依法移出' },
      { as: viewers.provider },
    );
    expect(removed.errors).toBeUndefined();
    const result = await check(code);
    expect(result.hits).toEqual([]);
    expectDenied(result, 'BLACK_LIST_IN_THREE_YEARS', /曾列入严重失信主体名单/);
  });

  it('denies them for an abnormal-operation entry in the three years, and not for one moved out before them', async () => {
    const code = await subjectKnownSince(addMonths(today(), -72));
    await abnormalOperation(code, addMonths(today(), -60), addMonths(today(), -40));
    expectGranted(await check(code), 'CLEAN_THREE_YEARS');

    await abnormalOperation(code, addMonths(today(), -45), addMonths(today(), -20));
    expectDenied(await check(code), 'ABNORMAL_OPERATION_IN_THREE_YEARS', /曾列入经营异常名录/);
  });

  it('grants them on the red list, whatever the coverage', async () => {
    const code = await subjectKnownSince(addDays(today(), -20));
    await list(code, { listType: 'RED', reason: '诚信典型', listedOn: addDays(today(), -5) });
    const result = await check(code);
    expectGranted(result, 'RED_LISTED');
    expect(result.incentiveReason).toMatch(/守信激励/);
  });
});

describe('penalties in a regulator’s credit check', () => {
  it('finds the penalties still in publicity, whatever their scope, and not those whose publicity ended', async () => {
    const code = await subjectKnownSince(addMonths(today(), -72));
    const ended = addMonths(today(), -50);
    const recent = addDays(today(), -20);
    const stored = await env.server.execute(
      SubmitPenaltyDocument,
      {
        records: [
          buildPenaltyInput({
            creditCode: code,
            counterpartName: NAME,
            decisionDate: ended,
            penaltyValidUntil: addMonths(ended, 6),
          }),
          buildPenaltyInput({ creditCode: code, counterpartName: NAME, decisionDate: recent }),
          buildPenaltyInput({
            creditCode: code,
            counterpartName: NAME,
            decisionDate: addDays(recent, -10),
            usageScope: 'GOVERNMENT',
          }),
        ],
      },
      { as: viewers.provider },
    );
    expect(stored.data?.submitPenaltyRecords.rejected).toEqual([]);
    const [endedId, recentId, governmentId] = stored.data!.submitPenaltyRecords.records.map(
      r => r.id,
    );

    const result = await check(code, 'HONOURS');
    expect(result.penalties.map(p => [p.id, p.decisionDate, p.usageScope])).toEqual([
      [recentId, recent, 'PUBLIC'],
      [governmentId, addDays(recent, -10), 'GOVERNMENT'],
    ]);
    expect(result.penalties.every(p => p.publicity!.maximumEndDate >= today())).toBe(true);
    expect(result.penalties.map(p => p.id)).not.toContain(endedId);
    expect(result.incentiveRule).toBe('PENALTY_IN_THREE_YEARS');

    const read = await env.server.execute(
      CreditCheckRulesDocument,
      { id: result.id },
      { as: viewers.regulator },
    );
    expect(read.data!.creditCheck!.penalties).toEqual([{ id: recentId }, { id: governmentId }]);
  });
});

describe('repaired and removed list entries', () => {
  type Entries = NonNullable<SubjectListEntryHistoryQuery['subject']>['listEntries'];

  it('stay visible to regulators and the credit office, marked, with history and reason; never to the public or institutions', async () => {
    const code = await subjectKnownSince(addMonths(today(), -30));
    const active = await list(code, { listType: 'RED', reason: '诚信典型' });
    const removed = await list(code);
    const repaired = await list(code);
    // A correction of the entry to be repaired: its history shows version 2.
    const correction = await env.server.execute(
      SubmitListEntriesDocument,
      {
        entries: [
          {
            ...listing(code),
            documentNumber: (
              await env.database.query<{ document_number: string }>(
                'select document_number from list_entries where id = $1',
                [Number(repaired.slice('list:'.length))],
              )
            )[0]!.document_number,
            reason: '提交虚假材料取得登记，情节严重',
          },
        ],
      },
      { as: viewers.provider },
    );
    expect(correction.data!.submitListEntries).toMatchObject({ corrections: 1, rejected: [] });

    await env.server.execute(
      RemoveListEntryDocument,
      { id: removed, reason: '列入决定被依法撤销' },
      { as: viewers.provider },
    );
    const applied = await env.server.execute(ApplyForRepairDocument, {
      input: {
        targetId: repaired,
        applicantName: NAME,
        applicantContact: '010-12345678',
        proofOfPerformance: '已履行法定义务的证明材料',
        creditCommitment: '信用承诺书',
      },
    });
    expect(applied.errors).toBeUndefined();
    const decided = await env.server.execute(
      DecideRepairDocument,
      { id: applied.data!.applyForRepair.id, approve: true },
      { as: viewers.admin },
    );
    expect(decided.errors).toBeUndefined();

    for (const viewer of [viewers.regulator, viewers.admin]) {
      const result = await env.server.execute(
        SubjectListEntryHistoryDocument,
        { code, purpose: '核查' },
        { as: viewer },
      );
      expect(result.errors).toBeUndefined();
      const entries: Entries = result.data!.subject!.listEntries;
      const byId = new Map(entries.map(e => [e.id, e]));
      expect(entries.map(e => e.id).sort()).toEqual([active, removed, repaired].sort());

      expect(byId.get(active)).toMatchObject({
        status: 'ACTIVE',
        removedAt: null,
        repairedAt: null,
        removalReason: null,
      });
      expect(byId.get(active)!.history.map(h => h.kind)).toEqual(['RECEIVED', 'PUBLISHED']);

      const gone = byId.get(removed)!;
      expect(gone).toMatchObject({
        status: 'REMOVED',
        repairedAt: null,
        removalReason: '列入决定被依法撤销',
      });
      expect(gone.removedAt).not.toBeNull();
      expect(gone.history.map(h => [h.kind, h.reason])).toEqual([
        ['RECEIVED', null],
        ['PUBLISHED', null],
        ['REMOVED', '列入决定被依法撤销'],
      ]);
      expect(gone.history.at(-1)!.at).toBe(gone.removedAt);

      const fixed = byId.get(repaired)!;
      expect(fixed.status).toBe('REPAIRED');
      expect(fixed.repairedAt).not.toBeNull();
      expect(fixed.removalReason).toBe('信用修复：已履行法定义务并作出信用承诺');
      expect(fixed.history.map(h => [h.kind, h.version, h.reason])).toEqual([
        ['RECEIVED', null, null],
        ['PUBLISHED', null, null],
        ['CORRECTED', 2, null],
        ['REPAIRED', null, '信用修复：已履行法定义务并作出信用承诺'],
      ]);
      expect(fixed.history.at(-1)!.at).toBe(fixed.repairedAt);
      const times = fixed.history.map(h => h.at);
      expect([...times].sort()).toEqual(times);
    }

    for (const viewer of [viewers.anonymous, viewers.institution, viewers.provider]) {
      const result = await env.server.execute(
        SubjectListEntryStatesDocument,
        { code, purpose: '贷前审查' },
        { as: viewer },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.subject!.listEntries).toEqual([
        { id: active, listType: 'RED', status: 'ACTIVE' },
      ]);
    }
    // The history and the removal are for oversight: the public cannot ask for them.
    const asked = await env.server.execute(SubjectListEntryHistoryDocument, { code });
    expect(asked.errors?.map(e => e.extensions?.['code'])).toContain('FORBIDDEN');

    // A check still hits only the active entry; the repaired one no longer counts as on the list.
    const result = await check(code);
    expect(result.hits).toEqual([{ id: active, listType: 'RED', status: 'ACTIVE' }]);
    expect(result.incentiveRule).toBe('RED_LISTED');
  });
});
