import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { ConnectionType } from '../../../shared/pagination.js';
import { CreditCodeScalar, DateScalar, DateTimeScalar } from '../../../shared/scalars.js';
import { SubjectCategory } from '../../subjects/index.js';
import { RecordRejection } from '../shared/record.payload.js';
import { UsageScope } from '../../catalog/index.js';

@ObjectType({ description: 'One field of a catalog record, as its catalog item defines it.' })
export class CatalogFieldValue {
  @Field(() => String, { description: 'Field name, as in the item’s field list.' })
  name!: string;

  @Field(() => String, { description: 'Chinese label of the field.' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value; null when absent or hidden from the caller’s role.',
  })
  value!: string | null;
}

@ObjectType({
  description: 'A record of a catalog item stored by its field list (credit commitments, …).',
})
export class CatalogRecord {
  @Field(() => ID, { description: 'Identifier, e.g. `catalog:7`.' })
  id!: string;

  @Field(() => String, { description: 'The catalog item the record belongs to.' })
  catalogItemCode!: string;

  @Field(() => Int, { description: 'The item’s version when the record was collected.' })
  catalogItemVersion!: number;

  @Field(() => String, { description: 'Name of the subject of the record.' })
  counterpartName!: string;

  @Field(() => SubjectCategory, { description: 'Category of the subject.' })
  counterpartCategory!: SubjectCategory;

  @Field(() => String, {
    nullable: true,
    description: 'Credit code of the subject; null for a natural person.',
  })
  creditCode!: string | null;

  @Field(() => String, { description: 'The record’s number at its source unit.' })
  recordNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the record (a commitment’s date, …).' })
  decisionDate!: string;

  @Field(() => String, { description: '数据来源单位.' })
  sourceUnit!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the source unit.' })
  sourceUnitCode!: string;

  @Field(() => UsageScope, { description: 'Who may see the record.' })
  usageScope!: UsageScope;

  @Field(() => Int, { description: 'Version of the record: 1, plus one per correction.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the platform received it.' })
  receivedAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it became public; null while it is not.',
  })
  publishedAt!: Date | null;

  /** Stored values and keys, for resolvers. */
  data!: Record<string, string>;
  subjectCode!: string | null;
  rowId!: number;
}

@InputType({ description: 'A field value of a catalog record.' })
export class CatalogFieldValueInput {
  @Field(() => String, { description: 'Field name, as in the item’s field list.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value; dates are YYYY-MM-DD, decimals plain digits.',
  })
  value?: string | null;
}

@InputType({ description: 'One record of a generically stored catalog item. Checked per row.' })
export class CatalogRecordInput {
  @Field(() => String, { nullable: true, description: 'Name of the subject (required).' })
  counterpartName?: string | null;

  @Field(() => SubjectCategory, {
    nullable: true,
    description: 'Category of the subject (required).',
  })
  counterpartCategory?: SubjectCategory | null;

  @Field(() => String, {
    nullable: true,
    description: 'Credit code of the subject (required unless a natural person).',
  })
  creditCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The record’s number at its source unit (required); identifies the record.',
  })
  recordNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Date of the record, YYYY-MM-DD (required, not in the future).',
  })
  decisionDate?: string | null;

  @Field(() => String, { nullable: true, description: '数据来源单位 (required).' })
  sourceUnit?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Credit code of the source unit (required; a provider of the item).',
  })
  sourceUnitCode?: string | null;

  @Field(() => UsageScope, { nullable: true, description: 'Who may see it; PUBLIC when omitted.' })
  usageScope?: UsageScope | null;

  @Field(() => [CatalogFieldValueInput], {
    nullable: true,
    description: 'The item’s fields; a field the item does not define is rejected.',
  })
  fields?: CatalogFieldValueInput[] | null;
}

@ObjectType({ description: 'The outcome of a catalog-record submission.' })
export class SubmitCatalogRecordsPayload {
  @Field(() => Int, { description: 'Rows stored: new records plus corrections.' })
  accepted!: number;

  @Field(() => Int, { description: 'Rows identical to a stored record.' })
  duplicates!: number;

  @Field(() => Int, { description: 'Of the accepted rows, corrections of existing records.' })
  corrections!: number;

  @Field(() => [RecordRejection], { description: 'Rows not stored, with index, field and code.' })
  rejected!: RecordRejection[];

  @Field(() => [CatalogRecord], { description: 'The records stored, in input order.' })
  records!: CatalogRecord[];
}

export const CatalogRecordConnection = ConnectionType(
  CatalogRecord,
  'CatalogRecord',
  'A page of catalog records, newest first.',
);
