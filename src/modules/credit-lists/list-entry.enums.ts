import { pgEnum } from 'drizzle-orm/pg-core';
import { registerEnumType } from 'type-graphql';

export enum ListType {
  RED = 'RED',
  BLACK = 'BLACK',
}
registerEnumType(ListType, {
  name: 'ListType',
  description: 'Which list an entry is on.',
  valuesConfig: {
    RED: { description: '守信激励对象名单（诚信典型）: the red list.' },
    BLACK: { description: '严重失信主体名单: the black list.' },
  },
});

export const listTypeEnum = pgEnum('list_type', [ListType.RED, ListType.BLACK]);

/** What happened to a list entry, in its history (ListEntry.history). */
export enum ListEntryEventKind {
  RECEIVED = 'RECEIVED',
  PUBLISHED = 'PUBLISHED',
  CORRECTED = 'CORRECTED',
  REMOVED = 'REMOVED',
  REPAIRED = 'REPAIRED',
}
registerEnumType(ListEntryEventKind, {
  name: 'ListEntryEventKind',
  description: 'An event in the history of a list entry.',
  valuesConfig: {
    RECEIVED: { description: 'The listing authority’s entry reached the platform.' },
    PUBLISHED: { description: 'The entry went on the public list.' },
    CORRECTED: {
      description: 'A changed resubmission replaced the entry; `version` is the new one.',
    },
    REMOVED: {
      description: '移出: removed by its listing authority, the credit office or an objection.',
    },
    REPAIRED: { description: '信用修复: an approved credit repair took the subject off the list.' },
  },
});
