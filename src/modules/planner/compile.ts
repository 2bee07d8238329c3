import {
  type SQL,
  type SQLWrapper,
  and,
  desc,
  eq,
  getTableColumns,
  is,
  lt,
  or,
  sql,
} from 'drizzle-orm';
import { PgTimestamp } from 'drizzle-orm/pg-core';
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  getArgumentValues,
  isObjectType,
} from 'graphql';

import { Role, type Viewer } from '../../auth/viewer.js';
import { ruleTree } from '../../permissions/index.js';
import { ruleAllowsRole } from '../../permissions/rules.js';
import type { CalendarDate } from '../../shared/dates.js';
import { BadInputError } from '../../shared/errors.js';
import { malformedId } from '../../shared/ids.js';
import { named, say } from '../../shared/messages.js';
import { decodeCursor, pageSize } from '../../shared/pagination.js';
import { analyzeCreditCode, regionName } from '../credit-code/index.js';
import {
  CHECK_CTE,
  CheckRule,
  checkFeedback,
  checkMatter,
  checkRow,
  checkStatement,
  measures,
} from '../checks/index.js';
import {
  LIST_ENTRY_EVENT_ORDER,
  LIST_ENTRY_ORDER,
  ListType,
  listEntries,
  listEntriesShownTo,
  listEntryEventsSql,
  listEntryStatusSql,
  visibleActiveEntries,
} from '../credit-lists/index.js';
import {
  arrayLiteral,
  counterSegmentArrays,
  disclosureStatsStatement,
} from '../disclosure/index.js';
import { decodeFeedCursor, feedCountSql, feedPageSql } from '../monitoring/index.js';
import { objectionOpenOn } from '../objections/index.js';
import {
  RED_LIST_KIND,
  type KindField,
  RecordKind,
  type RecordKindDeclaration,
  kindNamed,
  licensingPublicWhile,
  licensingRecords,
  parseRecordGlobalId,
  penaltyPublicWhile,
  penaltyRecords,
  recordVisibility,
} from '../records/index.js';
import {
  accessLog,
  checkBatchCodes,
  isLoggedRole,
  nameHighlights,
  searchRequest,
  searchTotal,
  statedPurpose,
  subjectDataRead,
  subjectSearch,
  subjects,
} from '../subjects/index.js';
import { type CollectedField, Unplannable, collectFields, subSelections } from './collect.js';
import { type Member, constant, cursorOf, isoInstant, jsonObject } from './sql.js';

/** Values of a request a plan reads: its coerced variables, viewer and instant. */
export interface RequestValues {
  variables: Record<string, unknown>;
  viewer: Viewer;
  now: Date;
}

/** How the answer of a planned field is finished in JavaScript: values decoded from others. */
export interface Finish {
  value?: (value: unknown) => unknown;
  fields?: Map<string, Finish>;
}

/**
 * What the compiler knows while it plans: the operation, the viewer's role and organisation
 * and the day (a plan is cached per document, role, organisation, day and which variables are
 * set), and the parameters it has declared so far.
 */
interface Build {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Record<string, unknown>;
  viewer: Viewer;
  today: CalendarDate;
  operationLabel: string;
  /** What of the subjects the operation reads, for its access-log rows (subjectDataRead). */
  dataRead: readonly string[];
  params: Map<string, (values: RequestValues) => unknown>;
  /** The statement's data-modifying common table expressions, each `name as (…)`. */
  writes: SQL[];
  faults: ReadonlySet<string>;
  /** False when the statement's shape depends on a value of this request: not kept. */
  cacheable: boolean;
  /** The parameter and response key of a `subjects(codes:)` root. */
  batch?: { param: string; logged: string; key: string };
}

/** A declared parameter: the placeholder in the statement, its value computed per request. */
function param(build: Build, compute: (values: RequestValues) => unknown): SQL {
  return namedParam(build, compute).sql;
}

function namedParam(
  build: Build,
  compute: (values: RequestValues) => unknown,
): { sql: SQL; name: string } {
  const name = `p${build.params.size + 1}`;
  build.params.set(name, compute);
  return { sql: sql.placeholder(name).getSQL(), name };
}

/** A field's arguments for a request, coerced as graphql-js coerces them. */
function argumentsOf(
  build: Build,
  typeName: string,
  field: CollectedField,
): {
  def: GraphQLField<unknown, unknown>;
  /** The arguments with the variables the plan is compiled for. */
  planned: Record<string, unknown>;
  at: (values: RequestValues) => Record<string, unknown>;
} {
  const type = build.schema.getType(typeName);
  const def = isObjectType(type) ? type.getFields()[field.name] : undefined;
  if (def === undefined) {
    throw new Unplannable(`unknown field ${typeName}.${field.name}`);
  }
  const node: FieldNode = field.nodes[0]!;
  return {
    def,
    planned: getArgumentValues(def, node, build.variables),
    at: values => getArgumentValues(def, node, values.variables),
  };
}

/**
 * The arguments the planner reads, per field. A field with an argument not listed here (one
 * added to the schema later, say a filter) is not planned rather than planned without it.
 */
const READ_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  'Query.subject': ['code', 'purpose'],
  'Query.subjects': ['codes', 'purpose'],
  'Query.creditRecord': ['id', 'purpose'],
  'Query.searchSubjects': ['query', 'first', 'after', 'purpose'],
  'Query.disclosureStats': ['from', 'to', 'kind'],
  'Query.changes': ['after', 'first'],
  'Mutation.runCreditCheck': ['code', 'scenario', 'matter'],
  'Subject.licensingRecords': ['first', 'after'],
  'Subject.penaltyRecords': ['first', 'after'],
  'Subject.listEntries': ['type'],
};

/**
 * The shield rule of the field, decided for the viewer's role: a refused field is not planned;
 * nor is a field with an argument the planner does not read.
 */
function checkField(build: Build, typeName: string, fieldName: string): void {
  const allowed = ruleAllowsRole(ruleTree[typeName]?.[fieldName], build.viewer.role);
  if (allowed !== true) {
    throw new Unplannable(allowed === false ? 'refused field' : `rule of ${typeName}.${fieldName}`);
  }
  const type = build.schema.getType(typeName);
  const def = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  const read = READ_ARGUMENTS[`${typeName}.${fieldName}`] ?? [];
  if (def === undefined || def.args.some(arg => !read.includes(arg.name))) {
    throw new Unplannable(`arguments of ${typeName}.${fieldName}`);
  }
}

/**
 * The fields a selection asks of an object of `typeName`, in order, each checked against its
 * rule (checkField); `__typename` is answered into `members` on the way.
 */
