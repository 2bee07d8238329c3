import { Alert, Button, Result, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type TypedDocumentNode, useClient } from 'urql';
import { Link, useParams } from 'wouter';

import { analyzeCreditCode } from '../../modules/credit-code/credit-code';
import {
  type DisclosureStatus,
  SiteLicensingPageDocument,
  type SiteLicensingPageQuery,
  SitePenaltyPageDocument,
  type SitePenaltyPageQuery,
  SiteSubjectDocument,
  type SiteSubjectQuery,
} from '../__generated__/graphql';
import {
  CATEGORY,
  DISCLOSURE,
  LICENCE_CATEGORY,
  PENALTY_TYPE,
  chinaTime,
  wanYuan,
} from '../labels';

type Licensing = NonNullable<
  SiteLicensingPageQuery['subject']
>['licensingRecords']['edges'][number]['node'];
type Penalty = NonNullable<
  SitePenaltyPageQuery['subject']
>['penaltyRecords']['edges'][number]['node'];

interface Report {
  subject: NonNullable<SiteSubjectQuery['subject']>;
  licensing: Licensing[];
  penalty: Penalty[];
  generatedAt: string;
}

interface Page<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every page of a connection, 100 records at a time (the API's largest page). */
async function allPages<T>(fetchPage: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.edges.map(edge => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) {
      return nodes;
    }
    after = page.pageInfo.endCursor;
  }
}

function disclosureCell(r: { disclosure: { status: DisclosureStatus }; underObjection: boolean }) {
  return DISCLOSURE[r.disclosure.status].text + (r.underObjection ? '；异议处理中' : '');
}

