import { registerEnumType } from 'type-graphql';

import { LICENCE_CATEGORY_LABELS } from './licensing.labels.js';

export { LICENCE_CATEGORY_LABELS };

/** 许可类别 of the national layout. */
export enum LicenceCategory {
  ORDINARY = 'ORDINARY',
  FRANCHISE = 'FRANCHISE',
  RECOGNITION = 'RECOGNITION',
  APPROVAL = 'APPROVAL',
  REGISTRATION = 'REGISTRATION',
  OTHER = 'OTHER',
}
LICENCE_CATEGORY_LABELS satisfies Record<LicenceCategory, string>;

registerEnumType(LicenceCategory, {
  name: 'LicenceCategory',
  description: '许可类别: the category of an administrative licence.',
  valuesConfig: {
    ORDINARY: { description: '普通' },
    FRANCHISE: { description: '特许' },
    RECOGNITION: { description: '认可' },
    APPROVAL: { description: '核准' },
    REGISTRATION: { description: '登记' },
    OTHER: { description: '其他: licenceCategoryOther names the category.' },
  },
});
