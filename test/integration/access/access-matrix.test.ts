import { type GraphQLObjectType, type GraphQLSchema, getNamedType, isLeafType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { Role, type Viewer } from '../../../src/auth/viewer.js';
import { buildBareSchema } from '../../../src/schema.js';
import {
  DisclosedPersonIdsDocument,
  SubjectRowCountsDocument,
  SubmitLicensingDocument,
  SubmitPenaltyDocument,
} from '../../__generated__/graphql.js';
import {
  SUBJECT_CODE,
  buildLicensingInput,
  buildPenaltyInput,
} from '../../support/factories/records.js';
import { useIntegration } from '../../support/integration.js';
import type { Result } from '../../support/server.js';
import { viewers } from '../../support/viewers.js';

const env = useIntegration();
let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildBareSchema();
});

/** The subselection used for an object-valued field in the matrix. */
const NESTED: Record<string, string> = {
  subject: '{ code }',
  disclosure: '{ status deadline }',
  publicity: '{ regime maximumEndDate }',
};

/** The fields the matrix covers: leaves, and the objects NESTED selects into. Lists of other things have tests of their own. */
function matrixFields(typeName: string): string[] {
  const type = schema.getType(typeName) as GraphQLObjectType;
  return Object.values(type.getFields())
    .filter(field => isLeafType(getNamedType(field.type)) || NESTED[field.name] !== undefined)
    .map(field => field.name);
}

function selectionOf(typeName: string, skip: readonly string[] = []): string {
  const type = schema.getType(typeName) as GraphQLObjectType;
  return Object.values(type.getFields())
    .filter(field => !skip.includes(field.name) && matrixFields(typeName).includes(field.name))
    .map(field =>
      isLeafType(getNamedType(field.type)) ? field.name : `${field.name} ${NESTED[field.name]}`,
    )
    .join(' ');
}

type Cell = 'visible' | 'masked' | 'null' | 'refused';

/** A record or subject of the matrix query, field by field. */
type MatrixObject = Record<string, unknown>;
interface MatrixData {
  subject: MatrixObject & {
    licensingRecords: { edges: { node: MatrixObject }[] };
    penaltyRecords: { edges: { node: MatrixObject }[] };
  };
}

const ID_NUMBERS = ['legalRepresentativeIdNumber', 'personIdNumber'];
const OVERSIGHT_ONLY = ['revokedAt', 'repairedAt'];

/** What DESIGN §2 and §3.5 say each role gets of a field. */
function expected(role: Role, field: string): Cell {
  if (ID_NUMBERS.includes(field)) {
    return role === Role.PUBLIC
      ? 'null'
      : role === Role.INSTITUTION || role === Role.PROVIDER
        ? 'masked'
        : 'visible';
  }
  if (OVERSIGHT_ONLY.includes(field)) {
    return role === Role.PUBLIC || role === Role.INSTITUTION ? 'refused' : 'visible';
  }
  return 'visible';
}

function classify(value: unknown, reference: unknown, refused: boolean): Cell | 'different' {
  if (refused) {
    return 'refused';
  }
  if (JSON.stringify(value) === JSON.stringify(reference)) {
    return 'visible';
  }
  if (value === null && reference !== null) {
    return 'null';
  }
  if (typeof value === 'string' && value.includes('*')) {
    return 'masked';
  }
  return 'different';
}

const ROLES: [Role, Viewer, string | undefined][] = [
  [Role.PUBLIC, viewers.anonymous, undefined],
  [Role.INSTITUTION, viewers.institution, '贷前审查'],
  [Role.PROVIDER, viewers.provider, undefined],
  [Role.REGULATOR, viewers.regulator, '行政许可审批'],
  [Role.ADMIN, viewers.admin, undefined],
];

async function seed() {
  const counterpart = {
    businessRegistrationNo: '110108012345678',
    organizationCode: SUBJECT_CODE.slice(8, 17),
    taxRegistrationNo: '110108MA01C3D47',
    institutionCertificateNo: '110000123456',
    socialOrganizationNo: '51110000MJ0000000X',
    legalRepresentativeIdType: '身份证',
    legalRepresentativeIdNumber: '11010519491231002X',
    remarks: '备注',
  };
  await env.server.execute(
    SubmitLicensingDocument,
    {
      records: [
        buildLicensingInput({
          ...counterpart,
          licenceCategory: 'OTHER',
          licenceCategoryOther: '备案',
        }),
      ],
    },
    { as: viewers.provider },
  );
  await env.server.execute(
    SubmitPenaltyDocument,
    {
      records: [
        buildPenaltyInput({
          ...counterpart,
          penaltyTypes: ['FINE', 'CONFISCATE_ILLEGAL_GAINS', 'SUSPEND_LICENCE', 'OTHER'],
          confiscatedAmount: '1.5',
          suspendedLicence: '食品经营许可证',
          penaltyTypeOther: '取缔',
          sector: 'FOOD',
        }),
        buildPenaltyInput({ usageScope: 'GOVERNMENT' }),
        buildPenaltyInput({
          counterpartName: '张三',
          counterpartCategory: 'NATURAL_PERSON',
          creditCode: null,
          legalRepresentative: null,
          personIdType: '身份证',
          personIdNumber: '11010519491231002X',
        }),
      ],
    },
    { as: viewers.provider },
  );
}

