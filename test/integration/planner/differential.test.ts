import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { sql } from 'drizzle-orm';
import {
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type TypeNode,
  parse,
  print,
} from 'graphql';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { seedDemo } from '../../../seeds/demo.seed.js';
import type { Viewer } from '../../../src/auth/viewer.js';
import { checkScenarioEnum } from '../../../src/modules/checks/index.js';
import { composeCreditCode } from '../../../src/modules/credit-code/index.js';
import { QueryPlanner } from '../../../src/modules/planner/index.js';
import { buildBareSchema } from '../../../src/schema.js';
import { executeRows } from '../../../src/db/execute.js';
import { encodeCursor } from '../../../src/shared/pagination.js';
import { useIntegration } from '../../support/integration.js';
import { type Result, type TestServer, createTestServer } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

/** Every query of the API's test operations and of the site, one document per operation. */
function operationsOf(
  folder: string,
  files: readonly string[],
  kind: 'query' | 'mutation' = 'query',
): { name: string; document: string }[] {
  const found: { name: string; document: string }[] = [];
  for (const file of files) {
    const document = parse(readFileSync(join(folder, file), 'utf8'));
    const fragments = document.definitions.filter(d => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const definition of document.definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === kind) {
        found.push({
          name: definition.name?.value ?? file,
          // The operation with every fragment of its file: unused ones are trimmed below.
          document: print({ kind: Kind.DOCUMENT, definitions: [definition, ...fragments] }),
        });
      }
    }
  }
  return found.map(({ name, document }) => ({ name, document: withUsedFragments(document) }));
}

