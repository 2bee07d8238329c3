import { describe, expect, it } from 'vitest';

import {
  PUBLICITY_CLASS_RULES,
  PenaltySeverity,
  PenaltyType,
  classifyPenalty,
} from '../../../src/modules/records/index.js';
import { SubjectCategory } from '../../../src/modules/subjects/index.js';

const { WARNING, CIRCULATED_CRITICISM, FINE, REVOKE_LICENCE, ORDER_CLOSE, RESTRICT_EMPLOYMENT } =
  PenaltyType;
const { LEGAL_ENTITY, INDIVIDUAL_BUSINESS, NATURAL_PERSON } = SubjectCategory;

interface Case {
  name: string;
  types: PenaltyType[];
  fine?: string | null;
  category?: SubjectCategory;
  decided?: string;
  rule: string;
  severity: PenaltySeverity;
  basis: RegExp;
}

/** Every line of the rules, each with the cases at its edges and the basis it cites. */
const CASES: Case[] = [
  {
    name: 'a revoked licence',
    types: [REVOKE_LICENCE, FINE],
    fine: '10',
    rule: 'SERIOUS_TYPES',
    severity: PenaltySeverity.SERIOUS,
    basis: /行政处罚法》（2021）第九条第（三）（四）项.*第36号/,
  },
  {
    name: 'an order to close',
    types: [ORDER_CLOSE],
    rule: 'SERIOUS_TYPES',
    severity: PenaltySeverity.SERIOUS,
    basis: /第九条/,
  },
  {
    name: 'a restriction of employment, even with a warning only besides',
    types: [WARNING, RESTRICT_EMPLOYMENT],
    rule: 'SERIOUS_TYPES',
    severity: PenaltySeverity.SERIOUS,
    basis: /第九条/,
  },
  {
    name: 'a warning only',
    types: [WARNING],
    rule: 'WARNING_OR_CRITICISM_ONLY',
    severity: PenaltySeverity.MINOR,
    basis: /第九条第（一）项.*第36号/,
  },
  {
    name: 'a warning and a circulated criticism',
    types: [WARNING, CIRCULATED_CRITICISM],
    rule: 'WARNING_OR_CRITICISM_ONLY',
    severity: PenaltySeverity.MINOR,
    basis: /第九条第（一）项/,
  },
  {
    name: 'a company fined 3,000 元 since 2021-07-15 (the simple-procedure limit)',
    types: [WARNING, FINE],
    fine: '0.3',
    rule: 'SIMPLE_PROCEDURE_FINE',
    severity: PenaltySeverity.MINOR,
    basis: /第五十一条/,
  },
  {
    name: 'a company fined 3,000.01 元',
    types: [FINE],
    fine: '0.300001',
    rule: 'GENERAL',
    severity: PenaltySeverity.GENERAL,
    basis: /527号.*第58号.*第36号/,
  },
  {
    name: 'an individual business fined 1,000 元 before 2021-07-15 (the 1996 limit)',
    types: [FINE],
    fine: '0.1',
    category: INDIVIDUAL_BUSINESS,
    decided: '2021-07-14',
    rule: 'SIMPLE_PROCEDURE_FINE',
    severity: PenaltySeverity.MINOR,
    basis: /（1996）第三十三条/,
  },
  {
    name: 'an individual business fined 2,000 元 before 2021-07-15',
    types: [FINE],
    fine: '0.2',
    category: INDIVIDUAL_BUSINESS,
    decided: '2021-07-14',
    rule: 'GENERAL',
    severity: PenaltySeverity.GENERAL,
    basis: /一般/,
  },
  {
    name: 'a person fined 200 元',
    types: [FINE],
    fine: '0.02',
    category: NATURAL_PERSON,
    rule: 'SIMPLE_PROCEDURE_FINE',
    severity: PenaltySeverity.MINOR,
    basis: /第五十一条/,
  },
  {
    name: 'a person fined 201 元',
    types: [FINE],
    fine: '0.0201',
    category: NATURAL_PERSON,
    rule: 'GENERAL',
    severity: PenaltySeverity.GENERAL,
    basis: /一般/,
  },
  {
    name: 'a fine whose amount is unknown (V1)',
    types: [FINE],
    fine: null,
    rule: 'GENERAL',
    severity: PenaltySeverity.GENERAL,
    basis: /一般/,
  },
  {
    name: 'a small fine with a confiscation (not a simple procedure)',
    types: [FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS],
    fine: '0.1',
    rule: 'GENERAL',
    severity: PenaltySeverity.GENERAL,
    basis: /一般/,
  },
  {
    name: 'a suspended licence',
    types: [PenaltyType.SUSPEND_LICENCE],
    rule: 'GENERAL',
    severity: PenaltySeverity.GENERAL,
    basis: /一般/,
  },
];

describe('publicity classes from the national fields', () => {
  it.each(CASES)('$name: $rule → $severity', c => {
    const rule = PUBLICITY_CLASS_RULES.find(line => line.code === c.rule)!;
    const decided = classifyPenalty(
      {
        penaltyTypes: c.types,
        fineAmount: c.fine ?? null,
        counterpartCategory: c.category ?? LEGAL_ENTITY,
        decisionDate: c.decided ?? '2026-10-09',
      },
      null,
    );
    expect(decided).toEqual({
      severity: c.severity,
      severitySource: 'DERIVED',
      severityBasis: `${rule.wording}（${rule.basis}）`,
    });
    expect(decided.severityBasis).toMatch(c.basis);
  });

  it('covers every rule line, each citing a legal basis', () => {
    expect(new Set(CASES.map(c => c.rule))).toEqual(
      new Set(PUBLICITY_CLASS_RULES.map(line => line.code)),
    );
    for (const line of PUBLICITY_CLASS_RULES) {
      expect(line.basis, line.code).toMatch(/《.+》|〔\d{4}〕\d+号/);
    }
  });

  it('lets the department’s marking win over every rule', () => {
    for (const severity of Object.values(PenaltySeverity)) {
      expect(
        classifyPenalty(
          {
            penaltyTypes: [REVOKE_LICENCE],
            fineAmount: null,
            counterpartCategory: LEGAL_ENTITY,
            decisionDate: '2026-10-09',
          },
          severity,
        ),
      ).toMatchObject({ severity, severitySource: 'MARKED', severityBasis: /CF_SXYZCD/ });
    }
  });
});
