import { type IRules, allow, deny, shield } from 'graphql-shield';

import { accessPermissions } from '../modules/access/index.js';
import { apiKeyPermissions } from '../modules/api-keys/index.js';
import { calendarPermissions } from '../modules/calendar/index.js';
import { catalogPermissions } from '../modules/catalog/index.js';
import { collectionPermissions } from '../modules/collection-stats/index.js';
import { creditCodePermissions } from '../modules/credit-code/index.js';
import { disclosurePermissions } from '../modules/disclosure/index.js';
import { creditListPermissions } from '../modules/credit-lists/index.js';
import { creditReportPermissions } from '../modules/credit-reports/index.js';
import { exportPermissions } from '../modules/export/index.js';
import { checkPermissions } from '../modules/checks/index.js';
import { evaluationPermissions } from '../modules/evaluation/index.js';
import { monitoringPermissions } from '../modules/monitoring/index.js';
import { recordPermissions } from '../modules/records/index.js';
import { objectionPermissions } from '../modules/objections/index.js';
import { repairPermissions } from '../modules/repair/index.js';
import { subjectPermissions } from '../modules/subjects/index.js';
import { ForbiddenError } from '../shared/errors.js';
import { type ShieldRule, fields } from './rules.js';

type RuleMap = Record<string, Record<string, ShieldRule>>;

/** Merges the modules' slices; a type named in two slices gets the fields of both. */
function merge(...slices: RuleMap[]): RuleMap {
  const tree: RuleMap = {};
  for (const slice of slices) {
    for (const [type, rules] of Object.entries(slice)) {
      tree[type] = { ...tree[type], ...rules };
    }
  }
  return tree;
}

/**
 * Who may call what and see which field. Every root field and every field of every object type
 * has an explicit entry (a test checks this against the schema); anything missing is denied
 * (fallbackRule). Resolver errors pass through and are masked by the server's formatError, so
 * a database outage is never reported as "forbidden".
 */
export const ruleTree: RuleMap = merge(
  accessPermissions,
  apiKeyPermissions,
  calendarPermissions,
  catalogPermissions,
  collectionPermissions,
  creditCodePermissions,
  disclosurePermissions,
  creditListPermissions,
  creditReportPermissions,
  exportPermissions,
  checkPermissions,
  evaluationPermissions,
  monitoringPermissions,
  recordPermissions,
  objectionPermissions,
  repairPermissions,
  subjectPermissions,
  { PageInfo: fields(allow, ['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']) },
);

export const permissions = shield(ruleTree as IRules, {
  fallbackRule: deny,
  allowExternalErrors: true,
  fallbackError: () => new ForbiddenError(),
});
