import 'reflect-metadata';

import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';

import { SingleBar } from 'cli-progress';
import postgres from 'postgres';

import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { loadWorkingCalendar } from '../src/modules/calendar/index.js';
import type { WorkingCalendar } from '../src/modules/calendar/index.js';
import {
  CATALOG_CODES,
  catalogItemProviders,
  DEFAULT_DISCLOSURE_WORKING_DAYS,
} from '../src/modules/catalog/index.js';
import { composeCreditCode } from '../src/modules/credit-code/index.js';
import {
  classifyPenalty,
  deriveDisclosure,
  derivePublicity,
} from '../src/modules/records/index.js';
import { PenaltySector, PenaltySeverity, PenaltyType } from '../src/modules/records/index.js';
import { SubjectCategory } from '../src/modules/subjects/index.js';
import { contentHash, recordSubjectKey } from '../src/modules/records/index.js';
import { addDays, chinaDateOf, systemClock } from '../src/shared/dates.js';
import { seedCalendar } from './calendar.seed.js';
import { seedCatalog } from './catalog.seed.js';
import { DEMO_DEPARTMENTS, residentIdNumber } from './demo.seed.js';
import { INDUSTRIES, SURNAMES, WORDS, personName } from './names.js';
import { type Random, createRandom } from './random.js';
import { UsageScope } from '../src/modules/catalog/index.js';

/**
 * A synthetic city for load and query measurements: N subjects with valid codes across the
 * real division codes of Beijing and Shanghai, and M licensing and penalty records in every
 * disclosure state. Most subjects have a few records; one in 400 (`--heavy`) share 5% of them,
 * about 100 each, so that a wide set of subjects has a profile of 20+ records of each kind. Deterministic for
 * a seed and a day. Loaded with COPY into the PostgreSQL server of DATABASE_URL.
 */
const { values } = parseArgs({
  options: {
    subjects: { type: 'string', default: '100000' },
    records: { type: 'string', default: '500000' },
    seed: { type: 'string', default: '42' },
    // Subjects with many records (a profile of 20+ of each kind): one in 400 by default.
    heavy: { type: 'string' },
    reset: { type: 'boolean', default: false },
  },
});
const subjectCount = Number(values.subjects);
const recordCount = Number(values.records);
if (
  !Number.isInteger(subjectCount) ||
  subjectCount < 1 ||
  !Number.isInteger(recordCount) ||
  recordCount < 0
) {
  process.stderr.write(
    'usage: npm run seed:city -- --subjects N --records M [--seed S] [--reset]\n',
  );
  process.exit(1);
}
const config = loadConfig();
if (config.databaseUrl === undefined) {
  process.stderr.write('seed:city loads a PostgreSQL server: set DATABASE_URL.\n');
  process.exit(1);
}

const REGIONS = [
  '110101',
  '110102',
  '110105',
  '110106',
  '110107',
  '110108',
  '110109',
  '110111',
  '110112',
  '110113',
  '110114',
  '110115',
  '110116',
  '110117',
  '110118',
  '110119',
  '310101',
  '310104',
  '310105',
  '310106',
  '310107',
  '310109',
  '310110',
  '310112',
  '310113',
  '310115',
];
const DISTRICT_NAMES = ['北京', '京华', '首都', '燕京', '上海', '沪上', '申城', '浦江'];
const CITY_WORDS = [
  ...WORDS,
  '明德',
  '信达',
  '华夏',
  '东方',
  '长城',
  '蓝天',
  '万通',
  '国泰',
  '祥和',
  '利民',
  '兴业',
  '正大',
  '光明',
  '宏达',
  '顺发',
  '隆基',
];
const CITY_INDUSTRIES = [
  ...INDUSTRIES,
  '教育咨询',
  '装饰工程',
  '电子商务',
  '农业发展',
  '生物技术',
  '能源',
  '印刷',
  '家政服务',
];
const SUFFIXES = ['有限公司', '有限责任公司', '股份有限公司', '中心', '合伙企业（有限合伙）'];
const CITY_SURNAMES = [...SURNAMES, '何', '高', '罗', '郑'];
const BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** The triggers that keep name search's postings and ranks (migration 0037), off during the load. */
const FOLLOW_TRIGGERS = [
  ['subjects', 'subjects_name_grams_insert'],
  ['licensing_records', 'licensing_records_search_rank_insert'],
  ['penalty_records', 'penalty_records_search_rank_insert'],
] as const;

