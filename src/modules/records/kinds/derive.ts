import { allow } from 'graphql-shield';

import { hasRole, type ShieldRule } from '../../../permissions/rules.js';
import type { CatalogFieldDefinition, CatalogItemCommand } from '../../catalog/index.js';
import { type RecordKindDeclaration, catalogFieldsOf, rolesSeeing } from './kind.declaration.js';

/**
 * The shield rules of a kind's GraphQL type, one per shown field: a field hidden from some roles
 * is for the others only; a masked field is allowed to everyone who sees the record, its
 * resolver giving each role the full, masked or absent value.
 */
export function fieldRulesOf(kind: RecordKindDeclaration): Record<string, ShieldRule> {
  const rules: Record<string, ShieldRule> = {};
  for (const field of [...kind.fields, ...(kind.systemFields ?? [])]) {
    if (field.graphql === false) {
      continue;
    }
    const hidden = field.hiddenFrom ?? [];
    rules[field.name] =
      hidden.length === 0 || field.masking !== undefined ? allow : hasRole(...rolesSeeing(field));
  }
  return rules;
}

/** A kind's catalog item, as the catalog seed installs it: a catalog command with its field list. */
export type DeclaredCatalogItem = Omit<CatalogItemCommand, 'fields'> & {
  fields: CatalogFieldDefinition[];
};

export function catalogItemOf(kind: RecordKindDeclaration): DeclaredCatalogItem {
  return {
    code: kind.code,
    name: kind.name,
    category: kind.category,
    description: kind.description,
    usageScope: kind.usageScope,
    requiresReview: kind.requiresReview,
    publicityRule: kind.publicityRule,
    legalBasis: kind.legalBasis,
    updateFrequency: kind.updateFrequency,
    fields: catalogFieldsOf(kind),
  };
}