function* fieldsOf(
  build: Build,
  typeName: string,
  sets: readonly SelectionSetNode[],
  members: Member[],
): Generator<CollectedField> {
  for (const f of collectFields(build.schema, build.fragments, typeName, sets)) {
    if (f.name === '__typename') {
      members.push([f.key, constant(typeName)]);
      continue;
    }
    checkField(build, typeName, f.name);
    yield f;
  }
}

/** A compiled object or value: its SQL and how its JSON is finished. */
interface Compiled {
  sql: SQL;
  finish?: Finish;
}

function compiledObject(members: Member[], finishes: Map<string, Finish>): Compiled {
  return {
    sql: jsonObject(members),
    ...(finishes.size === 0 ? {} : { finish: { fields: finishes } }),
  };
}

/** The ID number a role sees (DESIGN §3.5), by the SQL function of migration 0015. */
function idNumberFor(build: Build, column: SQLWrapper): SQL {
  if (build.faults.has('id-number-masking')) {
    return sql`${column}`;
  }
  return sql`id_number_for(${build.viewer.role}::text, ${column})`;
}

const CODE_DERIVED: Record<string, (code: string) => string | null> = {
  registrationAuthority: code => analyzeCreditCode(code).registrationAuthority ?? null,
  entityType: code => analyzeCreditCode(code).entityType ?? null,
  regionName: code => regionName(code.slice(2, 8)) ?? null,
};

/** A `Subject` read from the `subjects` row in scope. */
function subjectObject(build: Build, field: CollectedField): Compiled {
  const members: Member[] = [];
  const finishes = new Map<string, Finish>();
  for (const f of fieldsOf(build, 'Subject', subSelections(field), members)) {
    switch (f.name) {
      case 'code':
      case 'name':
      case 'category':
      case 'legalRepresentative':
      case 'nameAsOf':
        members.push([f.key, sql`${subjects[f.name]}`]);
        break;
      case 'legalRepresentativeIdNumber':
        members.push([f.key, idNumberFor(build, subjects.legalRepresentativeIdNumber)]);
        break;
      case 'regionCode':
        members.push([f.key, sql`substr(${subjects.code}, 3, 6)`]);
        break;
      case 'registrationAuthority':
      case 'entityType':
      case 'regionName': {
        const derive = CODE_DERIVED[f.name]!;
        members.push([f.key, sql`${subjects.code}`]);
        finishes.set(f.key, { value: code => derive(String(code)) });
        break;
      }
      case 'listEntries': {
        const entries = listEntriesOfSubject(build, f);
        members.push([f.key, entries.sql]);
        if (entries.finish !== undefined) {
          finishes.set(f.key, entries.finish);
        }
        break;
      }
      case 'licensingRecords':
      case 'penaltyRecords': {
        const connection = recordConnection(
          build,
          f.name === 'licensingRecords' ? KINDS.LICENSING : KINDS.PENALTY,
          f,
        );
        members.push([f.key, connection.sql]);
        if (connection.finish !== undefined) {
          finishes.set(f.key, connection.finish);
        }
        break;
      }
      default:
        throw new Unplannable(`Subject.${f.name}`);
    }
  }
  return compiledObject(members, finishes);
}

/** How a 双公示 kind is stored and shown: its table, declaration and visibility. */
interface KindPlan {
  kind: RecordKind;
  typeName: 'LicensingRecord' | 'PenaltyRecord';
  prefix: string;
  table: typeof licensingRecords | typeof penaltyRecords;
  declaration: RecordKindDeclaration;
  publicWhile: (today: CalendarDate) => SQL;
}

const KINDS: Record<RecordKind, KindPlan> = {
  LICENSING: {
    kind: RecordKind.LICENSING,
    typeName: 'LicensingRecord',
    prefix: 'licensing',
    table: licensingRecords,
    declaration: kindNamed('licensing')!,
    publicWhile: licensingPublicWhile,
  },
  PENALTY: {
    kind: RecordKind.PENALTY,
    typeName: 'PenaltyRecord',
    prefix: 'penalty',
    table: penaltyRecords,
    declaration: kindNamed('penalty')!,
    publicWhile: penaltyPublicWhile,
  },
};

/** The rows of the kind the viewer may see: the resolvers' own definition (record.visibility.ts). */
function visibility(build: Build, plan: KindPlan): SQL | undefined {
  if (build.faults.has('record-visibility')) {
    return undefined;
  }
  return recordVisibility(build.viewer, plan.table, plan.publicWhile(build.today), build.today);
}

const INSTANTS = new Set(['receivedAt', 'updatedAt', 'publishedAt', 'revokedAt', 'repairedAt']);

function column(plan: KindPlan, name: string): SQLWrapper {
  const columns: Record<string, SQLWrapper> = getTableColumns(plan.table);
  const found = columns[name];
  if (found === undefined) {
    throw new Unplannable(`${plan.typeName}.${name} has no column`);
  }
  return found;
}

/**
 * A record of the kind read from its row in scope. Each field's value comes from the kind's
 * declaration (records/kinds): stored fields as stored, decimals as their text, ID numbers
 * through id_number_for; the system fields by their meaning.
 */
function recordObject(build: Build, plan: KindPlan, sets: CollectedField): Compiled {
  const t = plan.table;
  const declared = new Map(
    [...plan.declaration.fields, ...(plan.declaration.systemFields ?? [])]
      .filter(f => f.graphql !== false)
      .map(f => [f.name, f]),
  );
  const members: Member[] = [];
  const finishes = new Map<string, Finish>();
  for (const f of fieldsOf(build, plan.typeName, subSelections(sets), members)) {
    const declaration = declared.get(f.name);
    if (declaration === undefined) {
      throw new Unplannable(`${plan.typeName}.${f.name} is not declared`);
    }
    if (f.name === 'id') {
      members.push([f.key, sql`${constant(`${plan.prefix}:`)} || ${t.id}`]);
    } else if (f.name === 'kind') {
      members.push([f.key, constant(plan.kind)]);
    } else if (INSTANTS.has(f.name)) {
      members.push([f.key, isoInstant(column(plan, f.name))]);
    } else if (f.name === 'underObjection') {
      members.push([f.key, objectionOpenOn(plan.kind, t.id)]);
    } else if (f.name === 'subject') {
      const subject = subjectObject(build, f);
      members.push([
        f.key,
        sql`(select ${subject.sql} from ${subjects} where ${subjects.code} = ${t.subjectCode})`,
      ]);
      if (subject.finish !== undefined) {
        finishes.set(f.key, subject.finish);
      }
    } else if (f.name === 'disclosure') {
      members.push([f.key, disclosureObject(build, plan, f)]);
    } else if (f.name === 'publicity') {
      members.push([f.key, publicityObject(build, f)]);
    } else {
      members.push([f.key, storedValue(build, declaration, column(plan, f.name))]);
    }
  }
  return compiledObject(members, finishes);
}

