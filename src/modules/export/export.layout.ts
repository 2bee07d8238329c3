import { importKind } from '../import/index.js';
import {
  LICENCE_CATEGORY_LABELS,
  type LicensingRow,
  PENALTY_TYPE_LABELS,
  type PenaltyRow,
  PenaltyType,
  RecordKind,
} from '../records/index.js';
import { SubjectCategory } from '../subjects/index.js';

/** The layout a batch is written in: the national 双公示 V2 template (data-standard.md). */
export const EXPORT_LAYOUT = 'V2';

/** 行政相对人类别 as the national code list writes it. */
const CATEGORY_WORDING: Record<SubjectCategory, string> = {
  [SubjectCategory.LEGAL_ENTITY]: '法人及非法人组织',
  [SubjectCategory.NATURAL_PERSON]: '自然人',
  [SubjectCategory.INDIVIDUAL_BUSINESS]: '个体工商户',
};

/** A calendar date as upload files write it: `YYYY/MM/DD` (data-standard.md, 许可 #20–#22). */
function uploadDate(value: string | null): string {
  return value === null ? '' : value.replaceAll('-', '/');
}

function text(value: string | null | undefined): string {
  return value ?? '';
}

/**
 * 许可类别 as the code list writes it; 其他 names its category (`其他-…`, "如为'其他'，需注明具体
 * 类别"), which the importer reads back as OTHER with that text.
 */
function licenceCategoryCell(row: LicensingRow): string {
  const label = LICENCE_CATEGORY_LABELS[row.licenceCategory];
  return row.licenceCategory === 'OTHER' && row.licenceCategoryOther
    ? `${label}-${row.licenceCategoryOther}`
    : label;
}

/**
 * 处罚类别: the types joined with `；`, each in the wording of the 2021 行政处罚法 Art. 9 (the
 * V2 list's 1996 wordings join types that Art. 9 keeps apart, such as 暂扣 and 吊销, so they
 * would lose what the record says); OTHER is `其他-<the penalty>` ("其他" must state the
 * specific type), one entry for each text the record holds.
 */
function penaltyTypesCell(row: PenaltyRow): string {
  return row.penaltyTypes
    .flatMap(type =>
      type === PenaltyType.OTHER && row.penaltyTypeOther
        ? row.penaltyTypeOther
            .split('；')
            .map(part => part.trim())
            .filter(part => part !== '')
            .map(part => `${PENALTY_TYPE_LABELS.OTHER}-${part}`)
        : [PENALTY_TYPE_LABELS[type]],
    )
    .join('；');
}

/** One column of an export file: its header and how a record fills its cell. */
export interface ExportColumn<R> {
  /** The input field the importer maps the header to; null for a column it does not read. */
  field: string | null;
  header: string;
  cell(row: R): string;
}

type CommonRow = LicensingRow | PenaltyRow;

/**
 * A column of a declared field, headed by the field's 中文名 in the importer's declaration
 * (import/national-template.ts reads the kind's fields), so that the importer maps each header
 * back to the field it was written from.
 */
function declared<R>(kind: 'licensing' | 'penalty', field: string, cell: (row: R) => string) {
  const declaration = importKind(kind).fields.find(f => f.name === field);
  if (declaration === undefined) {
    throw new Error(`The ${kind} template declares no field ${field}.`);
  }
  return { field, header: declaration.label, cell } satisfies ExportColumn<R>;
}

/** 行政相对人 #1–#13, the same in both templates. */
function counterpartColumns<R extends CommonRow>(kind: 'licensing' | 'penalty'): ExportColumn<R>[] {
  return [
    declared<R>(kind, 'counterpartName', row => row.counterpartName),
    declared<R>(kind, 'counterpartCategory', row => CATEGORY_WORDING[row.counterpartCategory]),
    declared<R>(kind, 'creditCode', row => text(row.creditCode)),
    declared<R>(kind, 'businessRegistrationNo', row => text(row.businessRegistrationNo)),
    declared<R>(kind, 'organizationCode', row => text(row.organizationCode)),
    declared<R>(kind, 'taxRegistrationNo', row => text(row.taxRegistrationNo)),
    declared<R>(kind, 'institutionCertificateNo', row => text(row.institutionCertificateNo)),
    declared<R>(kind, 'socialOrganizationNo', row => text(row.socialOrganizationNo)),
    declared<R>(kind, 'legalRepresentative', row => text(row.legalRepresentative)),
    declared<R>(kind, 'legalRepresentativeIdType', row => text(row.legalRepresentativeIdType)),
    declared<R>(kind, 'legalRepresentativeIdNumber', row => text(row.legalRepresentativeIdNumber)),
    declared<R>(kind, 'personIdType', row => text(row.personIdType)),
    declared<R>(kind, 'personIdNumber', row => text(row.personIdNumber)),
  ];
}

