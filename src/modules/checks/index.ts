export { CheckRule, checkRuleEnum, checkScenarioEnum, measureKindEnum } from './check.enums.js';
export { type CheckLoaders, createCheckLoaders } from './check.loaders.js';
export { checkPermissions } from './check.permissions.js';
export {
  checkFeedback,
  type CheckFeedbackRow,
  type CreditCheckRow,
  creditChecks,
  type MeasureRow,
  measures,
} from './check.table.js';
export { CreditCheckResolver } from './credit-check.resolver.js';
export { MEASURES_SEED } from './measures.seed-data.js';
export { CHECK_CTE, checkMatter, checkRow, checkStatement } from './credit-check.statement.js';
export { CheckEvaluationResolver } from './check-evaluation.resolver.js';
