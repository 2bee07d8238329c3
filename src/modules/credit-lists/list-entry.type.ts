import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { CreditCodeScalar, DateScalar, DateTimeScalar } from '../../shared/scalars.js';
import { ListEntryEventKind, ListType } from './list-entry.enums.js';
import { UsageScope } from '../catalog/index.js';

@ObjectType({ description: 'One event in the history of a list entry.' })
export class ListEntryEvent {
  @Field(() => ListEntryEventKind, { description: 'What happened.' })
  kind!: ListEntryEventKind;

  @Field(() => DateTimeScalar, { description: 'When it happened on the platform.' })
  at!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'The version a correction made; null for the other events.',
  })
  version!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why, for a removal or a repair (移出原因, 信用修复); null otherwise.',
  })
  reason!: string | null;
}

@ObjectType({
  description: 'An entry on the red list (诚信典型) or the black list (严重失信主体名单).',
})
export class ListEntry {
  @Field(() => ID, { description: 'Identifier, e.g. `list:3`.' })
  id!: string;

  @Field(() => ListType, { description: 'Red or black list.' })
  listType!: ListType;

  @Field(() => CreditCodeScalar, { description: 'The listed subject’s credit code.' })
  subjectCode!: string;

  @Field(() => String, { description: 'The listed subject’s name.' })
  subjectName!: string;

  @Field(() => String, { description: 'Number of the listing decision.' })
  documentNumber!: string;

  @Field(() => String, { description: '列入机关: the listing authority.' })
  listingAuthority!: string;

  @Field(() => CreditCodeScalar, { description: 'Credit code of the listing authority.' })
  listingAuthorityCode!: string;

  @Field(() => String, { description: '列入依据: the legal basis of the listing.' })
  basis!: string;

  @Field(() => String, { description: '列入事由: why the subject was listed.' })
  reason!: string;

  @Field(() => DateScalar, { description: '列入日期.' })
  listedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day on the list; null when no end is set.',
  })
  validUntil!: string | null;

  @Field(() => UsageScope, { description: 'Who may see the entry.' })
  usageScope!: UsageScope;

  @Field(() => String, {
    description:
      'As of today: ACTIVE, EXPIRED (past validUntil), REMOVED (by its listing authority, the credit office or an objection) or REPAIRED (信用修复). Only regulators and the credit office see REMOVED and REPAIRED entries on a subject.',
  })
  status!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the listing authority removed the entry.',
  })
  removedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was removed; for a repair, 信用修复 and the credit office’s note.',
  })
  removalReason!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When an approved credit repair (信用修复) took the subject off the list.',
  })
  repairedAt!: Date | null;

  /** Stored for the history; not a field. */
  receivedAt!: Date;
  publishedAt!: Date | null;

  @Field(() => Int, { description: 'Version: 1, plus one per correction.' })
  version!: number;
}

@InputType({ description: 'A list entry from its listing authority. Checked per row.' })
export class ListEntryInput {
  @Field(() => ListType, { nullable: true, description: 'Red or black list (required).' })
  listType?: ListType | null;

  @Field(() => String, { nullable: true, description: 'The subject’s name (required).' })
  subjectName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The subject’s credit code (required, valid).',
  })
  subjectCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Number of the listing decision (required); identifies the entry.',
  })
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'The listing authority (required).' })
  listingAuthority?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its credit code (required; a PROVIDER only its own).',
  })
  listingAuthorityCode?: string | null;

  @Field(() => String, { nullable: true, description: '列入依据 (required).' })
  basis?: string | null;

  @Field(() => String, { nullable: true, description: '列入事由 (required).' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '列入日期, YYYY-MM-DD (required, not in the future).',
  })
  listedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day on the list, YYYY-MM-DD.' })
  validUntil?: string | null;

  @Field(() => UsageScope, { nullable: true, description: 'Who may see it; PUBLIC when omitted.' })
  usageScope?: UsageScope | null;
}
