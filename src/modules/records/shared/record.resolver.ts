import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../../context.types.js';
import { idNumberFor } from '../../../shared/masking.js';
import { isLoggedRole, logSubjectsRead, statedPurpose } from '../../subjects/index.js';
import { Subject } from '../../subjects/index.js';
import { RecordKind } from './record.enums.js';
import { parseRecordGlobalId } from './record.ids.js';
import { licensingNode, penaltyNode } from './record.node.js';
import { CreditRecord } from './record.type.js';
import { malformedId } from '../../../shared/ids.js';

@Resolver(() => CreditRecord)
export class CreditRecordResolver {
  @Query(() => CreditRecord, {
    nullable: true,
    description:
      'One licensing or penalty record by its ID (`licensing:12`, `penalty:7`); null when it does not exist or the caller may not see it; an id of another shape is BAD_USER_INPUT. INSTITUTION callers must state a purpose; a look-up by an INSTITUTION or REGULATOR is written to the access log of the record’s subject.',
  })
  async creditRecord(
    @Arg('id', () => ID, { description: 'The record’s ID.' }) id: string,
    @Arg('purpose', () => String, {
      nullable: true,
      description: 'Why the caller looks the record up (required for INSTITUTION).',
    })
    purpose: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CreditRecord | null> {
    const stated = statedPurpose(ctx.viewer, purpose);
    const parsed = parseRecordGlobalId(id);
    if (parsed === null) {
      throw malformedId('id', { example: 'penalty:12' });
    }
    const record =
      parsed.kind === RecordKind.LICENSING
        ? await ctx.loaders.licensingById.load(parsed.id).then(r => r && licensingNode(r))
        : await ctx.loaders.penaltyById.load(parsed.id).then(r => r && penaltyNode(r));
    if (record !== null && record.subjectCode !== null && isLoggedRole(ctx.viewer.role)) {
      await logSubjectsRead(ctx, [record.subjectCode], stated, info);
    }
    return record;
  }

  @FieldResolver(() => Subject, {
    nullable: true,
    description:
      'The subject the record is about; null for natural persons and individual businesses without a code.',
  })
  async subject(@Root() record: CreditRecord, @Ctx() ctx: Context): Promise<Subject | null> {
    return record.subjectCode === null ? null : ctx.loaders.subjectByCode.load(record.subjectCode);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '法定代表人证件号码: full for regulators, masked for institutions and providers, null for the public.',
  })
  legalRepresentativeIdNumber(@Root() record: CreditRecord, @Ctx() ctx: Context): string | null {
    return idNumberFor(ctx.viewer, record.legalRepresentativeIdNumber);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '证件号码 of a natural-person counterpart: full for regulators, masked for institutions and providers.',
  })
  personIdNumber(@Root() record: CreditRecord, @Ctx() ctx: Context): string | null {
    return idNumberFor(ctx.viewer, record.personIdNumber);
  }
}
