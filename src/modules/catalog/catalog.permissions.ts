import { allow } from 'graphql-shield';

import { fields } from '../../permissions/rules.js';

export const catalogPermissions = {
  Query: { catalog: allow },
  CatalogItem: fields(allow, [
    'code',
    'name',
    'category',
    'description',
    'usageScope',
    'requiresReview',
    'publicityRule',
    'legalBasis',
    'updateFrequency',
  ]),
};