const DEPARTMENTS = [
  ...DEMO_DEPARTMENTS,
  ...Array.from({ length: 13 }, (_, i) => ({
    key: `district${i}`,
    name: `${['东城', '西城', '朝阳', '海淀', '丰台', '石景山', '通州', '顺义', '昌平', '大兴', '房山', '怀柔', '平谷'][i]}区市场监督管理局`,
    short: `区监${i}`,
    body: `0000${String(5000 + i).padStart(4, '0')}`,
    sector: PenaltySector.FOOD as PenaltySector | null,
    code: composeCreditCode('11', REGIONS[i]!, `0000${String(5000 + i).padStart(4, '0')}`),
  })),
];

/** CSV field for COPY: NULL unquoted and empty, everything else quoted. */
function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) {
    await once(stream, 'drain');
  }
}

function cityPersonName(r: Random): string {
  return personName(r, CITY_SURNAMES);
}

interface CitySubject {
  code: string;
  name: string;
  category: SubjectCategory;
  representative: string;
  idNumber: string;
}

function subjectAt(r: Random, index: number): CitySubject {
  const roll = r.next();
  const prefix = roll < 0.9 ? '91' : roll < 0.98 ? '92' : '52';
  let body = `${index
    .toString(36)
    .toUpperCase()
    .replace(/[IOSVZ]/g, 'X')
    .padStart(6, '0')}`;
  body = `M${BODY.charAt(r.int(0, 30))}${body.slice(-6)}`;
  const code = composeCreditCode(prefix, r.pick(REGIONS), body);
  const representative = cityPersonName(r);
  const name =
    prefix === '92'
      ? `${r.pick(DISTRICT_NAMES)}${representative.slice(0, 1)}记${r.pick(['面馆', '便利店', '水果店', '理发店', '小吃店', '五金店'])}`
      : prefix === '52'
        ? `${r.pick(DISTRICT_NAMES)}市${r.pick(CITY_INDUSTRIES)}${r.pick(['协会', '促进会', '研究院'])}`
        : `${r.pick(DISTRICT_NAMES)}${r.pick(CITY_WORDS)}${r.pick(CITY_WORDS)}${r.pick(CITY_INDUSTRIES)}${r.pick(SUFFIXES)}`;
  return {
    code,
    name,
    category: prefix === '92' ? SubjectCategory.INDIVIDUAL_BUSINESS : SubjectCategory.LEGAL_ENTITY,
    representative,
    idNumber: residentIdNumber(r),
  };
}

const SUBJECT_COLUMNS = [
  'code',
  'name',
  'category',
  'legal_representative',
  'legal_representative_id_type',
  'legal_representative_id_number',
  'name_as_of',
  'created_at',
  'updated_at',
];
const COMMON_COLUMNS = [
  'counterpart_name',
  'counterpart_category',
  'credit_code',
  'subject_code',
  'legal_representative',
  'legal_representative_id_type',
  'legal_representative_id_number',
  'person_id_type',
  'person_id_number',
  'document_number',
  'content',
  'decision_date',
  'authority',
  'authority_code',
  'source_unit',
  'source_unit_code',
  'usage_scope',
  'content_hash',
  'received_at',
  'updated_at',
  'published_at',
  'published_on',
  'disclosure_required',
  'disclosure_deadline',
  'deadline_provisional',
  'catalog_item_code',
  'catalog_item_version',
  'subject_key',
];
const LICENSING_COLUMNS = [
  ...COMMON_COLUMNS,
  'document_title',
  'licence_category',
  'certificate_name',
  'certificate_number',
  'valid_from',
  'valid_to',
];
const PENALTY_COLUMNS = [
  ...COMMON_COLUMNS,
  'violation_type',
  'facts',
  'basis',
  'penalty_types',
  'fine_amount',
  'confiscated_amount',
  'suspended_licence',
  'penalty_valid_until',
  'severity',
  'severity_source',
  'severity_basis',
  'sector',
  'publicity_regime',
  'publicity_min_end',
  'publicity_max_end',
];

