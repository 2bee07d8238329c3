import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../../../context.types.js';
import { CATALOG_CODES } from '../../catalog/index.js';
import { derivePublicity } from '../shared/disclosure-policy.js';
import { RecordKind } from '../shared/record.enums.js';
import { penaltyNode } from '../shared/record.node.js';
import { SubmitRecordsPayload } from '../shared/record.payload.js';
import { type RecordKindSpec, typedRecordKind } from '../shared/record.submission.js';
import { submitBatch } from '../submission/submission.js';
import { PenaltyRecordInput } from './penalty.inputs.js';
import { type PenaltyRow, penaltyRecords } from './penalty.table.js';
import { type PenaltyFields, checkPenaltyRow } from './penalty.validation.js';

const penaltySpec: RecordKindSpec<PenaltyRecordInput, PenaltyFields> = {
  kind: RecordKind.PENALTY,
  table: penaltyRecords,
  catalogItemCode: CATALOG_CODES.penalty,
  check: checkPenaltyRow,
  derive: derivePublicity,
};

@Resolver()
export class PenaltyResolver {
  @Mutation(() => SubmitRecordsPayload, {
    description:
      'Submits 行政处罚 decisions (PROVIDER for its own source unit, ADMIN). Valid rows are stored, invalid ones returned in `rejected`; at most 1000 rows per call.',
  })
  async submitPenaltyRecords(
    @Arg('records', () => [PenaltyRecordInput], {
      description: 'The decisions, in the national layout.',
    })
    records: PenaltyRecordInput[],
    @Ctx() ctx: Context,
  ): Promise<SubmitRecordsPayload> {
    const result = await submitBatch(
      ctx.db,
      ctx.viewer,
      ctx.clock,
      typedRecordKind<PenaltyRecordInput, PenaltyFields, PenaltyRow>(
        penaltySpec,
        ctx.recordsStored,
      ),
      records,
    );
    return { ...result, records: result.rows.map(penaltyNode) };
  }
}
