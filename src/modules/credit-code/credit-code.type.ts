import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The verdict on a candidate credit code, with what it encodes.' })
export class CreditCodeValidation {
  @Field(() => Boolean, {
    description: 'True when the code passes GB 32100 and its embedded GB 11714 check.',
  })
  valid!: boolean;

  @Field(() => String, { description: 'The input, trimmed and upper-cased.' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why the code is not valid; null when it is.',
  })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Stable code of the problem: EMPTY, LENGTH, CHARACTER, ORGANIZATION_CODE_CHECK, CHECK_CHARACTER or PLACEHOLDER.',
  })
  problem!: string | null;

  @Field(() => [String], {
    description: 'Notes that do not invalidate the code (unknown authority, type or region).',
  })
  warnings!: string[];

  @Field(() => String, { nullable: true, description: '登记管理部门 (position 1), when known.' })
  registrationAuthority!: string | null;

  @Field(() => String, { nullable: true, description: '机构类别 (position 2), when known.' })
  entityType!: string | null;

  @Field(() => String, { nullable: true, description: '行政区划码 (positions 3–8).' })
  regionCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the administrative division, when known.',
  })
  regionName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '组织机构代码 (positions 9–17), written with its hyphen.',
  })
  organizationCode!: string | null;
}
