import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';

import { Role, type Viewer } from '../../auth/viewer.js';
import { executeRows } from '../../db/execute.js';
import type { DbOrTx } from '../../db/types.js';
import type { Clock } from '../../shared/dates.js';
import { authorizedFor } from '../access/index.js';
import type { EvaluationModelDefinition } from './evaluation.model.js';
import {
  type Evaluation,
  EvaluationView,
  activeModel,
  computeFor,
  evaluationViewOf,
  modelOfVersion,
  storedEvaluations,
} from './evaluation.service.js';

/**
 * The evaluation loaders of one request: the evaluations of every subject it shows in one
 * statement (those the worker has not stored yet computed in one more), what the viewer may see
 * of them (for an institution, its authorizations of all those subjects in one statement), and
 * each model version once.
 */
export function createEvaluationLoaders(db: DbOrTx, viewer: Viewer, clock: Clock) {
  let inForce: Promise<EvaluationModelDefinition> | undefined;
  const model = () => (inForce ??= activeModel(db));
  return {
    evaluationByCode: new DataLoader<string, Evaluation | null>(async codes => {
      const stored = new Map((await storedEvaluations(db, codes)).map(e => [e.subjectCode, e]));
      const missing = codes.filter(code => !stored.has(code));
      if (missing.length > 0) {
        for (const computed of await computeFor(
          db,
          missing,
          await model(),
          clock.today(),
          clock.now(),
        )) {
          stored.set(computed.subjectCode, computed);
        }
      }
      return codes.map(code => stored.get(code) ?? null);
    }),
    evaluationViewByCode: new DataLoader<string, EvaluationView>(async codes => {
      if (viewer.role !== Role.INSTITUTION || viewer.organizationCode === null) {
        const view = await evaluationViewOf(db, viewer, codes[0]!, clock.today());
        return codes.map(() => view);
      }
      const rows = await executeRows<{ code: string }>(
        db,
        sql`select code from unnest(${sql.param([...codes])}::text[]) as code
            where ${authorizedFor(viewer.organizationCode, sql`code`, clock.today())}`,
      );
      const authorised = new Set(rows.map(row => row.code));
      return codes.map(code => (authorised.has(code) ? EvaluationView.GRADE : EvaluationView.NONE));
    }),
    evaluationModelByVersion: new DataLoader<string, EvaluationModelDefinition | null>(
      async versions =>
        Promise.all(versions.map(async version => (await modelOfVersion(db, version)) ?? null)),
    ),
  };
}

export type EvaluationLoaders = ReturnType<typeof createEvaluationLoaders>;
