import { readFileSync } from 'node:fs';

import {
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';

import { ruleTree } from '../../../src/permissions/index.js';
import { buildBareSchema, printSortedSchema } from '../../../src/schema.js';

describe('schema', () => {
  it('matches the committed SDL (run `npm run schema:emit` after changing types)', async () => {
    const committed = readFileSync(
      new URL('../../../schema/schema.graphql', import.meta.url),
      'utf8',
    );
    expect(printSortedSchema(await buildBareSchema())).toBe(committed);
  });

  it('has an explicit permission rule for every field of every object type, and none for a field that is gone', async () => {
    const schema = await buildBareSchema();
    const missing: string[] = [];
    const stale: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) {
        continue;
      }
      const rules = ruleTree[type.name] ?? {};
      for (const field of Object.keys(type.getFields())) {
        if (rules[field] === undefined) {
          missing.push(`${type.name}.${field}`);
        }
      }
      for (const field of Object.keys(rules)) {
        if (type.getFields()[field] === undefined) {
          stale.push(`${type.name}.${field}`);
        }
      }
    }
    for (const typeName of Object.keys(ruleTree)) {
      if (!isObjectType(schema.getType(typeName))) {
        stale.push(typeName);
      }
    }
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('describes every type, field, argument, input field and enum value', async () => {
    const schema = await buildBareSchema();
    const missing: string[] = [];
    const own = (type: GraphQLNamedType) => !type.name.startsWith('__');
    for (const type of Object.values(schema.getTypeMap()).filter(own)) {
      if (
        !type.description &&
        !['String', 'Boolean', 'Int', 'Float', 'ID', 'Query', 'Mutation'].includes(type.name)
      ) {
        missing.push(type.name);
      }
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) {
            missing.push(`${type.name}.${field.name}`);
          }
          for (const arg of field.args) {
            if (!arg.description) {
              missing.push(`${type.name}.${field.name}(${arg.name})`);
            }
          }
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) {
            missing.push(`${type.name}.${field.name}`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) {
          if (!value.description) {
            missing.push(`${type.name}.${value.name}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
