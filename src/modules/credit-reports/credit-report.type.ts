import { Field, ObjectType } from 'type-graphql';

import { CreditCodeScalar, DateTimeScalar } from '../../shared/scalars.js';

@ObjectType({
  description:
    '信用报告: a subject’s public credit profile at one instant, sealed by the sha256 of its canonical content and a verification code derived from that hash, which `verifyReport` and the site’s /verify page check.',
})
export class CreditReport {
  @Field(() => String, {
    description:
      '核验码 printed on the report: the first 80 bits of `sha256` in Crockford base32, as XXXX-XXXX-XXXX-XXXX.',
  })
  verificationCode!: string;

  @Field(() => CreditCodeScalar, { description: 'The subject the report is about.' })
  subjectCode!: string;

  @Field(() => DateTimeScalar, { description: 'When the report was generated (报告生成时间).' })
  generatedAt!: Date;

  @Field(() => String, { description: 'Hex sha256 of `content`.' })
  sha256!: string;

  @Field(() => String, {
    description:
      'What the report states, as canonical JSON (keys sorted, no whitespace): the subject, its public licensing and penalty decisions and list entries, and `generatedAt`. The site prints exactly this.',
  })
  content!: string;
}

@ObjectType({
  description:
    'The answer to a report verification code: whether the platform issued a report with it, intact, and what that report stated.',
})
export class ReportVerification {
  @Field(() => Boolean, {
    description:
      'True when the platform generated a report with this code and its stored content still hashes to the recorded sha256; false for any other code, such as the code an altered report would have.',
  })
  valid!: boolean;

  @Field(() => CreditCodeScalar, {
    nullable: true,
    description: 'The subject the report is about; null when no report has the code.',
  })
  subjectCode!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the report was generated; null when no report has the code.',
  })
  generatedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Hex sha256 of the report’s content as recorded; null when no report has the code.',
  })
  sha256!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What the report stated (its canonical JSON content), to compare with a printed copy; null when no report has the code.',
  })
  content!: string | null;
}
