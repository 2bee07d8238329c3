import { and, asc, gte, isNotNull, ne, sql } from 'drizzle-orm';

import { Role, type Viewer } from '../src/auth/viewer.js';
import type { Db } from '../src/db/types.js';
import { ListType } from '../src/modules/credit-lists/index.js';
import { type ListEntryInputLike, submitListEntries } from '../src/modules/credit-lists/index.js';
import {
  DEFAULT_OBJECTION_LIMITS,
  acceptObjection,
  fileObjection,
} from '../src/modules/objections/index.js';
import { PLACEHOLDER_CREDIT_CODE, composeCreditCode } from '../src/modules/credit-code/index.js';
import { LicenceCategory } from '../src/modules/records/index.js';
import type { LicensingRecordInput } from '../src/modules/records/index.js';
import { licensingRecords } from '../src/modules/records/index.js';
import { checkLicensingRow } from '../src/modules/records/index.js';
import { PenaltySector, PenaltySeverity, PenaltyType } from '../src/modules/records/index.js';
import type { PenaltyRecordInput } from '../src/modules/records/index.js';
import { penaltyRecords } from '../src/modules/records/index.js';
import { type PenaltyFields, checkPenaltyRow } from '../src/modules/records/index.js';
import { SubjectCategory } from '../src/modules/subjects/index.js';
import { createApiKey } from '../src/modules/api-keys/index.js';
import { submitCatalogRecords } from '../src/modules/records/index.js';
import { insertRecords, recordSubjectKey } from '../src/modules/records/index.js';
import { contentHash } from '../src/modules/records/index.js';
import { type CommonFields, RowChecker } from '../src/modules/records/index.js';
import { loadWorkingCalendar } from '../src/modules/calendar/index.js';
import type { WorkingCalendar } from '../src/modules/calendar/index.js';
import {
  CATALOG_CODES,
  type CollectionItem,
  loadCollectionItem,
} from '../src/modules/catalog/index.js';
import { deriveDisclosure, derivePublicity } from '../src/modules/records/index.js';
import { upsertSubjects } from '../src/modules/subjects/index.js';
import { subjects } from '../src/modules/subjects/index.js';
import {
  addDays,
  addMonths,
  type CalendarDate,
  chinaDateOf,
  fixedClock,
} from '../src/shared/dates.js';
import { INDUSTRIES, SHOPS, WORDS, personName } from './names.js';
import { type Random, createRandom } from './random.js';
import { DEFAULT_DISCLOSURE_WORKING_DAYS, UsageScope } from '../src/modules/catalog/index.js';

/** The departments that submit demo records, with their valid credit codes. */
export const DEMO_DEPARTMENTS = [
  {
    key: 'amr',
    name: '北京市市场监督管理局',
    short: '京市监',
    body: '00002941',
    sector: PenaltySector.FOOD,
  },
  { key: 'eco', name: '北京市生态环境局', short: '京环', body: '00003057', sector: null },
  {
    key: 'housing',
    name: '北京市住房和城乡建设委员会',
    short: '京建',
    body: '00001218',
    sector: null,
  },
  { key: 'transport', name: '北京市交通委员会', short: '京交', body: '00001437', sector: null },
  {
    key: 'health',
    name: '北京市卫生健康委员会',
    short: '京卫',
    body: '00002618',
    sector: PenaltySector.DRUGS,
  },
  {
    key: 'safety',
    name: '北京市应急管理局',
    short: '京应急',
    body: '00003321',
    sector: PenaltySector.WORK_SAFETY,
  },
  {
    key: 'fire',
    name: '北京市消防救援总队',
    short: '京消',
    body: '00003474',
    sector: PenaltySector.FIRE_SAFETY,
  },
].map(d => ({ ...d, code: composeCreditCode('11', '110000', d.body) }));

