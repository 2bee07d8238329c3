import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { CreditCodeScalar } from '../../shared/scalars.js';
import { generateCreditReport, verifyCreditReport } from './credit-report.service.js';
import { CreditReport, ReportVerification } from './credit-report.type.js';

@Resolver(() => CreditReport)
export class CreditReportResolver {
  @Mutation(() => CreditReport, {
    description:
      'Generates the credit report (信用报告) of a subject as the public sees it (anonymous callers only): every public licensing and penalty decision and list entry, at the platform’s clock, sealed by its sha256 and recorded with a verification code. NOT_FOUND on `code` when the public is shown nothing of the subject.',
  })
  async generateCreditReport(
    @Arg('code', () => CreditCodeScalar, { description: 'The subject’s credit code.' })
    code: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CreditReport> {
    return generateCreditReport(info.schema, ctx, code);
  }

  @Query(() => ReportVerification, {
    description:
      'Checks a credit report’s verification code (anyone): whether the platform issued the report, and what it stated. Case, spaces and hyphens do not matter; a text that cannot be a code is BAD_USER_INPUT on `code` (`reason: MALFORMED_CODE`).',
  })
  async verifyReport(
    @Arg('code', () => String, { description: 'The 核验码 printed on the report.' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<ReportVerification> {
    const { valid, report } = await verifyCreditReport(ctx, code);
    return {
      valid,
      subjectCode: report?.subjectCode ?? null,
      generatedAt: report?.generatedAt ?? null,
      sha256: report?.sha256 ?? null,
      content: report?.content ?? null,
    };
  }
}