async function main(): Promise<void> {
  const started = Date.now();
  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    poolMax: 2,
  });
  await runMigrations(database, config.databaseUrl, { ownerUrl: config.databaseOwnerUrl });
  await seedCatalog(database.db, systemClock.now());
  await seedCalendar(database.db, systemClock.now());
  const calendar: WorkingCalendar = await loadWorkingCalendar(database.db);
  const [{ n } = { n: 0 }] = await database.query<{ n: number }>(
    'select count(*)::int as n from subjects',
  );
  if (n > 0 && !values.reset) {
    process.stderr.write(
      `The database already holds ${n} subjects; pass --reset to empty it first.\n`,
    );
    await database.close();
    process.exit(1);
  }
  // The city's departments provide both record items.
  for (const itemCode of [CATALOG_CODES.licensing, CATALOG_CODES.penalty]) {
    for (const d of DEPARTMENTS) {
      await database.db
        .insert(catalogItemProviders)
        .values({ itemCode, organizationCode: d.code, organizationName: d.name })
        .onConflictDoNothing();
    }
  }
  if (values.reset) {
    // The audit trail is append-only (a trigger refuses TRUNCATE, and the API's login may not):
    // a reset keeps it.
    await database.query(
      'TRUNCATE record_versions, licensing_records, penalty_records, subjects RESTART IDENTITY CASCADE',
    );
    // TRUNCATE fires no row trigger: the counters of the emptied tables are emptied with them.
    await database.query("DELETE FROM record_counters WHERE kind IN ('LICENSING', 'PENALTY')");
    await database.query('TRUNCATE unpublished_counters');
  }
  await database.close();

  const sql = postgres(config.databaseUrl!, { max: 1, onnotice: () => undefined });
  const r = createRandom(Number(values.seed));
  const today = systemClock.today();
  const loadedAt = systemClock.now().toISOString();
  const bar = new SingleBar({
    format: 'seed:city |{bar}| {percentage}% | {value}/{total} {what} | {eta_formatted} left',
    noTTYOutput: true,
    notTTYSchedule: 5000,
  });

  // Name search's postings and ranks are built once after the load (subject_search_rebuild(),
  // migration 0038): followed statement by statement, each table loaded would move the postings
  // of nearly every subject.
  await sql.unsafe(
    FOLLOW_TRIGGERS.map(
      ([table, trigger]) => `alter table ${table} disable trigger ${trigger}`,
    ).join('; '),
  );

  const subjects: CitySubject[] = [];
  bar.start(subjectCount, 0, { what: 'subjects' });
  const subjectStream = await sql
    .unsafe(`copy subjects (${SUBJECT_COLUMNS.join(', ')}) from stdin with (format csv)`)
    .writable();
  const seenCodes = new Set<string>();
  for (let i = 0; subjects.length < subjectCount; i += 1) {
    const s = subjectAt(r, i);
    if (seenCodes.has(s.code)) {
      continue;
    }
    seenCodes.add(s.code);
    subjects.push(s);
    await write(
      subjectStream,
      `${[s.code, s.name, s.category, s.representative, '身份证', s.idNumber, '2015-01-01', loadedAt, loadedAt].map(field).join(',')}\n`,
    );
    if (subjects.length % 10_000 === 0) {
      bar.update(subjects.length);
    }
  }
  subjectStream.end();
  await once(subjectStream, 'finish');
  bar.update(subjectCount);
  bar.stop();

  const deadlineCache = new Map<string, ReturnType<typeof deriveDisclosure>>();
  // The heavy subjects share 5% of the records: about 100 each at the default one in 400.
  const heavy = Math.max(
    1,
    Math.min(subjectCount, Number(values.heavy ?? Math.floor(subjectCount / 400))),
  );
  const pickSubject = () =>
    r.chance(0.05) ? subjects[r.int(0, heavy - 1)]! : subjects[r.int(0, subjectCount - 1)]!;
  const start = Date.parse('2019-01-01');
  const span = Math.floor((Date.parse(today) - start) / 86_400_000);
  let serial = 0;

  const recordBase = () => {
    serial += 1;
    const department = DEPARTMENTS[r.int(0, DEPARTMENTS.length - 1)]!;
    const decisionDate = r.chance(0.03)
      ? addDays(today, -r.int(0, 20))
      : addDays('2019-01-01', r.int(0, span));
    const person = r.chance(0.02);
    const subject = person ? null : pickSubject();
    const scopeRoll = r.next();
    const usageScope =
      scopeRoll < 0.92
        ? UsageScope.PUBLIC
        : scopeRoll < 0.96
          ? UsageScope.AUTHORIZED
          : UsageScope.GOVERNMENT;
    const lag = r.chance(0.85) ? r.int(0, 6) : r.int(7, 40);
    const receivedOn = addDays(decisionDate, lag) > today ? today : addDays(decisionDate, lag);
    const receivedAt = new Date(
      `${receivedOn}T${String(r.int(9, 17)).padStart(2, '0')}:00:00+08:00`,
    );
    return {
      department,
      decisionDate,
      person,
      subject,
      usageScope,
      receivedAt,
      unpublished: r.chance(0.03),
    };
  };

  const common = (
    b: ReturnType<typeof recordBase>,
    documentNumber: string,
    content: string,
    severity?: PenaltySeverity,
  ) => {
    const itemCode = severity === undefined ? CATALOG_CODES.licensing : CATALOG_CODES.penalty;
    const category = b.person ? SubjectCategory.NATURAL_PERSON : b.subject!.category;
    const key = `${b.decisionDate}|${category}|${b.usageScope}|${severity ?? ''}`;
    let disclosure = deadlineCache.get(key);
    if (disclosure === undefined) {
      disclosure = deriveDisclosure(
        calendar,
        {
          counterpartCategory: category,
          usageScope: b.usageScope,
          decisionDate: b.decisionDate,
          severity: severity ?? null,
        },
        DEFAULT_DISCLOSURE_WORKING_DAYS,
      );
      deadlineCache.set(key, disclosure);
    }
    const published = disclosure.disclosureRequired && !b.unpublished;
    const fields = {
      counterpartName: b.person ? cityPersonName(r) : b.subject!.name,
      counterpartCategory: category,
      creditCode: b.person ? null : b.subject!.code,
      subjectCode: b.person ? null : b.subject!.code,
      legalRepresentative: b.person ? null : b.subject!.representative,
      legalRepresentativeIdType: b.person ? null : '身份证',
      legalRepresentativeIdNumber: b.person ? null : b.subject!.idNumber,
      personIdType: b.person ? '身份证' : null,
      personIdNumber: b.person ? residentIdNumber(r) : null,
      documentNumber,
      content,
      decisionDate: b.decisionDate,
      authority: b.department.name,
      authorityCode: b.department.code,
      sourceUnit: b.department.name,
      sourceUnitCode: b.department.code,
      usageScope: b.usageScope,
    };
    return {
      values: [
        ...Object.values(fields),
        contentHash(fields),
        b.receivedAt.toISOString(),
        b.receivedAt.toISOString(),
        published ? b.receivedAt.toISOString() : null,
        published ? chinaDateOf(b.receivedAt) : null,
        disclosure.disclosureRequired,
        disclosure.disclosureDeadline,
        disclosure.deadlineProvisional,
        itemCode,
        1,
        recordSubjectKey(fields.subjectCode, fields.sourceUnitCode, documentNumber),
      ],
    };
  };

  const licensingTotal = Math.round(recordCount * 0.55);
  const penaltyTotal = recordCount - licensingTotal;
  bar.start(recordCount, 0, { what: 'records' });
  const licensingStream = await sql
    .unsafe(`copy licensing_records (${LICENSING_COLUMNS.join(', ')}) from stdin with (format csv)`)
    .writable();
  for (let i = 0; i < licensingTotal; i += 1) {
    const b = recordBase();
    const c = common(
      b,
      `${b.department.short}许〔${b.decisionDate.slice(0, 4)}〕C${serial}号`,
      '准予行政许可',
    );
    const validTo = r.chance(0.2) ? '2099-12-31' : addDays(b.decisionDate, 365 * r.int(1, 6));
    const row = [
      ...c.values,
      '行政许可决定书',
      'ORDINARY',
      '许可证',
      `XK${serial}`,
      b.decisionDate,
      validTo,
    ];
    await write(licensingStream, `${row.map(field).join(',')}\n`);
    if (i % 10_000 === 0) {
      bar.update(i);
    }
  }
  licensingStream.end();
  await once(licensingStream, 'finish');

  const penaltyStream = await sql
    .unsafe(`copy penalty_records (${PENALTY_COLUMNS.join(', ')}) from stdin with (format csv)`)
    .writable();
  for (let i = 0; i < penaltyTotal; i += 1) {
    const b = recordBase();
    const severityRoll = r.next();
    const severity =
      severityRoll < 0.15
        ? PenaltySeverity.MINOR
        : severityRoll < 0.92
          ? PenaltySeverity.GENERAL
          : PenaltySeverity.SERIOUS;
    const c = common(
      b,
      `${b.department.short}罚〔${b.decisionDate.slice(0, 4)}〕C${serial}号`,
      '责令改正，并处罚款',
      severity,
    );
    const types = r.chance(0.5) ? [PenaltyType.WARNING, PenaltyType.FINE] : [PenaltyType.FINE];
    const marked = classifyPenalty(
      {
        penaltyTypes: types,
        fineAmount: null,
        counterpartCategory: SubjectCategory.LEGAL_ENTITY,
        decisionDate: b.decisionDate,
      },
      severity,
    );
    const publicity = derivePublicity({
      decisionDate: b.decisionDate,
      severity,
      sector: b.department.sector,
    });
    const row = [
      ...c.values,
      '违反《中华人民共和国食品安全法》',
      '经营超过保质期的食品',
      '《中华人民共和国食品安全法》第一百二十四条',
      `{${types.join(',')}}`,
      (r.int(100, 500_000) / 10_000).toFixed(6),
      null,
      null,
      addDays(b.decisionDate, r.int(30, 365)),
      severity,
      // The city's departments mark every penalty's severity.
      marked.severitySource,
      marked.severityBasis,
      b.department.sector,
      publicity.publicityRegime,
      publicity.publicityMinEnd,
      publicity.publicityMaxEnd,
    ];
    await write(penaltyStream, `${row.map(field).join(',')}\n`);
    if (i % 10_000 === 0) {
      bar.update(licensingTotal + i);
    }
  }
  penaltyStream.end();
  await once(penaltyStream, 'finish');
  bar.update(recordCount);
  bar.stop();

  process.stdout.write('search postings…\n');
  await sql`select subject_search_rebuild()`;
  await sql.unsafe(
    FOLLOW_TRIGGERS.map(
      ([table, trigger]) => `alter table ${table} enable trigger ${trigger}`,
    ).join('; '),
  );

  process.stdout.write('vacuum analyze…\n');
  // VACUUM sets the visibility map, so that counts and stats run as index-only scans at once.
  await sql`vacuum analyze subjects`;
  await sql`vacuum analyze licensing_records`;
  await sql`vacuum analyze penalty_records`;
  await sql`vacuum analyze subject_name_grams`;
  await sql`vacuum analyze subject_gram_counts`;
  await sql`vacuum analyze subject_search_ranks`;
  // The counters are read index-only: their visibility map must be set before the first read.
  await sql`vacuum analyze record_counters`;
  await sql`vacuum analyze unpublished_counters`;
  await sql.end();
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    `loaded ${subjectCount} subjects and ${recordCount} records (${licensingTotal} licensing, ${penaltyTotal} penalty) in ${seconds.toFixed(0)} s (${Math.round((subjectCount + recordCount) / seconds)} rows/s)\n`,
  );
}

await main();
