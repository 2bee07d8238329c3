import { Alert, Card, Descriptions, Skeleton, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';

import { SiteRecordDocument, type SiteRecordQuery } from '../__generated__/graphql';
import { DisclosureBadge, ObjectionTag } from '../components/DisclosureBadge';
import { Notice } from '../components/Notice';
import { ObjectionButton } from '../components/ObjectionForm';
import {
  CATEGORY,
  LICENCE_CATEGORY,
  SEVERITY,
  chinaTime,
  latenessText,
  penaltyContentBeyondTypes,
  penaltyTypesText,
  representativeLabel,
  validUntil,
  wanYuan,
} from '../labels';
import { usePageMeta } from '../site-info';

type RecordData = NonNullable<SiteRecordQuery['creditRecord']>;

function fieldsOf(record: RecordData): { key: string; label: string; children: ReactNode }[] {
  const rows: [string, ReactNode][] = [
    ['行政相对人名称', record.counterpartName],
    ['行政相对人类别', CATEGORY[record.counterpartCategory]],
    ['统一社会信用代码', record.creditCode && <span className="code">{record.creditCode}</span>],
    [representativeLabel(record.counterpartCategory), record.legalRepresentative],
  ];
  const deadline = (
    <>
      <span className="nowrap">{record.disclosure.deadline}</span> 前
      {record.disclosure.provisional ? '（暂定，以当年节假日安排为准）' : ''}
      ：数据来源单位应在此日前报送并公示
    </>
  );
  if (record.__typename === 'LicensingRecord') {
    rows.push(
      ['行政许可决定文书名称', record.documentTitle],
      ['行政许可决定文书号', record.documentNumber],
      [
        '许可类别',
        record.licenceCategory === 'OTHER' && record.licenceCategoryOther
          ? `其他（${record.licenceCategoryOther}）`
          : LICENCE_CATEGORY[record.licenceCategory],
      ],
      ['许可证书名称', record.certificateName],
      ['许可编号', record.certificateNumber],
      ['许可内容', record.content],
      ['许可决定日期', record.decisionDate],
      ['有效期自', record.validFrom],
      ['有效期至', validUntil(record.validTo)],
      ['许可机关', record.authority],
      ['公示截止日期', `${validUntil(record.validTo)}（许可有效期内公示）`],
      ['公示时限', deadline],
    );
  } else if (record.__typename === 'PenaltyRecord') {
    rows.push(
      ['行政处罚决定书文号', record.documentNumber],
      ['违法行为类型', record.violationType],
      ['违法事实', record.facts],
      ['处罚依据', record.basis],
      ['处罚类别', penaltyTypesText(record.penaltyTypes, record.penaltyTypeOther)],
      [
        '处罚内容',
        penaltyContentBeyondTypes(record.content, record.penaltyTypes, record.penaltyTypeOther),
      ],
      ['罚款金额', wanYuan(record.fineAmount)],
      ['没收违法所得、没收非法财物的金额', wanYuan(record.confiscatedAmount)],
      ['暂扣或吊销证照名称及编号', record.suspendedLicence],
      ['违法情节', SEVERITY[record.severity]],
      ['处罚决定日期', record.decisionDate],
      ['处罚有效期', validUntil(record.penaltyValidUntil)],
      ['处罚机关', record.authority],
      ['公示截止日期', validUntil(record.publicity.maximumEndDate)],
      ['公示时限', deadline],
    );
  }
  rows.push(
    ['数据来源单位', record.sourceUnit],
    ['公示时间', chinaTime(record.publishedAt)],
    [
      '报送情况',
      record.disclosure.status === 'LATE' || record.disclosure.status === 'OVERDUE'
        ? `${latenessText(record.disclosure, record.sourceUnit)}（数据来源单位报送逾期，与行政相对人无关）`
        : null,
    ],
    ['备注', record.remarks],
  );
  return rows
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([label, children]) => ({ key: label, label, children }));
}

/** One record's public fields, as the national 双公示 layout names them. */
export default function RecordPage() {
  const { id = '' } = useParams<{ id: string }>();
  const [result, refetch] = useQuery({ query: SiteRecordDocument, variables: { id } });
  const found = result.data?.creditRecord;
  const kindName = found?.__typename === 'LicensingRecord' ? '行政许可' : '行政处罚';
  usePageMeta(
    found ? [found.documentNumber, `${kindName}信息`] : ['信用记录'],
    found
      ? `${found.counterpartName}的${kindName}信息（${found.documentNumber}），${found.authority}${found.decisionDate}作出。`
      : '一条行政许可或行政处罚信息的公开内容。',
  );

  if (result.error) {
    return <Alert type="error" showIcon message="加载失败" description={result.error.message} />;
  }
  if (result.data === undefined) {
    return <Skeleton active paragraph={{ rows: 10 }} />;
  }
  const record = result.data.creditRecord;
  if (record === null || record === undefined) {
    return (
      <Notice level="h1" title="记录不存在或未公开" action={<Link href="/">返回查询</Link>}>
        该记录不存在、已撤销、已修复或已过公示期。
      </Notice>
    );
  }
  const kind = record.__typename === 'LicensingRecord' ? '行政许可' : '行政处罚';
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {record.subject && (
        <Link
          href={`/subjects/${record.subject.code}?tab=${kind === '行政许可' ? 'licensing' : 'penalty'}`}
        >
          ← 返回 {record.subject.name} 的信用档案
        </Link>
      )}
      <Card
        title={
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {kind}信息
          </Typography.Title>
        }
        extra={
          <Space size={4} wrap>
            <DisclosureBadge disclosure={record.disclosure} sourceUnit={record.sourceUnit} />
            <ObjectionTag open={record.underObjection} />
          </Space>
        }
      >
        <Descriptions bordered size="small" column={1} items={fieldsOf(record)} />
        {!record.underObjection && (
          <ObjectionButton
            targetId={record.id}
            targetLabel={record.documentNumber}
            onFiled={() => refetch({ requestPolicy: 'network-only' })}
          />
        )}
      </Card>
    </Space>
  );
}
