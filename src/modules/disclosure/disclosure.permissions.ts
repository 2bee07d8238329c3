import { allow } from 'graphql-shield';

import {
  fields,
  isAdmin,
  isOversightOrProvider,
  isProviderOrAdmin,
} from '../../permissions/rules.js';

/** Disclosure status is public (the site shows it); tracking lists and stats are not. */
export const disclosurePermissions = {
  Query: {
    disclosureDeadline: allow,
    disclosureRecords: isOversightOrProvider,
    disclosureStats: isOversightOrProvider,
  },
  Mutation: {
    publishRecords: isAdmin,
    revokeRecord: isProviderOrAdmin,
    loadHolidayCalendar: isAdmin,
  },
  Disclosure: fields(allow, [
    'deadline',
    'provisional',
    'status',
    'publishedAt',
    'workingDaysLate',
  ]),
  Deadline: fields(allow, ['deadline', 'provisional']),
  PublicityPeriod: fields(allow, ['regime', 'minimumEndDate', 'maximumEndDate']),
  DisclosureStats: fields(isOversightOrProvider, [
    'sourceUnit',
    'sourceUnitCode',
    'total',
    'onTime',
    'late',
    'overdue',
    'pending',
    'notRequired',
    'onTimeRate',
  ]),
  CreditRecordConnection: fields(isOversightOrProvider, ['edges', 'pageInfo', 'totalCount']),
  CreditRecordEdge: fields(isOversightOrProvider, ['cursor', 'node']),
};
