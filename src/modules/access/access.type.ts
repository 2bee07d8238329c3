import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { Role } from '../../auth/viewer.js';
import { ConnectionType } from '../../shared/pagination.js';
import { CreditCodeScalar, DateScalar, DateTimeScalar } from '../../shared/scalars.js';

@ObjectType({
  description:
    'An authorization a subject gave an institution to see its AUTHORIZED-scope records.',
})
export class Authorization {
  @Field(() => ID, { description: 'Identifier of the authorization.' })
  id!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the institution authorised.' })
  institutionCode!: string;

  @Field(() => String, { description: 'Name of the institution authorised.' })
  institutionName!: string;

  @Field(() => CreditCodeScalar, { description: 'The subject that gave the authorization.' })
  subjectCode!: string;

  @Field(() => String, { description: 'What the authorization is for (e.g. 贷前审查).' })
  purpose!: string;

  @Field(() => DateScalar, { description: 'First day the authorization is valid.' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day the authorization is valid.' })
  validUntil!: string;

  @Field(() => String, { description: 'Reference to the signed authorization document.' })
  documentReference!: string;

  @Field(() => DateTimeScalar, { description: 'When the institution registered it.' })
  registeredAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the credit office revoked it; null while it stands.',
  })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  revocationReason!: string | null;
}

@InputType({ description: 'An authorization a subject gave the calling institution.' })
export class AuthorizationInput {
  @Field(() => CreditCodeScalar, { description: 'The subject that gave the authorization.' })
  subjectCode!: string;

  @Field(() => String, { description: 'What it is for (1–200 characters).' })
  purpose!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First valid day; today when omitted.' })
  validFrom?: string | null;

  @Field(() => DateScalar, {
    description: 'Last valid day: today or later, at most three years after validFrom.',
  })
  validUntil!: string;

  @Field(() => String, {
    description: 'Reference to the signed authorization document (1–200 characters).',
  })
  documentReference!: string;
}

@ObjectType({ description: 'One query of a subject by an institution or a regulator.' })
export class AccessLogEntry {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the query was made.' })
  occurredAt!: Date;

  @Field(() => Role, { description: 'The role of the caller.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'The organisation of the caller.' })
  organizationName!: string | null;

  @Field(() => CreditCodeScalar, {
    nullable: true,
    description: 'Credit code of that organisation.',
  })
  organizationCode!: string | null;

  @Field(() => ID, { nullable: true, description: 'The API key used.' })
  keyId!: string | null;

  @Field(() => CreditCodeScalar, { description: 'The subject queried.' })
  subjectCode!: string;

  @Field(() => String, { nullable: true, description: 'The purpose the caller stated.' })
  purpose!: string | null;

  @Field(() => String, { description: 'The GraphQL operation, e.g. `query SubjectProfile`.' })
  operation!: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'What of the subject the operation reads: the types of its data the selection reaches (Subject, LicensingRecord, PenaltyRecord, CatalogRecord, ListEntry, CreditCheck); null on entries written before it was recorded.',
  })
  dataRead!: string[] | null;
}

export const AuthorizationConnection = ConnectionType(
  Authorization,
  'Authorization',
  'A page of authorizations, newest first.',
);
export const AccessLogConnection = ConnectionType(
  AccessLogEntry,
  'AccessLogEntry',
  'A page of access-log entries, newest first.',
);
