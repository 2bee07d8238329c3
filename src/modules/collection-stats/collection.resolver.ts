import { Arg, Ctx, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { BadInputError } from '../../shared/errors.js';
import { named, say } from '../../shared/messages.js';
import { DateScalar } from '../../shared/scalars.js';
import { collectionReport, collectionReportCsv } from './collection.report.js';
import { CollectionReport } from './collection.type.js';

@Resolver()
export class CollectionResolver {
  @Query(() => CollectionReport, {
    description:
      'Collection statistics per catalog item and department for a period, with silent providers and a CSV export (ADMIN).',
  })
  async collectionReport(
    @Arg('from', () => DateScalar, {
      description: 'First day of the period, e.g. the 1st of the month.',
    })
    from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of the period.' }) to: string,
    @Ctx() ctx: Context,
  ): Promise<CollectionReport> {
    if (from > to) {
      throw new BadInputError(say('PERIOD_REVERSED', named('from')), 'from');
    }
    const report = await collectionReport(ctx.db, from, to, ctx.clock.today());
    return { ...report, csv: collectionReportCsv(report) };
  }
}