/** A `ListEntry` read from the `list_entries` row in scope (listEntryNode). */
function listEntryObject(build: Build, field: CollectedField): Compiled {
  const t = listEntries;
  const declared = new Map(
    [...RED_LIST_KIND.fields, ...(RED_LIST_KIND.systemFields ?? [])]
      .filter(f => f.graphql !== false)
      .map(f => [f.name, f]),
  );
  const columns: Record<string, SQLWrapper> = getTableColumns(t);
  const members: Member[] = [];
  const finishes = new Map<string, Finish>();
  for (const f of fieldsOf(build, 'ListEntry', subSelections(field), members)) {
    if (!declared.has(f.name)) {
      throw new Unplannable(`ListEntry.${f.name} is not declared`);
    }
    if (f.name === 'id') {
      members.push([f.key, sql`${constant('list:')} || ${t.id}`]);
    } else if (f.name === 'status') {
      members.push([f.key, listEntryStatusSql(build.today)]);
    } else if (f.name === 'removedAt' || f.name === 'repairedAt') {
      members.push([f.key, isoInstant(t[f.name])]);
    } else if (f.name === 'history') {
      members.push([f.key, listEntryHistoryArray(build, f)]);
    } else if (f.name === 'underObjection') {
      members.push([f.key, objectionOpenOn('LIST_ENTRY', t.id)]);
    } else if (f.name === 'subject') {
      const subject = subjectObject(build, f);
      members.push([
        f.key,
        sql`(select ${subject.sql} from ${subjects} where ${subjects.code} = ${t.subjectCode})`,
      ]);
      if (subject.finish !== undefined) {
        finishes.set(f.key, subject.finish);
      }
    } else if (columns[f.name] !== undefined) {
      members.push([f.key, storedValue(build, declared.get(f.name)!, columns[f.name]!)]);
    } else {
      throw new Unplannable(`ListEntry.${f.name} has no column`);
    }
  }
  return compiledObject(members, finishes);
}

/** The history of the `list_entries` row in scope (ListEntryResolver.history), oldest first. */
function listEntryHistoryArray(build: Build, field: CollectedField): SQL {
  const members: Member[] = [];
  for (const f of fieldsOf(build, 'ListEntryEvent', subSelections(field), members)) {
    switch (f.name) {
      case 'kind':
      case 'version':
      case 'reason':
        members.push([f.key, sql.raw(`e.${f.name}`)]);
        break;
      case 'at':
        members.push([f.key, isoInstant(sql.raw('e.at'))]);
        break;
      default:
        throw new Unplannable(`ListEntryEvent.${f.name}`);
    }
  }
  return sql`coalesce((select json_agg(${jsonObject(members)} order by ${LIST_ENTRY_EVENT_ORDER})
    from (${listEntryEventsSql()}) e), '[]'::json)`;
}

/** The JSON array of the `list_entries` rows `where` selects, in the list's order. */
function listEntryArray(build: Build, field: CollectedField, where: SQL | undefined): Compiled {
  const entry = listEntryObject(build, field);
  return {
    sql: sql`coalesce((select json_agg(${entry.sql} order by ${sql.join([...LIST_ENTRY_ORDER], sql`, `)})
      from ${listEntries} where ${where}), '[]'::json)`,
    ...(entry.finish === undefined ? {} : { finish: entry.finish }),
  };
}

/**
 * The subject's red- and black-list entries the viewer's role is shown (SubjectListsResolver),
 * by the list module's own definition (listEntriesShownTo), in its order.
 */
function listEntriesOfSubject(build: Build, field: CollectedField): Compiled {
  const args = argumentsOf(build, 'Subject', field);
  const type = param(build, values => args.at(values)['type'] ?? null);
  const t = listEntries;
  return listEntryArray(
    build,
    field,
    and(
      eq(t.subjectCode, subjects.code),
      build.faults.has('list-entry-visibility')
        ? visibleActiveEntries(build.today, false)
        : listEntriesShownTo(build.viewer.role, build.today),
      sql`(${type}::text is null or ${t.listType}::text = ${type}::text)`,
    ),
  );
}

/**
 * A stored field as the GraphQL type shows it: ID numbers through id_number_for, decimals as
 * their text, instants as the DateTime scalar writes them, the rest as stored. A masking the
 * planner does not know is not planned.
 */
function storedValue(build: Build, declaration: KindField, stored: SQLWrapper): SQL {
  if (declaration.masking !== undefined) {
    if (declaration.masking !== 'ID_NUMBER') {
      throw new Unplannable(`masking ${String(declaration.masking)}`);
    }
    return idNumberFor(build, stored);
  }
  if (declaration.type === 'DECIMAL') {
    return sql`${stored}::text`;
  }
  if (is(stored, PgTimestamp)) {
    return isoInstant(stored);
  }
  return sql`${stored}`;
}

/** DESIGN §3.2's status, as disclosure-policy.ts `disclosureStatus` judges it. */
function disclosureStatusSql(build: Build, plan: KindPlan): SQL {
  const t = plan.table;
  return sql`case when not ${t.disclosureRequired} then 'NOT_REQUIRED'
    when ${t.publishedOn} is not null then
      case when ${t.publishedOn} <= ${t.disclosureDeadline} then 'ON_TIME' else 'LATE' end
    when ${build.today}::date > ${t.disclosureDeadline} then 'OVERDUE'
    else 'PENDING' end`;
}

function disclosureObject(build: Build, plan: KindPlan, field: CollectedField): SQL {
  const t = plan.table;
  const members: Member[] = [];
  for (const f of fieldsOf(build, 'Disclosure', subSelections(field), members)) {
    switch (f.name) {
      case 'deadline':
        members.push([f.key, sql`${t.disclosureDeadline}`]);
        break;
      case 'provisional':
        members.push([f.key, sql`${t.deadlineProvisional}`]);
        break;
      case 'publishedAt':
        members.push([f.key, isoInstant(t.publishedAt)]);
        break;
      case 'status':
        members.push([f.key, disclosureStatusSql(build, plan)]);
        break;
      case 'workingDaysLate': {
        // workingDaysLate of disclosure-policy.ts, on the calendar of migration 0016.
        const status = disclosureStatusSql(build, plan);
        members.push([
          f.key,
          sql`case ${status}
            when 'LATE' then greatest(1, working_days_between(${t.disclosureDeadline}, ${t.publishedOn}))
            when 'OVERDUE' then greatest(1, working_days_between(${t.disclosureDeadline}, ${build.today}::date))
            end`,
        ]);
        break;
      }
      default:
        throw new Unplannable(`Disclosure.${f.name}`);
    }
  }
  return jsonObject(members);
}

