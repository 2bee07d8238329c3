/**
 * The Chinese names of the 处罚类别 code list, as upload files and the public site write them.
 * Pure data, so that the site's bundle can import it without the server's GraphQL types.
 */
export const PENALTY_TYPE_LABELS = {
  WARNING: '警告',
  CIRCULATED_CRITICISM: '通报批评',
  FINE: '罚款',
  CONFISCATE_ILLEGAL_GAINS: '没收违法所得',
  CONFISCATE_ILLEGAL_PROPERTY: '没收非法财物',
  SUSPEND_LICENCE: '暂扣许可证件',
  DOWNGRADE_QUALIFICATION: '降低资质等级',
  REVOKE_LICENCE: '吊销许可证件',
  RESTRICT_BUSINESS: '限制开展生产经营活动',
  ORDER_SUSPEND_PRODUCTION: '责令停产停业',
  ORDER_CLOSE: '责令关闭',
  RESTRICT_EMPLOYMENT: '限制从业',
  ADMIN_DETENTION: '行政拘留',
  OTHER: '其他',
} as const;
