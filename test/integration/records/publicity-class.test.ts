import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';

import { seedCatalog } from '../../../seeds/catalog.seed.js';

import type { Viewer } from '../../../src/auth/viewer.js';
import { executeRows } from '../../../src/db/execute.js';
import { addWorkingDays, loadWorkingCalendar } from '../../../src/modules/calendar/index.js';
import { CATALOG_CODES } from '../../../src/modules/catalog/index.js';
import { SubmitPenaltyDocument } from '../../__generated__/graphql.js';
import { buildPenaltyInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { errorCodes } from '../../support/server.js';
import { AMR, ECO, viewers } from '../../support/viewers.js';

const env = useIntegration();

// The catalog outlives each test; the one that changes providers puts it back.
afterEach(async () => {
  await env.database.query('DELETE FROM catalog_item_versions');
  await env.database.query('DELETE FROM catalog_items');
  await seedCatalog(env.database.db, env.server.clock.now());
});

const PENALTY = `query($id: ID!) { creditRecord(id: $id, purpose: "行政许可审查") {
  id version disclosure { status deadline }
  ... on PenaltyRecord { severity severitySource severityBasis publicity { regime maximumEndDate } } } }`;

const OVERRIDE = `mutation($id: ID!, $severity: PenaltySeverity!, $reason: String!) {
  overridePenaltySeverity(id: $id, severity: $severity, reason: $reason) {
    id version severity severitySource severityBasis publishedAt publicity { maximumEndDate } } }`;

const PROVIDERS = `mutation($providers: [CatalogProviderInput!]!) {
  setCatalogItemProviders(code: "${CATALOG_CODES.penalty}", providers: $providers) {
    providers { organizationCode disclosureWorkingDays } } }`;

interface PenaltyAnswer {
  creditRecord: {
    id: string;
    version: number;
    disclosure: { status: string; deadline: string };
    severity: string;
    severitySource: string;
    severityBasis: string;
    publicity: { regime: string; maximumEndDate: string };
  } | null;
}

async function submit(...inputs: ReturnType<typeof buildPenaltyInput>[]): Promise<string[]> {
  const result = await env.server.execute(
    SubmitPenaltyDocument,
    { records: inputs },
    { as: viewers.admin },
  );
  expect(result.data!.submitPenaltyRecords.rejected).toEqual([]);
  return result.data!.submitPenaltyRecords.records.map(record => record.id);
}

function read(id: string, as: Viewer = viewers.regulator) {
  return env.server.execute<PenaltyAnswer, { id: string }>(PENALTY, { id }, { as });
}

describe('publicity classes', () => {
  it('derives the class from the national fields, and lets a marking win', async () => {
    const [warning, revoked, marked] = await submit(
      buildPenaltyInput({ penaltyTypes: ['WARNING'], fineAmount: null, content: '警告' }),
      buildPenaltyInput({
        penaltyTypes: ['REVOKE_LICENCE'],
        fineAmount: null,
        suspendedLicence: '食品经营许可证（JY11101080001）',
        content: '吊销食品经营许可证',
      }),
      buildPenaltyInput({ penaltyTypes: ['WARNING'], fineAmount: null, severity: 'GENERAL' }),
    );
    const minor = (await read(warning!)).data!.creditRecord!;
    expect(minor).toMatchObject({ severity: 'MINOR', severitySource: 'DERIVED' });
    expect(minor.severityBasis).toMatch(/仅处以警告、通报批评.*第九条第（一）项/);
    // Under 第36号令 a minor penalty is never published.
    expect(minor.disclosure.status).toBe('NOT_REQUIRED');
    expect((await read(warning!, viewers.anonymous)).data!.creditRecord).toBeNull();

    expect((await read(revoked!)).data!.creditRecord).toMatchObject({
      severity: 'SERIOUS',
      severitySource: 'DERIVED',
      severityBasis: expect.stringMatching(/吊销许可证件/),
    });
    expect((await read(marked!)).data!.creditRecord).toMatchObject({
      severity: 'GENERAL',
      severitySource: 'MARKED',
    });
  });

  it('lets the credit office override a class with a reason: publicity follows, audited, kept through corrections', async () => {
    const input = buildPenaltyInput({
      penaltyTypes: ['WARNING'],
      fineAmount: null,
      content: '警告',
    });
    const [id] = await submit(input);

    const refused = await env.server.execute(
      OVERRIDE,
      { id, severity: 'GENERAL', reason: '情节较重，按一般公示' },
      { as: viewers.provider },
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const short = await env.server.execute(
      OVERRIDE,
      { id, severity: 'GENERAL', reason: '无' },
      { as: viewers.admin },
    );
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });

    const done = await env.server.execute<
      {
        overridePenaltySeverity: {
          version: number;
          severitySource: string;
          severityBasis: string;
          publishedAt: string | null;
        };
      },
      Record<string, unknown>
    >(OVERRIDE, { id, severity: 'GENERAL', reason: '情节较重，按一般公示' }, { as: viewers.admin });
    expect(done.errors).toBeUndefined();
    expect(done.data!.overridePenaltySeverity).toMatchObject({
      version: 2,
      severitySource: 'OVERRIDDEN',
      severityBasis: '信用办改定：情节较重，按一般公示',
    });
    // Now general: due for disclosure, and published as a correction would publish it.
    expect(done.data!.overridePenaltySeverity.publishedAt).not.toBeNull();
    const shown = (await read(id!, viewers.anonymous)).data!.creditRecord!;
    expect(shown).toMatchObject({ severity: 'GENERAL', severitySource: 'OVERRIDDEN' });
    expect(shown.publicity.maximumEndDate > input.decisionDate!).toBe(true);

    const audit = await executeRows<{ action: string; details: { reason: string } }>(
      env.database.db,
      sql`select action, details from audit_events where entity_id = ${id} and action = 'penalty.severity.override'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details.reason).toBe('情节较重，按一般公示');

    // The department corrects the record: the office's class stays.
    await submit({ ...input, remarks: '更正备注' });
    expect((await read(id!)).data!.creditRecord).toMatchObject({
      version: 3,
      severity: 'GENERAL',
      severitySource: 'OVERRIDDEN',
    });
  });

  it('counts each provider’s configured disclosure working days for the deadline', async () => {
    const set = await env.server.execute<
      {
        setCatalogItemProviders: {
          providers: { organizationCode: string; disclosureWorkingDays: number }[];
        };
      },
      Record<string, unknown>
    >(
      PROVIDERS,
      {
        providers: [
          { organizationCode: AMR.code, organizationName: AMR.name, disclosureWorkingDays: 20 },
          { organizationCode: ECO.code, organizationName: ECO.name },
        ],
      },
      { as: viewers.admin },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setCatalogItemProviders.providers).toEqual(
      expect.arrayContaining([
        { organizationCode: AMR.code, disclosureWorkingDays: 20 },
        { organizationCode: ECO.code, disclosureWorkingDays: 7 },
      ]),
    );
    const input = buildPenaltyInput();
    const [id] = await submit(input);
    const calendar = await loadWorkingCalendar(env.database.db);
    expect((await read(id!)).data!.creditRecord!.disclosure.deadline).toBe(
      addWorkingDays(calendar, input.decisionDate!, 20).date,
    );

    const bad = await env.server.execute(
      PROVIDERS,
      {
        providers: [
          { organizationCode: AMR.code, organizationName: AMR.name, disclosureWorkingDays: 0 },
        ],
      },
      { as: viewers.admin },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'providers',
      reason: 'OUT_OF_RANGE',
    });
  });
});
