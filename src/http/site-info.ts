/**
 * Who runs the public site (SITE_* in the configuration), as `GET /site.json` gives it to the
 * site: its name in every page title, and the operator (主办单位), 备案号 and contact in the
 * footer and on the privacy page. Shared by the server and the site, so it imports nothing.
 */
/** 主办单位 when SITE_OPERATOR is not set. */
export const DEFAULT_SITE_OPERATOR = '示范城市社会信用体系建设工作办公室';

export interface SiteInfo {
  /** The site's name, last in every page title (e.g. 信用北京). */
  readonly name: string;
  /** 主办单位: the credit office that runs the site; the issuer of its credit reports. */
  readonly operator: string;
  /** ICP 备案号. */
  readonly icp: string;
  /** 公安机关备案号, when the site has one. */
  readonly publicSecurityRecord: string | null;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
  readonly address: string | null;
}
