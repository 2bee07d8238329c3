export {
  CreditGrade,
  DEFAULT_MODEL,
  INDICATORS,
  type IndicatorCode,
  gradeOf,
} from './evaluation.model.js';
export { createEvaluationLoaders, type EvaluationLoaders } from './evaluation.loaders.js';
export { evaluationPermissions } from './evaluation.permissions.js';
export {
  EvaluationResolver,
  SubjectEvaluationResolver,
  evaluationNode,
} from './evaluation.resolver.js';
export { CreditEvaluation } from './evaluation.type.js';
export {
  EvaluationView,
  computeFor,
  evaluationAt,
  publishModel,
  recomputeAll,
  runEvaluationPass,
  storedEvaluations,
} from './evaluation.service.js';
export {
  creditGradeEnum,
  evaluationModels,
  evaluationProgress,
  subjectEvaluationHistory,
  subjectEvaluations,
} from './evaluation.table.js';
