import { PENALTY_TYPE_LABELS, PenaltyType } from './penalty.enums.js';

/** Where a wording of a 处罚类别 comes from. */
type WordingSource =
  '行政处罚法（2021）第九条' | '行政处罚法（1996/2017）第八条' | '部门文书常用写法';

interface Wording {
  /** The penalty types the wording names. */
  types: readonly PenaltyType[];
  source: WordingSource;
}

const law2021 = (...types: PenaltyType[]): Wording => ({
  types,
  source: '行政处罚法（2021）第九条',
});
const law1996 = (...types: PenaltyType[]): Wording => ({
  types,
  source: '行政处罚法（1996/2017）第八条',
});
const clerks = (...types: PenaltyType[]): Wording => ({ types, source: '部门文书常用写法' });

/**
 * Every wording of a 处罚类别 that upload files use, mapped to the penalty types of the 2021
 * 行政处罚法 Art. 9 (the enum). One cell may hold several types joined with `；` or `;`; a
 * wording listed here is one entry even when it holds `、` (the V2 code list joins alternatives
 * that way). `其他-…` is OTHER with its own text and is not listed.
 */
export const PENALTY_TYPE_WORDINGS: ReadonlyMap<string, Wording> = new Map([
  // 2021 Art. 9, in its order: (一) 警告、通报批评
  [PENALTY_TYPE_LABELS.WARNING, law2021(PenaltyType.WARNING)],
  [PENALTY_TYPE_LABELS.CIRCULATED_CRITICISM, law2021(PenaltyType.CIRCULATED_CRITICISM)],
  ['警告、通报批评', law2021(PenaltyType.WARNING, PenaltyType.CIRCULATED_CRITICISM)],
  // (二) 罚款、没收违法所得、没收非法财物
  [PENALTY_TYPE_LABELS.FINE, law2021(PenaltyType.FINE)],
  [PENALTY_TYPE_LABELS.CONFISCATE_ILLEGAL_GAINS, law2021(PenaltyType.CONFISCATE_ILLEGAL_GAINS)],
  [
    PENALTY_TYPE_LABELS.CONFISCATE_ILLEGAL_PROPERTY,
    law2021(PenaltyType.CONFISCATE_ILLEGAL_PROPERTY),
  ],
  // (三) 暂扣许可证件、降低资质等级、吊销许可证件
  [PENALTY_TYPE_LABELS.SUSPEND_LICENCE, law2021(PenaltyType.SUSPEND_LICENCE)],
  [PENALTY_TYPE_LABELS.DOWNGRADE_QUALIFICATION, law2021(PenaltyType.DOWNGRADE_QUALIFICATION)],
  [PENALTY_TYPE_LABELS.REVOKE_LICENCE, law2021(PenaltyType.REVOKE_LICENCE)],
  // (四) 限制开展生产经营活动、责令停产停业、责令关闭、限制从业
  [PENALTY_TYPE_LABELS.RESTRICT_BUSINESS, law2021(PenaltyType.RESTRICT_BUSINESS)],
  [PENALTY_TYPE_LABELS.ORDER_SUSPEND_PRODUCTION, law2021(PenaltyType.ORDER_SUSPEND_PRODUCTION)],
  [PENALTY_TYPE_LABELS.ORDER_CLOSE, law2021(PenaltyType.ORDER_CLOSE)],
  [PENALTY_TYPE_LABELS.RESTRICT_EMPLOYMENT, law2021(PenaltyType.RESTRICT_EMPLOYMENT)],
  // (五) 行政拘留; (六) 法律、行政法规规定的其他行政处罚 (written 其他-<text>)
  [PENALTY_TYPE_LABELS.ADMIN_DETENTION, law2021(PenaltyType.ADMIN_DETENTION)],
  [PENALTY_TYPE_LABELS.OTHER, law2021(PenaltyType.OTHER)],
  // The 1996/2017 law's Art. 8 wordings, which the V2 code list keeps.
  [
    '没收违法所得、没收非法财物',
    law1996(PenaltyType.CONFISCATE_ILLEGAL_GAINS, PenaltyType.CONFISCATE_ILLEGAL_PROPERTY),
  ],
  ['暂扣或者吊销许可证、暂扣或者吊销执照', law1996(PenaltyType.SUSPEND_LICENCE)],
  // What departments write in their decisions.
  ['暂扣或者吊销许可证', clerks(PenaltyType.SUSPEND_LICENCE)],
  ['暂扣或者吊销执照', clerks(PenaltyType.SUSPEND_LICENCE)],
  ['暂扣许可证', clerks(PenaltyType.SUSPEND_LICENCE)],
  ['暂扣执照', clerks(PenaltyType.SUSPEND_LICENCE)],
  ['吊销许可证', clerks(PenaltyType.REVOKE_LICENCE)],
  ['吊销执照', clerks(PenaltyType.REVOKE_LICENCE)],
  ['吊销营业执照', clerks(PenaltyType.REVOKE_LICENCE)],
  ['暂扣营业执照', clerks(PenaltyType.SUSPEND_LICENCE)],
  ['吊销许可证照', clerks(PenaltyType.REVOKE_LICENCE)],
  ['暂扣许可证照', clerks(PenaltyType.SUSPEND_LICENCE)],
  ['没收非法所得', clerks(PenaltyType.CONFISCATE_ILLEGAL_GAINS)],
  ['没收违法财物', clerks(PenaltyType.CONFISCATE_ILLEGAL_PROPERTY)],
  ['责令停业', clerks(PenaltyType.ORDER_SUSPEND_PRODUCTION)],
  ['责令停产', clerks(PenaltyType.ORDER_SUSPEND_PRODUCTION)],
  ['责令停业整顿', clerks(PenaltyType.ORDER_SUSPEND_PRODUCTION)],
  ['限制从业资格', clerks(PenaltyType.RESTRICT_EMPLOYMENT)],
  ['降低资质', clerks(PenaltyType.DOWNGRADE_QUALIFICATION)],
  ['拘留', clerks(PenaltyType.ADMIN_DETENTION)],
]);

