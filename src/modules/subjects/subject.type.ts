import { Field, ObjectType } from 'type-graphql';

import { ConnectionType } from '../../shared/pagination.js';
import { CreditCodeScalar, DateScalar } from '../../shared/scalars.js';
import { SubjectCategory } from './subject.enums.js';

@ObjectType({
  description:
    'A subject of credit records (法人、非法人组织或个体工商户), keyed by its credit code.',
})
export class Subject {
  @Field(() => CreditCodeScalar, { description: '统一社会信用代码.' })
  code!: string;

  @Field(() => String, { description: 'Name, from the latest decision or registration.' })
  name!: string;

  @Field(() => SubjectCategory, { description: 'Category of the subject.' })
  category!: SubjectCategory;

  @Field(() => String, {
    nullable: true,
    description: '法定代表人 (or operator of an individual business).',
  })
  legalRepresentative!: string | null;

  @Field(() => DateScalar, {
    description: 'Date of the decision or registration the name and representative come from.',
  })
  nameAsOf!: string;

  /** Raw ID number; resolved per viewer. */
  legalRepresentativeIdNumber!: string | null;
}

/**
 * The fields of Subject answered from the subject's own row (subject.type.ts and the code-derived
 * fields of subject.resolver.ts): what a name search shows changes only when a subjects row
 * does. Fields other modules add (records, list entries) are not among them.
 */
export const SUBJECT_ROW_FIELDS: ReadonlySet<string> = new Set([
  'code',
  'name',
  'category',
  'legalRepresentative',
  'legalRepresentativeIdNumber',
  'nameAsOf',
  'registrationAuthority',
  'entityType',
  'regionCode',
  'regionName',
]);

export const SubjectConnection = ConnectionType(
  Subject,
  'Subject',
  'A page of subjects matching a search.',
);
