import type { ApolloServerPlugin } from '@apollo/server';
import {
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getNamedType,
  isInterfaceType,
  isObjectType,
  valueFromASTUntyped,
} from 'graphql';

import type { Context } from '../../context.types.js';
import { isLoggedRole, logSubjectsAccess } from './subject-access-log.js';

/**
 * The types whose objects are a subject's data, and where their subject's code is: reading any
 * of them, by any path, is a query of that subject (DESIGN §3.5).
 */
export const SUBJECT_DATA: Readonly<Record<string, (source: Record<string, unknown>) => unknown>> =
  {
    Subject: source => source['code'],
    LicensingRecord: source => source['subjectCode'],
    PenaltyRecord: source => source['subjectCode'],
    CatalogRecord: source => source['subjectCode'],
    ListEntry: source => source['subjectCode'],
    CreditCheck: source => source['subjectCode'],
    CreditEvaluation: source => source['subjectCode'],
    Change: source => source['subjectCode'],
    MonitoredSubject: source => source['subjectCode'],
  };

/**
 * What of the subjects an operation reads: the types of SUBJECT_DATA its selection reaches,
 * sorted (the access log's `data_read`). Both the resolvers' log and the planner's use it.
 */
export function subjectDataRead(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): string[] {
  const found = new Set<string>();
  const visit = (type: GraphQLNamedType | undefined, set: SelectionSetNode | undefined): void => {
    if (type === undefined || set === undefined) {
      return;
    }
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        visit(on ?? undefined, selection.selectionSet);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (fragment !== undefined) {
          visit(
            schema.getType(fragment.typeCondition.name.value) ?? undefined,
            fragment.selectionSet,
          );
        }
      } else if (isObjectType(type) || isInterfaceType(type)) {
        // An interface (CreditRecord) stands for each of its kinds.
        for (const kind of isInterfaceType(type) ? schema.getPossibleTypes(type) : [type]) {
          if (SUBJECT_DATA[kind.name] !== undefined) {
            found.add(kind.name);
          }
        }
        const field = type.getFields()[selection.name.value];
        if (field !== undefined) {
          visit(getNamedType(field.type), selection.selectionSet);
        }
      }
    }
  };
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  visit(root ?? undefined, operation.selectionSet);
  return [...found].sort();
}

/**
 * The purpose an operation states for what it reads: the `purpose` argument of its root field,
 * or the matter of a credit check, trimmed.
 */
function operationPurpose(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): string | null {
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      continue;
    }
    for (const argument of selection.arguments ?? []) {
      if (argument.name.value === 'purpose' || argument.name.value === 'matter') {
        const value = valueFromASTUntyped(argument.value, variables);
        if (typeof value === 'string' && value.trim() !== '') {
          return value.trim();
        }
      }
    }
  }
  return null;
}

/**
 * Completes the access log of every request of a logged role answered by the resolvers: each
 * subject whose data the answer holds, by whatever path (a search hit, a record's subject, a
 * check), gets its entry before the response is sent, unless a root field logged it already.
 */
export function accessLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (!isLoggedRole(contextValue.viewer.role)) {
        return {};
      }
      return {
        async didResolveOperation({ contextValue: context, operation, document, schema }) {
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          if (operation !== undefined) {
            context.subjectsRead.dataRead = subjectDataRead(schema, operation, fragments);
          }
        },
        async executionDidStart() {
          return {
            willResolveField({ source, info, contextValue: context }) {
              const codeOf = SUBJECT_DATA[info.parentType.name];
              if (codeOf === undefined || source === null || typeof source !== 'object') {
                return;
              }
              const code = codeOf(source as Record<string, unknown>);
              if (typeof code === 'string' && code !== '') {
                context.subjectsRead.read.add(code);
              }
            },
          };
        },
        async willSendResponse({ contextValue: context, operation, request }) {
          const { logged, read } = context.subjectsRead;
          const codes = [...read].filter(code => !logged.has(code));
          if (codes.length === 0 || operation === undefined) {
            return;
          }
          await logSubjectsAccess(
            context.primary,
            context.viewer,
            codes,
            operationPurpose(operation, request.variables),
            `${operation.operation} ${operation.name?.value ?? '(anonymous)'}`,
            context.clock.now(),
            context.subjectsRead.dataRead,
          );
          for (const code of codes) {
            logged.add(code);
          }
        },
      };
    },
  };
}
