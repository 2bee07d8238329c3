import { allow } from 'graphql-shield';

import { Role } from '../../auth/viewer.js';
import { fields, hasRole, isAdmin } from '../../permissions/rules.js';

const isRegulator = hasRole(Role.REGULATOR);
const isOversight = hasRole(Role.REGULATOR, Role.ADMIN);

/** Measures are public; credit checks and their feedback are the regulators' and the admin's. */
export const checkPermissions = {
  Query: {
    measures: allow,
    creditCheck: isOversight,
    creditChecks: isOversight,
    creditCheckStats: isOversight,
  },
  Mutation: {
    runCreditCheck: isRegulator,
    recordCheckFeedback: isOversight,
    saveMeasure: isAdmin,
  },
  CreditCheckConnection: fields(isOversight, ['edges', 'pageInfo', 'totalCount']),
  CreditCheckEdge: fields(isOversight, ['cursor', 'node']),
  Measure: fields(allow, [
    'id',
    'kind',
    'listType',
    'scenarios',
    'title',
    'content',
    'legalBasis',
    'departments',
    'grades',
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
    'incentiveRule',
    'incentiveExplanation',
    'recordsCoverageFrom',
    'hits',
    'penalties',
    'measures',
    'deniedMeasures',
    'complete',
  ]),
  CheckMeasure: fields(isOversight, ['measure', 'rule', 'feedback']),
  DeniedMeasure: fields(isOversight, ['measure', 'rule', 'explanation']),
  MeasureFeedback: fields(isOversight, ['applied', 'reason', 'recordedAt']),
  CreditCheckStats: fields(isOversight, [
    'organizationCode',
    'organizationName',
    'checks',
    'complete',
    'lackingFeedback',
  ]),
};