function publicityObject(build: Build, field: CollectedField): SQL {
  const t = penaltyRecords;
  const columns: Record<string, SQLWrapper> = {
    regime: t.publicityRegime,
    minimumEndDate: t.publicityMinEnd,
    maximumEndDate: t.publicityMaxEnd,
  };
  const members: Member[] = [];
  for (const f of fieldsOf(build, 'PublicityPeriod', subSelections(field), members)) {
    const value = columns[f.name];
    if (value === undefined) {
      throw new Unplannable(`PublicityPeriod.${f.name}`);
    }
    members.push([f.key, sql`${value}`]);
  }
  return jsonObject(members);
}

/**
 * A subject's records of one kind as a Relay connection (subject-records.resolver.ts): newest
 * decision first, keyset pagination on (decision date, id), `first` + 1 rows read to know
 * whether a next page exists, the count of every visible row when asked for.
 */
function recordConnection(build: Build, plan: KindPlan, field: CollectedField): Compiled {
  const t = plan.table;
  const args = argumentsOf(build, 'Subject', field);
  // Whether a cursor is given shapes the statement; the plan's key holds which variables are set.
  const after = args.planned['after'];
  const hasAfter = after !== null && after !== undefined;
  const size = param(build, values => pageSize(args.at(values)['first'] as number));
  const cursor = hasAfter
    ? (values: RequestValues) =>
        decodeCursor(args.at(values)['after'] as string, ['date', 'number'] as const)
    : undefined;
  const afterSql =
    cursor === undefined
      ? undefined
      : (() => {
          const date = sql`${param(build, values => cursor(values)[0])}::date`;
          const id = sql`${param(build, values => cursor(values)[1])}::bigint`;
          return or(lt(t.decisionDate, date), and(eq(t.decisionDate, date), lt(t.id, id)));
        })();
  const visible = visibility(build, plan);
  const ofSubject = eq(t.subjectCode, subjects.code);

  const page = connectionOf(build, field, {
    nodeType: plan.typeName,
    node: e => recordObject(build, plan, e),
    total: sql`(select count(*)::integer from ${t} where ${and(ofSubject, visible)})`,
    size,
    last: size,
    hasPrevious: hasAfter,
  });
  if (!page.readsRows) {
    return page.compiled;
  }
  const order = [desc(t.decisionDate), desc(t.id)];
  return {
    ...page.compiled,
    sql: sql`(select ${page.compiled.sql} from (
      select '["' || to_char(${t.decisionDate}, 'YYYY-MM-DD') || '",' || ${t.id} || ']' as c,
        row_number() over (order by ${sql.join(order, sql`, `)}) as o
        ${page.rowColumns}
      from ${t}
      where ${and(ofSubject, visible, afterSql)}
      order by ${sql.join(order, sql`, `)}
      limit ${size}::integer + 1) page)`,
  };
}

/**
 * How a connection's page is read. The statement's `page` rows, one more than the page holds,
 * carry `o` (their position: the page is the rows with `o <= last`), `c` (the text of the JSON
 * array their cursor encodes, as `encodeCursor` of shared/pagination.ts writes it: a record's
 * `["decision date",id]`, a search hit's `[position]`) and a column per node selection.
 */
interface PageShape {
  nodeType: string;
  node: (field: CollectedField) => Compiled;
  total: SQL;
  /** `totalCountExact`, for connections that have it. */
  totalExact?: SQL;
  /** Edge fields besides cursor and node: a column of the page's row, finished in JS. */
  edgeFields?: Record<string, { sql: SQL; finish: Finish }>;
  size: SQL;
  last: SQL;
  hasPrevious: boolean;
}

/**
 * A Relay connection over the `page` rows (toConnection of shared/pagination.ts): its object,
 * the node columns the page must select, and whether the rows are read at all (a bare
 * `totalCount` reads none).
 */
function connectionOf(
  build: Build,
  field: CollectedField,
  shape: PageShape,
): { compiled: Compiled; rowColumns: SQL; readsRows: boolean } {
  const connectionType = `${shape.nodeType}Connection`;
  const edgeType = `${shape.nodeType}Edge`;
  const onPage = sql`page.o <= ${shape.last}::integer`;
  const members: Member[] = [];
  const finishes = new Map<string, Finish>();
  const rowColumns: SQL[] = [];
  let readsRows = false;
  for (const f of fieldsOf(build, connectionType, subSelections(field), members)) {
    if (f.name === 'totalCount') {
      members.push([f.key, shape.total]);
    } else if (f.name === 'totalCountExact' && shape.totalExact !== undefined) {
      members.push([f.key, shape.totalExact]);
    } else if (f.name === 'pageInfo') {
      readsRows = true;
      const info: Member[] = [];
      for (const p of fieldsOf(build, 'PageInfo', subSelections(f), info)) {
        if (p.name === 'hasNextPage') {
          info.push([p.key, sql`count(*) > ${shape.size}::integer`]);
        } else if (p.name === 'hasPreviousPage') {
          info.push([p.key, shape.hasPrevious ? sql`true` : sql`false`]);
        } else if (p.name === 'startCursor' || p.name === 'endCursor') {
          const direction = p.name === 'startCursor' ? sql`` : sql` desc`;
          info.push([
            p.key,
            cursorOf(
              sql`(array_agg(page.c order by page.o${direction}) filter (where ${onPage}))[1]`,
            ),
          ]);
        } else {
          throw new Unplannable(`PageInfo.${p.name}`);
        }
      }
      members.push([f.key, jsonObject(info)]);
    } else if (f.name === 'edges') {
      readsRows = true;
      const edge: Member[] = [];
      const edgeFinishes = new Map<string, Finish>();
      for (const e of fieldsOf(build, edgeType, subSelections(f), edge)) {
        if (e.name === 'cursor') {
          edge.push([e.key, cursorOf(sql`page.c`)]);
        } else if (e.name === 'node') {
          const node = shape.node(e);
          const name = `n${rowColumns.length + 1}`;
          rowColumns.push(sql`${node.sql} as ${sql.identifier(name)}`);
          edge.push([e.key, sql.raw(`page.${name}`)]);
          if (node.finish !== undefined) {
            edgeFinishes.set(e.key, node.finish);
          }
        } else if (shape.edgeFields?.[e.name] !== undefined) {
          const extra = shape.edgeFields[e.name]!;
          const name = `n${rowColumns.length + 1}`;
          rowColumns.push(sql`${extra.sql} as ${sql.identifier(name)}`);
          edge.push([e.key, sql.raw(`page.${name}`)]);
          edgeFinishes.set(e.key, extra.finish);
        } else {
          throw new Unplannable(`${edgeType}.${e.name}`);
        }
      }
      members.push([
        f.key,
        sql`coalesce(json_agg(${jsonObject(edge)} order by page.o) filter (where ${onPage}), '[]'::json)`,
      ]);
      if (edgeFinishes.size > 0) {
        finishes.set(f.key, { fields: edgeFinishes });
      }
    } else {
      throw new Unplannable(`${connectionType}.${f.name}`);
    }
  }
  return {
    compiled: compiledObject(members, finishes),
    rowColumns: rowColumns.length === 0 ? sql`` : sql`, ${sql.join(rowColumns, sql`, `)}`,
    readsRows,
  };
}

