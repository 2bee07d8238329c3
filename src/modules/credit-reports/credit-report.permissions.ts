import { allow } from 'graphql-shield';

import { Role } from '../../auth/viewer.js';
import { fields, hasRole } from '../../permissions/rules.js';

/**
 * A report is the public's view, so only the public generates one (a key's wider view must not
 * become verifiable by anyone holding the code); anyone checks a code.
 */
export const creditReportPermissions = {
  Query: { verifyReport: allow },
  Mutation: { generateCreditReport: hasRole(Role.PUBLIC) },
  CreditReport: fields(allow, [
    'verificationCode',
    'subjectCode',
    'generatedAt',
    'sha256',
    'content',
  ]),
  ReportVerification: fields(allow, ['valid', 'subjectCode', 'generatedAt', 'sha256', 'content']),
};
