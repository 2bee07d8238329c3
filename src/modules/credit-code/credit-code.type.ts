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
    description:
      'Why the code is not valid, in Chinese (in English with `Accept-Language: en`); null when it is.',
  })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Stable code of the first problem, by position: EMPTY, LENGTH, CHARACTER, BAD_TYPE (positions 1–2 are no registration-authority/type pair of GB 32100), BAD_DIVISION (positions 3–8 are no GB/T 2260 division, current or historic), ORGANIZATION_CODE_CHECK, CHECK_CHARACTER, or PLACEHOLDER.',
  })
  problem!: string | null;

  @Field(() => [String], {
    description:
      'Notes that do not invalidate the code: a division found only in past GB/T 2260 revisions (the code keeps the division it was issued in).',
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
    description:
      'Name of the administrative division (province, prefecture, county), as last listed when historic.',
  })
  regionName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '组织机构代码 (positions 9–17), written with its hyphen.',
  })
  organizationCode!: string | null;
}
