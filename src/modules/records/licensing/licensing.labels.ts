/**
 * The Chinese names of the 许可类别 code list, as upload files and the public site write them.
 * Pure data, so that the site's bundle can import it without the server's GraphQL types.
 */
export const LICENCE_CATEGORY_LABELS = {
  ORDINARY: '普通',
  FRANCHISE: '特许',
  RECOGNITION: '认可',
  APPROVAL: '核准',
  REGISTRATION: '登记',
  OTHER: '其他',
} as const;
