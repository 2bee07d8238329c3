import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import type { Context } from '../../../context.types.js';
import { Subject } from '../../subjects/index.js';
import { rejectionsIn } from '../submission/submission.js';
import { catalogRecordGlobalId, submitCatalogRecords } from './catalog-record.service.js';
import type { CatalogRecordRow } from './catalog-record.table.js';
import {
  CatalogFieldValue,
  CatalogRecord,
  CatalogRecordInput,
  SubmitCatalogRecordsPayload,
} from './catalog-record.type.js';

export function catalogRecordNode(row: CatalogRecordRow): CatalogRecord {
  return { ...row, id: catalogRecordGlobalId(row.id), rowId: row.id };
}

@Resolver(() => CatalogRecord)
export class CatalogRecordResolver {
  @Mutation(() => SubmitCatalogRecordsPayload, {
    description:
      'Submits records of a catalog item stored by its field list, e.g. CREDIT_COMMITMENT (PROVIDER for its own source unit, ADMIN). At most 1000 rows.',
  })
  async submitCatalogRecords(
    @Arg('itemCode', () => String, { description: 'The catalog item, e.g. CREDIT_COMMITMENT.' })
    itemCode: string,
    @Arg('records', () => [CatalogRecordInput], { description: 'The records.' })
    records: CatalogRecordInput[],
    @Ctx() ctx: Context,
  ): Promise<SubmitCatalogRecordsPayload> {
    const result = await submitCatalogRecords(ctx.db, ctx.viewer, ctx.clock, itemCode, records);
    return {
      ...result,
      rejected: rejectionsIn(result.rejected, ctx.language),
      records: result.rows.map(catalogRecordNode),
    };
  }

  @FieldResolver(() => [CatalogFieldValue], {
    description:
      'The record’s fields in the order of its item’s field list; values hidden from the caller’s role are null.',
  })
  async fields(@Root() record: CatalogRecord, @Ctx() ctx: Context): Promise<CatalogFieldValue[]> {
    const item = await ctx.loaders.catalogItemByCode.load(record.catalogItemCode);
    return (item?.fields ?? []).map(definition => ({
      name: definition.name,
      label: definition.label,
      value: (definition.hiddenFrom ?? []).includes(ctx.viewer.role)
        ? null
        : (record.data[definition.name] ?? null),
    }));
  }

  @FieldResolver(() => Subject, { nullable: true, description: 'The subject the record is about.' })
  async subject(@Root() record: CatalogRecord, @Ctx() ctx: Context): Promise<Subject | null> {
    return record.subjectCode === null ? null : ctx.loaders.subjectByCode.load(record.subjectCode);
  }
}
