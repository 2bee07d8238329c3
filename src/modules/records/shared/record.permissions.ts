import { allow } from 'graphql-shield';

import { fields, isOversightOrProvider, isProviderOrAdmin } from '../../../permissions/rules.js';

/**
 * Which rows a caller sees is decided in SQL (record.visibility.ts); these rules decide fields.
 * ID numbers are resolved per viewer (full, masked or null). When and why a record was revoked
 * is for regulators, the credit office and data providers only.
 */
const commonFields = {
  ...fields(allow, [
    'id',
    'kind',
    'counterpartName',
    'counterpartCategory',
    'creditCode',
    'businessRegistrationNo',
    'organizationCode',
    'taxRegistrationNo',
    'institutionCertificateNo',
    'socialOrganizationNo',
    'legalRepresentative',
    'legalRepresentativeIdType',
    'legalRepresentativeIdNumber',
    'personIdType',
    'personIdNumber',
    'documentNumber',
    'content',
    'decisionDate',
    'authority',
    'authorityCode',
    'sourceUnit',
    'sourceUnitCode',
    'remarks',
    'usageScope',
    'catalogItemCode',
    'catalogItemVersion',
    'version',
    'receivedAt',
    'updatedAt',
    'publishedAt',
    'subject',
    'disclosure',
  ]),
  revokedAt: isOversightOrProvider,
};

export const recordPermissions = {
  Query: { creditRecord: allow },
  Mutation: {
    submitLicensingRecords: isProviderOrAdmin,
    submitPenaltyRecords: isProviderOrAdmin,
    submitCatalogRecords: isProviderOrAdmin,
  },
  LicensingRecord: {
    ...commonFields,
    ...fields(allow, [
      'documentTitle',
      'licenceCategory',
      'licenceCategoryOther',
      'certificateName',
      'certificateNumber',
      'validFrom',
      'validTo',
    ]),
  },
  PenaltyRecord: {
    ...commonFields,
    ...fields(allow, [
      'violationType',
      'facts',
      'basis',
      'penaltyTypes',
      'penaltyTypeOther',
      'fineAmount',
      'confiscatedAmount',
      'suspendedLicence',
      'penaltyValidUntil',
      'severity',
      'sector',
      'publicity',
    ]),
  },
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
  RecordRejection: fields(isProviderOrAdmin, ['index', 'field', 'code', 'message']),
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
