import { afterEach, describe, expect, it } from 'vitest';

import { seedCatalog } from '../../../seeds/catalog.seed.js';
import type { Viewer } from '../../../src/auth/viewer.js';
import {
  CatalogItemsDocument,
  type CatalogItemInput,
  SaveCatalogItemDocument,
  SetCatalogItemProvidersDocument,
  SubjectProfileDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import { SUBJECT_CODE, buildPenaltyInput } from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import { errorCodes } from '../../support/server.js';
import { AMR, ECO, viewers } from '../../support/viewers.js';

const env = useIntegration();

afterEach(async () => {
  await env.database.query('DELETE FROM catalog_item_versions');
  await env.database.query('DELETE FROM catalog_items');
  await seedCatalog(env.database.db, env.server.clock.now());
});

const penaltyItem: CatalogItemInput = {
  code: 'ADMIN_PENALTY',
  name: '行政处罚信息',
  category: 'PENALTY',
  description: 'Administrative penalty decisions (双公示), in the national field layout.',
  usageScope: 'PUBLIC',
  requiresReview: false,
  publicityRule: 'as before',
  legalBasis: '国办发〔2015〕51号',
  updateFrequency: 'within 7 working days of each decision',
};

describe('the catalog drives collection', () => {
  it('lists every item with its version and providers to anyone', async () => {
    const result = await env.server.execute(CatalogItemsDocument);
    const penalty = result.data!.catalog.find(item => item.code === 'ADMIN_PENALTY')!;
    expect(penalty.version).toBe(1);
    expect(penalty.providers.map(p => p.organizationCode)).toContain(AMR.code);
    expect(result.data!.catalog.map(item => item.code)).toEqual(
      expect.arrayContaining([
        'REGISTRATION_BASICS',
        'ADMIN_LICENSING',
        'ADMIN_PENALTY',
        'RED_LIST',
        'BLACK_LIST',
        'CREDIT_COMMITMENT',
        'ABNORMAL_OPERATION',
      ]),
    );
  });

  it('refuses rows from a department that is not a provider of the item, and records keep the item version', async () => {
    const before = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.provider },
    );
    expect(before.data!.submitPenaltyRecords.accepted).toBe(1);

    const changed = await env.server.execute(
      SetCatalogItemProvidersDocument,
      {
        code: 'ADMIN_PENALTY',
        providers: [{ organizationCode: ECO.code, organizationName: ECO.name }],
      },
      { as: viewers.admin },
    );
    expect(changed.data!.setCatalogItemProviders).toMatchObject({
      version: 2,
      providers: [{ organizationCode: ECO.code }],
    });

    const refused = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput()] },
      { as: viewers.provider },
    );
    expect(refused.data!.submitPenaltyRecords.rejected).toEqual([
      expect.objectContaining({
        index: 0,
        field: 'sourceUnitCode',
        code: 'NOT_A_PROVIDER_OF_ITEM',
      }),
    ]);
    const accepted = await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput({ sourceUnit: ECO.name, sourceUnitCode: ECO.code })] },
      { as: viewers.otherProvider },
    );
    expect(accepted.data!.submitPenaltyRecords.accepted).toBe(1);
    const versions = await env.database.query<{
      source_unit_code: string;
      catalog_item_version: number;
    }>('select source_unit_code, catalog_item_version from penalty_records order by id');
    expect(versions).toEqual([
      { source_unit_code: AMR.code, catalog_item_version: 1 },
      { source_unit_code: ECO.code, catalog_item_version: 2 },
    ]);
    const kept = await env.database.query<{ version: number }>(
      "select version from catalog_item_versions where item_code = 'ADMIN_PENALTY'",
    );
    expect(kept).toEqual([{ version: 1 }]);
  });

  it('hides an item’s records from the public at once when its scope narrows to GOVERNMENT, and audits the change', async () => {
    await env.server.execute(
      SubmitPenaltyDocument,
      { records: [buildPenaltyInput(), buildPenaltyInput()] },
      { as: viewers.provider },
    );
    const count = async (as: Viewer = viewers.anonymous) =>
      (
        await env.server.execute(
          SubjectProfileDocument,
          { code: SUBJECT_CODE, purpose: 'x' },
          { as },
        )
      ).data!.subject!.penaltyRecords.totalCount;
    expect(await count()).toBe(2);

    const saved = await env.server.execute(
      SaveCatalogItemDocument,
      { input: { ...penaltyItem, usageScope: 'GOVERNMENT' } },
      { as: viewers.admin },
    );
    expect(saved.data!.saveCatalogItem).toEqual({
      code: 'ADMIN_PENALTY',
      version: 2,
      usageScope: 'GOVERNMENT',
    });
    expect(await count()).toBe(0);
    expect(await count(viewers.institution)).toBe(0);
    expect(await count(viewers.regulator)).toBe(2);

    const audit = await env.database.query<{
      action: string;
      entity_id: string;
      details: { changes: { usageScope: unknown } };
    }>("select action, entity_id, details from audit_events where action like 'catalog.%'");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'catalog.item.change', entity_id: 'ADMIN_PENALTY' });
    expect(audit[0]!.details.changes.usageScope).toEqual({ from: 'PUBLIC', to: 'GOVERNMENT' });

    const again = await env.server.execute(
      SaveCatalogItemDocument,
      { input: { ...penaltyItem, usageScope: 'GOVERNMENT' } },
      { as: viewers.admin },
    );
    expect(again.data!.saveCatalogItem.version).toBe(2);
  });

  it('lets only the credit office change the catalog, and checks the input', async () => {
    for (const viewer of [viewers.provider, viewers.regulator, viewers.anonymous]) {
      expect(
        errorCodes(
          await env.server.execute(SaveCatalogItemDocument, { input: penaltyItem }, { as: viewer }),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    const badCategory = await env.server.execute(
      SaveCatalogItemDocument,
      { input: { ...penaltyItem, category: 'GOSSIP' } },
      { as: viewers.admin },
    );
    expect(badCategory.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'category',
    });
    const unknown = await env.server.execute(
      SetCatalogItemProvidersDocument,
      { code: 'NO_SUCH_ITEM', providers: [] },
      { as: viewers.admin },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'code' });
    const created = await env.server.execute(
      SaveCatalogItemDocument,
      {
        input: {
          ...penaltyItem,
          code: 'qualification_grade',
          category: 'QUALIFICATION',
          name: '资质等级信息',
        },
      },
      { as: viewers.admin },
    );
    expect(created.data!.saveCatalogItem).toEqual({
      code: 'QUALIFICATION_GRADE',
      version: 1,
      usageScope: 'PUBLIC',
    });
  });
});