/**
 * The access-log row(s) of a root field for the logged roles, written by the same statement:
 * one per row of `codes` (a query with a `code` column), in its order; `purpose` is read in the
 * scope of that row (`logged`).
 */
function logAccess(build: Build, codes: SQL, purpose: SQL): void {
  if (!isLoggedRole(build.viewer.role)) {
    return;
  }
  const viewerValue = (pick: (viewer: Viewer) => unknown) =>
    param(build, values => pick(values.viewer));
  build.writes.push(
    sql`${sql.identifier(`write${build.writes.length + 1}`)} as (insert into ${accessLog} (occurred_at, key_id, role, organization_name, organization_code, subject_code, purpose, operation, data_read)
      select ${param(build, values => values.now.toISOString())}::timestamptz,
        ${viewerValue(v => v.keyId)}::uuid, ${build.viewer.role}::role,
        ${viewerValue(v => v.organizationName)}::text, ${viewerValue(v => v.organizationCode)}::text,
        logged.code, ${purpose}::text, ${build.operationLabel}::text,
        ${`{${build.dataRead.join(',')}}`}::text[]
      from (${codes}) logged)`,
  );
}

function purposeParam(build: Build, args: ReturnType<typeof argumentsOf>): SQL {
  return param(build, values =>
    statedPurpose(values.viewer, args.at(values)['purpose'] as string | null | undefined),
  );
}

/** `subject(code:, purpose:)`: the profile, and its access-log row for logged roles. */
function subjectRoot(build: Build, field: CollectedField): Compiled {
  const args = argumentsOf(build, 'Query', field);
  const code = param(build, values => args.at(values)['code']);
  const purpose = purposeParam(build, args);
  logAccess(build, sql`select ${code}::text as code`, purpose);
  const subject = subjectObject(build, field);
  return {
    sql: sql`(select ${subject.sql} from ${subjects} where ${subjects.code} = ${code}::text)`,
    ...(subject.finish === undefined ? {} : { finish: subject.finish }),
  };
}

/** `subjects(codes:, purpose:)`: the profiles in the order given, null for unknown codes. */
function subjectsRoot(build: Build, field: CollectedField): Compiled {
  const args = argumentsOf(build, 'Query', field);
  const codesParam = namedParam(build, values =>
    checkBatchCodes(args.at(values)['codes'] as string[]),
  );
  const codes = codesParam.sql;
  // The codes logged: those read, unless a large batch's parts read them (planner.ts).
  const logged = namedParam(build, values => checkBatchCodes(args.at(values)['codes'] as string[]));
  build.batch = { param: codesParam.name, logged: logged.name, key: field.key };
  const purpose = purposeParam(build, args);
  logAccess(
    build,
    sql`select asked.code from unnest(${logged.sql}::text[]) with ordinality as asked(code, ord) order by asked.ord`,
    purpose,
  );
  const subject = subjectObject(build, field);
  return {
    sql: sql`(select coalesce(json_agg((select ${subject.sql} from ${subjects} where ${subjects.code} = asked.code) order by asked.ord), '[]'::json)
      from unnest(${codes}::text[]) with ordinality as asked(code, ord))`,
    ...(subject.finish === undefined ? {} : { finish: subject.finish }),
  };
}

/** `creditRecord(id:, purpose:)`: one record by its global ID, logged against its subject. */
function creditRecordRoot(build: Build, field: CollectedField): Compiled {
  const args = argumentsOf(build, 'Query', field);
  // A malformed id is the resolvers' BAD_USER_INPUT: computing it throws, and they answer.
  const parsed = (values: RequestValues) => {
    const found = parseRecordGlobalId(args.at(values)['id'] as string);
    if (found === null) {
      throw malformedId('id');
    }
    return found;
  };
  const kind = param(build, values => parsed(values).kind);
  const id = param(build, values => parsed(values).id);
  const purpose = purposeParam(build, args);
  const branches = Object.values(KINDS).map(plan => {
    const where = and(
      sql`${kind}::text = ${plan.kind}`,
      eq(plan.table.id, sql`${id}::bigint`),
      visibility(build, plan),
    );
    return { plan, where, node: recordObject(build, plan, field) };
  });
  if (branches.some(branch => branch.node.finish !== undefined)) {
    throw new Unplannable('finished values inside a record');
  }
  logAccess(
    build,
    sql.join(
      branches.map(
        ({ plan, where }) =>
          sql`select ${plan.table.subjectCode} as code from ${plan.table} where ${and(where, sql`${plan.table.subjectCode} is not null`)}`,
      ),
      sql` union all `,
    ),
    purpose,
  );
  return {
    sql: sql`coalesce(${sql.join(
      branches.map(
        ({ plan, where, node }) => sql`(select ${node.sql} from ${plan.table} where ${where})`,
      ),
      sql`, `,
    )})`,
  };
}

/**
 * `searchSubjects(query:, first:, after:)`: the search module's own matches in rank order
 * (subjectSearch's keys after the cursor's, one row more than the page), its capped total and
 * its highlights (nameHighlights). The statement's shape depends on the text (a code prefix, a
 * pair, a longer name), so such a plan is compiled per request.
 */
