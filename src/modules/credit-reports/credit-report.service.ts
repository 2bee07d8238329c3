import { createHash } from 'node:crypto';

import { type DocumentNode, type GraphQLSchema, execute, parse } from 'graphql';

import type { Context } from '../../context.types.js';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import { say } from '../../shared/messages.js';
import { recordAudit } from '../audit/index.js';
import {
  type ReportContent,
  type ReportLicensing,
  type ReportListEntry,
  type ReportPenalty,
  canonicalJson,
  normalizeVerificationCode,
  verificationCodeOf,
} from './credit-report.content.js';
import { findReport, insertReport } from './credit-report.repository.js';
import type { CreditReportRow } from './credit-report.table.js';

/**
 * What a report prints, read through the public API itself: the report can show no more and
 * no less than the profile the public is given, by the same field rules, visibility and
 * publicity, whatever changes in them later.
 */
const REPORT_DOCUMENT: DocumentNode = parse(/* GraphQL */ `
  fragment ReportEntry on ListEntry {
    id
    listType
    documentNumber
    listingAuthority
    listedOn
    validUntil
    reason
    underObjection
  }
  query ReportSubject($code: CreditCode!) {
    subject(code: $code) {
      code
      name
      category
      legalRepresentative
      registrationAuthority
      entityType
      regionCode
      regionName
      red: listEntries(type: RED) {
        ...ReportEntry
      }
      black: listEntries(type: BLACK) {
        ...ReportEntry
      }
    }
  }
  query ReportLicensing($code: CreditCode!, $after: String) {
    subject(code: $code) {
      records: licensingRecords(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            documentNumber
            documentTitle
            licenceCategory
            licenceCategoryOther
            decisionDate
            validFrom
            validTo
            authority
            sourceUnit
            underObjection
            disclosure {
              status
            }
          }
        }
      }
    }
  }
  query ReportPenalty($code: CreditCode!, $after: String) {
    subject(code: $code) {
      records: penaltyRecords(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            documentNumber
            violationType
            penaltyTypes
            penaltyTypeOther
            fineAmount
            confiscatedAmount
            decisionDate
            authority
            sourceUnit
            underObjection
            publicity {
              maximumEndDate
            }
            disclosure {
              status
            }
          }
        }
      }
    }
  }
`);

type Json = Record<string, any>;

async function run(
  schema: GraphQLSchema,
  ctx: Context,
  operationName: string,
  variableValues: Record<string, unknown>,
): Promise<Json> {
  const result = await execute({
    schema,
    document: REPORT_DOCUMENT,
    operationName,
    variableValues,
    contextValue: ctx,
  });
  if (result.errors !== undefined && result.errors.length > 0) {
    throw result.errors[0]!.originalError ?? result.errors[0]!;
  }
  return result.data as Json;
}

/** Every record of one kind: the page query run until it has no next page. */
async function allRecords(
  schema: GraphQLSchema,
  ctx: Context,
  operationName: string,
  code: string,
): Promise<Json[]> {
  const nodes: Json[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await run(schema, ctx, operationName, { code, after });
    const records = data['subject']?.records as Json | undefined;
    if (records === undefined) {
      throw new NotFoundError('SUBJECT', 'code');
    }
    nodes.push(...(records['edges'] as Json[]).map(edge => edge['node'] as Json));
    if (!records['pageInfo'].hasNextPage) {
      return nodes;
    }
    after = records['pageInfo'].endCursor as string;
  }
}

function entryOf(e: Json): ReportListEntry {
  return {
    id: e['id'],
    listType: e['listType'],
    documentNumber: e['documentNumber'],
    listingAuthority: e['listingAuthority'],
    listedOn: e['listedOn'],
    validUntil: e['validUntil'] ?? null,
    reason: e['reason'],
    underObjection: e['underObjection'],
  };
}

