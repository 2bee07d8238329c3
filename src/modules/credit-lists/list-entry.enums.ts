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
