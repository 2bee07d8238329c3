import { sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';

import {
  AcceptObjectionDocument,
  CheckWithEvaluationDocument,
  CreditCheckEvaluationDocument,
  EvaluationDistributionDocument,
  type EvaluationModelInput,
  EvaluationModelsDocument,
  FileObjectionWithDeadlinesDocument,
  type ListEntryInput,
  PublishEvaluationModelDocument,
  RunCreditCheckRulesDocument,
  SaveMeasureDocument,
  RegisterAuthorizationDocument,
  RevokeRecordDocument,
  SubjectEvaluationDocument,
  SubjectEvaluationHistoryDocument,
  SubjectsEvaluationsDocument,
  SubmitCatalogRecordsDocument,
  SubmitLicensingDocument,
  SubmitListEntriesDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { executeRows } from '../../../src/db/execute.js';
import {
  DEFAULT_MODEL,
  computeFor,
  gradeOf,
  recomputeAll,
  runEvaluationPass,
  storedEvaluations,
} from '../../../src/modules/evaluation/index.js';
import { addDays, addMonths, fixedClock } from '../../../src/shared/dates.js';
import {
  buildLicensingInput,
  buildPenaltyInput,
  enterpriseCode,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { AMR, viewers } from '../../support/viewers.js';
import type { Viewer } from '../../../src/auth/viewer.js';

const env = useIntegration();

const NAME = '北京信用评价测试有限公司';
let nextCode = 770_000;
let nextDocument = 1;

const today = () => env.server.clock.today();
const pass = (clock = env.server.clock) => runEvaluationPass(env.database.db, clock);

async function penalty(code: string, overrides: Parameters<typeof buildPenaltyInput>[0] = {}) {
  const stored = await env.server.execute(
    SubmitPenaltyDocument,
    { records: [buildPenaltyInput({ creditCode: code, counterpartName: NAME, ...overrides })] },
    { as: viewers.provider },
  );
  expect(stored.data?.submitPenaltyRecords.rejected).toEqual([]);
  return stored.data!.submitPenaltyRecords.records[0]!;
}

async function licence(code: string) {
  const stored = await env.server.execute(
    SubmitLicensingDocument,
    {
      records: [
        buildLicensingInput({ creditCode: code, counterpartName: NAME, validTo: '2099-12-31' }),
      ],
    },
    { as: viewers.provider },
  );
  expect(stored.data?.submitLicensingRecords.rejected).toEqual([]);
  return stored.data!.submitLicensingRecords.records[0]!;
}

/** A serious penalty: 吊销许可证. */
const SERIOUS = {
  penaltyTypes: ['REVOKE_LICENCE' as const],
  fineAmount: null,
  content: '吊销许可证',
  suspendedLicence: '食品经营许可证 JY11101080000001',
};

/** Makes the code a known subject through a licence that expired years ago (it counts nothing). */
async function known(code: string) {
  const decided = addMonths(today(), -40);
  const stored = await env.server.execute(
    SubmitLicensingDocument,
    {
      records: [
        buildLicensingInput({
          creditCode: code,
          counterpartName: NAME,
          decisionDate: decided,
          validFrom: decided,
          validTo: addMonths(decided, 12),
        }),
      ],
    },
    { as: viewers.provider },
  );
  expect(stored.data?.submitLicensingRecords.rejected).toEqual([]);
}

async function listEntry(code: string, overrides: Partial<ListEntryInput> = {}) {
  await known(code);
  const stored = await env.server.execute(
    SubmitListEntriesDocument,
    {
      entries: [
        {
          listType: 'BLACK',
          subjectName: NAME,
          subjectCode: code,
          documentNumber: `京市监名单〔评价〕${nextDocument++}号`,
          listingAuthority: AMR.name,
          listingAuthorityCode: AMR.code,
          basis: '《严重违法失信企业名单管理暂行办法》第五条',
          reason: '提交虚假材料取得登记',
          listedOn: addMonths(today(), -2),
          ...overrides,
        },
      ],
    },
    { as: viewers.provider },
  );
  expect(stored.data?.submitListEntries.rejected).toEqual([]);
  return stored.data!.submitListEntries.listEntries[0]!.id;
}

async function commitment(code: string, fulfilment: '已履约' | '未履约' | '履约中') {
  const fields: Record<string, string> = {
    commitmentType: '证明事项告知承诺',
    content: '承诺所提交材料真实有效',
    commitmentDate: addMonths(today(), -3),
    fulfilment,
  };
  const stored = await env.server.execute(
    SubmitCatalogRecordsDocument,
    {
      itemCode: 'CREDIT_COMMITMENT',
      records: [
        {
          counterpartName: NAME,
          counterpartCategory: 'LEGAL_ENTITY',
          creditCode: code,
          recordNumber: `CN-${nextDocument++}`,
          decisionDate: addMonths(today(), -3),
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

async function evaluation(code: string, as: Viewer = viewers.regulator) {
  const read = await env.server.execute(
    SubjectEvaluationDocument,
    { code, purpose: '贷前审查' },
    { as },
  );
  expect(read.errors).toBeUndefined();
  return read.data!.subject!.evaluation;
}

function line(result: Awaited<ReturnType<typeof evaluation>>, code: string) {
  return result!.indicators.find(indicator => indicator.code === code)!;
}

/** A model input from the default model's definition, with changes. */
function modelInput(overrides: Partial<EvaluationModelInput> = {}): EvaluationModelInput {
  return {
    version: '2027.1',
    baseScore: DEFAULT_MODEL.baseScore,
    thresholds: {
      a: DEFAULT_MODEL.thresholds.A,
      b: DEFAULT_MODEL.thresholds.B,
      c: DEFAULT_MODEL.thresholds.C,
    },
    indicators: DEFAULT_MODEL.indicators.map(({ code, pointsEach, maxPoints, basis }) => ({
      code,
      pointsEach,
      maxPoints,
      basis,
    })),
    gradeCaps: DEFAULT_MODEL.gradeCaps.map(({ indicator, atLeast, grade, basis }) => ({
      indicator,
      atLeast,
      grade,
      basis,
    })),
    supervision: (['A', 'B', 'C', 'D'] as const).map(grade => ({
      grade,
      recommendation: DEFAULT_MODEL.supervision[grade],
    })),
    basis: DEFAULT_MODEL.basis,
    ...overrides,
  };
}

describe('indicators, points and classes (table-driven, through the submissions and the worker)', () => {
  const cases: {
    name: string;
    arrange: (code: string) => Promise<unknown>;
    expected: { grade: string; score: number; lines: Record<string, [number, number]> };
  }[] = [
    {
      name: 'a licence in force: LICENCES_VALID +1',
      arrange: code => licence(code),
      expected: { grade: 'B', score: 81, lines: { LICENCES_VALID: [1, 1] } },
    },
    {
      name: 'a general penalty in publicity: PENALTY_GENERAL −10',
      arrange: code => penalty(code),
      expected: { grade: 'C', score: 70, lines: { PENALTY_GENERAL: [1, -10] } },
    },
    {
      name: 'four general penalties: bounded at −30',
      arrange: async code => {
        for (let i = 0; i < 4; i++) {
          await penalty(code);
        }
      },
      expected: { grade: 'D', score: 50, lines: { PENALTY_GENERAL: [4, -30] } },
    },
    {
      name: 'a serious penalty (吊销许可证): PENALTY_SERIOUS −25',
      arrange: code => penalty(code, { ...SERIOUS }),
      expected: { grade: 'D', score: 55, lines: { PENALTY_SERIOUS: [1, -25] } },
    },
    {
      name: 'a serious penalty caps the class at C whatever the score',
      arrange: async code => {
        await penalty(code, { ...SERIOUS });
        await listEntry(code, { listType: 'RED', reason: '纳税信用A级', basis: '守信激励' });
        for (let i = 0; i < 5; i++) {
          await licence(code);
        }
        for (let i = 0; i < 3; i++) {
          await commitment(code, '已履约');
        }
      },
      expected: {
        grade: 'C',
        score: 76,
        lines: {
          PENALTY_SERIOUS: [1, -25],
          RED_LIST: [1, 10],
          LICENCES_VALID: [5, 5],
          COMMITMENTS_KEPT: [3, 6],
        },
      },
    },
    {
      name: 'a penalty whose publicity ended within five years: PENALTY_PAST −2',
      arrange: code =>
        penalty(code, {
          decisionDate: addMonths(today(), -50),
          penaltyValidUntil: addMonths(today(), -44),
        }),
      expected: {
        grade: 'B',
        score: 78,
        lines: { PENALTY_PAST: [1, -2], PENALTY_GENERAL: [0, 0] },
      },
    },
    {
      name: 'a black-list entry: −40 and class D',
      arrange: code => listEntry(code),
      expected: { grade: 'D', score: 40, lines: { BLACK_LIST: [1, -40] } },
    },
    {
      name: 'a red-list entry: +10, class A',
      arrange: code =>
        listEntry(code, { listType: 'RED', reason: '纳税信用A级', basis: '守信激励' }),
      expected: { grade: 'A', score: 90, lines: { RED_LIST: [1, 10] } },
    },
    {
      name: 'a broken commitment: −10; one still running counts nothing',
      arrange: async code => {
        await commitment(code, '未履约');
        await commitment(code, '履约中');
      },
      expected: {
        grade: 'C',
        score: 70,
        lines: { COMMITMENTS_BROKEN: [1, -10], COMMITMENTS_KEPT: [0, 0] },
      },
    },
    {
      name: 'a penalty under an accepted objection counts only as pending',
      arrange: async code => {
        const record = await penalty(code);
        const filed = await env.server.execute(FileObjectionWithDeadlinesDocument, {
          input: {
            targetId: record.id,
            filerName: '王伟',
            filerContact: '13800000000',
            grounds: '处罚决定已被行政复议撤销',
          },
        });
        await env.server.execute(
          AcceptObjectionDocument,
          { id: filed.data!.fileObjection.id, accept: true },
          { as: viewers.admin },
        );
      },
      expected: {
        grade: 'B',
        score: 80,
        lines: { OBJECTIONS_PENDING: [1, 0], PENALTY_GENERAL: [0, 0] },
      },
    },
    {
      name: 'a revoked penalty counts nothing',
      arrange: async code => {
        const record = await penalty(code);
        const revoked = await env.server.execute(
          RevokeRecordDocument,
          { id: record.id, reason: '本单位撤回' },
          { as: viewers.provider },
        );
        expect(revoked.errors).toBeUndefined();
      },
      expected: { grade: 'B', score: 80, lines: { PENALTY_GENERAL: [0, 0] } },
    },
  ];

  it.each(cases)('$name', async ({ arrange, expected }) => {
    const code = enterpriseCode(nextCode++);
    await arrange(code);
    await pass();
    const result = await evaluation(code);
    expect(result).toMatchObject({
      subjectCode: code,
      grade: expected.grade,
      score: expected.score,
      modelVersion: DEFAULT_MODEL.version,
      supervision: DEFAULT_MODEL.supervision[expected.grade as 'A'],
    });
    for (const [indicator, [value, points]] of Object.entries(expected.lines)) {
      expect(line(result, indicator), indicator).toMatchObject({ value, points });
    }
    // Every line of the model is explained, with its basis and contributing records.
    expect(result!.indicators.map(i => i.code)).toEqual(DEFAULT_MODEL.indicators.map(i => i.code));
    for (const indicator of result!.indicators) {
      expect(indicator.basis).not.toBe('');
      expect(indicator.recordIds).toHaveLength(Math.min(indicator.value, 100));
    }
  });

  it('names the contributing records of a line', async () => {
    const code = enterpriseCode(nextCode++);
    const first = await penalty(code);
    const second = await penalty(code);
    await pass();
    expect([...line(await evaluation(code), 'PENALTY_GENERAL').recordIds].sort()).toEqual(
      [first.id, second.id].sort(),
    );
  });
});

describe('who sees what', () => {
  it('shows regulators everything, an authorised institution the class alone, the public nothing by default', async () => {
    const code = enterpriseCode(nextCode++);
    await penalty(code);
    await pass();
    expect(await evaluation(code, viewers.admin)).toMatchObject({ grade: 'C', score: 70 });
    expect(await evaluation(code, viewers.anonymous)).toBeNull();
    expect(await evaluation(code, viewers.institution)).toBeNull();

    const registered = await env.server.execute(
      RegisterAuthorizationDocument,
      {
        input: {
          subjectCode: code,
          purpose: '贷前审查',
          validFrom: today(),
          validUntil: addDays(today(), 30),
          documentReference: `AUTH-${code}`,
        },
      },
      { as: viewers.institution },
    );
    expect(registered.errors).toBeUndefined();
    expect(await evaluation(code, viewers.institution)).toEqual(
      expect.objectContaining({
        grade: 'C',
        gradeName: '关注',
        score: null,
        indicators: [],
        supervision: null,
      }),
    );
  });

  it('answers a bank’s batch with the class of each authorised subject, null for the others', async () => {
    const authorised = enterpriseCode(nextCode++);
    const other = enterpriseCode(nextCode++);
    await penalty(authorised);
    await licence(other);
    const registered = await env.server.execute(
      RegisterAuthorizationDocument,
      {
        input: {
          subjectCode: authorised,
          purpose: '贷前审查',
          validFrom: today(),
          validUntil: addDays(today(), 30),
          documentReference: `AUTH-${authorised}`,
        },
      },
      { as: viewers.institution },
    );
    expect(registered.errors).toBeUndefined();
    // Not evaluated by the worker yet: answered with what it would store.
    const batch = await env.server.execute(
      SubjectsEvaluationsDocument,
      { codes: [authorised, other], purpose: '贷前审查' },
      { as: viewers.institution },
    );
    expect(batch.errors).toBeUndefined();
    expect(batch.data!.subjects).toEqual([
      { code: authorised, evaluation: { grade: 'C', score: null } },
      { code: other, evaluation: null },
    ]);
  });

  it('shows the public the class once the office publishes a model that says so', async () => {
    const code = enterpriseCode(nextCode++);
    await licence(code);
    await pass();
    const published = await env.server.execute(
      PublishEvaluationModelDocument,
      { input: modelInput({ version: '2027.public', publicView: 'GRADE' }) },
      { as: viewers.admin },
    );
    expect(published.errors).toBeUndefined();
    expect(await evaluation(code, viewers.anonymous)).toEqual(
      expect.objectContaining({ grade: 'B', score: null, indicators: [] }),
    );
  });

  it('logs a logged role’s read of an evaluation as a read of the subject', async () => {
    const code = enterpriseCode(nextCode++);
    await licence(code);
    await evaluation(code, viewers.regulator);
    const rows = await executeRows<{ data_read: string[] }>(
      env.database.db,
      sql`select data_read from access_log where subject_code = ${code}`,
    );
    expect(rows.some(row => row.data_read.includes('CreditEvaluation'))).toBe(true);
  });

  it('keeps models and their publication to oversight and the office', async () => {
    const models = await env.server.execute(
      EvaluationModelsDocument,
      {},
      { as: viewers.anonymous },
    );
    expect(models.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const published = await env.server.execute(
      PublishEvaluationModelDocument,
      { input: modelInput({ version: '2027.9' }) },
      { as: viewers.regulator },
    );
    expect(published.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('model versions', () => {
  it('lists the shipped default in force until the office publishes another', async () => {
    const listed = await env.server.execute(
      EvaluationModelsDocument,
      {},
      { as: viewers.regulator },
    );
    expect(listed.data!.evaluationModels).toHaveLength(1);
    expect(listed.data!.evaluationModels[0]).toMatchObject({
      version: DEFAULT_MODEL.version,
      inForce: true,
      baseScore: 80,
      thresholds: { a: 90, b: 75, c: 60 },
      publicView: 'NOTHING',
    });
    for (const weight of listed.data!.evaluationModels[0]!.indicators) {
      expect(weight.basis).toMatch(/京政发〔2017〕15号/);
    }
  });

  it('refuses a bad model with the field and a stable reason, and an existing version as CONFLICT', async () => {
    const cases: [Partial<EvaluationModelInput>, string, string, string][] = [
      [{ version: DEFAULT_MODEL.version }, 'CONFLICT', 'version', 'EVALUATION_MODEL_EXISTS'],
      [{ thresholds: { a: 60, b: 75, c: 50 } }, 'BAD_USER_INPUT', 'thresholds', 'THRESHOLDS_ORDER'],
      [
        { indicators: [{ code: 'LATE_TAXES', pointsEach: -5, maxPoints: 10, basis: '—' }] },
        'BAD_USER_INPUT',
        'indicators',
        'UNKNOWN_INDICATOR',
      ],
      [
        { supervision: [{ grade: 'A', recommendation: '无事不扰' }] },
        'BAD_USER_INPUT',
        'supervision',
        'SUPERVISION_MISSING',
      ],
      [{ baseScore: 120 }, 'BAD_USER_INPUT', 'baseScore', 'OUT_OF_RANGE'],
    ];
    for (const [overrides, code, field, reason] of cases) {
      const result = await env.server.execute(
        PublishEvaluationModelDocument,
        { input: modelInput(overrides) },
        { as: viewers.admin },
      );
      expect(result.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({
        code,
        field,
        reason,
      });
      expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const listed = await env.server.execute(EvaluationModelsDocument, {}, { as: viewers.admin });
    expect(listed.data!.evaluationModels).toHaveLength(1);
  });

  it('changes classes under a new version without touching the history, and audits the publication', async () => {
    const code = enterpriseCode(nextCode++);
    await penalty(code);
    await pass();
    const before = await executeRows<{ id: number; grade: string; model_version: string }>(
      env.database.db,
      sql`select id, grade::text as grade, model_version from subject_evaluation_history where subject_code = ${code} order by id`,
    );
    expect(before).toEqual([
      expect.objectContaining({ grade: 'C', model_version: DEFAULT_MODEL.version }),
    ]);

    const lenient = modelInput({
      version: '2027.1',
      indicators: modelInput().indicators.map(weight =>
        weight.code === 'PENALTY_GENERAL' ? { ...weight, pointsEach: -2, maxPoints: 10 } : weight,
      ),
    });
    const published = await env.server.execute(
      PublishEvaluationModelDocument,
      { input: lenient },
      { as: viewers.admin },
    );
    expect(published.data!.publishEvaluationModel).toMatchObject({
      version: '2027.1',
      inForce: true,
    });
    for (let i = 0; i < 10 && (await pass()).rebuilding; i++) {
      // the recomputation goes batch by batch
    }
    expect(await evaluation(code)).toMatchObject({ grade: 'B', score: 78, modelVersion: '2027.1' });

    const after = await executeRows<{ id: number; grade: string; model_version: string }>(
      env.database.db,
      sql`select id, grade::text as grade, model_version from subject_evaluation_history where subject_code = ${code} order by id`,
    );
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ grade: 'B', model_version: '2027.1' });

    const history = await env.server.execute(
      SubjectEvaluationHistoryDocument,
      { code, first: 1 },
      { as: viewers.regulator },
    );
    expect(history.data!.subject!.evaluationHistory.totalCount).toBe(2);
    expect(history.data!.subject!.evaluationHistory.edges[0]!.node).toMatchObject({
      grade: 'B',
      modelVersion: '2027.1',
    });
    const older = await env.server.execute(
      SubjectEvaluationHistoryDocument,
      { code, first: 1, after: history.data!.subject!.evaluationHistory.pageInfo.endCursor },
      { as: viewers.regulator },
    );
    expect(older.data!.subject!.evaluationHistory.edges.map(e => e.node.modelVersion)).toEqual([
      DEFAULT_MODEL.version,
    ]);

    const audit = await executeRows<{ action: string; entity_id: string }>(
      env.database.db,
      sql`select action, entity_id from audit_events where action = 'evaluation_model.publish'`,
    );
    expect(audit).toEqual([{ action: 'evaluation_model.publish', entity_id: '2027.1' }]);
    const listed = await env.server.execute(EvaluationModelsDocument, {}, { as: viewers.admin });
    expect(listed.data!.evaluationModels.map(m => [m.version, m.inForce])).toEqual([
      [DEFAULT_MODEL.version, false],
      ['2027.1', true],
    ]);
  });
});

describe('in a regulator’s check', () => {
  it('gives the class with its explanation and supervision, as it stood when the check ran', async () => {
    const code = enterpriseCode(nextCode++);
    await penalty(code);
    await pass();
    const checked = await env.server.execute(
      CheckWithEvaluationDocument,
      { code, scenario: 'SUPERVISION', matter: '双随机抽查对象确定' },
      { as: viewers.regulator },
    );
    expect(checked.errors).toBeUndefined();
    expect(checked.data!.runCreditCheck.evaluation).toMatchObject({
      grade: 'C',
      score: 70,
      supervision: expect.stringMatching(/提高抽查比例和频次/),
    });
    expect(checked.data!.runCreditCheck.evaluation!.indicators).toContainEqual({
      code: 'PENALTY_GENERAL',
      value: 1,
      points: -10,
    });

    // Later the subject is black-listed: the check keeps the class it was run with.
    await listEntry(code);
    await pass(fixedClock(new Date(env.server.clock.now().getTime() + 60_000)));
    const read = await env.server.execute(
      CreditCheckEvaluationDocument,
      { id: checked.data!.runCreditCheck.id },
      { as: viewers.regulator },
    );
    expect(read.data!.creditCheck!.evaluation).toMatchObject({ grade: 'C', score: 70 });
    expect(await evaluation(code)).toMatchObject({ grade: 'D' });
  });
  it('applies a measure conditioned on a class only to subjects of that class', async () => {
    const saved = await env.server.execute(
      SaveMeasureDocument,
      {
        input: {
          id: 'R-CLASS-A-FAST-TRACK',
          kind: 'RECOMMENDED',
          listType: 'RED',
          scenarios: ['LICENSING_APPROVAL'],
          title: '守信（A类）主体审批绿色通道',
          content: '对评价为守信的主体优先办理',
          legalBasis: '京政发〔2017〕15号 二(二)1',
          departments: '各审批部门',
          grades: ['A'],
          active: true,
        },
      },
      { as: viewers.admin },
    );
    expect(saved.errors).toBeUndefined();
    // The measures list is not emptied between tests: the measure goes with this test.
    onTestFinished(async () => {
      await env.database.db.execute(sql`delete from measures where id = 'R-CLASS-A-FAST-TRACK'`);
    });
    const red = { listType: 'RED' as const, reason: '纳税信用A级', basis: '守信激励' };
    const classA = enterpriseCode(nextCode++);
    await listEntry(classA, red);
    const classB = enterpriseCode(nextCode++);
    await listEntry(classB, red);
    await penalty(classB, {
      decisionDate: addMonths(today(), -50),
      penaltyValidUntil: addMonths(today(), -44),
    });
    await penalty(classB, {
      decisionDate: addMonths(today(), -50),
      penaltyValidUntil: addMonths(today(), -44),
    });
    await penalty(classB, {
      decisionDate: addMonths(today(), -50),
      penaltyValidUntil: addMonths(today(), -44),
    });
    await pass();
    expect(await evaluation(classA)).toMatchObject({ grade: 'A' });
    expect(await evaluation(classB)).toMatchObject({ grade: 'B', score: 84 });
    const run = async (code: string) => {
      const result = await env.server.execute(
        RunCreditCheckRulesDocument,
        { code, scenario: 'LICENSING_APPROVAL', matter: '食品经营许可审批' },
        { as: viewers.regulator },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.runCreditCheck;
    };
    const forA = await run(classA);
    expect(forA.incentiveRule).toBe('RED_LISTED');
    expect(forA.measures.map(m => m.measure.id)).toContain('R-CLASS-A-FAST-TRACK');
    const forB = await run(classB);
    expect(forB.incentiveRule).toBe('RED_LISTED');
    expect(forB.measures.map(m => m.measure.id)).not.toContain('R-CLASS-A-FAST-TRACK');
    expect(forB.deniedMeasures.map(m => m.measure.id)).toContain('R-CLASS-A-FAST-TRACK');
  });
});

describe('incremental evaluation', () => {
  it('equals a full recomputation after random changes, passes and days', async () => {
    // A seeded generator, so that a failure can be replayed.
    let seed = 20_261_204;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const codes = Array.from({ length: 12 }, () => enterpriseCode(nextCode++));
    const penalties: string[] = [];
    const severities = [{}, SERIOUS];
    for (let step = 0; step < 40; step++) {
      const code = pick(codes);
      const action = Math.floor(random() * 6);
      if (action === 0) {
        // Publicity that ends within the days swept below, or already ended.
        const monthsAgo = pick([1, 11, 35, 40, 59]);
        const record = await penalty(code, {
          ...pick(severities),
          decisionDate: addDays(addMonths(today(), -monthsAgo), -Math.floor(random() * 20)),
          penaltyValidUntil: addMonths(today(), 1),
        });
        penalties.push(record.id);
      } else if (action === 1) {
        await licence(code);
      } else if (action === 2) {
        await listEntry(code, {
          listType: pick(['RED', 'BLACK'] as const),
          validUntil: addDays(today(), Math.floor(random() * 10)),
        });
      } else if (action === 3) {
        await commitment(code, pick(['已履约', '未履约', '履约中'] as const));
      } else if (action === 4 && penalties.length > 0) {
        const id = penalties.splice(Math.floor(random() * penalties.length), 1)[0]!;
        await env.server.execute(
          RevokeRecordDocument,
          { id, reason: '本单位撤回' },
          { as: viewers.provider },
        );
      } else {
        await pass();
      }
    }
    const compare = async (clock: ReturnType<typeof fixedClock>) => {
      await pass(clock);
      const model = DEFAULT_MODEL;
      const stored = (await storedEvaluations(env.database.db)).map(
        ({ computedAt: _, ...rest }) => rest,
      );
      const full = (
        await computeFor(env.database.db, 'ALL', model, clock.today(), clock.now())
      ).map(({ computedAt: _, ...rest }) => rest);
      expect(stored).toEqual(full);
      // The SQL's score and class are the rules file's (gradeOf) for the same counts.
      for (const evaluation of stored) {
        const values = Object.fromEntries(
          evaluation.indicators.map(i => [i.code, Number(i.value)]),
        );
        expect(gradeOf(model, values as never), evaluation.subjectCode).toEqual({
          score: evaluation.score,
          grade: evaluation.grade,
        });
      }
      return stored;
    };
    const now = env.server.clock.now().getTime();
    const first = await compare(fixedClock(new Date(now)));
    expect(new Set(first.map(e => e.grade)).size).toBeGreaterThan(1);
    // Days pass: publicity ends, list entries expire, five-year windows close.
    for (const days of [3, 11, 45, 400]) {
      await compare(fixedClock(new Date(now + days * 86_400_000)));
    }
  });
});

describe('bulk recomputation', () => {
  it('recomputes every subject batch by batch, reporting its progress, and writes only what changed', async () => {
    const codes = Array.from({ length: 7 }, () => enterpriseCode(nextCode++));
    for (const code of codes) {
      await licence(code);
    }
    const seen: [number, number][] = [];
    const done = await recomputeAll(
      env.database.db,
      env.server.clock,
      (d, t) => seen.push([d, t]),
      3,
    );
    expect(done).toBe(7);
    expect(seen[0]).toEqual([0, 7]);
    expect(seen.at(-1)).toEqual([7, 7]);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    const history = await executeRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from subject_evaluation_history`,
    );
    expect(history[0]!.n).toBe(7);
    // Again: nothing changed, nothing is written.
    await recomputeAll(env.database.db, env.server.clock, () => undefined, 3);
    const again = await executeRows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from subject_evaluation_history`,
    );
    expect(again[0]!.n).toBe(7);
  });
});

describe('the office’s statistics', () => {
  it('counts the classes by district and by sector', async () => {
    const codes = [enterpriseCode(nextCode++), enterpriseCode(nextCode++)];
    await penalty(codes[0]!);
    await licence(codes[1]!);
    await pass();
    const byDistrict = await env.server.execute(
      EvaluationDistributionDocument,
      { by: 'DISTRICT' },
      { as: viewers.admin },
    );
    expect(byDistrict.errors).toBeUndefined();
    const groups = byDistrict.data!.evaluationDistribution;
    expect(groups.reduce((sum, g) => sum + g.total, 0)).toBe(2);
    for (const group of groups) {
      expect(group.name).toMatch(/北京市/);
      expect(group.grades.reduce((sum, g) => sum + g.subjects, 0)).toBe(group.total);
    }
    const bySector = await env.server.execute(
      EvaluationDistributionDocument,
      { by: 'SECTOR' },
      { as: viewers.admin },
    );
    expect(bySector.data!.evaluationDistribution).toEqual([
      expect.objectContaining({
        key: '91',
        total: 2,
        grades: [
          { grade: 'B', subjects: 1 },
          { grade: 'C', subjects: 1 },
        ],
      }),
    ]);
  });
});
