import { allow } from 'graphql-shield';

import { isOversightOrProvider, isProviderOrAdmin, fields } from '../../permissions/rules.js';

/** Red and black list entries: departments submit and remove them; anyone sees the active ones. */
export const creditListPermissions = {
  Mutation: {
    submitListEntries: isProviderOrAdmin,
    removeListEntry: isProviderOrAdmin,
  },
  Subject: { listEntries: allow },
  SubmitRecordsPayload: { listEntries: isProviderOrAdmin },
  ListEntry: {
    ...fields(allow, [
      'id',
      'listType',
      'subjectCode',
      'subjectName',
      'documentNumber',
      'listingAuthority',
      'listingAuthorityCode',
      'basis',
      'reason',
      'listedOn',
      'validUntil',
      'usageScope',
      'status',
      'version',
      'subject',
    ]),
    removedAt: isOversightOrProvider,
    removalReason: isOversightOrProvider,
  },
};
