import { Field, InputType } from 'type-graphql';

import { Role } from '../../auth/viewer.js';
import { CreditCodeScalar } from '../../shared/scalars.js';

@InputType({ description: 'A new API key: its role and the organisation it belongs to.' })
export class CreateApiKeyInput {
  @Field(() => Role, { description: 'The role the key will act in (not PUBLIC).' })
  role!: Role;

  @Field(() => String, { description: 'Full name of the organisation (1–200 characters).' })
  organizationName!: string;

  @Field(() => CreditCodeScalar, {
    description:
      'Credit code of the organisation; a PROVIDER key may submit records only for this source unit.',
  })
  organizationCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A note on what the key is for (at most 200 characters).',
  })
  label?: string | null;
}
