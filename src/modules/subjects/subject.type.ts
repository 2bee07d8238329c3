import { Field, Int, ObjectType } from 'type-graphql';

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

@ObjectType({ description: 'A run of characters of a text: where it starts and how long it is.' })
export class TextRange {
  @Field(() => Int, { description: 'Position of the first character, from 0, in characters.' })
  start!: number;

  @Field(() => Int, { description: 'Number of characters.' })
  length!: number;
}

export const SubjectConnection = ConnectionType(
  Subject,
  'Subject',
  'A page of subjects matching a search.',
  {
    edge: edgeType =>
      Field(() => [TextRange], {
        description:
          'Where the query occurs in the subject’s name (ignoring case), left to right and not overlapping; empty when only the code matched.',
      })(edgeType.prototype, 'highlights'),
    connection: type =>
      Field(() => Boolean, {
        description:
          'True when totalCount is exact; false when more than 10,000 subjects match and totalCount is an estimate.',
      })(type.prototype, 'totalCountExact'),
  },
);

/**
 * Where `query` occurs in `name`, compared character by character in lower case, left to right
 * and without overlaps; positions and lengths count characters (code points), as the site and
 * SQL's char_length do.
 */
export function nameHighlights(name: string, query: string): TextRange[] {
  const text = [...name].map(ch => ch.toLowerCase());
  const needle = [...query].map(ch => ch.toLowerCase());
  const ranges: TextRange[] = [];
  if (needle.length === 0) {
    return ranges;
  }
  for (let at = 0; at + needle.length <= text.length;) {
    if (needle.every((ch, i) => text[at + i] === ch)) {
      ranges.push({ start: at, length: needle.length });
      at += needle.length;
    } else {
      at += 1;
    }
  }
  return ranges;
}
