import { registerEnumType } from 'type-graphql';

/** 许可类别 of the national layout. */
export enum LicenceCategory {
  ORDINARY = 'ORDINARY',
  FRANCHISE = 'FRANCHISE',
  RECOGNITION = 'RECOGNITION',
  APPROVAL = 'APPROVAL',
  REGISTRATION = 'REGISTRATION',
  OTHER = 'OTHER',
}
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

/** The Chinese names used in upload files, for the importer. */
export const LICENCE_CATEGORY_LABELS: Readonly<Record<LicenceCategory, string>> = {
  ORDINARY: '普通',
  FRANCHISE: '特许',
  RECOGNITION: '认可',
  APPROVAL: '核准',
  REGISTRATION: '登记',
  OTHER: '其他',
};
