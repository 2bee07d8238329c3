import { allow } from 'graphql-shield';

import { Role } from '../../auth/viewer.js';
import { fields, hasRole, isAdmin } from '../../permissions/rules.js';

export const isAdminOrProvider = hasRole(Role.ADMIN, Role.PROVIDER);

const objectionFields = [
  'id',
  'trackingNumber',
  'targetId',
  'subjectCode',
  'sourceUnitCode',
  'filerName',
  'filerContact',
  'grounds',
  'evidence',
  'status',
  'filedAt',
  'acceptDue',
  'acceptedAt',
  'acceptanceNote',
  'answerDue',
  'outcome',
  'decidedAt',
  'decisionNote',
  'overdue',
] as const;

/**
 * Anyone files objections and sees what they filed, and follows one up with its tracking number
 * and contact; the queues are the credit office's, and a department's for its own records.
 */
export const objectionPermissions = {
  Query: { objections: isAdminOrProvider, objectionStatus: allow },
  Mutation: {
    fileObjection: allow,
    acceptObjection: isAdmin,
    decideObjection: isAdminOrProvider,
  },
  Objection: fields(allow, objectionFields),
  ObjectionConnection: fields(isAdminOrProvider, ['edges', 'pageInfo', 'totalCount']),
  ObjectionEdge: fields(isAdminOrProvider, ['cursor', 'node']),
};