/**
 * The wordings whose types depend on the decision: "暂扣或者吊销…" is a revocation when the
 * decision's content says 吊销, otherwise a suspension.
 */
const SUSPEND_OR_REVOKE = /^暂扣或者吊销/;

/**
 * Reads a 处罚类别 cell: types joined with `；` or `;` (never split at `，`, `,` or inside an
 * `其他-…` text), each a wording of PENALTY_TYPE_WORDINGS, an enum name, or `其他-<text>` (OTHER
 * with its whole text). A part that is none of them, but whose `、`-joined pieces all are, is
 * read as those pieces ("警告、罚款"); anything else is returned in `unknown` for the row's
 * rejection.
 */
export function parsePenaltyTypes(
  cell: string,
  content: string,
): { types: PenaltyType[]; other: string | null; unknown: string[] } {
  const types = new Set<PenaltyType>();
  const unknown: string[] = [];
  let other: string | null = null;
  const wordingOf = (part: string): readonly PenaltyType[] | undefined => {
    const wording = PENALTY_TYPE_WORDINGS.get(part);
    if (wording !== undefined) {
      return SUSPEND_OR_REVOKE.test(part) && content.includes('吊销')
        ? [PenaltyType.REVOKE_LICENCE]
        : wording.types;
    }
    const name = part.toUpperCase();
    return name in PENALTY_TYPE_LABELS ? [name as PenaltyType] : undefined;
  };
  for (const raw of cell.split(/[；;\n]/)) {
    const part = raw.trim();
    if (part === '') {
      continue;
    }
    const otherMatch = /^(?:其他|OTHER)\s*[-－—:：]\s*(.+)$/s.exec(part);
    if (otherMatch !== null) {
      types.add(PenaltyType.OTHER);
      other = other === null ? otherMatch[1]!.trim() : `${other}；${otherMatch[1]!.trim()}`;
      continue;
    }
    const whole = wordingOf(part);
    if (whole !== undefined) {
      whole.forEach(type => types.add(type));
      continue;
    }
    const pieces = part.includes('、')
      ? part.split('、').map(piece => wordingOf(piece.trim()))
      : [];
    if (pieces.length === 0 || pieces.some(piece => piece === undefined)) {
      unknown.push(part);
      continue;
    }
    pieces.forEach(piece => piece!.forEach(type => types.add(type)));
  }
  return { types: [...types], other, unknown };
}
