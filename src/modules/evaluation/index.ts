export { DEFAULT_MODEL, INDICATORS, type IndicatorCode, gradeOf } from './evaluation.model.js';
export { evaluationPermissions } from './evaluation.permissions.js';
export {
  CheckEvaluationResolver,
  EvaluationResolver,
  SubjectEvaluationResolver,
} from './evaluation.resolver.js';
export {
  computeFor,
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
