import { describe, expect, it } from 'vitest';

import {
  PENALTY_TYPE_LABELS,
  PENALTY_TYPE_WORDINGS,
  PenaltyType,
  parsePenaltyTypes,
} from '../../../src/modules/records/index.js';

const {
  WARNING,
  CIRCULATED_CRITICISM,
  FINE,
  CONFISCATE_ILLEGAL_GAINS,
  CONFISCATE_ILLEGAL_PROPERTY,
  SUSPEND_LICENCE,
  DOWNGRADE_QUALIFICATION,
  REVOKE_LICENCE,
  RESTRICT_BUSINESS,
  ORDER_SUSPEND_PRODUCTION,
  ORDER_CLOSE,
  RESTRICT_EMPLOYMENT,
  ADMIN_DETENTION,
  OTHER,
} = PenaltyType;

/** Every wording the table holds, with the types and the source it must give. */
const WORDINGS: [wording: string, types: PenaltyType[], source: string][] = [
  ['警告', [WARNING], '行政处罚法（2021）第九条'],
  ['通报批评', [CIRCULATED_CRITICISM], '行政处罚法（2021）第九条'],
  ['警告、通报批评', [WARNING, CIRCULATED_CRITICISM], '行政处罚法（2021）第九条'],
  ['罚款', [FINE], '行政处罚法（2021）第九条'],
  ['没收违法所得', [CONFISCATE_ILLEGAL_GAINS], '行政处罚法（2021）第九条'],
  ['没收非法财物', [CONFISCATE_ILLEGAL_PROPERTY], '行政处罚法（2021）第九条'],
  ['暂扣许可证件', [SUSPEND_LICENCE], '行政处罚法（2021）第九条'],
  ['降低资质等级', [DOWNGRADE_QUALIFICATION], '行政处罚法（2021）第九条'],
  ['吊销许可证件', [REVOKE_LICENCE], '行政处罚法（2021）第九条'],
  ['限制开展生产经营活动', [RESTRICT_BUSINESS], '行政处罚法（2021）第九条'],
  ['责令停产停业', [ORDER_SUSPEND_PRODUCTION], '行政处罚法（2021）第九条'],
  ['责令关闭', [ORDER_CLOSE], '行政处罚法（2021）第九条'],
  ['限制从业', [RESTRICT_EMPLOYMENT], '行政处罚法（2021）第九条'],
  ['行政拘留', [ADMIN_DETENTION], '行政处罚法（2021）第九条'],
  ['其他', [OTHER], '行政处罚法（2021）第九条'],
  [
    '没收违法所得、没收非法财物',
    [CONFISCATE_ILLEGAL_GAINS, CONFISCATE_ILLEGAL_PROPERTY],
    '行政处罚法（1996/2017）第八条',
  ],
  ['暂扣或者吊销许可证、暂扣或者吊销执照', [SUSPEND_LICENCE], '行政处罚法（1996/2017）第八条'],
  ['暂扣或者吊销许可证', [SUSPEND_LICENCE], '部门文书常用写法'],
  ['暂扣或者吊销执照', [SUSPEND_LICENCE], '部门文书常用写法'],
  ['暂扣许可证', [SUSPEND_LICENCE], '部门文书常用写法'],
  ['暂扣执照', [SUSPEND_LICENCE], '部门文书常用写法'],
  ['吊销许可证', [REVOKE_LICENCE], '部门文书常用写法'],
  ['吊销执照', [REVOKE_LICENCE], '部门文书常用写法'],
  ['吊销营业执照', [REVOKE_LICENCE], '部门文书常用写法'],
  ['暂扣营业执照', [SUSPEND_LICENCE], '部门文书常用写法'],
  ['吊销许可证照', [REVOKE_LICENCE], '部门文书常用写法'],
  ['暂扣许可证照', [SUSPEND_LICENCE], '部门文书常用写法'],
  ['没收非法所得', [CONFISCATE_ILLEGAL_GAINS], '部门文书常用写法'],
  ['没收违法财物', [CONFISCATE_ILLEGAL_PROPERTY], '部门文书常用写法'],
  ['责令停业', [ORDER_SUSPEND_PRODUCTION], '部门文书常用写法'],
  ['责令停产', [ORDER_SUSPEND_PRODUCTION], '部门文书常用写法'],
  ['责令停业整顿', [ORDER_SUSPEND_PRODUCTION], '部门文书常用写法'],
  ['限制从业资格', [RESTRICT_EMPLOYMENT], '部门文书常用写法'],
  ['降低资质', [DOWNGRADE_QUALIFICATION], '部门文书常用写法'],
  ['拘留', [ADMIN_DETENTION], '部门文书常用写法'],
];