/** Drops the fragments an operation does not spread (validation refuses unused fragments). */
function withUsedFragments(source: string): string {
  const document = parse(source);
  const byName = new Map(
    document.definitions.flatMap(d =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  const used = new Set<string>();
  const visit = (text: string) => {
    for (const match of text.matchAll(/\.\.\.\s*([_A-Za-z][_0-9A-Za-z]*)/g)) {
      const name = match[1]!;
      if (name !== 'on' && byName.has(name) && !used.has(name)) {
        used.add(name);
        visit(print(byName.get(name)!));
      }
    }
  };
  const operation = document.definitions.find(d => d.kind === Kind.OPERATION_DEFINITION)!;
  visit(print(operation));
  return print({
    kind: Kind.DOCUMENT,
    definitions: [operation, ...[...used].map(name => byName.get(name)!)],
  } as DocumentNode);
}

const TEST_OPERATIONS = join(import.meta.dirname, '../../operations');
const SITE_OPERATIONS = join(import.meta.dirname, '../../../src/site/operations');
const OPERATIONS = [
  ...operationsOf(
    TEST_OPERATIONS,
    readdirSync(TEST_OPERATIONS).filter(f => f.endsWith('.graphql')),
  ),
  ...operationsOf(
    SITE_OPERATIONS,
    readdirSync(SITE_OPERATIONS).filter(f => f.endsWith('.graphql')),
  ),
];

/** The credit checks of the test operations: mutations the planner plans (for regulators). */
const CHECK_MUTATIONS = operationsOf(TEST_OPERATIONS, ['checks.graphql'], 'mutation').filter(
  operation => operation.name.startsWith('RunCreditCheck'),
);

/** The operations the planner must answer itself (not fall back) for every role. */
const PLANNED = [
  'SubjectProfile',
  'SubjectsBatch',
  'CreditRecord',
  'SiteSubject',
  'SubjectListEntries',
  'SearchSubjects',
  'SearchCount',
  'SiteSearch',
  'SearchSubjectsListEntries',
  'SiteLicensingPage',
  'SitePenaltyPage',
];

/**
 * Operations with fields the declaration keeps from the public and institutions (a list entry's
 * history and removal, the disclosure statistics): planned for the roles that see them.
 */
const PLANNED_FOR_OVERSIGHT = ['SubjectListEntryHistory', 'DisclosureStats'];

/** The change feed: an institution's own (the other roles are refused, by the resolvers). */
const PLANNED_FOR_INSTITUTIONS = ['Changes', 'ChangeIds'];

/**
 * An institution must state a purpose when it reads a subject or a record: such an operation
 * without a purpose variable gets the resolvers' BAD_USER_INPUT, so it is not planned for it.
 * A logged role's search logs every subject it finds: the resolvers answer it.
 */
function plannedFor(role: string): string[] {
  const logged = role === 'INSTITUTION' || role === 'REGULATOR';
  const oversight = role === 'REGULATOR' || role === 'ADMIN' || role === 'PROVIDER';
  return [
    ...PLANNED,
    ...(oversight ? PLANNED_FOR_OVERSIGHT : []),
    ...(role === 'INSTITUTION' ? PLANNED_FOR_INSTITUTIONS : []),
  ].filter(name => {
    const document = OPERATIONS.find(operation => operation.name === name)!.document;
    if (logged && /\bsearchSubjects\(/.test(document)) {
      return false;
    }
    return (
      role !== 'INSTITUTION' ||
      !/\b(subject|subjects|creditRecord)\(/.test(document) ||
      /\$purpose\b/.test(document)
    );
  });
}

const ROLES: Record<string, Viewer> = {
  PUBLIC: viewers.anonymous,
  INSTITUTION: viewers.institution,
  REGULATOR: viewers.regulator,
  PROVIDER: viewers.provider,
  ADMIN: viewers.admin,
};

interface Fixtures {
  codes: string[];
  recordIds: string[];
  cursors: string[];
}

/**
 * The demo data set with every visibility state a rule reads: besides what the demo holds
 * (natural persons, masked ID numbers, AUTHORIZED and GOVERNMENT scopes, unpublished, late and
 * overdue records, expired licences and publicity, objections filed and accepted: only the
 * accepted show 异议处理中), some records are revoked, some repaired, some marked 无效 or 撤销
 * by their department, some deadlines provisional, and the institution holds authorizations.
 */
async function seedStates(): Promise<Fixtures> {
  const db = env.database.db;
  const today = env.server.clock.today();
  await seedDemo(db, today, 7);
  await db.execute(
    sql`update penalty_records set revoked_at = received_at, revocation_reason = '撤销' where id % 11 = 0`,
  );
  await db.execute(
    sql`update licensing_records set revoked_at = received_at, revocation_reason = '撤销' where id % 13 = 0`,
  );
  await db.execute(sql`update penalty_records set repaired_at = received_at where id % 7 = 0`);
  // Records their departments marked 无效 or 撤销 (当前状态): never public, seen marked.
  await db.execute(sql`update penalty_records set status = 'INVALID' where id % 5 = 2`);
  await db.execute(sql`update licensing_records set status = 'REVOKED' where id % 5 = 1`);
  await db.execute(sql`update licensing_records set status = 'OTHER' where id % 5 = 3`);
  await db.execute(sql`update licensing_records set deadline_provisional = true where id % 9 = 0`);
  await db.execute(sql`insert into authorizations (institution_code, institution_name, subject_code, purpose, valid_from, valid_until, document_reference, registered_at)
    select ${viewers.institution.organizationCode}, ${viewers.institution.organizationName}, code, '贷前审查', ${today}::date - 30, ${today}::date + 30, 'AUTH-' || code, ${env.server.clock.now().toISOString()}::timestamptz
    from subjects where substr(code, 17, 1) < 'F'`);
  // The subjects with the most records of each kind, a few at random, a natural person's
  // records' subject-less world, and a code no subject has.
  const busiest = await executeRows<{ code: string }>(
    db,
    sql`select subject_code as code from (
      select subject_code, count(*) n from penalty_records where subject_code is not null group by 1
      union all select subject_code, count(*) n from licensing_records where subject_code is not null group by 1) c
      group by 1 order by sum(n) desc, 1 limit 4`,
  );
  const listed = await executeRows<{ code: string }>(
    db,
    sql`(select subject_code as code from list_entries group by 1 order by count(*) desc, 1 limit 2)
      union all (select subject_code from list_entries where list_type = 'RED' and removed_at is null
        and subject_code not in (select subject_code from list_entries where list_type = 'BLACK')
        order by id limit 1)
      union all (select code from subjects s where not exists (select 1 from penalty_records p
          where p.subject_code = s.code and p.revoked_at is null and p.decision_date >= ${today}::date - interval '3 years')
        and exists (select 1 from licensing_records l where l.subject_code = s.code and l.revoked_at is null
          and l.decision_date <= ${today}::date - interval '3 years')
        and not exists (select 1 from list_entries e where e.subject_code = s.code) order by code limit 1)
      union all (select code from subjects s where not exists (
          select 1 from licensing_records l where l.subject_code = s.code and l.decision_date <= ${today}::date - interval '3 years'
          union all select 1 from penalty_records p where p.subject_code = s.code and p.decision_date <= ${today}::date - interval '3 years')
        and not exists (select 1 from list_entries e where e.subject_code = s.code) order by code limit 1)`,
  );
  // A removed black-list entry, corrected once before, for the busiest subject, and a repaired
  // one for the next: regulators and the credit office see them, marked, with their history.
  const now = env.server.clock.now();
  for (const [n, code, repaired] of [
    [1, busiest[0]!.code, false],
    [2, busiest[1]!.code, true],
  ] as const) {
    const at = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    const reason = repaired ? '信用修复：已履行法定义务并作出信用承诺' : '依法移出';
    const [entry] = await executeRows<{ id: number }>(
      db,
      sql`insert into list_entries (list_type, subject_code, subject_name, document_number, listing_authority,
          listing_authority_code, basis, reason, listed_on, valid_until, usage_scope, catalog_item_code,
          catalog_item_version, content_hash, version, received_at, updated_at, published_at, removed_at,
          removal_reason, repaired_at)
        select 'BLACK', s.code, s.name, ${`差异测试〔移出〕${n}号`}, i.listing_authority, i.listing_authority_code,
          i.basis, i.reason, ${today}::date - 400, null, 'PUBLIC', 'BLACK_LIST', 1, 'x', 2,
          ${at(400)}::timestamptz, ${at(30)}::timestamptz, ${at(400)}::timestamptz, ${at(30)}::timestamptz,
          ${reason}, ${repaired ? at(30) : null}::timestamptz
        from subjects s, (select * from list_entries where list_type = 'BLACK' order by id limit 1) i
        where s.code = ${code}
        returning id`,
    );
    await db.execute(sql`insert into list_entry_versions (entry_id, subject_code, version, data, superseded_at)
      values (${entry!.id}, ${code}, 1, '{}'::jsonb, ${at(200)}::timestamptz)`);
  }
  const objected = await executeRows<{ code: string; id: string }>(
    db,
    sql`select p.subject_code as code, 'penalty:' || p.id as id from objections o
      join penalty_records p on o.target_kind = 'PENALTY' and p.id = o.target_id
      where o.status = 'ACCEPTED' and p.subject_code is not null
      order by o.id limit 2`,
  );
  const someIds = await executeRows<{ id: string }>(
    db,
    sql`(select 'penalty:' || id as id from penalty_records order by id limit 6)
      union all (select 'licensing:' || id from licensing_records order by id limit 6)
      union all (select 'penalty:' || id from penalty_records where counterpart_category = 'NATURAL_PERSON' limit 2)
      union all (select 'penalty:' || id from penalty_records where revoked_at is not null limit 2)`,
  );
  // The institution's feed: the fixture subjects and some others monitored under two purposes,
  // a code it does not monitor, changes of every kind (some of a subject no one knows), and one
  // change from before the monitoring began.
  const feedCodes = [...busiest, ...listed, ...objected].map(row => row.code);
  await db.execute(sql`insert into change_outbox (subject_code, kind, record_id, occurred_at)
    values (${feedCodes[0]!}, 'RECORD_PUBLISHED', 'penalty:1', ${now.toISOString()}::timestamptz)`);
  await db.execute(sql`insert into monitored_subjects (institution_code, subject_code, purpose, monitored_at)
    select ${viewers.institution.organizationCode}, code, case when n % 2 = 0 then '贷后管理' else '贷前审查' end,
      ${now.toISOString()}::timestamptz
    from unnest(${sql.param([...new Set(feedCodes), composeCreditCode('91', '110108', 'MA09X9Y9')])}::text[])
      with ordinality as given(code, n)`);
  const kinds = [
    'RECORD_PUBLISHED',
    'RECORD_CORRECTED',
    'RECORD_REVOKED',
    'OBJECTION_OPENED',
    'LIST_ENTRY_ADDED',
    'PUBLICITY_ENDED',
  ];
  await db.execute(sql`insert into change_outbox (subject_code, kind, record_id, occurred_at)
    select code, (${sql.param(kinds)}::text[])[1 + n % ${kinds.length}], case when n % 3 = 0 then null else 'penalty:' || n end,
      ${now.toISOString()}::timestamptz - n * interval '1 minute'
    from unnest(${sql.param([composeCreditCode('91', '110108', 'MA09X9Y9'), ...feedCodes, feedCodes[0]!, feedCodes[1]!])}::text[])
      with ordinality as given(code, n)`);
  await db.execute(sql`insert into change_outbox (subject_code, kind, record_id, occurred_at)
    select code, 'RECORD_PUBLISHED', null, ${now.toISOString()}::timestamptz from subjects
    where code <> all(${sql.param(feedCodes)}::text[]) order by code limit 3`);
  // The changes are read once every older transaction of the server has ended.
  const feedSize = feedCodes.length + 3;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const [row] = await executeRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from change_outbox c join monitored_subjects m
        on m.subject_code = c.subject_code and m.institution_code = ${viewers.institution.organizationCode}
        where c.txid > m.since_txid and c.txid < pg_snapshot_xmin(pg_current_snapshot())`,
    );
    if (row!.n >= feedSize || Date.now() > deadline) {
      expect(row!.n).toBe(feedSize);
      break;
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  const [firstChange] = await executeRows<{ txid: string; id: number }>(
    db,
    sql`select c.txid::text as txid, c.id::int as id from change_outbox c join monitored_subjects m
      on m.subject_code = c.subject_code and m.institution_code = ${viewers.institution.organizationCode}
      where c.txid > m.since_txid order by c.txid, c.id limit 1`,
  );
  return {
    codes: [
      ...busiest.map(row => row.code),
      ...listed.map(row => row.code),
      ...objected.map(row => row.code),
      composeCreditCode('91', '110108', 'MA09X9Y9'),
    ],
    recordIds: [
      ...someIds.map(row => row.id),
      ...objected.map(row => row.id),
      'penalty:999999999',
      'nonsense',
    ],
    cursors: [encodeCursor([firstChange!.txid, firstChange!.id])],
  };
}

/** Values of a variable of the given type, for the differential's runs. */
function valuesFor(name: string, type: TypeNode, fixtures: Fixtures, today: string): unknown[] {
  const named = (t: TypeNode): string =>
    t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type);
  const list = (t: TypeNode): boolean =>
    t.kind === Kind.LIST_TYPE || (t.kind === Kind.NON_NULL_TYPE && list(t.type));
  const typeName = named(type);
  if (list(type) && typeName === 'CreditCode') {
    return [fixtures.codes, [...fixtures.codes].reverse().slice(0, 2)];
  }
  switch (typeName) {
    case 'CreditCode':
      return fixtures.codes;
    case 'ID':
      return name.toLowerCase().includes('record') || name === 'id' ? fixtures.recordIds : ['1'];
    case 'Int':
      return name === 'first' ? [3, 1] : [1];
    case 'CheckScenario':
      return checkScenarioEnum.enumValues;
    case 'String':
      if (name === 'purpose') return ['贷前审查'];
      if (name === 'matter') return ['  政府采购供应商资格审查 ', 'x'.repeat(501), '   '];
      if (name === 'after') return [null, ...fixtures.cursors];
      // Pairs (one of them a code's start too), a code prefix, longer names.
      if (name === 'query')
        return ['科技', '北京', '91', '9111', '有限公司', '京市', '技有限', 'x'];
      return ['x'];
    case 'Date': {
      const shifted = (days: number) =>
        new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      // A period's start: all years, a year, a month's part, the day itself, and after its end.
      return name === 'from'
        ? ['2000-01-01', shifted(-365), shifted(-17), today, shifted(1)]
        : [today];
    }
    case 'RecordKind':
      return [null, 'LICENSING', 'PENALTY'];
    case 'Boolean':
      return [true];
    default:
      return [null];
  }
}

/** A few combinations of the variables' values: each value of each variable at least once. */
function variableSets(
  operation: OperationDefinitionNode,
  fixtures: Fixtures,
  today: string,
): Record<string, unknown>[] {
  const definitions = operation.variableDefinitions ?? [];
  const options = definitions.map(def =>
    valuesFor(def.variable.name.value, def.type, fixtures, today),
  );
  const runs = Math.max(1, ...options.map(o => o.length));
  return Array.from({ length: runs }, (_, i) =>
    Object.fromEntries(
      definitions.map((def, d) => [def.variable.name.value, options[d]![i % options[d]!.length]]),
    ),
  );
}

interface Difference {
  operation: string;
  role: string;
  variables: Record<string, unknown>;
  resolvers: unknown;
  planned: unknown;
}

async function accessLogRows(): Promise<unknown[]> {
  return executeRows(
    env.database.db,
    sql`select occurred_at, key_id, role, organization_name, organization_code, subject_code, purpose, operation, data_read from access_log order by id`,
  );
}

/**
 * Runs every operation for the role through the resolvers and through the planner, with the
 * same variables, and returns where their responses or their access-log rows differ.
 */
async function differential(
  role: string,
  resolvers: TestServer,
  planned: TestServer,
  planner: QueryPlanner,
  fixtures: Fixtures,
): Promise<{ differences: Difference[]; plannedOperations: Set<string>; answers: string }> {
  const viewer = ROLES[role]!;
  const differences: Difference[] = [];
  const plannedOperations = new Set<string>();
  const answers: string[] = [];
  for (const { name, document } of OPERATIONS) {
    const operation = parse(document).definitions.find(
      d => d.kind === Kind.OPERATION_DEFINITION,
    ) as OperationDefinitionNode;
    for (const variables of variableSets(operation, fixtures, resolvers.clock.today())) {
      const logBefore = (await accessLogRows()).length;
      const expected: Result<unknown> = await resolvers.execute(document, variables, {
        as: viewer,
      });
      const expectedLog = (await accessLogRows()).slice(logBefore);
      const before = planner.stats().planned;
      const actual: Result<unknown> = await planned.execute(document, variables, { as: viewer });
      const actualLog = (await accessLogRows()).slice(logBefore + expectedLog.length);
      if (planner.stats().planned > before) {
        plannedOperations.add(name);
        answers.push(JSON.stringify(actual));
      }
      const same =
        JSON.stringify(actual) === JSON.stringify(expected) &&
        JSON.stringify(actualLog) === JSON.stringify(expectedLog);
      if (!same) {
        differences.push({
          operation: name,
          role,
          variables,
          resolvers: expected,
          planned: actual,
        });
      }
    }
  }
  return { differences, plannedOperations, answers: answers.join('\n') };
}

interface Written {
  checks: string[];
  audit: number;
  access: number;
}

/** The checks and audit entries written since `after`, without their generated identifiers. */
async function checksWritten(after: Written): Promise<unknown[]> {
  return executeRows(
    env.database.db,
    sql`select (select coalesce(json_agg(row_to_json(c) order by c.subject_code, c.scenario), '[]') from (
        select subject_code, scenario, matter, checked_at, checked_by_key_id, organization_name,
          organization_code, hit_entry_ids, measure_ids, incentive_reason, penalty_ids, incentive_rule,
          incentive_explanation, denied_measure_ids, records_coverage_from
        from credit_checks where id <> all(${`{${after.checks.join(',')}}`}::uuid[])) c) as checks,
      (select coalesce(json_agg(row_to_json(a) order by a.id), '[]') from (
        select id, occurred_at, action, actor_key_id, actor_role, actor_organization_code, entity_type,
          details from audit_events where id > ${after.audit}) a) as audit,
      (select coalesce(json_agg(row_to_json(l) order by l.id), '[]') from (
        select id, occurred_at, key_id, role, organization_name, organization_code, subject_code,
          purpose, operation, data_read from access_log where id > ${after.access}) l) as access`,
  );
}

async function writtenSoFar(): Promise<Written> {
  const [row] = await executeRows<{ checks: string[] | string; audit: number; access: number }>(
    env.database.db,
    sql`select coalesce((select array_agg(id::text) from credit_checks), '{}') as checks,
      (select coalesce(max(id), 0)::integer from audit_events) as audit,
      (select coalesce(max(id), 0)::integer from access_log) as access`,
  );
  const checks = row!.checks;
  // An array, or its text where the driver does not parse text[].
  return {
    checks: Array.isArray(checks) ? checks : checks.replace(/[{}]/g, '').split(',').filter(Boolean),
    audit: row!.audit,
    access: row!.access,
  };
}

/** A response with its generated check identifiers made comparable. */
function withoutCheckIds(result: unknown): string {
  return JSON.stringify(result).replace(
    /"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"/g,
    '"<uuid>"',
  );
}

/**
 * Runs each credit check through the resolvers and through the planner: the responses (but for
 * the new check's identifier), the stored checks and their audit entries must be the same.
 */
async function checkDifferential(
  role: string,
  resolvers: TestServer,
  planned: TestServer,
  planner: QueryPlanner,
  fixtures: Fixtures,
): Promise<{ differences: Difference[]; planned: number; answers: string }> {
  const viewer = ROLES[role]!;
  const differences: Difference[] = [];
  const answers: string[] = [];
  let plannedRuns = 0;
  for (const { name, document } of CHECK_MUTATIONS) {
    const operation = parse(document).definitions.find(
      d => d.kind === Kind.OPERATION_DEFINITION,
    ) as OperationDefinitionNode;
    // A regulator checks every subject in every scenario; the other roles are refused.
    const runs =
      role === 'REGULATOR'
        ? [
            ...fixtures.codes.flatMap(code =>
              checkScenarioEnum.enumValues.map(scenario => ({
                code,
                scenario,
                matter: ' 政府采购供应商资格审查 ',
              })),
            ),
            ...variableSets(operation, fixtures, resolvers.clock.today()),
          ]
        : variableSets(operation, fixtures, resolvers.clock.today());
    for (const variables of runs) {
      const start = await writtenSoFar();
      const expected = await resolvers.execute(document, variables, { as: viewer });
      const [expectedWrites] = await checksWritten(start);
      const middle = await writtenSoFar();
      const before = planner.stats().planned;
      const actual = await planned.execute(document, variables, { as: viewer });
      const [actualWrites] = await checksWritten(middle);
      if (planner.stats().planned > before) {
        plannedRuns += 1;
        answers.push(JSON.stringify(actual), JSON.stringify(actualWrites));
      }
      const normalise = (writes: unknown) =>
        JSON.stringify(writes)
          .replace(/"id":\d+,/g, '')
          .replace(/"entityId":"[^"]*",?/g, '');
      if (
        withoutCheckIds(actual) !== withoutCheckIds(expected) ||
        normalise(actualWrites) !== normalise(expectedWrites)
      ) {
        differences.push({
          operation: name,
          role,
          variables,
          resolvers: { response: expected, writes: expectedWrites },
          planned: { response: actual, writes: actualWrites },
        });
      }
    }
  }
  return { differences, planned: plannedRuns, answers: answers.join('\n') };
}

/** A search's answer with subjects in it (only roles whose searches are not logged plan them). */
const SEARCH_RESULT = /"searchSubjects":\{[^}]*"totalCount":[1-9]/;

/**
 * The states a planned answer went through for the role, so that the comparison is known to
 * have covered each rule (and not only empty lists).
 */
const STATES: Record<string, Record<string, RegExp>> = {
  common: {
    'records of a subject': /"decisionDate":"\d{4}-\d\d-\d\d"/,
    'a next page': /"hasNextPage":true/,
    'a second page': /"hasPreviousPage":true/,
    'an unknown subject': /"subject":null|"subjects":\[[^\]]*null/,
    'an open objection': /"underObjection":true/,
    'a late or overdue record': /"workingDaysLate":[1-9]/,
    'a publicity period': /"regime":"NDRC_/,
    'a list entry': /"listType":"(RED|BLACK)"/,
    'a derived publicity class': /"severitySource":"DERIVED"/,
  },
  // Only the site's pages ask for provisional deadlines, and an institution has no purpose there.
  PUBLIC: {
    'a search result': SEARCH_RESULT,
    'a highlighted name': /"highlights":\[\{"start":\d+,"length":2\}/,
    'an exact total': /"totalCountExact":true/,
    'no ID number': /"legalRepresentativeIdNumber":null/,
    'a provisional deadline': /"provisional":true/,
  },
  INSTITUTION: {
    'a masked ID number': /"legalRepresentativeIdNumber":"[^"]*\*{4}/,
    'a change of the feed': /"kind":"RECORD_CORRECTED","recordId":"penalty:\d+"/,
    'a change of a subject no one knows':
      /"kind":"[A-Z_]+","recordId":(null|"[^"]*"),"occurredAt":"[^"]+","subject":null/,
  },
  REGULATOR: {
    'a full ID number': /"legalRepresentativeIdNumber":"\d{17}[\dX]"/,
    'a record marked 无效 or 撤销': /"status":"(INVALID|REVOKED)"/,
    'a provisional deadline': /"provisional":true/,
    'a removed list entry': /"status":"REMOVED"/,
    'a repaired list entry':
      /"status":"REPAIRED","listedOn":"[^"]+","removedAt":"[^"]+","removalReason":"信用修复/,
    'a corrected list entry': /"kind":"CORRECTED","at":"[^"]+","version":2/,
  },
  PROVIDER: {
    'a search result': SEARCH_RESULT,
    'a masked ID number': /"legalRepresentativeIdNumber":"[^"]*\*{4}/,
  },
  ADMIN: {
    'a search result': SEARCH_RESULT,
    'a record marked 无效 or 撤销': /"status":"(INVALID|REVOKED)"/,
    'a full ID number': /"legalRepresentativeIdNumber":"\d{17}[\dX]"/,
    'a removed list entry': /"status":"REMOVED"/,
    'a repaired list entry': /"kind":"REPAIRED","at":"[^"]+","version":null,"reason":"信用修复/,
  },
};

describe('the planner answers exactly as the resolvers', () => {
  let schema: GraphQLSchema;
  let fixtures: Fixtures;
  let resolvers: TestServer;

  beforeAll(async () => {
    schema = await buildBareSchema();
    resolvers = await createTestServer(env.database, env.server.clock, { planner: null });
  });

  beforeEach(async () => {
    fixtures = await seedStates();
    // Cursors of second pages, read through the resolvers.
    const first = await resolvers.execute(
      'query($code: CreditCode!) { subject(code: $code) { licensingRecords(first: 2) { pageInfo { endCursor } } penaltyRecords(first: 2) { pageInfo { endCursor } } } }',
      { code: fixtures.codes[0] },
      { as: viewers.regulator },
    );
    const subject = (
      first.data as { subject: Record<string, { pageInfo: { endCursor: string | null } }> }
    ).subject;
    fixtures.cursors = [
      subject['licensingRecords']!.pageInfo.endCursor!,
      subject['penaltyRecords']!.pageInfo.endCursor!,
      'bm90IGEgY3Vyc29y',
      // A cursor of the search's old form (a bare position): refused by both.
      Buffer.from('[3]').toString('base64url'),
    ];
    // Search pages' cursors: after the third hit of a pair, of a longer name, of a code prefix.
    for (const query of ['科技', '有限公司', '9111']) {
      const search = await resolvers.execute(
        'query($query: String!) { searchSubjects(query: $query, first: 3) { pageInfo { endCursor } } }',
        { query },
      );
      const cursor = (search.data as { searchSubjects: { pageInfo: { endCursor: string | null } } })
        .searchSubjects.pageInfo.endCursor;
      fixtures.cursors.push(cursor!);
    }
  });

  it('has operations to compare', () => {
    expect(schema.getQueryType()?.getFields()['subjects']).toBeDefined();
    expect(OPERATIONS.map(o => o.name)).toEqual(expect.arrayContaining(PLANNED));
  });

  for (const role of Object.keys(ROLES)) {
    it(`gives every operation the same response and access log for ${role}`, async () => {
      const planner = new QueryPlanner();
      const planned = await createTestServer(env.database, env.server.clock, { planner });
      try {
        const { differences, plannedOperations, answers } = await differential(
          role,
          resolvers,
          planned,
          planner,
          fixtures,
        );
        expect(differences).toEqual([]);
        // A statement that failed is answered by the resolvers, identically: the planner must
        // not have needed that.
        expect(planner.stats().reasons).not.toHaveProperty('error');
        expect(planner.stats().reasons).not.toHaveProperty('planner error');
        expect([...plannedOperations]).toEqual(expect.arrayContaining(plannedFor(role)));
        const missed = Object.entries({ ...STATES['common'], ...STATES[role] })
          .filter(([, pattern]) => !pattern.test(answers))
          .map(([state]) => state);
        expect(missed).toEqual([]);
      } finally {
        await planned.apollo.stop();
      }
    }, 120_000);
  }

  // A regulator's checks run every scenario over every test subject through both paths: about a
  // minute on the embedded database alone, more beside other work.
  for (const role of Object.keys(ROLES)) {
    it(`runs every credit check the same way for ${role}: response, stored check, audit entry`, async () => {
      const planner = new QueryPlanner();
      const planned = await createTestServer(env.database, env.server.clock, { planner });
      try {
        const result = await checkDifferential(role, resolvers, planned, planner, fixtures);
        expect(result.differences).toEqual([]);
        if (role === 'REGULATOR') {
          // Only a regulator runs checks; every valid matter is planned.
          expect(result.planned).toBeGreaterThan(0);
          const missed = Object.entries({
            'a hit': /"hits":\[\{/,
            'a black-list measure': /"listType":"BLACK","scenarios"/,
            'a red-list incentive': /"incentiveReason":"列入守信激励对象名单/,
            'three clean years': /"incentiveReason":"连续三年无不良信用记录/,
            'no incentive': /"incentiveReason":null/,
            'a penalty in publicity': /"penalties":\[\{"id":"penalty:/,
            'an unknown subject denied': /"incentiveRule":"UNKNOWN_SUBJECT"/,
            'too short a records coverage': /"incentiveRule":"RECORDS_UNDER_THREE_YEARS"/,
            'a penalty in three years': /"incentiveRule":"PENALTY_IN_THREE_YEARS"/,
            'clean three years': /"incentiveRule":"CLEAN_THREE_YEARS"/,
            'a denied incentive': /"deniedMeasures":\[\{"measure":\{"id":"R-/,
            'a punishment by its rule': /"listType":"BLACK"\},"rule":"BLACK_LISTED"/,
            'an incentive by its rule':
              /"listType":"RED"\},"rule":"(RED_LISTED|CLEAN_THREE_YEARS)"/,
            'an access-log entry': /"operation":"mutation RunCreditCheck/,
            'a masked-free ID number': /"legalRepresentativeIdNumber":"\d{17}[\dX]"/,
          })
            .filter(([, pattern]) => !pattern.test(result.answers))
            .map(([state]) => state);
          expect(missed).toEqual([]);
        } else {
          expect(result.planned).toBe(0);
        }
      } finally {
        await planned.apollo.stop();
      }
    }, 300_000);
  }

  it('catches a plan that drops a field rule', async () => {
    for (const [fault, role, operation] of [
      ['id-number-masking', 'INSTITUTION', 'SubjectProfile'],
      ['record-visibility', 'PUBLIC', 'SubjectProfile'],
      // Only the entries in force, as regulators were shown before repaired and removed ones stayed.
      ['list-entry-visibility', 'REGULATOR', 'SubjectListEntries'],
    ] as const) {
      const planner = new QueryPlanner({ faults: new Set([fault]) });
      const planned = await createTestServer(env.database, env.server.clock, { planner });
      try {
        const { differences } = await differential(role, resolvers, planned, planner, fixtures);
        expect(
          differences.map(d => d.operation),
          fault,
        ).toContain(operation);
      } finally {
        await planned.apollo.stop();
      }
    }
  }, 240_000);
});