function searchRoot(build: Build, field: CollectedField): Compiled {
  // A logged role's search logs each subject it finds: the resolvers answer it (accessLogPlugin).
  if (isLoggedRole(build.viewer.role)) {
    throw new Unplannable('a logged search');
  }
  build.cacheable = false;
  const args = argumentsOf(build, 'Query', field).planned;
  let size: number;
  let request: ReturnType<typeof searchRequest>;
  try {
    size = pageSize(args['first'] as number);
    request = searchRequest(args['query'] as string, args['after'] as string | null);
  } catch {
    throw new Unplannable('input');
  }
  const search = subjectSearch(request.text);
  const totals = searchTotal(search);
  const text = request.text;
  const page = connectionOf(build, field, {
    nodeType: 'Subject',
    node: e => subjectObject(build, e),
    total: totals.total,
    totalExact: totals.exact,
    edgeFields: {
      // The name, turned into the query's places in it by the resolvers' own function.
      highlights: {
        sql: sql`${subjects.name}`,
        finish: { value: name => nameHighlights(String(name), text) },
      },
    },
    size: sql`${size}`,
    last: sql`${request.offset + size}`,
    hasPrevious: request.offset > 0,
  });
  if (!page.readsRows) {
    // A bare totalCount reads no page rows.
    return page.compiled;
  }
  const position = sql`row_number() over (order by k.sort, k.code) + ${request.offset}::integer`;
  return {
    ...page.compiled,
    // The page is named "subjects", so that the node's columns read its rows; the cursor is
    // searchCursor's JSON, [position, sort, "code"].
    sql: sql`(select ${page.compiled.sql} from (
      select ${position} as o, '[' || ${position} || ',' || k.sort || ',"' || k.code || '"]' as c ${page.rowColumns}
      from (${search.keys(request.after, size + 1)}) k
      join ${subjects} on ${subjects.code} = k.code) page)`,
  };
}

/** A `Measure` read from the `measures` row in scope. */
function measureObject(build: Build, field: CollectedField): SQL {
  const columns: Record<string, SQLWrapper> = getTableColumns(measures);
  const members: Member[] = [];
  for (const f of fieldsOf(build, 'Measure', subSelections(field), members)) {
    const value = f.name === 'active' || f.name === 'updatedAt' ? undefined : columns[f.name];
    if (value === undefined) {
      throw new Unplannable(`Measure.${f.name}`);
    }
    members.push([f.key, sql`${value}`]);
  }
  return jsonObject(members);
}

/** The feedback of the check in scope on the `measures` row in scope, or null. */
function feedbackObject(build: Build, field: CollectedField): SQL {
  const f = checkFeedback;
  const members: Member[] = [];
  for (const m of fieldsOf(build, 'MeasureFeedback', subSelections(field), members)) {
    if (m.name === 'applied' || m.name === 'reason') {
      members.push([m.key, sql`${f[m.name]}`]);
    } else if (m.name === 'recordedAt') {
      members.push([m.key, isoInstant(f.recordedAt)]);
    } else {
      throw new Unplannable(`MeasureFeedback.${m.name}`);
    }
  }
  return sql`(select ${jsonObject(members)} from ${f}
    where ${f.checkId} = ${checkRow.id} and ${f.measureId} = ${measures.id})`;
}

/**
 * A `CreditCheck` read from the check the statement stores (CreditCheckResolver): its hits in
 * the list's order, its measures in the check's order with their feedback, the subject.
 */
function creditCheckObject(build: Build, field: CollectedField): Compiled {
  const c = checkRow;
  const members: Member[] = [];
  const finishes = new Map<string, Finish>();
  for (const f of fieldsOf(build, 'CreditCheck', subSelections(field), members)) {
    switch (f.name) {
      case 'id':
      case 'subjectCode':
      case 'scenario':
      case 'matter':
      case 'organizationName':
      case 'organizationCode':
      case 'incentiveReason':
      case 'incentiveRule':
      case 'incentiveExplanation':
      case 'recordsCoverageFrom':
        members.push([f.key, sql`${c[f.name]}`]);
        break;
      case 'penalties': {
        const plan = KINDS.PENALTY;
        const penalty = recordObject(build, plan, f);
        members.push([
          f.key,
          sql`coalesce((select json_agg(${penalty.sql} order by ids.ord)
            from unnest(${c.penaltyIds}) with ordinality as ids(id, ord)
            join ${plan.table} on ${plan.table.subjectCode} = ${c.subjectCode} and ${plan.table.id} = ids.id), '[]'::json)`,
        ]);
        if (penalty.finish !== undefined) {
          finishes.set(f.key, penalty.finish);
        }
        break;
      }
      case 'deniedMeasures': {
        const item: Member[] = [];
        for (const m of fieldsOf(build, 'DeniedMeasure', subSelections(f), item)) {
          if (m.name === 'measure') {
            item.push([m.key, measureObject(build, m)]);
          } else if (m.name === 'rule') {
            item.push([m.key, sql`${c.incentiveRule}`]);
          } else if (m.name === 'explanation') {
            item.push([m.key, sql`${c.incentiveExplanation}`]);
          } else {
            throw new Unplannable(`DeniedMeasure.${m.name}`);
          }
        }
        members.push([
          f.key,
          sql`coalesce((select json_agg(${jsonObject(item)} order by ids.ord)
            from unnest(${c.deniedMeasureIds}) with ordinality as ids(id, ord)
            join ${measures} on ${measures.id} = ids.id), '[]'::json)`,
        ]);
        break;
      }
      case 'checkedAt':
        members.push([f.key, isoInstant(c.checkedAt)]);
        break;
      case 'hits': {
        const hits = listEntryArray(
          build,
          f,
          and(
            eq(listEntries.subjectCode, c.subjectCode),
            sql`${listEntries.id} = any(${c.hitEntryIds})`,
          ),
        );
        members.push([f.key, hits.sql]);
        if (hits.finish !== undefined) {
          finishes.set(f.key, hits.finish);
        }
        break;
      }
      case 'measures': {
        const item: Member[] = [];
        for (const m of fieldsOf(build, 'CheckMeasure', subSelections(f), item)) {
          if (m.name === 'measure') {
            item.push([m.key, measureObject(build, m)]);
          } else if (m.name === 'rule') {
            // CreditCheckResolver.measures: a punishment by the black list, an incentive by the check's rule.
            item.push([
              m.key,
              sql`case when ${measures.listType} = ${ListType.BLACK} then ${CheckRule.BLACK_LISTED}::text else ${c.incentiveRule}::text end`,
            ]);
          } else if (m.name === 'feedback') {
            item.push([m.key, feedbackObject(build, m)]);
          } else {
            throw new Unplannable(`CheckMeasure.${m.name}`);
          }
        }
        members.push([
          f.key,
          sql`coalesce((select json_agg(${jsonObject(item)} order by ids.ord)
            from unnest(${c.measureIds}) with ordinality as ids(id, ord)
            join ${measures} on ${measures.id} = ids.id), '[]'::json)`,
        ]);
        break;
      }
      case 'complete':
        members.push([
          f.key,
          sql`not exists (select 1 from unnest(${c.measureIds}) as ids(id) where not exists (
            select 1 from ${checkFeedback} where ${checkFeedback.checkId} = ${c.id} and ${checkFeedback.measureId} = ids.id))`,
        ]);
        break;
      case 'subject':
        subjectMember(build, f, sql`${c.subjectCode}`, members, finishes);
        break;
      default:
        throw new Unplannable(`CreditCheck.${f.name}`);
    }
  }
  return compiledObject(members, finishes);
}

