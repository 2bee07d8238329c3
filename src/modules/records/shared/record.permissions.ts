import { allow } from 'graphql-shield';

import { Role } from '../../../auth/viewer.js';
import { fields, hasRole, isAdmin, isProviderOrAdmin } from '../../../permissions/rules.js';
import { fieldRulesOf } from '../kinds/derive.js';
import { LICENSING_KIND } from '../kinds/licensing.kind.js';
import { PENALTY_KIND } from '../kinds/penalty.kind.js';

/**
 * Which rows a caller sees is decided in SQL (record.visibility.ts); the field rules of the
 * 双公示 types are derived from their kinds' declarations (records/kinds): ID numbers are
 * resolved per viewer (full, masked or null); when and why a record was revoked is for
 * regulators, the credit office and data providers only.
 */
export const recordPermissions = {
  Query: { creditRecord: allow },
  Mutation: {
    submitLicensingRecords: isProviderOrAdmin,
    submitPenaltyRecords: isProviderOrAdmin,
    submitCatalogRecords: isProviderOrAdmin,
    overridePenaltySeverity: isAdmin,
  },
  LicensingRecord: fieldRulesOf(LICENSING_KIND),
  PenaltyRecord: fieldRulesOf(PENALTY_KIND),
  LicensingRecordConnection: fields(allow, ['edges', 'pageInfo', 'totalCount']),
  LicensingRecordEdge: fields(allow, ['cursor', 'node']),
  PenaltyRecordConnection: fields(allow, ['edges', 'pageInfo', 'totalCount']),
  PenaltyRecordEdge: fields(allow, ['cursor', 'node']),
  SubmitRecordsPayload: fields(isProviderOrAdmin, [
    'accepted',
    'duplicates',
    'corrections',
    'rejected',
    'records',
  ]),
  // Also what an institution's monitorSubjects rejected (MonitorPayload.rejected).
  RecordRejection: fields(hasRole(Role.PROVIDER, Role.ADMIN, Role.INSTITUTION), [
    'index',
    'field',
    'column',
    'code',
    'message',
  ]),
  CatalogRecord: {
    ...fields(allow, [
      'id',
      'catalogItemCode',
      'catalogItemVersion',
      'counterpartName',
      'counterpartCategory',
      'creditCode',
      'recordNumber',
      'decisionDate',
      'sourceUnit',
      'sourceUnitCode',
      'usageScope',
      'version',
      'receivedAt',
      'publishedAt',
      'subject',
    ]),
    // Values a field list hides from a role are nulled by the resolver.
    fields: allow,
  },
  CatalogFieldValue: fields(allow, ['name', 'label', 'value']),
  CatalogRecordConnection: fields(allow, ['edges', 'pageInfo', 'totalCount']),
  CatalogRecordEdge: fields(allow, ['cursor', 'node']),
  SubmitCatalogRecordsPayload: fields(isProviderOrAdmin, [
    'accepted',
    'duplicates',
    'corrections',
    'rejected',
    'records',
  ]),
};
