import { allow } from 'graphql-shield';

import { fields, isAdmin } from '../../permissions/rules.js';

export const apiKeyPermissions = {
  Query: { me: allow },
  Mutation: { createApiKey: isAdmin, revokeApiKey: isAdmin },
  Viewer: fields(allow, ['role', 'organizationName', 'organizationCode']),
  CreatedApiKey: fields(isAdmin, ['id', 'secret', 'role']),
  ApiKey: fields(isAdmin, [
    'id',
    'role',
    'organizationName',
    'organizationCode',
    'label',
    'createdAt',
    'revokedAt',
  ]),
};