/**
 * `runCreditCheck(code:, scenario:, matter:)`: the check module's own statement decides, stores
 * and audits the check (checkStatement); the payload is read from the row it stores.
 */
function runCreditCheckRoot(build: Build, field: CollectedField): Compiled {
  const args = argumentsOf(build, 'Mutation', field);
  const viewerValue = (pick: (viewer: Viewer) => unknown) =>
    param(build, values => pick(values.viewer));
  build.writes.push(
    checkStatement(
      {
        code: param(build, values => args.at(values)['code']),
        scenario: param(build, values => args.at(values)['scenario']),
        matter: param(build, values => checkMatter(args.at(values)['matter'] as string)),
        at: param(build, values => values.now.toISOString()),
        keyId: viewerValue(v => v.keyId),
        role: sql`${build.viewer.role}`,
        organizationName: viewerValue(v => v.organizationName),
        organizationCode: viewerValue(v => v.organizationCode),
      },
      build.today,
    ),
  );
  logAccess(
    build,
    sql`select ${checkRow.subjectCode} as code from ${sql.identifier(CHECK_CTE)}`,
    param(build, values => checkMatter(args.at(values)['matter'] as string)),
  );
  const check = creditCheckObject(build, field);
  return {
    sql: sql`(select ${check.sql} from ${sql.identifier(CHECK_CTE)})`,
    ...(check.finish === undefined ? {} : { finish: check.finish }),
  };
}

/**
 * `changes(after:, first:)`: the calling institution's feed page by the monitoring module's
 * own statement (feedPageSql), read once into a CTE that both the answer and the access-log
 * rows use. Each code shown is logged once with its list's purpose, purposes in the order they
 * first appear, codes in the order they first appear (as the resolver's logShown).
 */
function changesRoot(build: Build, field: CollectedField): Compiled {
  const args = argumentsOf(build, 'Query', field);
  const after = args.planned['after'];
  const hasAfter = after !== null && after !== undefined;
  // A malformed cursor or page size is the resolvers' BAD_USER_INPUT: computing it throws.
  const position = (values: RequestValues) =>
    decodeFeedCursor(args.at(values)['after'] as string | null | undefined);
  const size = param(build, values => pageSize(args.at(values)['first'] as number));
  const institution = sql`${param(build, values => values.viewer.organizationCode)}::text`;
  const page = sql.identifier(`feed${build.writes.length + 1}`);
  build.writes.push(
    sql`${page} as (${feedPageSql({
      institutionCode: institution,
      afterTxid: sql`${param(build, values => position(values).txid)}::xid8`,
      afterId: sql`${param(build, values => position(values).id)}::bigint`,
      limit: sql`${size}::integer + 1`,
    })})`,
  );
  // Each code once, with its list's purpose: purposes in the order they first appear, codes in
  // the order they first appear.
  logAccess(
    build,
    sql`select shown.code, shown.purpose
      from (select subject_code as code, purpose, min(o) as first from ${page}
              where o <= ${size}::integer group by subject_code, purpose) shown
      order by min(shown.first) over (partition by shown.purpose), shown.first`,
    sql`logged.purpose`,
  );
  const connection = connectionOf(build, field, {
    nodeType: 'Change',
    node: e => changeObject(build, e),
    total: sql`(${feedCountSql(institution)})`,
    size,
    last: size,
    hasPrevious: hasAfter,
  });
  if (!connection.readsRows) {
    return connection.compiled;
  }
  return {
    ...connection.compiled,
    sql: sql`(select ${connection.compiled.sql} from (
      select '["' || ch.txid || '",' || ch.id || ']' as c, ch.o ${connection.rowColumns}
      from ${page} ch) page)`,
  };
}

/** A `subject` member: the subject of the code `code` as the role sees it, null when unknown. */
function subjectMember(
  build: Build,
  field: CollectedField,
  code: SQL,
  members: Member[],
  finishes: Map<string, Finish>,
): void {
  const subject = subjectObject(build, field);
  members.push([
    field.key,
    sql`(select ${subject.sql} from ${subjects} where ${subjects.code} = ${code})`,
  ]);
  if (subject.finish !== undefined) {
    finishes.set(field.key, subject.finish);
  }
}

/** A change of the feed (monitoring's Change), from a row `ch` of its page. */
function changeObject(build: Build, field: CollectedField): Compiled {
  const members: Member[] = [];
  const finishes = new Map<string, Finish>();
  for (const f of fieldsOf(build, 'Change', subSelections(field), members)) {
    switch (f.name) {
      case 'id':
        members.push([f.key, sql`ch.id::text`]);
        break;
      case 'subjectCode':
        members.push([f.key, sql`ch.subject_code`]);
        break;
      case 'kind':
        members.push([f.key, sql`ch.kind`]);
        break;
      case 'recordId':
        members.push([f.key, sql`ch.record_id`]);
        break;
      case 'occurredAt':
        members.push([f.key, isoInstant(sql`ch.occurred_at`)]);
        break;
      case 'subject':
        subjectMember(build, f, sql`ch.subject_code`, members, finishes);
        break;
      default:
        throw new Unplannable(`Change.${f.name}`);
    }
  }
  return compiledObject(members, finishes);
}

const STATS_COLUMNS: Readonly<Record<string, string>> = {
  sourceUnit: 'source_unit',
  sourceUnitCode: 'source_unit_code',
  total: 'total',
  onTime: 'on_time',
  late: 'late',
  overdue: 'overdue',
  pending: 'pending',
  notRequired: 'not_required',
};

