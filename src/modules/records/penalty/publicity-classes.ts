import type { CalendarDate } from '../../../shared/dates.js';
import { SubjectCategory } from '../../subjects/index.js';
import { PenaltySeverity, PenaltyType, SeveritySource } from './penalty.enums.js';

/**
 * The publicity class (轻微 / 一般 / 严重) of a penalty, from the national fields every
 * department fills: its 处罚类别, its fine and the counterpart's category. A department's own
 * marking (失信严重程度, `CF_SXYZCD`) wins over the rules; the credit office can override either
 * per record (`overridePenaltySeverity`, audited). The class selects the publicity period of the
 * regime in force on the decision date (disclosure-policy.ts): under 第36号令 a minor penalty is
 * never published; under 发改办财金〔2019〕527号 and 第58号令, which know no minor class, a minor
 * penalty is made public as a general one.
 *
 * The rules below are tried in order; the first that applies gives the class, and its wording
 * and basis are stored with the record (`severityBasis`).
 */

/** What the rules read of a penalty. */
export interface PenaltyClassFacts {
  penaltyTypes: readonly PenaltyType[];
  /** 罚款金额 in 万元 (the national unit), null when none is given. */
  fineAmount: string | null;
  counterpartCategory: SubjectCategory;
  decisionDate: CalendarDate;
}

export interface PublicityClassRule {
  /** Stable code of the rule line. */
  code: string;
  severity: PenaltySeverity;
  /** What the rule says, in the office's words. */
  wording: string;
  /** The legal basis the line rests on. */
  basis: string;
  applies(facts: PenaltyClassFacts): boolean;
}

/** The day the 2021 行政处罚法 took effect (its Art. 51 replaced Art. 33 of the 1996 law). */
const PENALTY_LAW_2021_FROM = '2021-07-15';

/**
 * The largest fine (in 元) a simple-procedure decision (简易程序, decided on the spot) may impose:
 * 行政处罚法 (2021) Art. 51: 公民二百元以下, 法人或者其他组织三千元以下; (1996) Art. 33:
 * 公民五十元以下, 法人或者其他组织一千元以下.
 */
function simpleProcedureLimit(facts: PenaltyClassFacts): number {
  const person = facts.counterpartCategory === SubjectCategory.NATURAL_PERSON;
  if (facts.decisionDate >= PENALTY_LAW_2021_FROM) {
    return person ? 200 : 3000;
  }
  return person ? 50 : 1000;
}

const ONLY_WARNING_OR_CRITICISM: readonly PenaltyType[] = [
  PenaltyType.WARNING,
  PenaltyType.CIRCULATED_CRITICISM,
];
const SIMPLE_PROCEDURE_TYPES: readonly PenaltyType[] = [PenaltyType.WARNING, PenaltyType.FINE];
const SERIOUS_TYPES: readonly PenaltyType[] = [
  PenaltyType.REVOKE_LICENCE,
  PenaltyType.ORDER_CLOSE,
  PenaltyType.RESTRICT_EMPLOYMENT,
];

export const PUBLICITY_CLASS_RULES: readonly PublicityClassRule[] = [
  {
    code: 'SERIOUS_TYPES',
    severity: PenaltySeverity.SERIOUS,
    wording: '处罚类别含吊销许可证件、责令关闭或限制从业的，按严重失信行为公示',
    basis:
      '《中华人民共和国行政处罚法》（2021）第九条第（三）（四）项；《信用修复管理办法》（国家发展改革委令第36号）严重等级',
    applies: facts => facts.penaltyTypes.some(type => SERIOUS_TYPES.includes(type)),
  },
  {
    code: 'WARNING_OR_CRITICISM_ONLY',
    severity: PenaltySeverity.MINOR,
    wording: '仅处以警告、通报批评的，按轻微失信行为处理',
    basis:
      '《中华人民共和国行政处罚法》（2021）第九条第（一）项；《信用修复管理办法》（国家发展改革委令第36号）轻微等级',
    applies: facts =>
      facts.penaltyTypes.length > 0 &&
      facts.penaltyTypes.every(type => ONLY_WARNING_OR_CRITICISM.includes(type)),
  },
  {
    code: 'SIMPLE_PROCEDURE_FINE',
    severity: PenaltySeverity.MINOR,
    wording:
      '仅处以警告和（或）可适用简易程序当场作出的罚款（公民二百元以下、法人或者其他组织三千元以下；2021年7月15日前为五十元、一千元以下）的，按轻微失信行为处理',
    basis:
      '《中华人民共和国行政处罚法》（2021）第五十一条；（1996）第三十三条；《信用修复管理办法》（国家发展改革委令第36号）轻微等级',
    applies: facts => {
      if (
        !facts.penaltyTypes.includes(PenaltyType.FINE) ||
        !facts.penaltyTypes.every(type => SIMPLE_PROCEDURE_TYPES.includes(type)) ||
        facts.fineAmount === null
      ) {
        return false;
      }
      // 万元 to 元 in whole fen, so that 0.3 万元 is exactly 3,000 元.
      const fen = Math.round(Number(facts.fineAmount) * 1_000_000);
      return Number.isFinite(fen) && fen > 0 && fen <= simpleProcedureLimit(facts) * 100;
    },
  },
  {
    code: 'GENERAL',
    severity: PenaltySeverity.GENERAL,
    wording: '其他行政处罚，按一般失信行为公示',
    basis:
      '发改办财金〔2019〕527号（一般失信行为）；《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号）；《信用修复管理办法》（国家发展改革委令第36号）一般等级',
    applies: () => true,
  },
];

/** How a department's marking is recorded as the basis. */
const MARKED_BASIS = '数据来源单位报送的失信严重程度（CF_SXYZCD），优先于按国家字段推定';

export interface PublicityClass {
  severity: PenaltySeverity;
  severitySource: SeveritySource;
  /** The rule line with its legal basis (or the marking, or the office's reason). */
  severityBasis: string;
}

/** The class of a penalty: the department's marking when it gives one, else the first rule. */
export function classifyPenalty(
  facts: PenaltyClassFacts,
  marked: PenaltySeverity | null,
): PublicityClass {
  if (marked !== null) {
    return { severity: marked, severitySource: SeveritySource.MARKED, severityBasis: MARKED_BASIS };
  }
  const rule = PUBLICITY_CLASS_RULES.find(line => line.applies(facts))!;
  return {
    severity: rule.severity,
    severitySource: SeveritySource.DERIVED,
    severityBasis: `${rule.wording}（${rule.basis}）`,
  };
}

/** The class the credit office set on a record, with its reason. */
export function overriddenClass(severity: PenaltySeverity, reason: string): PublicityClass {
  return {
    severity,
    severitySource: SeveritySource.OVERRIDDEN,
    severityBasis: `信用办改定：${reason}`,
  };
}
