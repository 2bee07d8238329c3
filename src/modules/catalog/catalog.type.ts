import { Field, InputType, Int, ObjectType } from 'type-graphql';

import { CreditCodeScalar } from '../../shared/scalars.js';
import type { CatalogFieldDefinition } from './catalog.table.js';
import { CatalogField } from './catalog-field.type.js';
import { ProviderCategory, UsageScope } from './catalog.enums.js';

@ObjectType({
  description: 'A department or platform allowed to provide a catalog item (数据来源单位).',
})
export class CatalogProvider {
  @Field(() => CreditCodeScalar, { description: 'Credit code of the department or platform.' })
  organizationCode!: string;

  @Field(() => String, { description: 'Name of the department or platform.' })
  organizationName!: string;

  @Field(() => ProviderCategory, {
    description: 'Whether the provider is a government department or a platform (平台企业).',
  })
  category!: ProviderCategory;

  @Field(() => Int, {
    description:
      'Working days after a decision by which the department must make it public (the disclosure deadline of its records of this item); 7 unless configured.',
  })
  disclosureWorkingDays!: number;
}

@ObjectType({
  description:
    '公共信用信息目录 item: a kind of public credit information the platform collects and publishes.',
})
export class CatalogItem {
  @Field(() => String, { description: 'Stable code of the item, e.g. `ADMIN_PENALTY`.' })
  code!: string;

  @Field(() => Int, {
    description:
      'Version of the item: 1, plus one per change. Records keep the version they were collected under.',
  })
  version!: number;

  @Field(() => String, { description: 'Name of the item, e.g. 行政处罚信息.' })
  name!: string;

  @Field(() => String, {
    description:
      'Category: REGISTRATION, LICENSING, PENALTY, RED_LIST, BLACK_LIST, COMMITMENT, QUALIFICATION, EVALUATION, JUDICIAL or OTHER.',
  })
  category!: string;

  @Field(() => String, { description: 'What the item holds.' })
  description!: string;

  @Field(() => UsageScope, {
    description:
      'Who may see the item’s records; the stricter of this and a record’s own scope applies.',
  })
  usageScope!: UsageScope;

  @Field(() => Boolean, {
    description: 'True when records wait for the credit office to publish them.',
  })
  requiresReview!: boolean;

  @Field(() => String, { description: 'How long records stay public.' })
  publicityRule!: string;

  @Field(() => String, { description: 'The legal basis for collecting and publishing the item.' })
  legalBasis!: string;

  @Field(() => String, { description: 'How often data providers update it.' })
  updateFrequency!: string;

  @Field(() => [CatalogField], {
    description:
      'The fields its records carry, for items stored by field list; empty for licensing and penalty.',
  })
  fields!: CatalogFieldDefinition[];
}

@InputType({ description: 'A catalog item to add or change (ADMIN).' })
export class CatalogItemInput {
  @Field(() => String, { description: 'Stable code: 2–64 characters of A–Z, 0–9 and _.' })
  code!: string;

  @Field(() => String, { description: 'Name of the item.' })
  name!: string;

  @Field(() => String, { description: 'One of the categories listed on CatalogItem.category.' })
  category!: string;

  @Field(() => String, { description: 'What the item holds.' })
  description!: string;

  @Field(() => UsageScope, { description: 'Who may see its records.' })
  usageScope!: UsageScope;

  @Field(() => Boolean, {
    description: 'Whether records wait for the credit office to publish them.',
  })
  requiresReview!: boolean;

  @Field(() => String, { description: 'How long records stay public.' })
  publicityRule!: string;

  @Field(() => String, { description: 'The legal basis.' })
  legalBasis!: string;

  @Field(() => String, { description: 'How often providers update it.' })
  updateFrequency!: string;

  @Field(() => [CatalogFieldInput], {
    nullable: true,
    description:
      'For items stored by field list: the fields of their records. Omitted keeps the current list.',
  })
  fields?: CatalogFieldInput[] | null;
}

@InputType({ description: 'A field the records of an item stored by field list carry.' })
export class CatalogFieldInput {
  @Field(() => String, {
    description:
      'Field name used in CatalogRecordInput.fields (letters and digits, starting with a letter).',
  })
  name!: string;

  @Field(() => String, { description: 'Chinese label.' })
  label!: string;

  @Field(() => String, { description: 'TEXT, DATE, ENUM or DECIMAL.' })
  type!: string;

  @Field(() => Boolean, { description: 'Whether every record must give it.' })
  required!: boolean;

  @Field(() => Int, { nullable: true, description: 'Longest TEXT value.' })
  maxLength?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Allowed ENUM values (required for ENUM).',
  })
  values?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Roles that see the value as null (e.g. PUBLIC, INSTITUTION).',
  })
  hiddenFrom?: string[] | null;
}

@InputType({ description: 'A department or platform allowed to provide a catalog item.' })
export class CatalogProviderInput {
  @Field(() => CreditCodeScalar, { description: 'Credit code of the department or platform.' })
  organizationCode!: string;

  @Field(() => String, { description: 'Name of the department or platform (1–200 characters).' })
  organizationName!: string;

  @Field(() => ProviderCategory, {
    nullable: true,
    description: 'DEPARTMENT (when omitted) or PLATFORM.',
  })
  category?: ProviderCategory | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Working days after a decision by which the department must make it public, 1 to 60; 7 when omitted. Applies to records received from then on.',
  })
  disclosureWorkingDays?: number | null;
}
