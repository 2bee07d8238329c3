import { allow } from 'graphql-shield';

import {
  fields,
  hasRole,
  isAdmin,
  isOversightOrProvider,
  isProviderOrAdmin,
} from '../../permissions/rules.js';
import { Role } from '../../auth/viewer.js';

const isRegulator = hasRole(Role.REGULATOR);
const isOversight = hasRole(Role.REGULATOR, Role.ADMIN);

export const jointPermissions = {
  Query: {
    measures: allow,
    creditCheck: isOversight,
    creditChecks: isOversight,
    creditCheckStats: isOversight,
  },
  Mutation: {
    submitListEntries: isProviderOrAdmin,
    removeListEntry: isProviderOrAdmin,
    runCreditCheck: isRegulator,
    recordCheckFeedback: isOversight,
    saveMeasure: isAdmin,
  },
  CreditCheckConnection: fields(isOversight, ['edges', 'pageInfo', 'totalCount']),
  CreditCheckEdge: fields(isOversight, ['cursor', 'node']),
  Subject: { listEntries: allow },
  SubmitRecordsPayload: { listEntries: isProviderOrAdmin },
  ListEntry: {
    ...fields(allow, [
      'id',
      'listType',
      'subjectCode',
      'subjectName',
      'documentNumber',
      'listingAuthority',
      'listingAuthorityCode',
      'basis',
      'reason',
      'listedOn',
      'validUntil',
      'usageScope',
      'status',
      'version',
      'subject',
    ]),
    removedAt: isOversightOrProvider,
    removalReason: isOversightOrProvider,
  },
  Measure: fields(allow, [
    'id',
    'kind',
    'listType',
    'scenarios',
    'title',
    'content',
    'legalBasis',
    'departments',
  ]),
  CreditCheck: fields(isOversight, [
    'id',
    'subjectCode',
    'subject',
    'scenario',
    'matter',
    'checkedAt',
    'organizationName',
    'organizationCode',
    'incentiveReason',
    'hits',
    'measures',
    'complete',
  ]),
  CheckMeasure: fields(isOversight, ['measure', 'feedback']),
  MeasureFeedback: fields(isOversight, ['applied', 'reason', 'recordedAt']),
  CreditCheckStats: fields(isOversight, [
    'organizationCode',
    'organizationName',
    'checks',
    'complete',
    'lackingFeedback',
  ]),
};
