import { allow } from 'graphql-shield';

import { fields, isAdmin } from '../../permissions/rules.js';

export const catalogPermissions = {
  Query: { catalog: allow },
  Mutation: { saveCatalogItem: isAdmin, setCatalogItemProviders: isAdmin },
  CatalogItem: fields(allow, [
    'code',
    'version',
    'name',
    'category',
    'description',
    'usageScope',
    'requiresReview',
    'publicityRule',
    'legalBasis',
    'updateFrequency',
    'providers',
    'fields',
  ]),
  CatalogProvider: fields(allow, [
    'organizationCode',
    'organizationName',
    'category',
    'disclosureWorkingDays',
  ]),
  CatalogField: fields(allow, ['name', 'label', 'type', 'required', 'maxLength', 'values']),
};
