import { createHash } from 'node:crypto';

import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { inArray } from 'drizzle-orm';
import {
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

import { Role } from '../../auth/viewer.js';
import type { Context } from '../../context.types.js';
import { observeProfileCache } from '../../shared/observations.js';
import { isValidCreditCode } from '../credit-code/index.js';
import { SUBJECT_ROW_FIELDS } from '../subjects/index.js';
import { subjectGenerations } from './profile-cache.table.js';
import type { ProfileStore } from './profile-cache.store.js';

const GLOBAL = '*';
/** The counter of name search: raised when any subject's row changes (migration 0010). */
export const SEARCH = '#subjects';

/**
 * Whether a selection reads only what `shape` allows: `shape` maps each allowed field to the
 * shape of its own selection (null for a leaf), `__typename` always allowed; fragments are
 * followed, directives refused.
 */
function readsOnly(
  set: SelectionSetNode | undefined,
  shape: Shape,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): boolean {
  if (set === undefined) {
    return true;
  }
  return set.selections.every(selection => {
    if ((selection.directives?.length ?? 0) > 0) {
      return false;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return readsOnly(selection.selectionSet, shape, fragments);
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments[selection.name.value];
      return fragment !== undefined && readsOnly(fragment.selectionSet, shape, fragments);
    }
    const name = selection.name.value;
    if (name === '__typename') {
      return true;
    }
    const child = shape.get(name);
    return (
      child !== undefined && (child === null || readsOnly(selection.selectionSet, child, fragments))
    );
  });
}

type Shape = ReadonlyMap<string, Shape | null>;

/**
 * What a name search's answer may read to be cached under the search counter alone: the page,
 * its highlights (of the names) and the subjects' own rows; the rank order moves the counter
 * too (migration 0034). A search that shows records or list entries of its subjects is not
 * cached (a revoked record would stay in it).
 */
const SEARCH_SHAPE: Shape = new Map<string, Shape | null>([
  ['totalCount', null],
  ['totalCountExact', null],
  [
    'pageInfo',
    new Map([
      ['hasNextPage', null],
      ['hasPreviousPage', null],
      ['startCursor', null],
      ['endCursor', null],
    ]),
  ],
  [
    'edges',
    new Map<string, Shape | null>([
      ['cursor', null],
      [
        'highlights',
        new Map([
          ['start', null],
          ['length', null],
        ]),
      ],
      ['node', new Map([...SUBJECT_ROW_FIELDS].map(field => [field, null]))],
    ]),
  ],
]);

/**
 * The counters an operation's answer depends on, when it is a public read the cache serves:
 * every root field is `subject` with a valid code (inline or a variable), whose answer depends
 * on that subject, or `searchSubjects` reading only the subjects' own rows, whose answer
 * depends on every subject's name and code. Aliases and `__typename` are allowed. Anything else
 * is not cached (null).
 */
export function cachedReadKeys(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>> = {},
): string[] | null {
  if (operation.operation !== 'query') {
    return null;
  }
  const keys = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      return null;
    }
    if (selection.name.value === '__typename') {
      continue;
    }
    if ((selection.directives?.length ?? 0) > 0) {
      return null;
    }
    if (selection.name.value === 'searchSubjects') {
      if (!readsOnly(selection.selectionSet, SEARCH_SHAPE, fragments)) {
        return null;
      }
      keys.add(SEARCH);
      continue;
    }
    if (selection.name.value !== 'subject') {
      return null;
    }
    const code = selection.arguments?.find(arg => arg.name.value === 'code')?.value;
    const value =
      code?.kind === Kind.STRING
        ? code.value
        : code?.kind === Kind.VARIABLE
          ? variables?.[code.name.value]
          : undefined;
    if (typeof value !== 'string' || !isValidCreditCode(value)) {
      return null;
    }
    keys.add(value.trim().toUpperCase());
  }
  return keys.size === 0 ? null : [...keys];
}

/**
 * The public-profile cache. An anonymous profile query (or name search) is answered from the
 * store when the same document, variables and day were answered before under the same counters
 * (subject_generations, raised by triggers in every writing transaction). The counters
 * are read from the database on every request, so a write on any instance is seen by all of
 * them at once; the store only saves the work. Institutions and regulators are never served
 * from it: their every query is logged.
 */
export function profileCachePlugin(store: ProfileStore): ApolloServerPlugin<Context> {
  const keys = new WeakMap<object, string>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(request) {
          const { contextValue, operation } = request;
          if (contextValue.viewer.role !== Role.PUBLIC || operation === undefined) {
            return null;
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of request.document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          const codes = cachedReadKeys(operation, request.request.variables, fragments);
          if (codes === null) {
            return null;
          }
          const generations = await contextValue.db
            .select()
            .from(subjectGenerations)
            .where(inArray(subjectGenerations.subjectCode, [...codes, GLOBAL]));
          const key = createHash('sha256')
            .update(
              JSON.stringify([
                request.queryHash,
                request.operationName ?? null,
                request.request.variables ?? null,
                contextValue.clock.today(),
                generations
                  .map(g => `${g.subjectCode}=${g.generation}`)
                  .sort()
                  .join(','),
              ]),
            )
            .digest('base64url');
          const cached = await store.get(key);
          observeProfileCache({ hit: cached !== undefined });
          if (cached !== undefined) {
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: JSON.parse(cached) },
            };
          }
          keys.set(request.request, key);
          return null;
        },
        async willSendResponse(request) {
          const key = keys.get(request.request);
          const body = request.response.body;
          if (
            key !== undefined &&
            body.kind === 'single' &&
            body.singleResult.errors === undefined
          ) {
            await store.set(key, JSON.stringify(body.singleResult));
          }
        },
      };
    },
  };
}
