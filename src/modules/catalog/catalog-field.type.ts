import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A field a catalog item’s records carry (for items stored by field list).',
})
export class CatalogField {
  @Field(() => String, { description: 'Field name used in CatalogRecordInput.fields.' })
  name!: string;

  @Field(() => String, { description: 'Chinese label.' })
  label!: string;

  @Field(() => String, { description: 'TEXT, DATE, ENUM or DECIMAL.' })
  type!: string;

  @Field(() => Boolean, { description: 'Whether every record must give it.' })
  required!: boolean;

  @Field(() => Int, { nullable: true, description: 'Longest TEXT value.' })
  maxLength!: number | null;

  @Field(() => [String], { nullable: true, description: 'Allowed ENUM values.' })
  values!: string[] | null;
}
