import { Field, ID, ObjectType } from 'type-graphql';

import { Role } from '../../auth/viewer.js';
import { CreditCodeScalar, DateTimeScalar } from '../../shared/scalars.js';

@ObjectType('Viewer', { description: 'The caller of this request, as the platform knows it.' })
export class ViewerType {
  @Field(() => Role, { description: 'The role the caller acts in.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'The organisation the API key belongs to; null for the public.',
  })
  organizationName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The credit code of that organisation; null for the public.',
  })
  organizationCode!: string | null;
}

@ObjectType({
  description: 'A newly created API key. The secret is shown here once and never again.',
})
export class CreatedApiKey {
  @Field(() => ID, { description: 'Identifier of the key (not a secret).' })
  id!: string;

  @Field(() => String, {
    description: 'The secret to send as `Authorization: Bearer <secret>`. Store it now.',
  })
  secret!: string;

  @Field(() => Role, { description: 'The role the key acts in.' })
  role!: Role;
}

@ObjectType({ description: 'An API key as the credit office sees it, without its secret.' })
export class ApiKey {
  @Field(() => ID, { description: 'Identifier of the key.' })
  id!: string;

  @Field(() => Role, { description: 'The role the key acts in.' })
  role!: Role;

  @Field(() => String, { description: 'The organisation the key belongs to.' })
  organizationName!: string;

  @Field(() => CreditCodeScalar, { description: 'The credit code of that organisation.' })
  organizationCode!: string;

  @Field(() => String, { nullable: true, description: 'A note on what the key is for.' })
  label!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the key was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the key was revoked; null while it is valid.',
  })
  revokedAt!: Date | null;
}
