import { allow } from 'graphql-shield';

import { fields } from '../../permissions/rules.js';
import { SUBJECT_ROW_FIELDS } from './subject.type.js';

/**
 * Subjects are public registry information. The legal representative's ID number is resolved
 * per viewer (full, masked or null), so its rule allows and its resolver decides.
 */
export const subjectPermissions = {
  Query: { subject: allow, subjects: allow, searchSubjects: allow },
  Subject: fields(allow, [
    ...SUBJECT_ROW_FIELDS,
    'licensingRecords',
    'penaltyRecords',
    'catalogRecords',
  ]),
  SubjectConnection: fields(allow, ['edges', 'pageInfo', 'totalCount', 'totalCountExact']),
  SubjectEdge: fields(allow, ['cursor', 'node', 'highlights']),
  TextRange: fields(allow, ['start', 'length']),
};
