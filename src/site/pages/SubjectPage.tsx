import {
  Alert,
  Badge,
  Button,
  Card,
  Descriptions,
  Skeleton,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useQuery } from 'urql';
import { Link, useLocation, useParams, useSearch } from 'wouter';

import { analyzeCreditCode } from '../../modules/credit-code/credit-code';
import { SiteSubjectDocument } from '../__generated__/graphql';
import { ListEntries } from '../components/ListEntries';
import { Notice } from '../components/Notice';
import { LicensingTab, PenaltyTab } from '../components/RecordTabs';
import { CATEGORY, chinesePart, representativeLabel } from '../labels';
import { usePageMeta } from '../site-info';

const TABS = ['licensing', 'penalty', 'red', 'black'] as const;
type TabKey = (typeof TABS)[number];

function tabLabel(text: string, count: number) {
  return (
    <span className="tab-label">
      {text}{' '}
      <Badge count={count} showZero color={count > 0 ? '#b71c1c' : '#bbb'} overflowCount={9999} />
    </span>
  );
}

/** 信用档案: one subject's public credit profile, by its credit code. */
export default function SubjectPage() {
  const { code = '' } = useParams<{ code: string }>();
  const search = new URLSearchParams(useSearch());
  const [location, navigate] = useLocation();
  const requested = search.get('tab');
  const tab: TabKey = TABS.includes(requested as TabKey) ? (requested as TabKey) : 'licensing';
  const analysis = analyzeCreditCode(code);
  const [result, refetch] = useQuery({
    query: SiteSubjectDocument,
    variables: { code: analysis.code },
    pause: !analysis.valid,
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const subject = result.data?.subject;
  usePageMeta(
    [subject?.name ?? (analysis.valid ? analysis.code : '统一社会信用代码有误'), '信用信息'],
    subject
      ? `${subject.name}（统一社会信用代码 ${subject.code}）的公共信用信息：行政许可、行政处罚、守信激励和失信惩戒。`
      : '主体的公共信用信息。',
  );

  if (!analysis.valid) {
    return (
      <Notice level="h1" title="统一社会信用代码有误" action={<Link href="/">返回查询</Link>}>
        {chinesePart(analysis.reason ?? '')}
      </Notice>
    );
  }
  if (result.error) {
    return <Alert type="error" showIcon message="加载失败" description={result.error.message} />;
  }
  if (result.data === undefined) {
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }
  if (subject === null || subject === undefined) {
    return (
      <Notice level="h1" title="未找到该主体" action={<Link href="/">返回查询</Link>}>
        平台没有统一社会信用代码为 <span className="code">{analysis.code}</span> 的主体的公开信息。
      </Notice>
    );
  }

  const onTab = (key: string) => navigate(`${location}?tab=${key}`, { replace: true });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
          <Typography.Title
            level={1}
            style={{ fontSize: 24, margin: 0 }}
            data-testid="subject-name"
          >
            {subject.name}
          </Typography.Title>
          <Space wrap>
            {subject.red.length > 0 && <Tag color="green">守信激励对象</Tag>}
            {subject.black.length > 0 && <Tag color="red">严重失信主体</Tag>}
            <Button type="primary" onClick={() => navigate(`/subjects/${subject.code}/report`)}>
              信用报告
            </Button>
          </Space>
        </Space>
        <Descriptions
          style={{ marginTop: 16 }}
          bordered
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'code',
              label: '统一社会信用代码',
              children: <span className="code">{subject.code}</span>,
            },
            { key: 'category', label: '主体类别', children: CATEGORY[subject.category] },
            {
              key: 'rep',
              label: representativeLabel(subject.category),
              children: subject.legalRepresentative ?? '—',
            },
            {
              key: 'authority',
              label: '登记管理部门',
              children: subject.registrationAuthority ?? '—',
            },
            { key: 'type', label: '机构类别', children: subject.entityType ?? '—' },
            {
              key: 'region',
              label: '登记地区',
              children: (
                <>
                  {subject.regionName ?? '未知地区'}（
                  <span className="code">{subject.regionCode}</span>）
                </>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          登记管理部门、机构类别和登记地区由统一社会信用代码解析得出；名称和
          {representativeLabel(subject.category)}取自 {subject.nameAsOf} 的决定或登记信息。
        </Typography.Paragraph>
      </Card>
      <Card>
        <Tabs
          className="profile-tabs"
          activeKey={tab}
          onChange={onTab}
          items={[
            {
              key: 'licensing',
              label: tabLabel('行政许可', subject.licensingRecords.totalCount),
              children: <LicensingTab code={subject.code} />,
            },
            {
              key: 'penalty',
              label: tabLabel('行政处罚', subject.penaltyRecords.totalCount),
              children: <PenaltyTab code={subject.code} />,
            },
            {
              key: 'red',
              label: tabLabel('守信激励', subject.red.length),
              children: <ListEntries entries={subject.red} label="守信激励" onChange={reload} />,
            },
            {
              key: 'black',
              label: tabLabel('失信惩戒', subject.black.length),
              children: <ListEntries entries={subject.black} label="失信惩戒" onChange={reload} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