/** The authority (#23–#24 licensing, #26–#27 penalty). */
function authorityColumns<R extends CommonRow>(kind: 'licensing' | 'penalty'): ExportColumn<R>[] {
  return [
    declared<R>(kind, 'authority', row => row.authority),
    declared<R>(kind, 'authorityCode', row => row.authorityCode),
  ];
}

/** The data-source unit and 备注, the last columns of both templates. */
function sourceColumns<R extends CommonRow>(kind: 'licensing' | 'penalty'): ExportColumn<R>[] {
  return [
    declared<R>(kind, 'sourceUnit', row => row.sourceUnit),
    declared<R>(kind, 'sourceUnitCode', row => row.sourceUnitCode),
    declared<R>(kind, 'remarks', row => text(row.remarks)),
  ];
}

/**
 * 行政许可 V2, columns #1–#28 in the standard's order. 当前状态 (XK_ZT) is V2's `1` 有效 or `2` 无效;
 * a batch holds only public records (export.service.ts), so in practice `1`: V2 has no code for
 * a record under objection or 其他, which stand and are written `1`.
 */
function licensingColumns(): ExportColumn<LicensingRow>[] {
  return [
    ...counterpartColumns<LicensingRow>('licensing'),
    declared<LicensingRow>('licensing', 'documentTitle', row => row.documentTitle),
    declared<LicensingRow>('licensing', 'documentNumber', row => row.documentNumber),
    declared<LicensingRow>('licensing', 'licenceCategory', licenceCategoryCell),
    declared<LicensingRow>('licensing', 'certificateName', row => text(row.certificateName)),
    declared<LicensingRow>('licensing', 'certificateNumber', row => text(row.certificateNumber)),
    declared<LicensingRow>('licensing', 'content', row => row.content),
    declared<LicensingRow>('licensing', 'decisionDate', row => uploadDate(row.decisionDate)),
    declared<LicensingRow>('licensing', 'validFrom', row => uploadDate(row.validFrom)),
    declared<LicensingRow>('licensing', 'validTo', row => uploadDate(row.validTo)),
    ...authorityColumns<LicensingRow>('licensing'),
    declared<LicensingRow>('licensing', 'status', row => (row.status === 'INVALID' ? '2' : '1')),
    ...sourceColumns<LicensingRow>('licensing'),
  ];
}

/**
 * 行政处罚 V2, columns #1–#30 in the standard's order. Amounts are the stored 万元 values with
 * their six decimals; 公示截止期 is the end of the publicity period the platform derived (DESIGN
 * §3.3), which the national platform is told rather than left to guess.
 */
function penaltyColumns(): ExportColumn<PenaltyRow>[] {
  return [
    ...counterpartColumns<PenaltyRow>('penalty'),
    declared<PenaltyRow>('penalty', 'documentNumber', row => row.documentNumber),
    declared<PenaltyRow>('penalty', 'violationType', row => row.violationType),
    declared<PenaltyRow>('penalty', 'facts', row => row.facts),
    declared<PenaltyRow>('penalty', 'basis', row => row.basis),
    declared<PenaltyRow>('penalty', 'penaltyTypes', penaltyTypesCell),
    declared<PenaltyRow>('penalty', 'content', row => row.content),
    declared<PenaltyRow>('penalty', 'fineAmount', row => text(row.fineAmount)),
    declared<PenaltyRow>('penalty', 'confiscatedAmount', row => text(row.confiscatedAmount)),
    declared<PenaltyRow>('penalty', 'suspendedLicence', row => text(row.suspendedLicence)),
    declared<PenaltyRow>('penalty', 'decisionDate', row => uploadDate(row.decisionDate)),
    declared<PenaltyRow>('penalty', 'penaltyValidUntil', row => uploadDate(row.penaltyValidUntil)),
    declared<PenaltyRow>('penalty', 'publicityEndDate', row => uploadDate(row.publicityMaxEnd)),
    ...authorityColumns<PenaltyRow>('penalty'),
    ...sourceColumns<PenaltyRow>('penalty'),
  ];
}

const built = new Map<RecordKind, readonly ExportColumn<CommonRow>[]>();

/**
 * The columns of a kind's export file, in the national order; built on first use, once the
 * kinds are declared.
 */
export function exportColumns(kind: RecordKind): readonly ExportColumn<CommonRow>[] {
  let columns = built.get(kind);
  if (columns === undefined) {
    columns = Object.freeze(
      (kind === RecordKind.LICENSING
        ? licensingColumns()
        : penaltyColumns()) as ExportColumn<CommonRow>[],
    );
    built.set(kind, columns);
  }
  return columns;
}

/** The worksheet's name, as departments name theirs. */
export function sheetName(kind: RecordKind): string {
  return kind === RecordKind.LICENSING ? '行政许可' : '行政处罚';
}
