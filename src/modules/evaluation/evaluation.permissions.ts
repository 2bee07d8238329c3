import { allow } from 'graphql-shield';

import { Role } from '../../auth/viewer.js';
import { fields, hasRole, isAdmin } from '../../permissions/rules.js';

const isOversight = hasRole(Role.REGULATOR, Role.ADMIN);

/**
 * Models and the class distribution are the regulators' and the credit office's; publishing a
 * model is the office's. Subject.evaluation is open to every role and its resolver decides how
 * much each sees (evaluationViewOf); its history is for oversight only.
 */
export const evaluationPermissions = {
  Query: { evaluationModels: isOversight, evaluationDistribution: isOversight },
  Mutation: { publishEvaluationModel: isAdmin },
  Subject: { evaluation: allow, evaluationHistory: isOversight },
  CreditCheck: { evaluation: isOversight },
  CreditEvaluation: fields(allow, [
    'subjectCode',
    'grade',
    'gradeName',
    'score',
    'modelVersion',
    'computedAt',
    'indicators',
    'supervision',
  ]),
  EvaluationIndicator: fields(allow, ['code', 'name', 'value', 'points', 'basis', 'recordIds']),
  CreditEvaluationConnection: fields(isOversight, ['edges', 'pageInfo', 'totalCount']),
  CreditEvaluationEdge: fields(isOversight, ['cursor', 'node']),
  EvaluationModel: fields(isOversight, [
    'version',
    'publishedAt',
    'inForce',
    'baseScore',
    'thresholds',
    'indicators',
    'gradeCaps',
    'supervision',
    'publicView',
    'basis',
  ]),
  IndicatorWeight: fields(isOversight, [
    'code',
    'name',
    'counts',
    'pointsEach',
    'maxPoints',
    'basis',
  ]),
  GradeCap: fields(isOversight, ['indicator', 'atLeast', 'grade', 'basis']),
  GradeThresholds: fields(isOversight, ['a', 'b', 'c']),
  GradeSupervision: fields(isOversight, ['grade', 'recommendation']),
  EvaluationDistribution: fields(isOversight, ['key', 'name', 'grades', 'total']),
  GradeCount: fields(isOversight, ['grade', 'subjects']),
};
