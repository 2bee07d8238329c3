import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { Context } from '../../../context.js';
import { idNumberFor } from '../../../shared/masking.js';
import { Subject } from '../../subjects/subject.type.js';
import { CreditRecord } from './record.type.js';

@Resolver(() => CreditRecord)
export class CreditRecordResolver {
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