/**
 * `disclosureStats(from:, to:, kind:)`: the disclosure module's own statement of the counters
 * (disclosureStatsStatement), one object per source unit in code order; a PROVIDER's are its
 * own. A reversed period is the resolvers' BAD_USER_INPUT: computing it throws, and they answer.
 */
function disclosureStatsRoot(build: Build, field: CollectedField): Compiled {
  const args = argumentsOf(build, 'Query', field);
  const period = (values: RequestValues) => {
    const { from, to } = args.at(values) as { from: CalendarDate; to: CalendarDate };
    if (from > to) {
      throw new BadInputError(say('PERIOD_REVERSED', named('from')), 'from');
    }
    return { from, to, segments: counterSegmentArrays(from, to) };
  };
  const kinds = param(build, values => {
    const kind = args.at(values)['kind'] as RecordKind | null | undefined;
    return arrayLiteral(kind ? [kind] : [RecordKind.LICENSING, RecordKind.PENALTY]);
  });
  const statement = disclosureStatsStatement({
    kinds,
    from: param(build, values => period(values).from),
    to: param(build, values => period(values).to),
    grains: param(build, values => arrayLiteral(period(values).segments.grains)),
    los: param(build, values => arrayLiteral(period(values).segments.los)),
    his: param(build, values => arrayLiteral(period(values).segments.his)),
    sourceUnitCode: param(build, values =>
      values.viewer.role === Role.PROVIDER ? values.viewer.organizationCode : null,
    ),
    today: sql`${build.today}::date`,
  });
  const members: Member[] = [];
  for (const f of fieldsOf(build, 'DisclosureStats', subSelections(field), members)) {
    const column = STATS_COLUMNS[f.name];
    if (column !== undefined) {
      members.push([f.key, sql.raw(`st.${column}`)]);
    } else if (f.name === 'onTimeRate') {
      members.push([
        f.key,
        sql`case when st.on_time + st.late + st.overdue = 0 then null
          else st.on_time::float8 / (st.on_time + st.late + st.overdue) end`,
      ]);
    } else {
      throw new Unplannable(`DisclosureStats.${f.name}`);
    }
  }
  return {
    sql: sql`(select coalesce(json_agg(${jsonObject(members)} order by st.source_unit_code collate "C"), '[]'::json)
      from (${statement}) st)`,
  };
}

const MUTATION_ROOTS: Record<string, (build: Build, field: CollectedField) => Compiled> = {
  runCreditCheck: runCreditCheckRoot,
};

const ROOTS: Record<string, (build: Build, field: CollectedField) => Compiled> = {
  searchSubjects: searchRoot,
  subject: subjectRoot,
  subjects: subjectsRoot,
  creditRecord: creditRecordRoot,
  disclosureStats: disclosureStatsRoot,
  changes: changesRoot,
};

/** A compiled operation: its statement, the parameters it takes and how its answer is finished. */
export interface CompiledOperation {
  statement: SQL;
  params: ReadonlyMap<string, (values: RequestValues) => unknown>;
  finish: Finish | undefined;
  writes: boolean;
  cacheable: boolean;
  /**
   * For an operation that is one `subjects(codes:)` and nothing else: the parameter of its
   * codes and its response key, so that a large batch can run in parts side by side.
   */
  batch: { param: string; logged: string; key: string } | undefined;
}

/**
 * Compiles a query, or a mutation of one planned field, into one statement that returns the
 * response's `data` as JSON text (a mutation's writes in its `WITH`), with the field rules of the viewer's role applied: a field the role may not see, an argument the
 * planner does not read, a type or a directive it does not know make it Unplannable, and the
 * resolvers answer instead. `faults` breaks named rules on purpose (the differential test shows
 * it catches them).
 */
export function compileOperation(input: {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Record<string, unknown>;
  viewer: Viewer;
  today: CalendarDate;
  faults?: ReadonlySet<string>;
}): CompiledOperation {
  const operation = input.operation.operation;
  if (operation !== 'query' && operation !== 'mutation') {
    throw new Unplannable(operation);
  }
  const rootType = operation === 'query' ? 'Query' : 'Mutation';
  const roots = operation === 'query' ? ROOTS : MUTATION_ROOTS;
  const build: Build = {
    schema: input.schema,
    fragments: input.fragments,
    variables: input.variables,
    viewer: input.viewer,
    today: input.today,
    operationLabel: `${operation} ${input.operation.name?.value ?? '(anonymous)'}`,
    dataRead: subjectDataRead(input.schema, input.operation, input.fragments),
    params: new Map(),
    writes: [],
    faults: input.faults ?? new Set(),
    cacheable: true,
  };
  const members: Member[] = [];
  const finishes = new Map<string, Finish>();
  const fields = collectFields(input.schema, input.fragments, rootType, [
    input.operation.selectionSet,
  ]);
  // Mutation fields run one after the other, each seeing what the previous wrote: one
  // statement cannot, so only a mutation of one field is planned.
  if (operation === 'mutation' && fields.filter(f => f.name !== '__typename').length !== 1) {
    throw new Unplannable('a mutation of several fields');
  }
  for (const f of fields) {
    if (f.name === '__typename') {
      members.push([f.key, constant(rootType)]);
      continue;
    }
    const root = roots[f.name];
    if (root === undefined) {
      throw new Unplannable(`${rootType}.${f.name}`);
    }
    checkField(build, rootType, f.name);
    const compiled = root(build, f);
    members.push([f.key, compiled.sql]);
    if (compiled.finish !== undefined) {
      finishes.set(f.key, compiled.finish);
    }
  }
  const data = jsonObject(members);
  const statement =
    build.writes.length === 0
      ? sql`select (${data})::text as data`
      : sql`with ${sql.join(build.writes, sql`, `)} select (${data})::text as data`;
  return {
    statement,
    params: build.params,
    finish: finishes.size === 0 ? undefined : { fields: finishes },
    writes: build.writes.length > 0,
    cacheable: build.cacheable,
    batch: fields.length === 1 ? build.batch : undefined,
  };
}

/** Applies the JavaScript finish of a plan to the JSON the statement returned. */
export function finishValue(finish: Finish | undefined, value: unknown): unknown {
  if (finish === undefined || value === null || value === undefined) {
    return value;
  }
  if (finish.value !== undefined) {
    return finish.value(value);
  }
  if (Array.isArray(value)) {
    return value.map(item => finishValue(finish, item));
  }
  const object = value as Record<string, unknown>;
  for (const [key, child] of finish.fields ?? []) {
    object[key] = finishValue(child, object[key]);
  }
  return object;
}