/**
 * The demo's e-commerce platform (穗府办〔2014〕41号 三(1): a Guangzhou trading platform that
 * reports on the merchants it hosts): a provider of category PLATFORM of 平台违规处置 and
 * 平台信用承诺, with a PROVIDER key of its own.
 */
export const DEMO_PLATFORMS = [
  { key: 'mall', name: '广州云集网络交易平台有限公司', short: '云集', body: 'MA5CXT01' },
].map(p => ({ ...p, code: composeCreditCode('91', '440101', p.body) }));

const DISTRICTS = [
  ['110101', '东城'],
  ['110102', '西城'],
  ['110105', '朝阳'],
  ['110106', '丰台'],
  ['110107', '石景山'],
  ['110108', '海淀'],
  ['110112', '通州'],
  ['110113', '顺义'],
  ['110114', '昌平'],
  ['110115', '大兴'],
] as const;
const BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

interface DemoSubject {
  code: string;
  name: string;
  category: SubjectCategory;
  legalRepresentative: string;
  legalRepresentativeIdNumber: string;
  registeredOn: CalendarDate;
  /** How many records of each kind the subject gets: most a few, some many. */
  weight: number;
}

/** A valid 18-character resident ID (GB 11643) for a person born in a Beijing district. */
export function residentIdNumber(r: Random): string {
  const region = r.pick(DISTRICTS)[0];
  const birth = `${r.int(1960, 2000)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${region}${birth}${String(r.int(0, 999)).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

function randomBody(r: Random): string {
  let body = 'MA';
  for (let i = 0; i < 6; i += 1) {
    body += BODY_CHARS.charAt(r.int(0, BODY_CHARS.length - 1));
  }
  return body;
}

function dateBetween(r: Random, from: CalendarDate, to: CalendarDate): CalendarDate {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, r.int(0, Math.max(0, span)));
}

function demoSubjects(r: Random, count: number, today: CalendarDate): DemoSubject[] {
  const list: DemoSubject[] = [];
  const used = new Set<string>();
  while (list.length < count) {
    const [region, district] = r.pick(DISTRICTS);
    const roll = r.next();
    const category =
      roll < 0.85
        ? SubjectCategory.LEGAL_ENTITY
        : roll < 0.95
          ? SubjectCategory.INDIVIDUAL_BUSINESS
          : SubjectCategory.LEGAL_ENTITY;
    const prefix = roll < 0.85 ? '91' : roll < 0.95 ? '92' : '52';
    const code = composeCreditCode(prefix, region, randomBody(r));
    const representative = personName(r);
    const name =
      prefix === '91'
        ? `北京${r.pick(WORDS)}${r.pick(WORDS)}${r.pick(INDUSTRIES)}${r.pick(['有限公司', '有限责任公司', '股份有限公司'])}`
        : prefix === '92'
          ? `北京市${district}区${representative.slice(0, 1)}记${r.pick(SHOPS)}`
          : `北京市${district}区${r.pick(INDUSTRIES)}行业协会`;
    if (used.has(name) || used.has(code)) {
      continue;
    }
    used.add(name);
    used.add(code);
    const tail = r.next();
    list.push({
      code,
      name,
      category,
      legalRepresentative: representative,
      legalRepresentativeIdNumber: residentIdNumber(r),
      registeredOn: dateBetween(r, addMonths(today, -260), addDays(today, -400)),
      weight: tail < 0.05 ? r.int(40, 90) : tail < 0.3 ? r.int(6, 20) : r.int(0, 6),
    });
  }
  return list;
}

const LICENCES: Record<
  string,
  { title: string; certificate: string; category: LicenceCategory }[]
> = {
  amr: [
    {
      title: '食品经营许可决定书',
      certificate: '食品经营许可证',
      category: LicenceCategory.ORDINARY,
    },
    {
      title: '准予设立登记通知书',
      certificate: '营业执照',
      category: LicenceCategory.REGISTRATION,
    },
  ],
  eco: [{ title: '排污许可决定书', certificate: '排污许可证', category: LicenceCategory.ORDINARY }],
  housing: [
    {
      title: '建筑业企业资质核准决定书',
      certificate: '建筑业企业资质证书',
      category: LicenceCategory.APPROVAL,
    },
  ],
  transport: [
    {
      title: '道路运输经营许可决定书',
      certificate: '道路运输经营许可证',
      category: LicenceCategory.ORDINARY,
    },
  ],
  health: [
    {
      title: '医疗机构执业许可决定书',
      certificate: '医疗机构执业许可证',
      category: LicenceCategory.ORDINARY,
    },
  ],
  safety: [
    {
      title: '安全生产许可决定书',
      certificate: '安全生产许可证',
      category: LicenceCategory.ORDINARY,
    },
  ],
  fire: [
    {
      title: '公众聚集场所投入使用、营业前消防安全检查合格证',
      certificate: '消防安全检查合格证',
      category: LicenceCategory.RECOGNITION,
    },
  ],
};

const VIOLATIONS: Record<string, { type: string; facts: string; basis: string }[]> = {
  amr: [
    {
      type: '违反《中华人民共和国食品安全法》',
      facts: '经营超过保质期的食品',
      basis: '《中华人民共和国食品安全法》第一百二十四条',
    },
    {
      type: '违反《中华人民共和国广告法》',
      facts: '发布虚假广告',
      basis: '《中华人民共和国广告法》第五十五条',
    },
  ],
  eco: [
    {
      type: '违反《中华人民共和国大气污染防治法》',
      facts: '超标排放大气污染物',
      basis: '《中华人民共和国大气污染防治法》第九十九条',
    },
  ],
  housing: [
    {
      type: '违反《建设工程质量管理条例》',
      facts: '未按照工程建设强制性标准施工',
      basis: '《建设工程质量管理条例》第六十四条',
    },
  ],
  transport: [
    {
      type: '违反《中华人民共和国道路运输条例》',
      facts: '未取得道路运输经营许可擅自从事道路运输经营',
      basis: '《中华人民共和国道路运输条例》第六十三条',
    },
  ],
  health: [
    {
      type: '违反《医疗机构管理条例》',
      facts: '使用非卫生技术人员从事医疗卫生技术工作',
      basis: '《医疗机构管理条例》第四十八条',
    },
  ],
  safety: [
    {
      type: '违反《中华人民共和国安全生产法》',
      facts: '未按规定对从业人员进行安全生产教育和培训',
      basis: '《中华人民共和国安全生产法》第九十七条',
    },
  ],
  fire: [
    {
      type: '违反《中华人民共和国消防法》',
      facts: '占用、堵塞、封闭疏散通道、安全出口',
      basis: '《中华人民共和国消防法》第六十条',
    },
  ],
};

function fineOf(r: Random): string {
  const yuan =
    r.pick([500, 1000, 2000, 5000, 10000, 20000, 30000, 50000, 100000, 200000]) + r.int(0, 99) * 10;
  return (yuan / 10000).toFixed(4);
}

type Department = (typeof DEMO_DEPARTMENTS)[number];

interface Counterpart {
  counterpartName: string;
  counterpartCategory: SubjectCategory;
  creditCode: string | null;
  businessRegistrationNo?: string;
  legalRepresentative?: string;
  legalRepresentativeIdType?: string;
  legalRepresentativeIdNumber?: string;
  personIdType?: string;
  personIdNumber?: string;
}

function subjectCounterpart(s: DemoSubject): Counterpart {
  return {
    counterpartName: s.name,
    counterpartCategory: s.category,
    creditCode: s.code,
    legalRepresentative: s.legalRepresentative,
    legalRepresentativeIdType: '身份证',
    legalRepresentativeIdNumber: s.legalRepresentativeIdNumber,
  };
}

function personCounterpart(r: Random): Counterpart {
  return {
    counterpartName: personName(r),
    counterpartCategory: SubjectCategory.NATURAL_PERSON,
    creditCode: null,
    personIdType: '身份证',
    personIdNumber: residentIdNumber(r),
  };
}

function placeholderCounterpart(r: Random): Counterpart {
  const owner = personName(r);
  return {
    counterpartName: `${owner.slice(0, 1)}记${r.pick(SHOPS)}`,
    counterpartCategory: SubjectCategory.INDIVIDUAL_BUSINESS,
    creditCode: PLACEHOLDER_CREDIT_CODE,
    businessRegistrationNo: `110105${String(r.int(0, 999_999_999)).padStart(9, '0')}`,
    legalRepresentative: owner,
  };
}

function usageScope(r: Random): UsageScope {
  const roll = r.next();
  return roll < 0.9
    ? UsageScope.PUBLIC
    : roll < 0.95
      ? UsageScope.AUTHORIZED
      : UsageScope.GOVERNMENT;
}

/** Receipt and publication times: most within days, some late, a few never published yet. */
function timeline(r: Random, decisionDate: CalendarDate, today: CalendarDate) {
  const lag = r.chance(0.85) ? r.int(0, 6) : r.int(7, 25);
  const received = addDays(decisionDate, lag) > today ? today : addDays(decisionDate, lag);
  const receivedAt = new Date(
    `${received}T${String(r.int(9, 17)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00+08:00`,
  );
  return { receivedAt, unpublished: r.chance(0.04) };
}

/**
 * The demo data set: a few hundred subjects with valid codes across Beijing's districts, and a
 * few thousand licensing and penalty records from seven departments, including natural persons,
 * individual businesses without a code, old and fresh decisions, late and unpublished records.
 * Every record passes the same row checks as a submission. The same seed and the same `today`
 * give the same data.
 */
export async function seedDemo(
  db: Db,
  today: CalendarDate,
  seed = 20_260_101,
): Promise<{
  subjects: number;
  licensing: number;
  penalty: number;
  listEntries: number;
  objections: number;
  platformRecords: number;
  platformKey: string;
}> {
  const r = createRandom(seed);
  const registry = demoSubjects(r, 320, today);
  const licensingInputs: { input: LicensingRecordInput; receivedAt: Date; unpublished: boolean }[] =
    [];
  const penaltyInputs: { input: PenaltyRecordInput; receivedAt: Date; unpublished: boolean }[] = [];
  const sequence = new Map<string, number>();
  const documentNumber = (d: Department, kind: '许' | '罚', date: CalendarDate) => {
    const key = `${d.key}${kind}${date.slice(0, 4)}`;
    const next = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, next);
    return `${d.short}${kind}〔${date.slice(0, 4)}〕${String(next).padStart(4, '0')}号`;
  };
  const decisionDate = () =>
    r.chance(0.06)
      ? dateBetween(r, addDays(today, -20), today)
      : // The nine years before the day of seeding, so that the demo has the same shape whenever it is loaded.
        dateBetween(r, addMonths(today, -108), today);

  const addLicensing = (counterpart: Counterpart) => {
    const d = r.pick(DEMO_DEPARTMENTS);
    const licence = r.pick(LICENCES[d.key]!);
    const date = decisionDate();
    const validTo = r.chance(0.2) ? '2099-12-31' : addDays(date, 365 * r.int(1, 6));
    licensingInputs.push({
      input: {
        ...counterpart,
        documentTitle: licence.title,
        documentNumber: documentNumber(d, '许', date),
        licenceCategory: licence.category,
        certificateName: licence.certificate,
        certificateNumber: `${d.short}${date.slice(0, 4)}${String(r.int(0, 99_999)).padStart(5, '0')}`,
        content: `准予${counterpart.counterpartName}取得${licence.certificate}`,
        decisionDate: date,
        validFrom: date,
        validTo,
        authority: d.name,
        authorityCode: d.code,
        sourceUnit: d.name,
        sourceUnitCode: d.code,
        usageScope: usageScope(r),
      },
      ...timeline(r, date, today),
    });
  };

  // A third of the penalties are of the last year: under 国家发展改革委令第36号 a general
  // penalty is public for a year at most, so the public view holds mostly recent ones whenever
  // the demo is loaded.
  const penaltyDecisionDate = () =>
    r.chance(0.33) ? dateBetween(r, addMonths(today, -12), today) : decisionDate();

  const addPenalty = (counterpart: Counterpart) => {
    const d = r.pick(DEMO_DEPARTMENTS);
    const violation = r.pick(VIOLATIONS[d.key]!);
    const date = penaltyDecisionDate();
    const types = r.pick<PenaltyType[]>([
      [PenaltyType.WARNING],
      [PenaltyType.FINE],
      [PenaltyType.FINE],
      [PenaltyType.WARNING, PenaltyType.FINE],
      [PenaltyType.FINE, PenaltyType.CONFISCATE_ILLEGAL_GAINS],
      [PenaltyType.ORDER_SUSPEND_PRODUCTION, PenaltyType.FINE],
      [PenaltyType.SUSPEND_LICENCE],
    ]);
    const severityRoll = r.next();
    penaltyInputs.push({
      input: {
        ...counterpart,
        documentNumber: documentNumber(d, '罚', date),
        violationType: violation.type,
        facts: `${counterpart.counterpartName}${violation.facts}`,
        basis: violation.basis,
        penaltyTypes: types,
        content: types.includes(PenaltyType.FINE)
          ? '责令改正，并处罚款'
          : types.includes(PenaltyType.WARNING)
            ? '警告'
            : '暂扣许可证件',
        fineAmount: types.includes(PenaltyType.FINE) ? fineOf(r) : null,
        confiscatedAmount: types.includes(PenaltyType.CONFISCATE_ILLEGAL_GAINS) ? fineOf(r) : null,
        suspendedLicence: types.includes(PenaltyType.SUSPEND_LICENCE)
          ? `${r.pick(LICENCES[d.key]!).certificate}（编号${r.int(10000, 99999)}）`
          : null,
        decisionDate: date,
        penaltyValidUntil: addDays(date, r.int(30, 730)),
        // Most departments do not mark a severity: the platform derives it from the national fields.
        severity:
          severityRoll < 0.2
            ? PenaltySeverity.MINOR
            : severityRoll < 0.6
              ? null
              : severityRoll < 0.9
                ? PenaltySeverity.GENERAL
                : PenaltySeverity.SERIOUS,
        sector: d.sector,
        authority: d.name,
        authorityCode: d.code,
        sourceUnit: d.name,
        sourceUnitCode: d.code,
        usageScope: usageScope(r),
      },
      ...timeline(r, date, today),
    });
  };

  for (const subject of registry) {
    const counterpart = subjectCounterpart(subject);
    const licensingCount = subject.weight;
    const penaltyCount = Math.round(subject.weight * r.next() * 0.9);
    for (let i = 0; i < licensingCount; i += 1) {
      addLicensing(counterpart);
    }
    for (let i = 0; i < penaltyCount; i += 1) {
      addPenalty(counterpart);
    }
  }
  for (let i = 0; i < 60; i += 1) {
    addPenalty(personCounterpart(r));
  }
  for (let i = 0; i < 30; i += 1) {
    addLicensing(personCounterpart(r));
  }
  for (let i = 0; i < 25; i += 1) {
    addPenalty(placeholderCounterpart(r));
  }

  await db.transaction(async tx => {
    await upsertSubjects(
      tx,
      registry.map(s => ({
        code: s.code,
        name: s.name,
        category: s.category,
        legalRepresentative: s.legalRepresentative,
        legalRepresentativeIdType: '身份证',
        legalRepresentativeIdNumber: s.legalRepresentativeIdNumber,
        nameAsOf: s.registeredOn,
      })),
      new Date(`${today}T10:00:00+08:00`),
    );
    const calendar = await loadWorkingCalendar(tx);
    const licensingItem = await loadCollectionItem(tx, CATALOG_CODES.licensing);
    const penaltyItem = await loadCollectionItem(tx, CATALOG_CODES.penalty);
    await insertChecked(
      tx,
      calendar,
      licensingItem,
      licensingInputs,
      input => checkLicensingRow(input, today),
      licensingRecords,
    );
    await insertChecked<PenaltyRecordInput, PenaltyFields>(
      tx,
      calendar,
      penaltyItem,
      penaltyInputs,
      input => checkPenaltyRow(input, today),
      penaltyRecords,
      derivePublicity,
    );
  });
  const joint = await seedJointDemo(db, r, registry, today);
  const platform = await seedPlatformDemo(db, r, registry, today);
  return {
    subjects: registry.length,
    licensing: licensingInputs.length,
    penalty: penaltyInputs.length,
    ...joint,
    ...platform,
  };
}

const PLATFORM_VIOLATIONS = [
  {
    violationType: '销售假冒伪劣商品',
    violation: '店铺销售的电热水壶经抽检不合格',
    measure: '下架商品',
  },
  {
    violationType: '刷单炒信',
    violation: '通过虚假交易提升店铺销量与好评',
    measure: '限制发布商品',
  },
  { violationType: '虚假宣传', violation: '商品详情页宣称“国家级质检免检”', measure: '警示' },
  {
    violationType: '违反消费者权益保护规定',
    violation: '拒不履行七日无理由退货',
    measure: '扣除保证金',
  },
] as const;

/**
 * The platform part of the demo: the demo platform's PROVIDER key, and a bulk upload of its
 * 平台违规处置 and 平台信用承诺 records about merchants among the demo's legal entities,
 * submitted with that key's viewer through the one submission path. Returns the key's secret,
 * shown once by the seed command (only its sha256 is stored).
 */
async function seedPlatformDemo(
  db: Db,
  r: Random,
  registry: readonly DemoSubject[],
  today: CalendarDate,
): Promise<{ platformRecords: number; platformKey: string }> {
  const clock = fixedClock(`${today}T11:00:00+08:00`);
  const office: Viewer = {
    role: Role.ADMIN,
    keyId: null,
    organizationName: '市信用办',
    organizationCode: null,
  };
  const platform = DEMO_PLATFORMS[0]!;
  const key = await createApiKey(db, office, clock, {
    role: Role.PROVIDER,
    organizationName: platform.name,
    organizationCode: platform.code,
    label: 'demo platform (平台企业)',
  });
  const viewer: Viewer = {
    role: Role.PROVIDER,
    keyId: key.row.id,
    organizationName: platform.name,
    organizationCode: platform.code,
  };
  const merchants = registry.filter(s => s.category === SubjectCategory.LEGAL_ENTITY);
  const common = (subject: DemoSubject, recordNumber: string, decisionDate: CalendarDate) => ({
    counterpartName: subject.name,
    counterpartCategory: SubjectCategory.LEGAL_ENTITY,
    creditCode: subject.code,
    recordNumber,
    decisionDate,
    sourceUnit: platform.name,
    sourceUnitCode: platform.code,
  });
  const fieldsOf = (values: Record<string, string>) =>
    Object.entries(values).map(([name, value]) => ({ name, value }));
  const violations = Array.from({ length: 12 }, (_, i) => {
    const subject = merchants[r.int(0, merchants.length - 1)]!;
    const date = dateBetween(r, addDays(today, -400), addDays(today, -1));
    const v = r.pick(PLATFORM_VIOLATIONS);
    return {
      ...common(
        subject,
        `${platform.short}违规〔${date.slice(0, 4)}〕${String(i + 1).padStart(4, '0')}号`,
        date,
      ),
      fields: fieldsOf({
        platformName: platform.name,
        storeName: `${subject.name.replace(/有限公司$/, '')}旗舰店`,
        violationType: v.violationType,
        violation: v.violation,
        basis: '《云集平台商家管理规范》第十二条',
        measure: v.measure,
      }),
    };
  });
  const commitments = Array.from({ length: 12 }, (_, i) => {
    const subject = merchants[r.int(0, merchants.length - 1)]!;
    const date = dateBetween(r, addDays(today, -700), addDays(today, -1));
    const kept = r.chance(0.85);
    return {
      ...common(
        subject,
        `${platform.short}承诺${date.replaceAll('-', '')}${String(i + 1).padStart(4, '0')}`,
        date,
      ),
      fields: fieldsOf({
        platformName: platform.name,
        commitmentType: r.pick(['入驻承诺', '商品质量承诺', '售后服务承诺'] as const),
        content: '承诺所售商品来源合法、质量合格，如实描述商品信息，履行售后服务义务。',
        commitmentDate: date,
        fulfilment: kept ? '履约中' : '未履约',
        ...(kept ? {} : { breach: '承诺期内因销售不合格商品被平台处置' }),
      }),
    };
  });
  let platformRecords = 0;
  for (const [itemCode, rows] of [
    ['PLATFORM_VIOLATION', violations],
    ['PLATFORM_COMMITMENT', commitments],
  ] as const) {
    const result = await submitCatalogRecords(db, viewer, clock, itemCode, rows);
    if (result.rejected.length > 0) {
      throw new Error(`Demo platform record is invalid: ${JSON.stringify(result.rejected)}`);
    }
    platformRecords += rows.length;
  }
  return { platformRecords, platformKey: key.secret };
}

const LISTINGS = {
  [ListType.RED]: {
    authorities: ['amr', 'housing', 'transport'],
    basis: '《北京市守信联合激励实施办法》',
    reasons: ['连续三年守合同重信用', '纳税信用A级纳税人', '诚信经营示范单位'],
    prefix: '诚信',
  },
  [ListType.BLACK]: {
    authorities: ['amr', 'housing', 'safety'],
    basis: '《失信行为纠正后的信用信息修复管理办法（试行）》及相关领域严重失信主体名单管理规定',
    reasons: ['拒不履行行政处罚决定', '发生较大生产安全责任事故', '严重违法失信经营'],
    prefix: '失信',
  },
} as const;

/**
 * The joint reward and punishment part of the demo: red and black list entries of some legal
 * entities, stored through the same service as a submission by the credit office, and
 * objections against a few public penalties, filed as a member of the public would; the credit
 * office has accepted all but one of them for handling.
 */
async function seedJointDemo(
  db: Db,
  r: Random,
  registry: readonly DemoSubject[],
  today: CalendarDate,
): Promise<{ listEntries: number; objections: number }> {
  const clock = fixedClock(`${today}T10:00:00+08:00`);
  const office: Viewer = {
    role: Role.ADMIN,
    keyId: null,
    organizationName: '市信用办',
    organizationCode: null,
  };
  const entities = registry.filter(s => s.category === SubjectCategory.LEGAL_ENTITY);
  const entries: ListEntryInputLike[] = [];
  for (const [listType, count] of [
    [ListType.RED, 12],
    [ListType.BLACK, 8],
  ] as const) {
    const listing = LISTINGS[listType];
    for (let i = 0; i < count; i += 1) {
      const subject = entities[r.int(0, entities.length - 1)]!;
      const authorityKey = r.pick(listing.authorities);
      const authority = DEMO_DEPARTMENTS.find(d => d.key === authorityKey)!;
      const listedOn = dateBetween(r, addDays(today, -700), addDays(today, -10));
      entries.push({
        listType,
        subjectName: subject.name,
        subjectCode: subject.code,
        documentNumber: `${authority.short}${listing.prefix}〔${listedOn.slice(0, 4)}〕${String(i + 1).padStart(3, '0')}号`,
        listingAuthority: authority.name,
        listingAuthorityCode: authority.code,
        basis: listing.basis,
        reason: r.pick(listing.reasons),
        listedOn,
        validUntil: addDays(listedOn, 365 * 3),
        usageScope: UsageScope.PUBLIC,
      });
    }
  }
  const listed = await submitListEntries(db, office, clock, entries);
  if (listed.rejected.length > 0) {
    throw new Error(`Demo list entry is invalid: ${JSON.stringify(listed.rejected)}`);
  }

  const targets = await db
    .select({ id: penaltyRecords.id })
    .from(penaltyRecords)
    .where(
      and(
        isNotNull(penaltyRecords.publishedAt),
        isNotNull(penaltyRecords.subjectCode),
        ne(penaltyRecords.counterpartCategory, SubjectCategory.NATURAL_PERSON),
        sql`${penaltyRecords.usageScope} = ${UsageScope.PUBLIC}`,
        gte(penaltyRecords.publicityMaxEnd, today),
      ),
    )
    .orderBy(asc(penaltyRecords.id))
    .limit(3);
  const anyone: Viewer = {
    role: Role.PUBLIC,
    keyId: null,
    organizationName: null,
    organizationCode: null,
  };
  for (const [i, target] of targets.entries()) {
    const filed = await fileObjection(
      db,
      anyone,
      clock,
      {
        targetId: `penalty:${target.id}`,
        filerName: personName(r),
        filerContact: `1381000${String(r.int(0, 9999)).padStart(4, '0')}`,
        grounds: '处罚决定书载明的违法事实与实际情况不符，已于决定作出前完成整改，申请核实更正。',
        evidence: '整改报告及现场照片',
      },
      { clientIp: null, limits: DEFAULT_OBJECTION_LIMITS },
    );
    // The credit office has accepted all but the last for handling: those show 异议处理中.
    if (i < targets.length - 1) {
      await acceptObjection(db, office, clock, filed.id, true, '材料齐全，予以受理。');
    }
  }
  return { listEntries: entries.length, objections: targets.length };
}

async function insertChecked<I, F extends CommonFields & { documentNumber: string }>(
  tx: Parameters<Parameters<Db['transaction']>[0]>[0],
  calendar: WorkingCalendar,
  item: CollectionItem,
  items: readonly { input: I; receivedAt: Date; unpublished: boolean }[],
  check: (input: I) => F | RowChecker,
  table: typeof licensingRecords | typeof penaltyRecords,
  derive?: (fields: F) => object,
): Promise<void> {
  const rows = items.map(({ input, receivedAt, unpublished }) => {
    const fields = check(input);
    if (fields instanceof RowChecker) {
      throw new Error(`Demo row is invalid: ${JSON.stringify(fields.rejections)}`);
    }
    const disclosure = deriveDisclosure(calendar, fields, DEFAULT_DISCLOSURE_WORKING_DAYS);
    const published = disclosure.disclosureRequired && !unpublished;
    return {
      ...fields,
      ...disclosure,
      ...derive?.(fields),
      subjectKey: recordSubjectKey(
        fields.subjectCode,
        fields.sourceUnitCode,
        fields.documentNumber,
      ),
      contentHash: contentHash(fields),
      catalogItemCode: item.code,
      catalogItemVersion: item.version,
      receivedAt,
      updatedAt: receivedAt,
      publishedAt: published ? receivedAt : null,
      publishedOn: published ? chinaDateOf(receivedAt) : null,
    };
  });
  for (let i = 0; i < rows.length; i += 500) {
    await insertRecords(tx, table, rows.slice(i, i + 500));
  }
}

/** True when the database holds no subjects yet: the demo seed runs only then. */
export async function isEmpty(db: Db): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(subjects)
    .limit(1);
  return rows.length === 0;
}
