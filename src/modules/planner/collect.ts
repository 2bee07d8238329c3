import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type SelectionSetNode,
  isAbstractType,
  isObjectType,
} from 'graphql';

/** Why an operation is answered by the resolvers instead of a plan; counted and logged. */
export class Unplannable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Unplannable';
  }
}

/** A response key of an object with the field nodes merged under it, in selection order. */
export interface CollectedField {
  key: string;
  name: string;
  nodes: FieldNode[];
}

/**
 * The fields a selection asks of an object of type `typeName`, as graphql-js collects them:
 * fragments whose type condition the type meets are spread in, fields with the same response
 * key are merged (validation has made sure they agree). `@skip` and `@include` are not
 * planned: the operation falls back to the resolvers.
 */
export function collectFields(
  schema: GraphQLSchema,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  typeName: string,
  sets: readonly SelectionSetNode[],
): CollectedField[] {
  const byKey = new Map<string, CollectedField>();
  const applies = (condition: string | undefined): boolean => {
    if (condition === undefined || condition === typeName) {
      return true;
    }
    const conditionType = schema.getType(condition);
    const objectType = schema.getType(typeName);
    return (
      conditionType !== undefined &&
      conditionType !== null &&
      isAbstractType(conditionType) &&
      isObjectType(objectType) &&
      schema.isSubType(conditionType, objectType)
    );
  };
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if ((selection.directives?.length ?? 0) > 0) {
        throw new Unplannable('directive');
      }
      switch (selection.kind) {
        case Kind.FIELD: {
          const key = selection.alias?.value ?? selection.name.value;
          const found = byKey.get(key);
          if (found === undefined) {
            byKey.set(key, { key, name: selection.name.value, nodes: [selection] });
          } else {
            found.nodes.push(selection);
          }
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (applies(selection.typeCondition?.name.value)) {
            visit(selection.selectionSet, seen);
          }
          break;
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          const fragment = fragments[name];
          if (
            fragment !== undefined &&
            !seen.has(name) &&
            applies(fragment.typeCondition.name.value)
          ) {
            visit(fragment.selectionSet, new Set([...seen, name]));
          }
          break;
        }
      }
    }
  };
  for (const set of sets) {
    visit(set, new Set());
  }
  return [...byKey.values()];
}

/** The selection sets under a collected field, merged. */
export function subSelections(field: CollectedField): SelectionSetNode[] {
  return field.nodes.flatMap(node => (node.selectionSet === undefined ? [] : [node.selectionSet]));
}
