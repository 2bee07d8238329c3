import { allow } from 'graphql-shield';

import { fields, isProviderOrAdmin } from '../../permissions/rules.js';
import { RED_LIST_KIND, fieldRulesOf } from '../records/index.js';

/** Red and black list entries: departments submit and remove them; anyone sees the active ones. */
export const creditListPermissions = {
  Mutation: {
    submitListEntries: isProviderOrAdmin,
    removeListEntry: isProviderOrAdmin,
  },
  Subject: { listEntries: allow },
  SubmitRecordsPayload: { listEntries: isProviderOrAdmin },
  // Derived from the list kinds' declaration (records/kinds/list.kinds.ts).
  ListEntry: fieldRulesOf(RED_LIST_KIND),
  // Reached only through ListEntry.history, which the declaration keeps from the public.
  ListEntryEvent: fields(allow, ['kind', 'at', 'version', 'reason']),
};
