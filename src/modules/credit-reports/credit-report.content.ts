/**
 * What a credit report (信用报告) states, and how it is sealed: the content is serialised
 * canonically (keys sorted, no whitespace), hashed with sha256, and the verification code is
 * the first 80 bits of that hash in Crockford's base32. A report whose content was changed has
 * another hash, hence another code, which the platform never issued. Shared by the server and
 * the site (which prints exactly this content), so it imports nothing.
 */

/** A licensing decision as the report prints it. */
export interface ReportLicensing {
  id: string;
  documentNumber: string;
  documentTitle: string;
  licenceCategory: string;
  licenceCategoryOther: string | null;
  decisionDate: string;
  validFrom: string;
  validTo: string;
  authority: string;
  sourceUnit: string;
  disclosureStatus: string;
  underObjection: boolean;
}

/** A penalty decision as the report prints it. */
export interface ReportPenalty {
  id: string;
  documentNumber: string;
  violationType: string;
  penaltyTypes: string[];
  penaltyTypeOther: string | null;
  fineAmount: string | null;
  confiscatedAmount: string | null;
  decisionDate: string;
  /** 公示截止日期: the end of the maximum publicity period. */
  publicityEndDate: string;
  authority: string;
  sourceUnit: string;
  disclosureStatus: string;
  underObjection: boolean;
}

/** A red- or black-list entry as the report prints it. */
export interface ReportListEntry {
  id: string;
  listType: 'RED' | 'BLACK';
  documentNumber: string;
  listingAuthority: string;
  listedOn: string;
  validUntil: string | null;
  reason: string;
  underObjection: boolean;
}

/** The whole content of a report: the subject's public profile at the moment it was generated. */
export interface ReportContent {
  /** The layout of this content; a later layout gets another number. */
  format: 2;
  /** 出具单位: who issued the report (the site's operator), sealed with the rest. */
  issuer: string;
  /** When the report was generated (ISO-8601, from the platform's clock). */
  generatedAt: string;
  subject: {
    code: string;
    name: string;
    category: string;
    legalRepresentative: string | null;
    registrationAuthority: string | null;
    entityType: string | null;
    regionCode: string;
    regionName: string | null;
  };
  licensing: ReportLicensing[];
  penalty: ReportPenalty[];
  lists: ReportListEntry[];
}

/**
 * JSON with the keys of every object sorted and no whitespace: one text for one content,
 * whatever order its fields were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map(item => canonicalJson(item)).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

/** Crockford's base32: no I, L, O or U, so that a code read aloud or retyped stays unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The verification code of a report: the first 80 bits of its sha256, as XXXX-XXXX-XXXX-XXXX. */
export function verificationCodeOf(sha256Hex: string): string {
  let bits = '';
  for (const digit of sha256Hex.slice(0, 20)) {
    bits += parseInt(digit, 16).toString(2).padStart(4, '0');
  }
  let code = '';
  for (let i = 0; i < 80; i += 5) {
    code += ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
  }
  return code.match(/.{4}/g)!.join('-');
}

/**
 * A code as a person types it, in the printed form: case, spaces and hyphens do not matter, and
 * O, I and L are read as 0, 1 and 1. Null when it cannot be a verification code.
 */
export function normalizeVerificationCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== 16 || [...compact].some(c => !ALPHABET.includes(c))) {
    return null;
  }
  return compact.match(/.{4}/g)!.join('-');
}
