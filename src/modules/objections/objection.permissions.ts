import { allow } from 'graphql-shield';

import { Role } from '../../auth/viewer.js';
import { fields, hasRole, isAdmin, isOversightOrProvider } from '../../permissions/rules.js';

const isAdminOrProvider = hasRole(Role.ADMIN, Role.PROVIDER);

const objectionFields = [
  'id',
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

const repairFields = [
  'id',
  'targetId',
  'subjectCode',
  'sourceUnitCode',
  'applicantName',
  'applicantContact',
  'proofOfPerformance',
  'creditCommitment',
  'filedAt',
  'status',
  'decidedAt',
  'decisionNote',
] as const;

/**
 * Anyone files objections and repair applications and sees what they filed; the queues are the
 * credit office's, and a department's for its own records.
 */
export const remediesPermissions = {
  Query: { objections: isAdminOrProvider, repairApplications: isAdminOrProvider },
  Mutation: {
    fileObjection: allow,
    acceptObjection: isAdmin,
    decideObjection: isAdminOrProvider,
    applyForRepair: allow,
    decideRepair: isAdmin,
  },
  Objection: fields(allow, objectionFields),
  RepairApplication: fields(allow, repairFields),
  ObjectionConnection: fields(isAdminOrProvider, ['edges', 'pageInfo', 'totalCount']),
  ObjectionEdge: fields(isAdminOrProvider, ['cursor', 'node']),
  RepairApplicationConnection: fields(isAdminOrProvider, ['edges', 'pageInfo', 'totalCount']),
  RepairApplicationEdge: fields(isAdminOrProvider, ['cursor', 'node']),
  LicensingRecord: { underObjection: allow, repairedAt: isOversightOrProvider },
  PenaltyRecord: { underObjection: allow, repairedAt: isOversightOrProvider },
  ListEntry: { underObjection: allow },
};
