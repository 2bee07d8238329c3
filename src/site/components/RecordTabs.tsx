import { Alert, Card, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';

import {
  SiteLicensingPageDocument,
  SitePenaltyPageDocument,
  type SiteDisclosureFragment,
} from '../__generated__/graphql';
import {
  LICENCE_CATEGORY,
  penaltyContentBeyondTypes,
  penaltyTypesText,
  validity,
  wanYuan,
} from '../labels';
import { DisclosureBadge, ObjectionTag } from './DisclosureBadge';
import { EmptyText } from './Notice';
import { Pager, useCursorPages } from './Pager';

const PAGE_SIZE = 10;

interface CardRecord {
  id: string;
  documentNumber: string;
  decisionDate: string;
  authority: string;
  sourceUnit: string;
  underObjection: boolean;
  disclosure: SiteDisclosureFragment;
}

function RecordCard({
  record,
  title,
  children,
}: {
  record: CardRecord;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card
      size="small"
      className="record-card"
      data-testid="record-card"
      title={
        <Link href={`/records/${record.id}`} aria-label={`${title}详情：${record.documentNumber}`}>
          <span className="doc-number">{record.documentNumber}</span>
        </Link>
      }
      extra={
        <Space size={4} wrap>
          <DisclosureBadge disclosure={record.disclosure} sourceUnit={record.sourceUnit} />
          <ObjectionTag open={record.underObjection} />
        </Space>
      }
    >
      {children}
      <Typography.Text type="secondary">
        {record.authority} · 决定日期 {record.decisionDate}
      </Typography.Text>
    </Card>
  );
}

function Listing<T extends CardRecord>(props: {
  label: string;
  fetching: boolean;
  error: Error | undefined;
  connection:
    | {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor?: string | null };
        edges: { node: T }[];
      }
    | undefined;
  pages: ReturnType<typeof useCursorPages>;
  render: (record: T) => ReactNode;
}) {
  if (props.error) {
    return <Alert type="error" showIcon message="加载失败" description={props.error.message} />;
  }
  if (props.connection === undefined) {
    return <Spin description="加载中" />;
  }
  if (props.connection.totalCount === 0) {
    return <EmptyText>暂无公开的{props.label}信息。</EmptyText>;
  }
  return (
    <div aria-busy={props.fetching}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {props.connection.edges.map(({ node }) => (
          <div key={node.id}>{props.render(node)}</div>
        ))}
      </Space>
      <Pager
        label={props.label}
        page={props.pages.page}
        pageSize={PAGE_SIZE}
        totalCount={props.connection.totalCount}
        hasNextPage={props.connection.pageInfo.hasNextPage}
        endCursor={props.connection.pageInfo.endCursor}
        onNext={props.pages.next}
        onPrevious={props.pages.previous}
      />
    </div>
  );
}

export function LicensingTab({ code }: { code: string }) {
  const pages = useCursorPages();
  const [result] = useQuery({
    query: SiteLicensingPageDocument,
    variables: { code, first: PAGE_SIZE, after: pages.after },
  });
  return (
    <Listing
      label="行政许可"
      fetching={result.fetching}
      error={result.error}
      connection={result.data?.subject?.licensingRecords}
      pages={pages}
      render={record => (
        <RecordCard record={record} title="行政许可">
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            <strong>{record.documentTitle}</strong>（{LICENCE_CATEGORY[record.licenceCategory]}）
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{record.content}</Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            有效期 {validity(record.validFrom, record.validTo)}
          </Typography.Paragraph>
        </RecordCard>
      )}
    />
  );
}

export function PenaltyTab({ code }: { code: string }) {
  const pages = useCursorPages();
  const [result] = useQuery({
    query: SitePenaltyPageDocument,
    variables: { code, first: PAGE_SIZE, after: pages.after },
  });
  return (
    <Listing
      label="行政处罚"
      fetching={result.fetching}
      error={result.error}
      connection={result.data?.subject?.penaltyRecords}
      pages={pages}
      render={record => {
        const content = penaltyContentBeyondTypes(record.content, record.penaltyTypes);
        return (
          <RecordCard record={record} title="行政处罚">
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              <strong>{record.violationType}</strong>
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              处罚类别：{penaltyTypesText(record.penaltyTypes)}
              {record.fineAmount && `；罚款 ${wanYuan(record.fineAmount)}`}
            </Typography.Paragraph>
            {content !== null && (
              <Typography.Paragraph style={{ marginBottom: 4 }}>
                处罚内容：{content}
              </Typography.Paragraph>
            )}
          </RecordCard>
        );
      }}
    />
  );
}
