import { Alert, Card, Descriptions, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';

import {
  type ReportContent,
  normalizeVerificationCode,
} from '../../modules/credit-reports/credit-report.content';
import { SiteVerifyReportDocument, type SubjectCategory } from '../__generated__/graphql';
import { CATEGORY, chinaTime } from '../labels';
import { usePageMeta } from '../site-info';

/** What a genuine report stated, to compare with the copy in hand. */
function StatedContent({ content }: { content: ReportContent }) {
  const lines = [
    ...content.licensing.map(r => `行政许可 ${r.documentNumber}（${r.decisionDate}）`),
    ...content.penalty.map(r => `行政处罚 ${r.documentNumber}（${r.decisionDate}）`),
    ...content.lists.map(
      e => `${e.listType === 'RED' ? '守信激励' : '失信惩戒'} ${e.documentNumber}（${e.listedOn}）`,
    ),
  ];
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'name', label: '主体名称', children: content.subject.name },
          {
            key: 'code',
            label: '统一社会信用代码',
            children: <span className="code">{content.subject.code}</span>,
          },
          {
            key: 'category',
            label: '主体类别',
            children: CATEGORY[content.subject.category as SubjectCategory],
          },
          { key: 'licensing', label: '行政许可信息', children: `${content.licensing.length} 条` },
          { key: 'penalty', label: '行政处罚信息', children: `${content.penalty.length} 条` },
          { key: 'lists', label: '守信激励与失信惩戒信息', children: `${content.lists.length} 条` },
        ]}
      />
      {lines.length > 0 && (
        <details style={{ marginTop: 12 }}>
          <summary>报告所列全部记录（{lines.length} 条）</summary>
          <ol className="stated-records">
            {lines.map(line => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

/**
 * 信用报告核验 (/verify): a report's verification code says whether the platform generated it and
 * what it stated; a code of no report, such as an altered report's, does not verify.
 */
export default function VerifyPage() {
  const given = new URLSearchParams(useSearch()).get('code') ?? '';
  const [, navigate] = useLocation();
  const [input, setInput] = useState(given);
  const [problem, setProblem] = useState<string | null>(null);
  const code = normalizeVerificationCode(given);
  usePageMeta(
    ['信用报告核验'],
    '输入信用报告上的核验码，核验报告是否由本平台出具，并查看报告生成时的内容。',
  );
  useEffect(() => setInput(given), [given]);
  const [result] = useQuery({
    query: SiteVerifyReportDocument,
    variables: { code: code ?? '' },
    pause: code === null,
    requestPolicy: 'network-only',
  });

  const submit = (value: string) => {
    const normalized = normalizeVerificationCode(value);
    if (normalized === null) {
      setProblem('核验码应为16位字母和数字，如 ABCD-EFGH-JKMN-PQRS。');
      return;
    }
    setProblem(null);
    navigate(`/verify?code=${normalized}`);
  };

  const verification = result.data?.verifyReport;
  const content =
    verification?.content === null || verification?.content === undefined
      ? null
      : (JSON.parse(verification.content) as ReportContent);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          信用报告核验
        </Typography.Title>
        <Typography.Paragraph>
          信用报告每页下方印有核验码。输入核验码，可核验报告是否由本平台出具，并查看报告生成时的内容。
        </Typography.Paragraph>
        <form
          onSubmit={event => {
            event.preventDefault();
            submit(input);
          }}
        >
          <Input.Search
            aria-label="核验码"
            name="code"
            size="large"
            placeholder="输入核验码，如 ABCD-EFGH-JKMN-PQRS"
            enterButton="核验"
            value={input}
            onChange={event => setInput(event.target.value)}
            onSearch={submit}
            autoComplete="off"
          />
        </form>
        {problem !== null && (
          <Alert style={{ marginTop: 12 }} type="error" showIcon message={problem} />
        )}
      </Card>
      {code === null && given !== '' && problem === null && (
        <Alert type="error" showIcon message="核验码格式有误：应为16位字母和数字。" />
      )}
      {code !== null && (
        <section aria-label="核验结果" aria-busy={result.fetching} data-testid="verify-result">
          {result.fetching && <Spin description="核验中" />}
          {result.error && (
            <Alert type="error" showIcon message="核验失败" description={result.error.message} />
          )}
          {verification && verification.valid && content !== null && (
            <Card>
              <Alert
                type="success"
                showIcon
                message="核验通过"
                description={`核验码 ${code} 对应的信用报告由本平台于 ${chinaTime(verification.generatedAt)} 生成，内容如下。手中报告与此不符的，以此为准。`}
                style={{ marginBottom: 16 }}
              />
              <StatedContent content={content} />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                内容摘要（SHA-256）：<span className="digest">{verification.sha256}</span>
              </Typography.Paragraph>
              <Link href={`/subjects/${content.subject.code}`}>查看该主体当前的信用档案</Link>
            </Card>
          )}
          {verification && !verification.valid && (
            <Alert
              type="error"
              showIcon
              message="核验未通过"
              description={`本平台未出具核验码为 ${code} 的信用报告，或报告内容已被改动。请确认核验码输入无误。`}
            />
          )}
        </section>
      )}
    </Space>
  );
}
