import { Arg, Ctx, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';

import { analyzeCreditCode } from './credit-code.js';
import { regionName } from './regions.js';
import { CreditCodeValidation } from './credit-code.type.js';

@Resolver()
export class CreditCodeResolver {
  @Query(() => CreditCodeValidation, {
    description:
      'Checks a candidate credit code and says why it is wrong, or what it encodes. Never an error.',
  })
  validateCreditCode(
    @Arg('code', () => String, { description: 'Any string; it is trimmed and upper-cased first.' })
    code: string,
    @Ctx() ctx: Context,
  ): CreditCodeValidation {
    const result = analyzeCreditCode(code.slice(0, 64));
    return {
      valid: result.valid,
      code: result.code,
      reason: result.localizedReason?.[ctx.language] ?? null,
      problem: result.problem ?? null,
      warnings: result.warnings,
      registrationAuthority: result.registrationAuthority ?? null,
      entityType: result.entityType ?? null,
      regionCode: result.regionCode ?? null,
      regionName: result.regionCode === undefined ? null : (regionName(result.regionCode) ?? null),
      organizationCode: result.organizationCode ?? null,
    };
  }
}
