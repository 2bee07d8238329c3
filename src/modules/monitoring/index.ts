export { CHANGES_STREAM_QUERY, type FeedPageRunner, changeStream } from './changes.http.js';
export { monitoringPermissions } from './monitoring.permissions.js';
export {
  ChangeSubjectResolver,
  MonitoredSubjectResolver,
  MonitoringResolver,
} from './monitoring.resolver.js';
export { monitoringUpload } from './monitoring.http.js';
export { monitorSubjects } from './monitoring.service.js';
export { decodeFeedCursor } from './feed.js';
export { FeedWaker } from './feed-waker.js';
export { feedCountSql, feedPageSql } from './monitoring.repository.js';
export { monitoredSubjects } from './monitoring.table.js';
export { sweepPublicityEnded } from './publicity-sweep.js';
export { webhookDeliveries, webhooks } from './webhooks.table.js';
export { WebhookResolver } from './webhooks.resolver.js';
export {
  DEFAULT_WEBHOOK_SETTINGS,
  DeliveryStatus,
  type WebhookSettings,
  listDeliveries,
  replayDeliveries,
  runWebhookPass,
  setWebhook,
} from './webhooks.js';