/** The report's content: the subject's public profile now, every page of every kind. */
async function reportContent(
  schema: GraphQLSchema,
  ctx: Context,
  code: string,
  generatedAt: Date,
): Promise<ReportContent | null> {
  const profile = await run(schema, ctx, 'ReportSubject', { code });
  const subject = profile['subject'] as Json | null;
  if (subject === null) {
    return null;
  }
  const [licensing, penalty] = await Promise.all([
    allRecords(schema, ctx, 'ReportLicensing', subject['code']),
    allRecords(schema, ctx, 'ReportPenalty', subject['code']),
  ]);
  return {
    format: 2,
    issuer: ctx.reportIssuer,
    generatedAt: generatedAt.toISOString(),
    subject: {
      code: subject['code'],
      name: subject['name'],
      category: subject['category'],
      legalRepresentative: subject['legalRepresentative'] ?? null,
      registrationAuthority: subject['registrationAuthority'] ?? null,
      entityType: subject['entityType'] ?? null,
      regionCode: subject['regionCode'],
      regionName: subject['regionName'] ?? null,
    },
    licensing: licensing.map((r): ReportLicensing => ({
      id: r['id'],
      documentNumber: r['documentNumber'],
      documentTitle: r['documentTitle'],
      licenceCategory: r['licenceCategory'],
      licenceCategoryOther: r['licenceCategoryOther'] ?? null,
      decisionDate: r['decisionDate'],
      validFrom: r['validFrom'],
      validTo: r['validTo'],
      authority: r['authority'],
      sourceUnit: r['sourceUnit'],
      disclosureStatus: r['disclosure'].status,
      underObjection: r['underObjection'],
    })),
    penalty: penalty.map((r): ReportPenalty => ({
      id: r['id'],
      documentNumber: r['documentNumber'],
      violationType: r['violationType'],
      penaltyTypes: r['penaltyTypes'],
      penaltyTypeOther: r['penaltyTypeOther'] ?? null,
      fineAmount: r['fineAmount'] ?? null,
      confiscatedAmount: r['confiscatedAmount'] ?? null,
      decisionDate: r['decisionDate'],
      publicityEndDate: r['publicity'].maximumEndDate,
      authority: r['authority'],
      sourceUnit: r['sourceUnit'],
      disclosureStatus: r['disclosure'].status,
      underObjection: r['underObjection'],
    })),
    lists: [...(subject['red'] as Json[]), ...(subject['black'] as Json[])].map(entryOf),
  };
}

/** The sha256 of a report's canonical content, in hex. */
function reportHash(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/**
 * Generates the credit report of a subject (the public's view; the permission rule admits the
 * public only): its content at the clock's instant, the sha256 of its canonical serialisation and
 * the verification code from that hash, stored with its audit entry in one transaction.
 * NOT_FOUND on `code` when the platform shows the public nothing of the subject.
 */
export async function generateCreditReport(
  schema: GraphQLSchema,
  ctx: Context,
  code: string,
): Promise<CreditReportRow> {
  const generatedAt = ctx.clock.now();
  const content = await reportContent(schema, ctx, code, generatedAt);
  if (content === null) {
    throw new NotFoundError('SUBJECT', 'code');
  }
  const text = canonicalJson(content);
  const sha256 = reportHash(text);
  const row: CreditReportRow = {
    verificationCode: verificationCodeOf(sha256),
    subjectCode: content.subject.code,
    generatedAt,
    sha256,
    content: text,
  };
  await ctx.primary.transaction(async tx => {
    await insertReport(tx, row);
    await recordAudit(tx, ctx.viewer, generatedAt, {
      action: 'credit_report.generate',
      entityType: 'credit_report',
      entityId: row.verificationCode,
      details: { subjectCode: row.subjectCode, sha256 },
    });
  });
  return row;
}

/** What `verifyReport` answers: the stored report, and whether it is intact. */
export interface ReportCheck {
  valid: boolean;
  report: CreditReportRow | null;
}

/**
 * Checks a verification code: valid when the platform issued it and the stored content still
 * hashes to the recorded sha256, from which the code was derived. A code of no report (such as
 * the code an altered report's content would have) is not valid. A text that cannot be a code
 * is BAD_USER_INPUT on `code` (`reason: MALFORMED_CODE`).
 */
export async function verifyCreditReport(ctx: Context, input: string): Promise<ReportCheck> {
  const code = normalizeVerificationCode(input);
  if (code === null) {
    throw new BadInputError(
      say('MALFORMED_CODE', { field: 'code', column: '报告核验码' }),
      'code',
      {
        reason: 'MALFORMED_CODE',
      },
    );
  }
  const report = await findReport(ctx.primary, code);
  if (report === null) {
    return { valid: false, report: null };
  }
  const sha256 = reportHash(report.content);
  return {
    valid: sha256 === report.sha256 && verificationCodeOf(sha256) === report.verificationCode,
    report,
  };
}
