export { canonicalJson, verificationCodeOf } from './credit-report.content.js';
export { creditReportPermissions } from './credit-report.permissions.js';
export { CreditReportResolver } from './credit-report.resolver.js';
export { creditReports } from './credit-report.table.js';
