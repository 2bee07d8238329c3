import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { listCatalogItems } from './catalog.repository.js';
import { saveCatalogItem, setCatalogItemProviders } from './catalog.service.js';
import {
  CatalogItem,
  CatalogItemInput,
  CatalogProvider,
  CatalogProviderInput,
} from './catalog.type.js';

@Resolver(() => CatalogItem)
export class CatalogResolver {
  @Query(() => [CatalogItem], {
    description: 'What the platform collects and publishes (公共信用信息目录), and from whom.',
  })
  async catalog(@Ctx() ctx: Context): Promise<CatalogItem[]> {
    return listCatalogItems(ctx.db);
  }

  @FieldResolver(() => [CatalogProvider], {
    description: 'The departments allowed to provide the item.',
  })
  async providers(@Root() item: CatalogItem, @Ctx() ctx: Context): Promise<CatalogProvider[]> {
    return ctx.loaders.catalogProviders.load(item.code);
  }

  @Mutation(() => CatalogItem, {
    description: 'Adds or changes a catalog item (ADMIN); a change makes a new version. Audited.',
  })
  async saveCatalogItem(
    @Arg('input', () => CatalogItemInput, { description: 'The item.' }) input: CatalogItemInput,
    @Ctx() ctx: Context,
  ): Promise<CatalogItem> {
    return saveCatalogItem(ctx.db, ctx.viewer, ctx.clock, input);
  }

  @Mutation(() => CatalogItem, {
    description:
      'Replaces the departments allowed to provide an item (ADMIN); a new version. Audited.',
  })
  async setCatalogItemProviders(
    @Arg('code', () => String, { description: 'The item.' }) code: string,
    @Arg('providers', () => [CatalogProviderInput], {
      description: 'Every department allowed to provide it.',
    })
    providers: CatalogProviderInput[],
    @Ctx() ctx: Context,
  ): Promise<CatalogItem> {
    return setCatalogItemProviders(ctx.db, ctx.viewer, ctx.clock, code, providers);
  }
}
