import { allow } from 'graphql-shield';

import { fields } from '../../permissions/rules.js';

export const creditCodePermissions = {
  Query: { validateCreditCode: allow },
  CreditCodeValidation: fields(allow, [
    'valid',
    'code',
    'reason',
    'problem',
    'warnings',
    'registrationAuthority',
    'entityType',
    'regionCode',
    'regionName',
    'organizationCode',
  ]),
};