describe('the penalty-type wordings', () => {
  it('holds exactly the wordings of this table', () => {
    expect([...PENALTY_TYPE_WORDINGS.keys()].sort()).toEqual(WORDINGS.map(([w]) => w).sort());
  });

  it.each(WORDINGS)('reads %s as %j (%s)', (wording, types, source) => {
    expect(PENALTY_TYPE_WORDINGS.get(wording)?.source).toBe(source);
    expect(parsePenaltyTypes(wording, '')).toEqual({ types, other: null, unknown: [] });
  });

  it('has a wording for every penalty type of the enum, its label among them', () => {
    for (const [type, label] of Object.entries(PENALTY_TYPE_LABELS)) {
      expect(PENALTY_TYPE_WORDINGS.get(label)?.types).toEqual([type]);
    }
  });

  it('reads the enum names as well', () => {
    expect(parsePenaltyTypes('fine;REVOKE_LICENCE', '').types).toEqual([FINE, REVOKE_LICENCE]);
  });
});

describe('parsePenaltyTypes', () => {
  it('splits a cell only at ； and ;', () => {
    expect(parsePenaltyTypes('警告；罚款;吊销营业执照', '').types).toEqual([
      WARNING,
      FINE,
      REVOKE_LICENCE,
    ]);
    // ， and , are no separators: "警告，罚款" is no wording.
    expect(parsePenaltyTypes('警告，罚款', '').unknown).toEqual(['警告，罚款']);
  });

  it('keeps the whole text of an 其他-… type, commas and all', () => {
    expect(parsePenaltyTypes('其他-责令改正，限期整改', '')).toEqual({
      types: [OTHER],
      other: '责令改正，限期整改',
      unknown: [],
    });
    expect(parsePenaltyTypes('罚款；其他：责令改正，限期整改、公开道歉', '')).toEqual({
      types: [FINE, OTHER],
      other: '责令改正，限期整改、公开道歉',
      unknown: [],
    });
  });

  it('reads 、-joined pieces that are each a wording, and nothing else', () => {
    expect(parsePenaltyTypes('警告、罚款', '').types).toEqual([WARNING, FINE]);
    expect(parsePenaltyTypes('警告、打板子', '')).toEqual({
      types: [],
      other: null,
      unknown: ['警告、打板子'],
    });
  });

  it("reads 暂扣或者吊销… as a revocation when the decision's content says 吊销", () => {
    const combined = '暂扣或者吊销许可证、暂扣或者吊销执照';
    expect(parsePenaltyTypes(combined, '吊销食品经营许可证').types).toEqual([REVOKE_LICENCE]);
    expect(parsePenaltyTypes(combined, '暂扣三个月').types).toEqual([SUSPEND_LICENCE]);
    expect(parsePenaltyTypes('暂扣或者吊销执照', '吊销营业执照').types).toEqual([REVOKE_LICENCE]);
  });

  it('returns the parts it cannot read, for the rejection', () => {
    expect(parsePenaltyTypes('罚款；打板子', '')).toEqual({
      types: [FINE],
      other: null,
      unknown: ['打板子'],
    });
  });
});
