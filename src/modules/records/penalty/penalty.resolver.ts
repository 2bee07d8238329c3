import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import type { Context } from '../../../context.types.js';
import { CATALOG_CODES } from '../../catalog/index.js';
import { derivePublicity } from '../shared/disclosure-policy.js';
import { RecordKind } from '../shared/record.enums.js';
import { penaltyNode } from '../shared/record.node.js';
import { SubmitRecordsPayload } from '../shared/record.payload.js';
import { type RecordKindSpec, typedRecordKind } from '../shared/record.submission.js';
import { rejectionsIn, submitBatch } from '../submission/submission.js';
import { PenaltySeverity, SeveritySource } from './penalty.enums.js';
import { PenaltyRecordInput } from './penalty.inputs.js';
import { overridePenaltySeverity } from './penalty-severity.service.js';
import { PenaltyRecord } from './penalty.type.js';
import { type PenaltyRow, penaltyRecords } from './penalty.table.js';
import { type PenaltyFields, checkPenaltyRow, PENALTY_COLUMNS } from './penalty.validation.js';

const penaltySpec: RecordKindSpec<PenaltyRecordInput, PenaltyFields> = {
  kind: RecordKind.PENALTY,
  table: penaltyRecords,
  catalogItemCode: CATALOG_CODES.penalty,
  check: checkPenaltyRow,
  columns: PENALTY_COLUMNS,
  derive: derivePublicity,
  // The credit office's class outlives the department's corrections.
  kept: previous =>
    'severitySource' in previous && previous.severitySource === SeveritySource.OVERRIDDEN
      ? {
          severity: previous.severity,
          severitySource: previous.severitySource,
          severityBasis: previous.severityBasis,
        }
      : {},
};

@Resolver()
export class PenaltyResolver {
  @Mutation(() => SubmitRecordsPayload, {
    description:
      'Submits 行政处罚 decisions (PROVIDER for its own source unit, ADMIN). Valid rows are stored, invalid ones returned in `rejected`; at most 5000 rows per call.',
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
    return {
      ...result,
      rejected: rejectionsIn(result.rejected, ctx.language),
      records: result.rows.map(penaltyNode),
    };
  }

  @Mutation(() => PenaltyRecord, {
    description:
      'Sets the publicity class of a penalty (ADMIN), with a reason: its publicity period follows, the replaced version is kept, and the change is audited. `severitySource` becomes OVERRIDDEN; a later correction by the department keeps it.',
  })
  async overridePenaltySeverity(
    @Arg('id', () => ID, { description: 'Global ID of the penalty record.' }) id: string,
    @Arg('severity', () => PenaltySeverity, { description: 'The class it is to have.' })
    severity: PenaltySeverity,
    @Arg('reason', () => String, { description: 'Why (4–500 characters); stored as its basis.' })
    reason: string,
    @Ctx() ctx: Context,
  ): Promise<PenaltyRecord> {
    return penaltyNode(
      await overridePenaltySeverity(ctx.primary, ctx.viewer, ctx.clock, id, severity, reason),
    );
  }
}