describe('access matrix: every role × every field of Subject and the record types', () => {
  it('is visible, masked, null or refused as DESIGN says', async () => {
    await seed();
    const query = `query Matrix($code: CreditCode!, $purpose: String) {
      subject(code: $code, purpose: $purpose) {
        ${selectionOf('Subject', ['licensingRecords', 'penaltyRecords', 'catalogRecords'])}
        licensingRecords(first: 10) { totalCount edges { node { ${selectionOf('LicensingRecord')} } } }
        penaltyRecords(first: 10) { totalCount edges { node { ${selectionOf('PenaltyRecord')} } } }
      }
    }`;
    // The selection is built from the schema at run time, so no generated document can type it.
    const results = new Map<Role, Result<unknown>>();
    for (const [role, viewer, purpose] of ROLES) {
      results.set(
        role,
        await env.server.execute<unknown, Record<string, unknown>>(
          query,
          { code: SUBJECT_CODE, purpose },
          { as: viewer },
        ),
      );
    }
    const matrixData = (result: Result<unknown>) => result.data as MatrixData;
    const reference = results.get(Role.ADMIN)!;
    expect(reference.errors).toBeUndefined();
    const referenceLicence = matrixData(reference).subject.licensingRecords.edges[0]!.node;
    const referencePenalty = matrixData(reference).subject.penaltyRecords.edges.find(
      e => e.node['usageScope'] === 'PUBLIC' && e.node['counterpartCategory'] === 'LEGAL_ENTITY',
    )!.node;

    const mismatches: string[] = [];
    for (const [role] of ROLES) {
      const result = results.get(role)!;
      const refusedPaths = new Set(
        (result.errors ?? [])
          .filter(e => e.extensions?.['code'] === 'FORBIDDEN')
          .map(e => (e.path ?? []).filter(p => typeof p === 'string').at(-1)),
      );
      const subject = matrixData(result).subject;
      const licence = subject.licensingRecords.edges[0]?.node;
      const penalty = subject.penaltyRecords.edges.find(
        e => e.node['id'] === referencePenalty['id'],
      )?.node;
      const check = (
        typeName: string,
        actual: MatrixObject | undefined,
        ref: MatrixObject,
        skip: string[] = [],
      ) => {
        for (const field of matrixFields(typeName)) {
          // A field the reference itself leaves empty (a person's ID on a company's record) cannot
          // show a difference; the natural-person record below covers personIdNumber.
          if (skip.includes(field) || (ref[field] === null && !OVERSIGHT_ONLY.includes(field))) {
            continue;
          }
          const cell = classify(
            actual?.[field] ?? null,
            ref[field],
            refusedPaths.has(field) && actual?.[field] === null,
          );
          if (cell !== expected(role, field)) {
            mismatches.push(
              `${role} ${typeName}.${field}: expected ${expected(role, field)}, got ${cell}`,
            );
          }
        }
      };
      check('Subject', subject, matrixData(reference).subject, [
        'licensingRecords',
        'penaltyRecords',
        'catalogRecords',
      ]);
      check('LicensingRecord', licence, referenceLicence);
      check('PenaltyRecord', penalty, referencePenalty);
    }
    // A natural person is no subject: their record is reached through the tracking list, which
    // the public and institutions may not call at all.
    for (const [role, viewer] of ROLES) {
      const listed = await env.server.execute(DisclosedPersonIdsDocument, {}, { as: viewer });
      const person = listed.data?.disclosureRecords.edges.find(
        e => e.node.counterpartCategory === 'NATURAL_PERSON',
      )?.node;
      const cell =
        listed.errors?.[0]?.extensions?.['code'] === 'FORBIDDEN'
          ? 'refused'
          : classify(person?.personIdNumber ?? null, '11010519491231002X', false);
      const want =
        role === Role.PUBLIC || role === Role.INSTITUTION
          ? 'refused'
          : expected(role, 'personIdNumber');
      if (cell !== want) {
        mismatches.push(
          `${role} natural person's PenaltyRecord.personIdNumber: expected ${want}, got ${cell}`,
        );
      }
    }
    expect(mismatches).toEqual([]);
    for (const error of [...results.values()].flatMap(r => r.errors ?? [])) {
      expect(error.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('gives each role the rows DESIGN says, and counts only those', async () => {
    await seed();
    const counts = async (viewer: Viewer, purpose?: string) => {
      const result = await env.server.execute(
        SubjectRowCountsDocument,
        { code: SUBJECT_CODE, purpose },
        { as: viewer },
      );
      const s = result.data!.subject!;
      expect(s.penaltyRecords.totalCount).toBe(s.penaltyRecords.edges.length);
      return [s.licensingRecords.totalCount, s.penaltyRecords.totalCount];
    };
    expect(await counts(viewers.anonymous)).toEqual([1, 1]);
    expect(await counts(viewers.institution, '贷前审查')).toEqual([1, 1]);
    expect(await counts(viewers.otherProvider)).toEqual([1, 1]);
    expect(await counts(viewers.provider)).toEqual([1, 2]);
    expect(await counts(viewers.regulator, '审批')).toEqual([1, 2]);
    expect(await counts(viewers.admin)).toEqual([1, 2]);
  });
});
