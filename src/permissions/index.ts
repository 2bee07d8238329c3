import { type IRules, allow, deny, shield } from 'graphql-shield';

import { ForbiddenError } from '../shared/errors.js';
import { isAdmin, isAdminOrInstitution, isInstitution, isOversightOrProvider, isProviderOrAdmin } from './rules.js';

/**
 * Who may call what. Every root field and every object type has an explicit entry; anything
 * missing is denied (fallbackRule). Resolver errors pass through and are masked by the server's
 * formatError, so a database outage is never reported as "forbidden".
 */
export const ruleTree = {
  Query: {
    me: allow,
    subject: allow,
    searchSubjects: allow,
    validateCreditCode: allow,
    catalog: allow,
    isWorkingDay: allow,
    holidayCalendar: allow,
    disclosureDeadline: allow,
    disclosureRecords: isOversightOrProvider,
    disclosureStats: isOversightOrProvider,
    authorizations: isAdminOrInstitution,
    accessLog: isAdmin,
  },
  Mutation: {
    submitLicensingRecords: isProviderOrAdmin,
    submitPenaltyRecords: isProviderOrAdmin,
    createApiKey: isAdmin,
    revokeApiKey: isAdmin,
    loadHolidayCalendar: isAdmin,
    publishRecords: isAdmin,
    revokeRecord: isProviderOrAdmin,
    registerAuthorization: isInstitution,
    revokeAuthorization: isAdmin,
  },
  Viewer: allow,
  CreatedApiKey: allow,
  ApiKey: allow,
  CatalogItem: allow,
  CreditCodeValidation: allow,
  PageInfo: allow,
  Subject: allow,
  SubjectConnection: allow,
  SubjectEdge: allow,
  LicensingRecord: allow,
  LicensingRecordConnection: allow,
  LicensingRecordEdge: allow,
  PenaltyRecord: allow,
  PenaltyRecordConnection: allow,
  PenaltyRecordEdge: allow,
  SubmitRecordsPayload: allow,
  Disclosure: allow,
  Deadline: allow,
  PublicityPeriod: allow,
  DisclosureStats: allow,
  HolidayCalendarYear: allow,
  CreditRecordConnection: allow,
  CreditRecordEdge: allow,
  Authorization: allow,
  AuthorizationConnection: allow,
  AuthorizationEdge: allow,
  AccessLogEntry: allow,
  AccessLogEntryConnection: allow,
  AccessLogEntryEdge: allow,
  RecordRejection: allow,
} satisfies IRules;

export const permissions = shield(ruleTree, {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new ForbiddenError(),
});
