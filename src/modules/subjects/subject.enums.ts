import { pgEnum } from 'drizzle-orm/pg-core';
import { registerEnumType } from 'type-graphql';

/** 行政相对人类别: the three counterpart categories of the national layout. */
export enum SubjectCategory {
  LEGAL_ENTITY = 'LEGAL_ENTITY',
  NATURAL_PERSON = 'NATURAL_PERSON',
  INDIVIDUAL_BUSINESS = 'INDIVIDUAL_BUSINESS',
}
registerEnumType(SubjectCategory, {
  name: 'SubjectCategory',
  description: '行政相对人类别: the category of the subject a record is about.',
  valuesConfig: {
    LEGAL_ENTITY: {
      description: '法人及非法人组织: a legal person or an unincorporated organisation.',
    },
    NATURAL_PERSON: { description: '自然人: a natural person; never public.' },
    INDIVIDUAL_BUSINESS: { description: '个体工商户: an individual business.' },
  },
});

export const subjectCategoryEnum = pgEnum('subject_category', [
  SubjectCategory.LEGAL_ENTITY,
  SubjectCategory.NATURAL_PERSON,
  SubjectCategory.INDIVIDUAL_BUSINESS,
]);
