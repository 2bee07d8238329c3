import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';

import { SEARCH, cachedReadKeys } from '../../../src/modules/profile-cache/index.js';

const CODE = '91110108MA01C3D473';
const OTHER = '1111000000002941XQ';

function keys(document: string, variables?: Record<string, unknown>) {
  const parsed = parse(document);
  const operation = parsed.definitions[0] as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    parsed.definitions.flatMap(d =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  return cachedReadKeys(operation, variables, fragments);
}

describe('cachedReadKeys', () => {
  it('depends on the subjects a profile query reads, inline or through variables', () => {
    expect(keys(`{ subject(code: "${CODE}") { name } }`)).toEqual([CODE]);
    expect(keys('query($c: CreditCode!) { subject(code: $c) { name } }', { c: CODE })).toEqual([
      CODE,
    ]);
    expect(
      keys(
        `{ a: subject(code: "${CODE}") { name } b: subject(code: "${OTHER}") { name } __typename }`,
      ),
    ).toEqual([CODE, OTHER]);
    expect(keys(`{ subject(code: "${CODE.toLowerCase()}") { name } }`)).toEqual([CODE]);
  });

  it('depends on every subject for a name search of the subjects’ own rows', () => {
    expect(keys('{ searchSubjects(query: "科技") { totalCount } }')).toEqual([SEARCH]);
    expect(
      keys(
        '{ searchSubjects(query: "科技") { pageInfo { endCursor } edges { cursor node { ...Row ... on Subject { regionName } } } } } fragment Row on Subject { code name category }',
      ),
    ).toEqual([SEARCH]);
  });

  it('leaves a search uncached that shows what other writes change: records, list entries', () => {
    expect(
      keys(
        '{ searchSubjects(query: "科技") { edges { node { penaltyRecords { totalCount } } } } }',
      ),
    ).toBeNull();
    expect(
      keys(
        '{ searchSubjects(query: "科技") { edges { node { ...Lists } } } } fragment Lists on Subject { listEntries { listType } }',
      ),
    ).toBeNull();
    expect(
      keys(
        '{ searchSubjects(query: "科技") { edges { node { ... on Subject { licensingRecords { totalCount } } } } } }',
      ),
    ).toBeNull();
    expect(keys('{ searchSubjects(query: "科技") { edges { node { ...Missing } } } }')).toBeNull();
  });

  it('leaves everything else uncached', () => {
    expect(keys(`mutation { subject(code: "${CODE}") { name } }`)).toBeNull();
    expect(keys(`{ subject(code: "${CODE}") { name } me { role } }`)).toBeNull();
    expect(keys('{ subject(code: "91110108MA01C3D474") { name } }')).toBeNull();
    expect(keys('query($c: CreditCode!) { subject(code: $c) { name } }', {})).toBeNull();
    expect(keys(`{ subject(code: "${CODE}") @include(if: true) { name } }`)).toBeNull();
    expect(keys(`{ ... on Query { subject(code: "${CODE}") { name } } }`)).toBeNull();
    expect(keys('{ __typename }')).toBeNull();
  });
});
