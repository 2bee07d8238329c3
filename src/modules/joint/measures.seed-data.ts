import { CheckScenario, ListType, MeasureKind } from './joint.enums.js';

const OPINION = '京政发〔2017〕15号《北京市人民政府关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的实施意见》';

/** 奖惩措施清单 as the Beijing opinion names them (二(二) incentives, 二(三) punishments). */
export const MEASURES_SEED = [
  { id: 'R-GREEN-CHANNEL', kind: MeasureKind.RECOMMENDED, listType: ListType.RED, scenarios: [CheckScenario.LICENSING_APPROVAL, CheckScenario.PROJECT_APPROVAL], title: '绿色通道', content: '对诚信典型和连续三年无不良信用记录的行政相对人，实施“绿色通道”便利服务措施。', legalBasis: `${OPINION} 二(二)1`, departments: '各行政审批部门' },
  { id: 'R-ACCEPT-INCOMPLETE', kind: MeasureKind.RECOMMENDED, listType: ListType.RED, scenarios: [CheckScenario.LICENSING_APPROVAL, CheckScenario.PROJECT_APPROVAL], title: '容缺受理', content: '除法律法规要求提供的材料外，部分申报材料不齐备的，如其书面承诺在规定期限内提供，应先行受理。', legalBasis: `${OPINION} 二(二)1`, departments: '各行政审批部门' },
  { id: 'R-FISCAL-PRIORITY', kind: MeasureKind.RECOMMENDED, listType: ListType.RED, scenarios: [CheckScenario.FISCAL_FUNDS], title: '财政性资金项目优先考虑', content: '在实施财政性资金项目安排、招商引资配套优惠政策等各类政府优惠政策中，优先考虑诚信市场主体，加大扶持力度。', legalBasis: `${OPINION} 二(二)1`, departments: '市财政局、市发展改革委' },
  { id: 'R-FEWER-INSPECTIONS', kind: MeasureKind.RECOMMENDED, listType: ListType.RED, scenarios: [CheckScenario.SUPERVISION], title: '优化检查方式、减少检查频次', content: '对符合一定条件的诚信企业，在日常检查、专项检查中，优化检查方式或减少检查频次。', legalBasis: `${OPINION} 二(二)1`, departments: '各行政执法部门' },
  { id: 'B-STRICT-LICENSING', kind: MeasureKind.MANDATORY, listType: ListType.BLACK, scenarios: [CheckScenario.LICENSING_APPROVAL], title: '从严审核行政许可审批项目', content: '从严审核行政许可审批项目，从严控制生产许可证发放。', legalBasis: `${OPINION} 二(三)1`, departments: '各行政审批部门' },
  { id: 'B-NO-FISCAL-FUNDS', kind: MeasureKind.MANDATORY, listType: ListType.BLACK, scenarios: [CheckScenario.FISCAL_FUNDS], title: '限制财政资金补助等政策扶持', content: '依法依规限制享受财政资金补助等政策扶持和申请财政性资金项目。', legalBasis: `${OPINION} 二(三)1`, departments: '市财政局、市发展改革委' },
  { id: 'B-NO-PROCUREMENT', kind: MeasureKind.MANDATORY, listType: ListType.BLACK, scenarios: [CheckScenario.GOVERNMENT_PROCUREMENT], title: '限制参加政府采购活动', content: '依法依规限制参加政府采购活动。', legalBasis: `${OPINION} 二(三)1`, departments: '市财政局' },
  { id: 'B-NO-PUBLIC-RESOURCES', kind: MeasureKind.MANDATORY, listType: ListType.BLACK, scenarios: [CheckScenario.PUBLIC_RESOURCE_TRADING], title: '限制参与公共资源交易活动', content: '限制参与政府投资项目招标以及土地出（转）让和流转等公共资源交易活动。', legalBasis: `${OPINION} 二(三)1`, departments: '市公共资源交易监管部门、市规划国土委' },
  { id: 'B-NO-NEW-PROJECTS', kind: MeasureKind.MANDATORY, listType: ListType.BLACK, scenarios: [CheckScenario.PROJECT_APPROVAL], title: '限制新增项目审批核准', content: '限制新增项目审批核准。', legalBasis: `${OPINION} 二(三)1`, departments: '市发展改革委' },
  { id: 'B-NO-HONOURS', kind: MeasureKind.MANDATORY, listType: ListType.BLACK, scenarios: [CheckScenario.HONOURS], title: '撤销荣誉称号，取消评先评优资格', content: '及时撤销严重失信企业及其相关责任人员的荣誉称号，取消参加评先评优资格。', legalBasis: `${OPINION} 二(三)1`, departments: '各评先评优组织部门' },
  { id: 'B-NO-FINANCIAL-INSTITUTIONS', kind: MeasureKind.MANDATORY, listType: ListType.BLACK, scenarios: [CheckScenario.FINANCING], title: '限制设立或参股金融机构', content: '限制发起设立或参股金融机构以及小额贷款公司、融资担保公司、创业投资公司、互联网金融机构等。', legalBasis: `${OPINION} 二(三)1`, departments: '市金融局' },
  { id: 'B-HIGHER-RATES', kind: MeasureKind.RECOMMENDED, listType: ListType.BLACK, scenarios: [CheckScenario.FINANCING], title: '提高贷款利率和保险费率或限制金融服务', content: '引导金融机构对严重失信主体提高贷款利率和财产保险费率，或限制向其提供贷款、保荐、承销、保险等服务。', legalBasis: `${OPINION} 二(三)2`, departments: '人民银行营业管理部、北京银保监局' },
  { id: 'B-KEY-SUPERVISION', kind: MeasureKind.MANDATORY, listType: ListType.BLACK, scenarios: [CheckScenario.SUPERVISION], title: '列为重点监管对象', content: '将严重失信主体列为重点监管对象，在日常监管中提高随机抽查比例和频次。', legalBasis: `${OPINION} 二(三)1`, departments: '各行政执法部门' },
];
