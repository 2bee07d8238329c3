import { sql } from 'drizzle-orm';
import {
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { seedDemo } from '../../../seeds/demo.seed.js';
import { executeRows } from '../../../src/db/execute.js';
import { Role } from '../../../src/auth/viewer.js';
import { ruleTree } from '../../../src/permissions/index.js';
import { ruleAllowsRole } from '../../../src/permissions/rules.js';
import { SUBJECT_DATA } from '../../../src/modules/subjects/index.js';
import { buildBareSchema } from '../../../src/schema.js';
import { useIntegration } from '../../support/integration.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();

const LOGGED = { INSTITUTION: viewers.institution, REGULATOR: viewers.regulator } as const;
type LoggedRole = keyof typeof LOGGED;

/** Whether a field may be read by the role, by the same rule tree that guards it. */
function allowed(typeName: string, field: string, role: LoggedRole): boolean {
  return ruleAllowsRole(ruleTree[typeName]?.[field], Role[role]) !== false;
}

/** Every type the role can reach from the roots, by fields it may read. */
function reachable(schema: GraphQLSchema, role: LoggedRole): Set<string> {
  const seen = new Set<string>();
  const queue: GraphQLNamedType[] = [schema.getQueryType()!, schema.getMutationType()!];
  while (queue.length > 0) {
    const type = queue.shift()!;
    if (seen.has(type.name)) {
      continue;
    }
    seen.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const [child, f] of Object.entries(type.getFields())) {
        if (allowed(type.name, child, role)) {
          queue.push(getNamedType(f.type));
        }
      }
    }
  }
  return seen;
}

/** The root fields from which the role can reach a subject's data, by fields it may read. */
function pathsToSubjectData(schema: GraphQLSchema, role: LoggedRole): string[] {
  const found: string[] = [];
  for (const rootName of ['Query', 'Mutation'] as const) {
    const root = schema.getType(rootName);
    if (!isObjectType(root)) {
      continue;
    }
    for (const [name, field] of Object.entries(root.getFields())) {
      if (!allowed(rootName, name, role)) {
        continue;
      }
      const seen = new Set<string>();
      const queue: GraphQLNamedType[] = [getNamedType(field.type)];
      while (queue.length > 0) {
        const type = queue.shift()!;
        if (seen.has(type.name)) {
          continue;
        }
        seen.add(type.name);
        if (SUBJECT_DATA[type.name] !== undefined) {
          found.push(`${rootName}.${name}`);
          break;
        }
        if (isObjectType(type) || isInterfaceType(type)) {
          for (const [child, f] of Object.entries(type.getFields())) {
            if (allowed(type.name, child, role)) {
              queue.push(getNamedType(f.type));
            }
          }
        }
      }
    }
  }
  return found.sort();
}

/**
 * Types that hold a subject's code and that a logged role reaches, yet are not a read of the
 * subject's credit data: what the caller itself files or registers, returned to it.
 */
const CALLERS_OWN: Record<string, string> = {
  Authorization: 'an institution registers and lists its own authorizations',
  Objection: 'the objection the caller files (fileObjection), returned to it',
  RepairApplication: 'the repair application the caller files (applyForRepair), returned to it',
};

interface Fixture {
  subject: string;
  black: string;
  recordId: string;
  checkId: string;
  measureId: string;
}

/**
 * A read through each path, as the role may make it: the document, its variables, and the
 * subject whose access-log entry it must write.
 */
const READS: Record<
  string,
  (f: Fixture) => { document: string; variables: Record<string, unknown>; subject: string }
> = {
  'Query.subject': f => ({
    document:
      'query Read($code: CreditCode!) { subject(code: $code, purpose: "贷前审查") { name } }',
    variables: { code: f.subject },
    subject: f.subject,
  }),
  'Query.subjects': f => ({
    document:
      'query Read($codes: [CreditCode!]!) { subjects(codes: $codes, purpose: "贷后管理") { name } }',
    variables: { codes: [f.subject] },
    subject: f.subject,
  }),
  'Query.searchSubjects': f => ({
    document:
      'query Read($q: String!) { searchSubjects(query: $q, first: 1, purpose: "贷前审查") { edges { node { code penaltyRecords(first: 1) { totalCount } } } } }',
    variables: { q: f.subject },
    subject: f.subject,
  }),
  'Query.creditRecord': f => ({
    document:
      'query Read($id: ID!) { creditRecord(id: $id, purpose: "贷前审查") { id subject { name } } }',
    variables: { id: f.recordId },
    subject: f.subject,
  }),
  'Query.disclosureRecords': f => ({
    document:
      'query Read($from: Date!) { disclosureRecords(filter: { decisionFrom: $from, decisionTo: $from }, first: 1) { edges { node { id subject { code } } } } }',
    variables: { from: '' },
    subject: f.subject,
  }),
  'Query.creditCheck': f => ({
    document: 'query Read($id: ID!) { creditCheck(id: $id) { id hits { id } } }',
    variables: { id: f.checkId },
    subject: f.black,
  }),
  'Query.creditChecks': f => ({
    document: 'query Read { creditChecks(first: 1) { edges { node { id subject { name } } } } }',
    variables: {},
    subject: f.black,
  }),
  'Mutation.runCreditCheck': f => ({
    document:
      'mutation Read($code: CreditCode!) { runCreditCheck(code: $code, scenario: GOVERNMENT_PROCUREMENT, matter: "采购供应商资格审查") { id hits { id } } }',
    variables: { code: f.black },
    subject: f.black,
  }),
  'Mutation.recordCheckFeedback': f => ({
    document:
      'mutation Read($id: ID!, $measure: ID!) { recordCheckFeedback(checkId: $id, feedback: [{ measureId: $measure, applied: true }]) { id subject { name } } }',
    variables: { id: f.checkId, measure: f.measureId },
    subject: f.black,
  }),
};

