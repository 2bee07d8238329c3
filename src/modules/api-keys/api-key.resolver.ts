import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../../context.types.js';
import { uuidArgument } from '../../shared/ids.js';
import { CreateApiKeyInput } from './api-key.inputs.js';
import { createApiKey, revokeApiKey } from './api-key.service.js';
import { ApiKey, CreatedApiKey, ViewerType } from './api-key.type.js';

@Resolver()
export class ApiKeyResolver {
  @Query(() => ViewerType, { description: 'Who the platform takes the caller to be.' })
  me(@Ctx() ctx: Context): ViewerType {
    const { role, organizationName, organizationCode } = ctx.viewer;
    return { role, organizationName, organizationCode };
  }

  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key (ADMIN). The secret is returned once.',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'The role and organisation of the key.' })
    input: CreateApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiKey> {
    const { row, secret } = await createApiKey(ctx.db, ctx.viewer, ctx.clock, input);
    return { id: row.id, secret, role: row.role as CreatedApiKey['role'] };
  }

  @Mutation(() => ApiKey, {
    description: 'Revokes an API key at once (ADMIN); its secret stops working.',
  })
  async revokeApiKey(
    @Arg('id', () => ID, { description: 'The key to revoke.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ApiKey> {
    const row = await revokeApiKey(ctx.db, ctx.viewer, ctx.clock, uuidArgument(id, 'id'));
    return { ...row, role: row.role as ApiKey['role'] };
  }
}
