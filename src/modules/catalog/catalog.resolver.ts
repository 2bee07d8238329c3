import { Ctx, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.js';
import { listCatalogItems } from './catalog.repository.js';
import { CatalogItem } from './catalog.type.js';

@Resolver()
export class CatalogResolver {
  @Query(() => [CatalogItem], { description: 'What the platform collects and publishes (公共信用信息目录).' })
  async catalog(@Ctx() ctx: Context): Promise<CatalogItem[]> {
    const rows = await listCatalogItems(ctx.db);
    return rows.map(row => ({ ...row, usageScope: row.defaultUsageScope }));
  }
}