/** One numbered section of the report: a table of rows, or a sentence when there are none. */
function ReportSection<T extends { id: string }>(props: {
  title: string;
  empty: string;
  rows: readonly T[];
  columns: [string, (row: T) => string][];
}) {
  return (
    <section>
      <h2>
        {props.title}（{props.rows.length} 条）
      </h2>
      {props.rows.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {props.columns.map(([label]) => (
                <th key={label}>{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map(row => (
              <tr key={row.id}>
                {props.columns.map(([label, cell]) => (
                  <td key={label}>{cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * 信用报告: the whole public profile of a subject on one print-friendly page. 打印 opens the
 * browser's print dialog, whose "另存为 PDF" gives the PDF.
 */
export default function ReportPage() {
  const { code = '' } = useParams<{ code: string }>();
  const client = useClient();
  const [report, setReport] = useState<Report | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const analysis = analyzeCreditCode(code);

  useEffect(() => {
    if (!analysis.valid) {
      return;
    }
    let cancelled = false;
    const load = async () => {
      const profile = await client.query(SiteSubjectDocument, { code: analysis.code }).toPromise();
      if (profile.error) {
        throw profile.error;
      }
      const subject = profile.data?.subject;
      if (!subject) {
        return null;
      }
      /** Every record of one kind: the page query run until it has no next page. */
      const every = <D, T>(
        document: TypedDocumentNode<D, { code: string; first: number; after: string | null }>,
        connectionOf: (data: D) => Page<T> | undefined,
      ) =>
        allPages<T>(async after => {
          const r = await client
            .query(document, { code: subject.code, first: 100, after })
            .toPromise();
          const connection = r.data === undefined ? undefined : connectionOf(r.data);
          if (r.error || connection === undefined) {
            throw r.error ?? new Error('The subject is no longer public.');
          }
          return connection;
        });
      const [licensing, penalty] = await Promise.all([
        every(SiteLicensingPageDocument, d => d.subject?.licensingRecords),
        every(SitePenaltyPageDocument, d => d.subject?.penaltyRecords),
      ]);
      return { subject, licensing, penalty, generatedAt: new Date().toISOString() };
    };
    load().then(
      value => !cancelled && setReport(value),
      (e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [client, analysis.valid, analysis.code]);

  if (!analysis.valid) {
    return (
      <Result
        status="warning"
        title="统一社会信用代码有误"
        extra={<Link href="/">返回查询</Link>}
      />
    );
  }
  if (error !== null) {
    return <Alert type="error" showIcon message="信用报告生成失败" description={error} />;
  }
  if (report === undefined) {
    return <Spin tip="正在生成信用报告" size="large" />;
  }
  if (report === null) {
    return <Result status="404" title="未找到该主体" extra={<Link href="/">返回查询</Link>} />;
  }
  const { subject } = report;
  const lists = [...subject.red, ...subject.black];
  return (
    <article className="report" data-testid="credit-report">
      <Space className="no-print" style={{ marginBottom: 16 }} wrap>
        <Link href={`/subjects/${subject.code}`}>← 返回信用档案</Link>
        <Button type="primary" onClick={() => window.print()}>
          打印 / 另存为 PDF
        </Button>
      </Space>
      <h1>信用报告</h1>
      <Typography.Paragraph style={{ textAlign: 'center' }}>
        报告编号 {subject.code}-{report.generatedAt.slice(0, 10).replaceAll('-', '')} · 生成时间{' '}
        {chinaTime(report.generatedAt)}
      </Typography.Paragraph>
      <section>
        <h2>一、基本信息</h2>
        <table>
          <tbody>
            <tr>
              <th scope="row">主体名称</th>
              <td>{subject.name}</td>
              <th scope="row">统一社会信用代码</th>
              <td>{subject.code}</td>
            </tr>
            <tr>
              <th scope="row">主体类别</th>
              <td>{CATEGORY[subject.category]}</td>
              <th scope="row">法定代表人</th>
              <td>{subject.legalRepresentative ?? '—'}</td>
            </tr>
            <tr>
              <th scope="row">登记管理部门</th>
              <td>{subject.registrationAuthority ?? '—'}</td>
              <th scope="row">登记地区</th>
              <td>{subject.regionName ?? subject.regionCode}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <ReportSection
        title="二、行政许可信息"
        empty="无公开的行政许可信息。"
        rows={report.licensing}
        columns={[
          ['决定日期', r => r.decisionDate],
          ['文书号', r => r.documentNumber],
          ['许可事项', r => `${r.documentTitle}（${LICENCE_CATEGORY[r.licenceCategory]}）`],
          ['有效期', r => `${r.validFrom} 至 ${r.validTo}`],
          ['许可机关', r => r.authority],
          ['公示', disclosureCell],
        ]}
      />
      <ReportSection
        title="三、行政处罚信息"
        empty="无公开的行政处罚信息。"
        rows={report.penalty}
        columns={[
          ['决定日期', r => r.decisionDate],
          ['文书号', r => r.documentNumber],
          ['违法行为', r => r.violationType],
          [
            '处罚类别',
            r =>
              r.penaltyTypes.map(t => PENALTY_TYPE[t]).join('、') +
              (r.fineAmount ? `；罚款 ${wanYuan(r.fineAmount)}` : ''),
          ],
          ['处罚机关', r => r.authority],
          ['公示', disclosureCell],
        ]}
      />
      <ReportSection
        title="四、守信激励与失信惩戒信息"
        empty="未被列入守信激励对象名单或严重失信主体名单。"
        rows={lists}
        columns={[
          ['名单', e => (e.listType === 'RED' ? '守信激励' : '失信惩戒')],
          ['文号', e => e.documentNumber],
          ['认定部门', e => e.listingAuthority],
          ['列入日期', e => e.listedOn],
          ['有效期至', e => e.validUntil ?? '长期'],
          ['列入事由', e => e.reason + (e.underObjection ? '；异议处理中' : '')],
        ]}
      />
      <footer>
        <p>
          说明：本报告内容为生成时平台依法向社会公开的公共信用信息，不含依法不予公开或仅授权查询的信息；已修复、已撤销或超过公示期的信息不在其列。
        </p>
      </footer>
    </article>
  );
}