describe('the access log covers every path to a subject’s data', () => {
  let schema: GraphQLSchema;
  let fixture: Fixture;

  beforeAll(async () => {
    schema = await buildBareSchema();
  });

  it('knows every type that holds a subject’s data and a logged role can reach', () => {
    // A type with a subject's code or its subject among its fields is a subject's data.
    const holders = Object.values(schema.getTypeMap())
      .filter(type => isObjectType(type) && !type.name.startsWith('__'))
      .filter(type => type !== schema.getQueryType() && type !== schema.getMutationType())
      .filter(type => {
        const fields = isObjectType(type) ? type.getFields() : {};
        return (
          type.name === 'Subject' ||
          'subjectCode' in fields ||
          ('subject' in fields && getNamedType(fields['subject']!.type).name === 'Subject')
        );
      })
      .map(type => type.name);
    expect(holders).toEqual(expect.arrayContaining(Object.keys(SUBJECT_DATA)));
    for (const role of Object.keys(LOGGED) as LoggedRole[]) {
      const types = reachable(schema, role);
      expect(
        holders.filter(
          name =>
            types.has(name) && SUBJECT_DATA[name] === undefined && CALLERS_OWN[name] === undefined,
        ),
        role,
      ).toEqual([]);
    }
  });

  for (const role of Object.keys(LOGGED) as LoggedRole[]) {
    it(`writes an entry for every read of a subject by an ${role}, by every path`, async () => {
      const db = env.database.db;
      const today = env.server.clock.today();
      await seedDemo(db, today, 7);
      const [black] = await executeRows<{ code: string }>(
        db,
        sql`select subject_code as code from list_entries where list_type = 'BLACK'
          and removed_at is null and listed_on <= ${today}::date order by id limit 1`,
      );
      const [record] = await executeRows<{ code: string; id: string; decided: string }>(
        db,
        sql`select subject_code as code, 'penalty:' || id as id, decision_date::text as decided
          from penalty_records where subject_code is not null and subject_code <> ${black!.code}
            and published_at is not null and usage_scope = 'PUBLIC'
            and publicity_max_end >= ${today}::date and revoked_at is null and repaired_at is null
          order by id limit 1`,
      );
      // Checks for the regulator's paths to checks, as a regulator runs them.
      const check = await env.server.execute(
        'mutation { runCreditCheck(code: "' +
          black!.code +
          '", scenario: GOVERNMENT_PROCUREMENT, matter: "准备") { id measures { measure { id } } } }',
        {},
        { as: viewers.regulator },
      );
      const ran = (
        check.data as { runCreditCheck: { id: string; measures: { measure: { id: string } }[] } }
      ).runCreditCheck;
      fixture = {
        subject: record!.code,
        black: black!.code,
        recordId: record!.id,
        checkId: ran.id,
        measureId: ran.measures[0]!.measure.id,
      };
      const paths = pathsToSubjectData(schema, role);
      // A new path to a subject's data needs its read here, so it cannot go unlogged.
      expect(paths.filter(path => READS[path] === undefined)).toEqual([]);
      for (const path of paths) {
        const read = READS[path]!(fixture);
        const variables =
          path === 'Query.disclosureRecords' ? { from: record!.decided } : read.variables;
        const before = await executeRows<{ n: number }>(
          db,
          sql`select coalesce(max(id), 0)::integer as n from access_log`,
        );
        const result = await env.server.execute(read.document, variables, {
          as: LOGGED[role],
        });
        expect(result.errors, `${path}: ${JSON.stringify(result.errors)}`).toBeUndefined();
        const rows = await executeRows<{
          subject_code: string;
          role: string;
          purpose: string;
          data_read: string[] | string;
        }>(
          db,
          sql`select subject_code, role::text as role, purpose, data_read from access_log
            where id > ${before[0]!.n} order by id`,
        );
        // Each entry says what of the subject was read: at least one kind of its data.
        for (const row of rows) {
          const kinds = Array.isArray(row.data_read)
            ? row.data_read
            : row.data_read.replace(/[{}]/g, '').split(',');
          expect(
            kinds.every(kind => SUBJECT_DATA[kind] !== undefined) && kinds.length > 0,
            `${path}: ${String(row.data_read)}`,
          ).toBe(true);
        }
        expect(
          rows.map(row => [row.subject_code, row.role]),
          path,
        ).toContainEqual([read.subject, role]);
        if (role === 'INSTITUTION') {
          expect(
            rows.every(row => row.purpose !== null),
            path,
          ).toBe(true);
        }
      }
    }, 60_000);
  }

  it('refuses an institution’s search without a purpose', async () => {
    const result = await env.server.execute(
      '{ searchSubjects(query: "科技") { totalCount } }',
      {},
      { as: viewers.institution },
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['field']).toBe('purpose');
  });
});
