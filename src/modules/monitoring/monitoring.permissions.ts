import { fields, isAdminOrInstitution, isInstitution } from '../../permissions/rules.js';

/** Monitoring lists and the change feed are the institutions' own (DESIGN §4.1). */
export const monitoringPermissions = {
  Query: {
    monitoredSubjects: isInstitution,
    changes: isInstitution,
    webhookDeliveries: isAdminOrInstitution,
  },
  Mutation: {
    monitorSubjects: isInstitution,
    unmonitorSubjects: isInstitution,
    setWebhook: isInstitution,
    replayDeliveries: isAdminOrInstitution,
  },
  Webhook: fields(isInstitution, ['url', 'secret']),
  WebhookDelivery: fields(isAdminOrInstitution, [
    'id',
    'changeId',
    'status',
    'attempts',
    'lastStatusCode',
    'nextAttemptAt',
  ]),
  WebhookDeliveryConnection: fields(isAdminOrInstitution, ['edges', 'pageInfo', 'totalCount']),
  WebhookDeliveryEdge: fields(isAdminOrInstitution, ['cursor', 'node']),
  MonitorPayload: fields(isInstitution, ['added', 'removed', 'unchanged', 'rejected']),
  MonitoredSubject: fields(isInstitution, ['subjectCode', 'purpose', 'monitoredAt', 'subject']),
  MonitoredSubjectConnection: fields(isInstitution, ['edges', 'pageInfo', 'totalCount']),
  MonitoredSubjectEdge: fields(isInstitution, ['cursor', 'node']),
  Change: fields(isInstitution, ['id', 'subjectCode', 'kind', 'recordId', 'occurredAt', 'subject']),
  ChangeConnection: fields(isInstitution, ['edges', 'pageInfo', 'totalCount']),
  ChangeEdge: fields(isInstitution, ['cursor', 'node']),
};
