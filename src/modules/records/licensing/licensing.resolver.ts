import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../../../context.types.js';
import { CATALOG_CODES } from '../../catalog/index.js';
import { RecordKind } from '../shared/record.enums.js';
import { licensingNode } from '../shared/record.node.js';
import { SubmitRecordsPayload } from '../shared/record.payload.js';
import { type RecordKindSpec, typedRecordKind } from '../shared/record.submission.js';
import { rejectionsIn, submitBatch } from '../submission/submission.js';
import { LicensingRecordInput } from './licensing.inputs.js';
import { type LicensingRow, licensingRecords } from './licensing.table.js';
import {
  type LicensingFields,
  checkLicensingRow,
  LICENSING_COLUMNS,
} from './licensing.validation.js';

const licensingSpec: RecordKindSpec<LicensingRecordInput, LicensingFields> = {
  kind: RecordKind.LICENSING,
  table: licensingRecords,
  catalogItemCode: CATALOG_CODES.licensing,
  check: checkLicensingRow,
  columns: LICENSING_COLUMNS,
};

@Resolver()
export class LicensingResolver {
  @Mutation(() => SubmitRecordsPayload, {
    description:
      'Submits 行政许可 decisions (PROVIDER for its own source unit, ADMIN). Valid rows are stored, invalid ones returned in `rejected`; at most 5000 rows per call.',
  })
  async submitLicensingRecords(
    @Arg('records', () => [LicensingRecordInput], {
      description: 'The decisions, in the national layout.',
    })
    records: LicensingRecordInput[],
    @Ctx() ctx: Context,
  ): Promise<SubmitRecordsPayload> {
    const result = await submitBatch(
      ctx.db,
      ctx.viewer,
      ctx.clock,
      typedRecordKind<LicensingRecordInput, LicensingFields, LicensingRow>(
        licensingSpec,
        ctx.recordsStored,
      ),
      records,
    );
    return {
      ...result,
      rejected: rejectionsIn(result.rejected, ctx.language),
      records: result.rows.map(licensingNode),
    };
  }
}
