import { fields, isAdmin, isAdminOrInstitution, isInstitution } from '../../permissions/rules.js';

export const accessPermissions = {
  Query: { authorizations: isAdminOrInstitution, accessLog: isAdmin },
  Mutation: { registerAuthorization: isInstitution, revokeAuthorization: isAdmin },
  Authorization: fields(isAdminOrInstitution, [
    'id',
    'institutionCode',
    'institutionName',
    'subjectCode',
    'purpose',
    'validFrom',
    'validUntil',
    'documentReference',
    'registeredAt',
    'revokedAt',
    'revocationReason',
  ]),
  AuthorizationConnection: fields(isAdminOrInstitution, ['edges', 'pageInfo', 'totalCount']),
  AuthorizationEdge: fields(isAdminOrInstitution, ['cursor', 'node']),
  AccessLogEntry: fields(isAdmin, [
    'id',
    'occurredAt',
    'role',
    'organizationName',
    'organizationCode',
    'keyId',
    'subjectCode',
    'purpose',
    'operation',
  ]),
  AccessLogEntryConnection: fields(isAdmin, ['edges', 'pageInfo', 'totalCount']),
  AccessLogEntryEdge: fields(isAdmin, ['cursor', 'node']),
};
