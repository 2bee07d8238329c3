import { allow } from 'graphql-shield';

import { fields, isAdmin } from '../../permissions/rules.js';
import { isAdminOrProvider } from '../objections/index.js';

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

/** Anyone applies for repair and sees what they applied for; the credit office decides. */
export const repairPermissions = {
  Query: { repairApplications: isAdminOrProvider },
  Mutation: { applyForRepair: allow, decideRepair: isAdmin },
  RepairApplication: fields(allow, repairFields),
  RepairApplicationConnection: fields(isAdminOrProvider, ['edges', 'pageInfo', 'totalCount']),
  RepairApplicationEdge: fields(isAdminOrProvider, ['cursor', 'node']),
};
